"""Naming the fields of a meeting changed here and elsewhere, with both values, for the conflict question and Compare."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from minutes_app.domain import records as r
from minutes_app.ui.common import vocabulary_labels as vocab
from minutes_app.ui.common.formatting import format_date

_NAMES = {
    "title": QT_TRANSLATE_NOOP("ChangedFields", "Title"),
    "kind": QT_TRANSLATE_NOOP("ChangedFields", "Kind"),
    "status": QT_TRANSLATE_NOOP("ChangedFields", "Status"),
    "date": QT_TRANSLATE_NOOP("ChangedFields", "Date"),
    "start_time": QT_TRANSLATE_NOOP("ChangedFields", "Start time"),
    "end_time": QT_TRANSLATE_NOOP("ChangedFields", "End time"),
    "venue": QT_TRANSLATE_NOOP("ChangedFields", "Venue"),
    "host_organisation_id": QT_TRANSLATE_NOOP("ChangedFields", "Host organisation"),
    "countries": QT_TRANSLATE_NOOP("ChangedFields", "Counterpart countries"),
    "reference_number": QT_TRANSLATE_NOOP("ChangedFields", "Reference number"),
    "confidentiality": QT_TRANSLATE_NOOP("ChangedFields", "Confidentiality"),
    "language": QT_TRANSLATE_NOOP("ChangedFields", "Language"),
    "topic_ids": QT_TRANSLATE_NOOP("ChangedFields", "Topics"),
    "summary": QT_TRANSLATE_NOOP("ChangedFields", "Summary"),
    "prepared_by": QT_TRANSLATE_NOOP("ChangedFields", "Prepared by"),
    "approved_by": QT_TRANSLATE_NOOP("ChangedFields", "Approved by"),
    "signatory_host": QT_TRANSLATE_NOOP("ChangedFields", "Signatory (host)"),
    "signatory_guest": QT_TRANSLATE_NOOP("ChangedFields", "Signatory (guest)"),
    "translations": QT_TRANSLATE_NOOP("ChangedFields", "Translations"),
    "attendances": QT_TRANSLATE_NOOP("ChangedFields", "Participants"),
    "agenda": QT_TRANSLATE_NOOP("ChangedFields", "Agenda"),
    "decisions": QT_TRANSLATE_NOOP("ChangedFields", "Decisions"),
    "description": QT_TRANSLATE_NOOP("ChangedFields", "action"),
    "owner_id": QT_TRANSLATE_NOOP("ChangedFields", "owner"),
    "department": QT_TRANSLATE_NOOP("ChangedFields", "department"),
    "counterpart_contact": QT_TRANSLATE_NOOP("ChangedFields", "counterpart contact"),
    "due_date": QT_TRANSLATE_NOOP("ChangedFields", "due date"),
    "priority": QT_TRANSLATE_NOOP("ChangedFields", "priority"),
    "topic_id": QT_TRANSLATE_NOOP("ChangedFields", "topic"),
}
_MEETING_VOCABULARIES = {
    "kind": vocab.MEETING_KIND,
    "status": vocab.MEETING_STATUS,
    "confidentiality": vocab.CONFIDENTIALITY,
    "language": vocab.LANGUAGE,
}
_FOLLOW_UP_VOCABULARIES = {"status": vocab.FOLLOW_UP_STATUS, "priority": vocab.PRIORITY}
_WHOLE_LISTS = ("attendances", "agenda", "decisions", "translations")  # too long to quote: named only


def field_name(name: str) -> str:
    """The field as the form calls it, in the interface language."""
    return QCoreApplication.translate("ChangedFields", str(_NAMES.get(name, name)))


def shown_value(value: object, vocabulary: str = "") -> str:
    """A stored value as a person reads it ("—" for nothing; a vocabulary's value by its label)."""
    if vocabulary and isinstance(value, str) and value:
        return vocab.label(vocabulary, value)
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return format_date(value)
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def side_by_side(name: str, yours: object, stored: object, *, where: str = "") -> str:
    """ "Venue — yours: «A»; saved by the other officer: «B»" (lists are named only; `where` names a follow-up)."""
    label = f"{where}, {field_name(name)}" if where else field_name(name)
    vocabulary = (_FOLLOW_UP_VOCABULARIES if where else _MEETING_VOCABULARIES).get(name, "")
    if name in _WHOLE_LISTS:
        return QCoreApplication.translate("ChangedFields", "%1 — changed by you and by the other officer").replace(
            "%1", label
        )
    return (
        QCoreApplication.translate("ChangedFields", "%1 — yours: «%2»; saved by the other officer: «%3»")
        .replace("%1", label)
        .replace("%2", shown_value(yours, vocabulary))
        .replace("%3", shown_value(stored, vocabulary))
    )


def conflict_lines(
    both: tuple[str, ...], mine: r.Meeting, stored: r.Meeting, follow_ups: dict[int, tuple[str, ...]]
) -> list[str]:
    """One line per field changed on both sides: the meeting's fields, then each follow-up's (by id)."""
    lines = [side_by_side(name, getattr(mine, name), getattr(stored, name)) for name in both]
    stored_rows = {f.id: f for f in stored.follow_ups}
    for row, item in enumerate(mine.follow_ups):
        theirs = stored_rows.get(item.id)
        if item.id is None or theirs is None:
            continue
        where = QCoreApplication.translate("ChangedFields", "Follow-up %1").replace("%1", str(row + 1))
        lines.extend(
            side_by_side(name, getattr(item, name), getattr(theirs, name), where=where)
            for name in follow_ups.get(item.id, ())
        )
    return lines


def changes_made(before: r.Meeting, after: r.Meeting, fields: tuple[str, ...]) -> list[str]:
    """What another officer changed ("Venue: «A» → «B»"), for Compare; follow-ups by their position."""
    lines = []
    for name in fields:
        old, new = getattr(before, name), getattr(after, name)
        if old == new:
            continue
        if name in _WHOLE_LISTS:
            lines.append(field_name(name))
        else:
            kind = _MEETING_VOCABULARIES.get(name, "")
            lines.append(f"{field_name(name)}: «{shown_value(old, kind)}» → «{shown_value(new, kind)}»")
    earlier = {f.id: f for f in before.follow_ups}
    for row, item in enumerate(after.follow_ups):
        old_row = earlier.get(item.id)
        where = QCoreApplication.translate("ChangedFields", "Follow-up %1").replace("%1", str(row + 1))
        if old_row is None:
            lines.append(
                QCoreApplication.translate("ChangedFields", "%1 added: %2")
                .replace("%1", where)
                .replace("%2", item.description)
            )
            continue
        for name in ("description", "status", "due_date", "owner_id", "priority", "department"):
            old, new = getattr(old_row, name), getattr(item, name)
            kind = _FOLLOW_UP_VOCABULARIES.get(name, "")
            if old != new:
                lines.append(f"{where}, {field_name(name)}: «{shown_value(old, kind)}» → «{shown_value(new, kind)}»")
    return lines
