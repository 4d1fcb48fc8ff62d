"""The audit trail's entries in words, in the interface language: field names and "… changed by … on …" sentences."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from minutes_app.domain import records as r
from minutes_app.ui.common.formatting import format_utc_timestamp

# How much of a long old value (a summary) a line shows; the item's tooltip holds the whole.
SHOWN_CHARS = 120
_NUMBERED = re.compile(r"^(decision|agenda item) (\d+)(?: (\w+))?(?: \((\w\w)\))?$")
_ATTENDANCE = re.compile(r"^attendance: (.+?)(?: (side|role|present|position|precedence))?(?: \((\w\w)\))?$")
_TRANSLATED = re.compile(r"^(\w+) \((\w\w)\)$")


def _field_names() -> dict[str, str]:
    """The trail's field names in the interface language (built per call: the language can change)."""
    return {
        "title": QCoreApplication.translate("AuditFields", "Title"),
        "kind": QCoreApplication.translate("AuditFields", "Kind"),
        "date": QCoreApplication.translate("AuditFields", "Date"),
        "start_time": QCoreApplication.translate("AuditFields", "Start time"),
        "end_time": QCoreApplication.translate("AuditFields", "End time"),
        "venue": QCoreApplication.translate("AuditFields", "Venue"),
        "reference_number": QCoreApplication.translate("AuditFields", "Reference number"),
        "confidentiality": QCoreApplication.translate("AuditFields", "Confidentiality"),
        "status": QCoreApplication.translate("AuditFields", "Status"),
        "language": QCoreApplication.translate("AuditFields", "Language"),
        "summary": QCoreApplication.translate("AuditFields", "Summary"),
        "prepared_by": QCoreApplication.translate("AuditFields", "Prepared by"),
        "approved_by": QCoreApplication.translate("AuditFields", "Approved by"),
        "signatory_host": QCoreApplication.translate("AuditFields", "Host signatory"),
        "signatory_guest": QCoreApplication.translate("AuditFields", "Guest signatory"),
        "host organisation": QCoreApplication.translate("AuditFields", "Host organisation"),
        "countries": QCoreApplication.translate("AuditFields", "Countries"),
        "topics": QCoreApplication.translate("AuditFields", "Topics"),
        "text": QCoreApplication.translate("AuditFields", "text"),
        "notes": QCoreApplication.translate("AuditFields", "notes"),
        "number": QCoreApplication.translate("AuditFields", "number"),
        "side": QCoreApplication.translate("AuditFields", "side"),
        "role": QCoreApplication.translate("AuditFields", "role"),
        "present": QCoreApplication.translate("AuditFields", "present"),
        "position": QCoreApplication.translate("AuditFields", "position"),
        "precedence": QCoreApplication.translate("AuditFields", "order"),
        "description": QCoreApplication.translate("AuditFields", "Description"),
        "department": QCoreApplication.translate("AuditFields", "Department"),
        "counterpart_contact": QCoreApplication.translate("AuditFields", "Counterpart contact"),
        "due_date": QCoreApplication.translate("AuditFields", "Due date"),
        "priority": QCoreApplication.translate("AuditFields", "Priority"),
        "completed_on": QCoreApplication.translate("AuditFields", "Completed on"),
        "owner": QCoreApplication.translate("AuditFields", "Owner"),
        "topic": QCoreApplication.translate("AuditFields", "Topic"),
    }


def field_label(entry: r.AuditEntry, *, shown_in: str = "meeting") -> str:
    """What an entry is about, in words: "Decision 3 text", "Participant Mikayil Jabbarov: role", "Follow-up 12: Status"."""
    names = _field_names()
    field = entry.field
    if numbered := _NUMBERED.match(field):
        noun, number, part, lang = numbered.groups()
        label = (
            QCoreApplication.translate("AuditFields", "Decision %1")
            if noun == "decision"
            else QCoreApplication.translate("AuditFields", "Agenda item %1")
        ).replace("%1", number)
        label += f" {names.get(part, part)}" if part else ""
    elif attendance := _ATTENDANCE.match(field):
        who, part, lang = attendance.groups()
        label = QCoreApplication.translate("AuditFields", "Participant %1").replace("%1", who) + (
            f": {names.get(part, part)}" if part else ""
        )
    elif translated := _TRANSLATED.match(field):
        part, lang = translated.groups()
        label = names.get(part, part)
    else:
        label, lang = names.get(field, field.replace("_", " ")), None
    if lang:
        label += f" ({lang})"
    if entry.record_kind != shown_in:  # a meeting's history holds its follow-ups' entries: say whose
        prefix = QCoreApplication.translate("AuditFields", "Follow-up %1").replace("%1", str(entry.record_id))
        return f"{prefix}: {label}" if label else prefix
    nouns = {
        "meeting": QCoreApplication.translate("AuditFields", "Meeting"),
        "follow_up": QCoreApplication.translate("AuditFields", "Follow-up"),
        "person": QCoreApplication.translate("AuditFields", "Person"),
    }
    return label or nouns.get(entry.record_kind, QCoreApplication.translate("AuditFields", "Organisation"))


def _quoted(value: str, start: int = 0) -> str:
    """The value in quotes, cut to SHOWN_CHARS from `start` (an ellipsis marks what is left out)."""
    value = value.replace("\n", " ")
    if not value:
        return QCoreApplication.translate("AuditFields", "(empty)")
    shown = value[start : start + SHOWN_CHARS - 1]
    return "“" + ("…" if start else "") + shown + ("…" if start + len(shown) < len(value) else "") + "”"


def _first_difference(old: str, new: str) -> int:
    """Where to start showing two long values so the change is in sight (a little before it)."""
    same = next((i for i, (a, b) in enumerate(zip(old, new)) if a != b), min(len(old), len(new)))
    return max(0, same - SHOWN_CHARS // 3) if same > SHOWN_CHARS // 2 else 0


def entry_sentence(entry: r.AuditEntry) -> str:
    """ "Decision 3 text changed by a.mammadov on 12.03.2027 14:05, was: “…”, now: “…”"."""
    templates = {
        "created": QCoreApplication.translate("AuditFields", "%1 created by %2 on %3"),
        "deleted": QCoreApplication.translate("AuditFields", "%1 moved to the trash by %2 on %3"),
        "restored": QCoreApplication.translate("AuditFields", "%1 restored from the trash by %2 on %3"),
    }
    template = templates.get(
        entry.action, QCoreApplication.translate("AuditFields", "%1 changed by %2 on %3, was: %4, now: %5")
    )
    start = _first_difference(entry.old_value, entry.new_value)
    # Placeholders replaced in one pass from the end: a value holding "%1" stays as typed.
    values = {
        "%1": field_label(entry),
        "%2": entry.changed_by or QCoreApplication.translate("AuditFields", "unknown"),
        "%3": format_utc_timestamp(entry.changed_at),
        "%4": _quoted(entry.old_value, start),
        "%5": _quoted(entry.new_value, start),
    }
    return re.sub(r"%[1-5]", lambda match: values[match.group(0)], template)


def change_line(entry: r.AuditEntry) -> str:
    """ "Department: “Trade” → “Economy”" (the field, the old and the new value)."""
    start = _first_difference(entry.old_value, entry.new_value)
    values = {
        "%1": field_label(entry, shown_in=entry.record_kind),
        "%2": _quoted(entry.old_value, start),
        "%3": _quoted(entry.new_value, start),
    }
    return re.sub(
        r"%[1-3]", lambda match: values[match.group(0)], QCoreApplication.translate("AuditFields", "%1: %2 → %3")
    )
