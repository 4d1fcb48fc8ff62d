"""Bringing a newer stored meeting into an open editor without losing what the user has not saved.

Three versions meet: `base` (what the editor opened or last saved), `mine` (what it shows now) and
`theirs` (what the store holds now, written by another page of the app). What the user has not
touched takes the stored value; what they edited stays theirs to save. Follow-ups merge row by row
(by id); a follow-up edited in the editor and changed in the store keeps the editor's version
number, so saving it still stops at the conflict question instead of overwriting. Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from minutes_app.domain import records as r
from minutes_app.ui.editor.snapshots import HEADER_FIELDS, is_provisional

# What the editor's follow-up form changes; the rest of a follow-up (history, names, dates) is the store's.
EDITED_FOLLOW_UP_FIELDS = (
    "description", "agenda_index", "decision_index", "owner_id", "department", "counterpart_contact",
    "due_date", "priority", "topic_id", "status", "translations",
)
_LISTS = ("attendances", "agenda", "decisions")


@dataclass
class Merged:
    """The meeting to show, and the positions of follow-ups whose unsaved edits meet a stored change."""

    meeting: r.Meeting
    conflicting_rows: list[int] = field(default_factory=list)


def changed_since(base: r.Meeting, stored: r.Meeting) -> bool:
    """True when the store holds a newer meeting than `base`, or newer, added or removed follow-ups."""
    versions = {(f.id, f.version) for f in base.follow_ups if f.id is not None and not is_provisional(f.id)}
    return stored.version != base.version or versions != {(f.id, f.version) for f in stored.follow_ups}


def merge(base: r.Meeting, mine: r.Meeting, theirs: r.Meeting) -> Merged:
    """`mine` rebased onto `theirs`: untouched fields and rows take the stored values, edited ones stay."""
    meeting = replace(theirs)
    for name in HEADER_FIELDS:
        if getattr(mine, name) != getattr(base, name):
            setattr(meeting, name, getattr(mine, name))
    for name in _LISTS:
        ours = getattr(mine, name)
        setattr(meeting, name, [replace(x) for x in (getattr(theirs, name) if ours == getattr(base, name) else ours)])
    meeting.follow_ups, conflicting = _merge_follow_ups(base.follow_ups, mine.follow_ups, theirs.follow_ups)
    return Merged(meeting, conflicting)


def _edited(before: r.FollowUp, after: r.FollowUp) -> bool:
    return any(getattr(before, name) != getattr(after, name) for name in EDITED_FOLLOW_UP_FIELDS)


def _merge_follow_ups(
    base: list[r.FollowUp], mine: list[r.FollowUp], theirs: list[r.FollowUp],
) -> tuple[list[r.FollowUp], list[int]]:
    base_by_id = {f.id: f for f in base if f.id is not None}
    theirs_by_id = {f.id: f for f in theirs if f.id is not None}
    merged: list[r.FollowUp] = []
    conflicting: list[int] = []
    for item in mine:
        if item.id is None or is_provisional(item.id):
            merged.append(replace(item))  # new in the editor
            continue
        before = base_by_id.get(item.id)
        stored = theirs_by_id.get(item.id)
        touched = before is None or _edited(before, item)
        if stored is None:
            if touched:
                merged.append(replace(item))  # removed elsewhere, but edited here: the save will say
            continue
        if not touched:
            # The store's row, still linked where the editor links it (its agenda and decisions are the editor's).
            merged.append(replace(stored, agenda_index=item.agenda_index, decision_index=item.decision_index))
            continue
        merged.append(replace(item))
        if stored.version != item.version:
            conflicting.append(len(merged) - 1)
    known = set(base_by_id) | {f.id for f in mine}
    merged.extend(replace(f, agenda_index=None, decision_index=None) for f in theirs if f.id not in known)
    return merged, conflicting
