"""What changed between two versions of a record, field by field, as text: the audit trail's rows.

Pure functions over the plain records (before the save, as stored after it). Child rows are named the
way an officer reads them: "decision 3 text", "attendance: Mikayil Jabbarov role", "agenda item 2 title".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from minutes_app.domain import records as r
from minutes_app.domain.directory_fields import ORGANISATION_FIELDS, PERSON_VALUE_FIELDS
from minutes_app.domain.meeting_header import PLAIN_HEADER_FIELDS

CREATED = "created"
CHANGED = "changed"
DELETED = "deleted"
RESTORED = "restored"

FOLLOW_UP_FIELDS = (
    "description",
    "department",
    "counterpart_contact",
    "due_date",
    "priority",
    "status",
    "completed_on",
)
# A follow-up's fields whose every change also gets a dated note (followup_writer): the tracker's history
# shows the note, not the audit entry as well.
TOLD_BY_FOLLOW_UP_NOTES = ("status", "due_date", "completed_on")


@dataclass(frozen=True, slots=True)
class Change:
    """One audit row to write: the record it belongs to and what changed."""

    record_kind: str
    record_id: int
    action: str
    field: str = ""
    old: str = ""
    new: str = ""
    meeting_id: int | None = None


def as_text(value: object) -> str:
    """A stored value as the trail keeps it: dates ISO, times HH:MM, yes/no, lists comma-separated."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ", ".join(as_text(v) for v in value)
    return str(value)


def _fields(before: object, after: object, names: Iterable[str], prefix: str = "") -> list[tuple[str, str, str]]:
    """(field, old, new) for each of `names` whose text differs."""
    out = []
    for name in names:
        old, new = as_text(getattr(before, name)), as_text(getattr(after, name))
        if old != new:
            out.append((f"{prefix}{name}", old, new))
    return out


def _translations(
    before: dict[str, dict[str, str]], after: dict[str, dict[str, str]], prefix: str = ""
) -> list[tuple[str, str, str]]:
    """One (field (language), old, new) per translation that changed."""
    out = []
    for name in sorted(before.keys() | after.keys()):
        old_texts, new_texts = before.get(name, {}), after.get(name, {})
        for lang in sorted(old_texts.keys() | new_texts.keys()):
            old, new = old_texts.get(lang, ""), new_texts.get(lang, "")
            if old != new:
                out.append((f"{prefix}{name} ({lang})", old, new))
    return out


def meeting_changes(before: r.Meeting | None, after: r.Meeting) -> list[Change]:
    """The changes of one meeting save: header, countries, topics, attendance, agenda, decisions, follow-ups."""
    assert after.id is not None
    mid = after.id

    def row(field: str, old: str, new: str, action: str = CHANGED) -> Change:
        return Change("meeting", mid, action, field, old, new, meeting_id=mid)

    if before is None:
        # Listed newest first: the meeting's own "created" is the last (oldest) line of its history.
        created = [c for f in after.follow_ups for c in follow_up_changes(None, f, meeting_id=mid)]
        return [*created, row("", "", after.title, CREATED)]
    out = [row(*c) for c in _fields(before, after, PLAIN_HEADER_FIELDS)]
    host_before = before.host_organisation.name if before.host_organisation else ""
    host_after = after.host_organisation.name if after.host_organisation else ""
    if before.host_organisation_id != after.host_organisation_id:
        out.append(row("host organisation", host_before, host_after))
    if before.countries != after.countries:
        out.append(row("countries", as_text(before.countries), as_text(after.countries)))
    topics_before, topics_after = sorted(t.name for t in before.topics), sorted(t.name for t in after.topics)
    if topics_before != topics_after:
        out.append(row("topics", as_text(topics_before), as_text(topics_after)))
    out += [row(*c) for c in _translations(before.translations, after.translations)]
    out += [row(*c) for c in _attendance_changes(before.attendances, after.attendances)]
    out += [row(*c) for c in _numbered_changes("agenda item", before.agenda, after.agenda, ("title", "notes"))]
    out += [row(*c) for c in _numbered_changes("decision", before.decisions, after.decisions, ("text",))]
    old_follow_ups = {f.id: f for f in before.follow_ups}
    for follow_up in after.follow_ups:
        out += follow_up_changes(old_follow_ups.pop(follow_up.id, None), follow_up, meeting_id=mid)
    out += [Change("follow_up", f.id, DELETED, "", f.description, "", mid) for f in old_follow_ups.values() if f.id]
    return out


def _who(a: r.Attendance) -> str:
    if a.person is not None:
        return a.person.name
    return a.organisation.name if a.organisation is not None else f"#{a.person_id or a.organisation_id}"


def _attendance_key(a: r.Attendance) -> tuple[int | None, int | None]:
    # Attendance rows are written afresh on each save: a participant is the same one by person (or
    # by organisation for an unnamed representative), not by row id.
    return (a.person_id, None) if a.person_id else (None, a.organisation_id)


def _attendance_changes(before: Sequence[r.Attendance], after: Sequence[r.Attendance]) -> list[tuple[str, str, str]]:
    old = {_attendance_key(a): a for a in before}
    out: list[tuple[str, str, str]] = []
    for a in after:
        was = old.pop(_attendance_key(a), None)
        label = f"attendance: {_who(a)}"
        if was is None:
            out.append((label, "", f"added ({a.side}, {a.role})"))
            continue
        out += _fields(was, a, ("side", "role", "present", "position", "precedence"), prefix=f"{label} ")
        out += _translations(was.translations, a.translations, prefix=f"{label} ")
    out += [(f"attendance: {_who(a)}", f"{a.side}, {a.role}", "removed") for a in old.values()]
    return out


def _numbered_changes(
    noun: str,
    before: Sequence[r.AgendaItem | r.Decision],
    after: Sequence[r.AgendaItem | r.Decision],
    names: tuple[str, ...],
) -> list[tuple[str, str, str]]:
    """Changes of agenda items or decisions, matched by id and named by their number after the save."""
    old = {item.id: item for item in before if item.id is not None}
    old_numbers = {item.id: n for n, item in enumerate(before, 1)}
    out: list[tuple[str, str, str]] = []
    for n, item in enumerate(after, 1):
        was = old.pop(item.id, None) if item.id is not None else None
        main = getattr(item, names[0])
        if was is None:
            out.append((f"{noun} {n}", "", main))
            continue
        if old_numbers[item.id] != n:
            out.append((f"{noun} {n} number", str(old_numbers[item.id]), str(n)))
        out += _fields(was, item, names, prefix=f"{noun} {n} ")
        out += _translations(was.translations, item.translations, prefix=f"{noun} {n} ")
    out += [(f"{noun} {old_numbers[item.id]}", getattr(item, names[0]), "") for item in old.values()]
    return out


def follow_up_changes(before: r.FollowUp | None, after: r.FollowUp, *, meeting_id: int | None) -> list[Change]:
    """The changes of one follow-up (a new one: one "created" row)."""
    assert after.id is not None
    fid = after.id
    if before is None:
        return [Change("follow_up", fid, CREATED, "", "", after.description, meeting_id)]
    rows = _fields(before, after, FOLLOW_UP_FIELDS)
    if before.owner_id != after.owner_id:
        rows.append(("owner", before.owner_name, after.owner_name))
    if before.topic_id != after.topic_id:
        rows.append(("topic", before.topic_name, after.topic_name))
    rows += _translations(before.translations, after.translations)
    return [Change("follow_up", fid, CHANGED, f, o, n, meeting_id) for f, o, n in rows]


def directory_changes(
    kind: str, before: r.Person | r.Organisation | None, after: r.Person | r.Organisation
) -> list[Change]:
    """The changes of a person or an organisation of the directory."""
    assert after.id is not None
    if before is None:
        return [Change(kind, after.id, CREATED, "", "", after.name)]
    if isinstance(after, r.Person):
        assert isinstance(before, r.Person)
        rows = _fields(before, after, PERSON_VALUE_FIELDS)
        if before.organisation_id != after.organisation_id:
            rows.append(("organisation", before.organisation_name, after.organisation_name))
    else:
        rows = _fields(before, after, ORGANISATION_FIELDS)
    return [Change(kind, after.id, CHANGED, f, o, n) for f, o, n in rows]
