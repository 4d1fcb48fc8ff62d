"""Naming the fields of a meeting changed here and elsewhere, with both values, for the conflict question and Compare."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from minutes_app.domain import records as r
from minutes_app.ui.common import vocabulary_labels as vocab
from minutes_app.ui.common.audit_text import field_label
from minutes_app.ui.common.formatting import format_date
from minutes_app.ui.editor import item_merge as im
from minutes_app.ui.editor.conflict_dialog import ConflictRow
from minutes_app.ui.editor.item_merge import Key

# ("person" | "organisation" | "topic", id) -> the name to show
NameOf = Callable[[str, int | None], str]
# The editor's field names where the audit trail names them otherwise.
_TRAIL_NAMES = {
    "host_organisation_id": "host organisation",
    "topic_ids": "topics",
    "owner_id": "owner",
    "topic_id": "topic",
}
_NAMED_BY_ID = {"host_organisation_id": "organisation", "owner_id": "person", "topic_id": "topic"}

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


def _label(kind: str, record_id: int, trail_field: str) -> str:
    """The field as the History tab names it ("Venue", "Decision 3", "Follow-up 12: Status")."""
    entry = r.AuditEntry(0, dt.datetime.min, "", kind, record_id, "changed", trail_field)
    return field_label(entry)


def _item_text(area: str, item: Any, name_of: NameOf) -> str:
    if item is None:
        return QCoreApplication.translate("ChangedFields", "(removed)")
    if area == "attendances":
        who = name_of("person", item.person_id) if item.person_id else name_of("organisation", item.organisation_id)
        return ", ".join(part for part in (who, item.position) if part)
    if area == "agenda":
        return f"{item.title}\n{item.notes}".strip()
    return str(item.text)


def _number(meeting: r.Meeting, area: str, key: object) -> int | None:
    return next((n for n, x in enumerate(getattr(meeting, area), 1) if im.item_key(area, x) == key), None)


def _shown(name: str, value: object, vocabulary: str, name_of: NameOf) -> str:
    if name in _NAMED_BY_ID:
        return (name_of(_NAMED_BY_ID[name], value) if isinstance(value, int) else "") or "—"
    if name == "topic_ids" and isinstance(value, list):
        return ", ".join(name_of("topic", v) for v in value) or "—"
    return shown_value(value, vocabulary)


def conflict_rows(keys: list[Key], mine: r.Meeting, stored: r.Meeting, name_of: NameOf) -> list[ConflictRow]:
    """One row per value changed on both sides (a conflict key of store_merge): its name and both values."""
    rows = []
    meeting_id = stored.id or 0
    for key in keys:
        kind = key[0]
        ours, theirs = im.value_of(mine, key), im.value_of(stored, key)
        if kind == "meeting":
            name = str(key[1])
            label = _label("meeting", meeting_id, _TRAIL_NAMES.get(name, name))
            vocabulary = _MEETING_VOCABULARIES.get(key[1], "")
            rows.append(
                ConflictRow(
                    label, _shown(key[1], ours, vocabulary, name_of), _shown(key[1], theirs, vocabulary, name_of)
                )
            )
        elif kind == "translations":
            label = _label("meeting", meeting_id, f"{key[1]} ({key[2]})")
            rows.append(ConflictRow(label, shown_value(ours), shown_value(theirs)))
        elif kind == "follow_up":
            name = str(key[2])
            label = _label("follow_up", key[1], _TRAIL_NAMES.get(name, name))
            vocabulary = _FOLLOW_UP_VOCABULARIES.get(key[2], "")
            rows.append(
                ConflictRow(
                    label, _shown(key[2], ours, vocabulary, name_of), _shown(key[2], theirs, vocabulary, name_of)
                )
            )
        else:
            if kind == "attendances":
                item = ours if ours is not None else theirs
                who = (
                    name_of("person", item.person_id)
                    if item.person_id
                    else name_of("organisation", item.organisation_id)
                )
                trail = f"attendance: {who}"
            else:
                number = _number(mine, kind, key[1]) or _number(stored, kind, key[1]) or 0
                trail = f"{'agenda item' if kind == 'agenda' else 'decision'} {number}"
            rows.append(
                ConflictRow(
                    _label("meeting", meeting_id, trail),
                    _item_text(kind, ours, name_of),
                    _item_text(kind, theirs, name_of),
                )
            )
    return rows
