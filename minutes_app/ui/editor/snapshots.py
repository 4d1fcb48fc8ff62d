"""Snapshots of the meeting being edited, for the undo history: what changed between two, and ids after a save.

Rows the store has not numbered yet (new agenda items, decisions, follow-ups) get provisional,
negative ids while they are edited, so every snapshot can tell them apart and a save can hand
each its real id. Qt-free: the bookkeeping is tested without widgets.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any, Protocol

from minutes_app.domain import records as r
from minutes_app.domain.meeting_header import HEADER_FIELDS

MEETING, PARTICIPANTS, AGENDA, DECISIONS, FOLLOW_UPS = "meeting", "participants", "agenda", "decisions", "follow_ups"
EDIT, ADD, REMOVE, MOVE = "edit", "add", "remove", "move"
_LISTS = ((PARTICIPANTS, "attendances"), (AGENDA, "agenda"), (DECISIONS, "decisions"), (FOLLOW_UPS, "follow_ups"))


class HasId(Protocol):
    """A record the store numbers."""

    id: int | None


@dataclass(frozen=True, slots=True)
class Change:
    """Where one edit happened: which part of the meeting, what was done, which row, which field."""

    area: str  # MEETING, PARTICIPANTS, AGENDA, DECISIONS or FOLLOW_UPS
    action: str  # EDIT, ADD, REMOVE or MOVE
    index: int = (
        0  # the row (in the list after the edit; where it stood for a removal); for participants, within the side
    )
    field: str = ""  # for the meeting's own fields: the first one changed; for participants: the side


class ProvisionalIds:
    """Hands out negative ids to rows the store has not numbered yet; they never reach the store."""

    def __init__(self) -> None:
        self._next = -1

    def assign(self, records: Iterable[HasId]) -> None:
        """Give every record without an id a provisional one (in place)."""
        for record in records:
            if record.id is None:
                record.id = self._next
                self._next -= 1


def is_provisional(record_id: int | None) -> bool:
    """True for an id the editor made up for a row not stored yet."""
    return record_id is not None and record_id < 0


def shallow_copy(record: Any) -> Any:
    """A copy of a record (a slotted dataclass) sharing its field values: what `replace(record)` makes, a few
    times faster (a 500-person meeting is copied for every snapshot, and a snapshot is taken at every edit)."""
    cls = type(record)
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    copied = object.__new__(cls)
    for name in names:
        object.__setattr__(copied, name, getattr(record, name))
    return copied


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def own_translations(meeting: r.Meeting) -> r.Meeting:
    """A copy whose records hold their own translation mappings, so typing a translation changes no snapshot."""

    def own(record: Any) -> Any:
        copied = shallow_copy(record)
        copied.translations = {name: dict(texts) for name, texts in record.translations.items()}
        return copied

    owned: r.Meeting = own(meeting)
    return replace(
        owned,
        attendances=[own(a) for a in meeting.attendances],
        agenda=[own(a) for a in meeting.agenda],
        decisions=[own(d) for d in meeting.decisions],
        follow_ups=[own(f) for f in meeting.follow_ups],
    )


def for_store(meeting: r.Meeting) -> r.Meeting:
    """A copy the services accept: provisional ids cleared (and no version on never-stored follow-ups)."""
    return replace(
        meeting,
        attendances=[replace(a) for a in meeting.attendances],
        agenda=[replace(a, id=None if is_provisional(a.id) else a.id) for a in meeting.agenda],
        decisions=[replace(d, id=None if is_provisional(d.id) else d.id) for d in meeting.decisions],
        follow_ups=[replace(f, id=None, version=0) if is_provisional(f.id) else replace(f) for f in meeting.follow_ups],
    )


def saved_ids(sent: r.Meeting, stored: r.Meeting) -> dict[int, int]:
    """The real id each provisional id got when `sent` was saved and came back as `stored`."""
    found: dict[int, int] = {}
    lists: list[tuple[Sequence[HasId], Sequence[HasId]]] = [
        (sent.agenda, stored.agenda),
        (sent.decisions, stored.decisions),
    ]
    kept = {f.id for f in sent.follow_ups if f.id is not None and not is_provisional(f.id)}
    # New follow-ups are numbered in the order sent, after the ones kept.
    lists.append(
        ([f for f in sent.follow_ups if is_provisional(f.id)], [f for f in stored.follow_ups if f.id not in kept])
    )
    for mine, theirs in lists:
        if len(mine) != len(theirs):  # not the meeting sent: better no ids than wrong ones
            continue
        for a, b in zip(mine, theirs, strict=True):
            if a.id is not None and is_provisional(a.id) and b.id is not None:
                found[a.id] = b.id
    return found


def adopt_saved(snapshot: r.Meeting, ids: dict[int, int], stored: r.Meeting) -> r.Meeting:
    """`snapshot` as if taken after the save: real ids for provisional ones, follow-ups at their stored version.

    Undoing past a save and saving again then updates the same rows instead of creating new ones,
    and does not mistake the editor's own earlier save for a change made elsewhere.
    """
    saved_follow_ups = {f.id: f for f in stored.follow_ups}

    def follow_up(item: r.FollowUp) -> r.FollowUp:
        real = ids.get(item.id, item.id) if item.id is not None else None
        saved = saved_follow_ups.get(real)
        if saved is None:
            return replace(item, id=real)
        return replace(item, id=real, version=saved.version, meeting_id=saved.meeting_id, history=list(saved.history))

    return replace(
        snapshot,
        id=stored.id,
        version=stored.version,
        agenda=[replace(a, id=ids.get(a.id, a.id) if a.id is not None else None) for a in snapshot.agenda],
        decisions=[replace(d, id=ids.get(d.id, d.id) if d.id is not None else None) for d in snapshot.decisions],
        follow_ups=[follow_up(f) for f in snapshot.follow_ups],
    )


def describe_change(before: r.Meeting, after: r.Meeting) -> Change | None:
    """Where `after` first differs from `before` (None when they are the same)."""
    for name in HEADER_FIELDS:
        if getattr(before, name) != getattr(after, name):
            return Change(MEETING, EDIT, 0, name)
    for area, attribute in _LISTS:
        old, new = getattr(before, attribute), getattr(after, attribute)
        if old != new:
            change = _list_change(area, old, new)
            return _within_side(change, old, new) if area == PARTICIPANTS else change
    return None


def _within_side(change: Change, old: Sequence[r.Attendance], new: Sequence[r.Attendance]) -> Change:
    """A participant's change told as (side, row within the side): each side has its own table."""
    records = new if change.action != REMOVE and change.index < len(new) else old
    if not 0 <= change.index < len(records):
        return change
    side = records[change.index].side
    row = sum(1 for x in records[: change.index] if x.side == side)
    return replace(change, index=row, field=side)


def _list_change(area: str, old: Sequence[Any], new: Sequence[Any]) -> Change:
    old_keys = [_identity(area, x) for x in old]
    new_keys = [_identity(area, x) for x in new]
    first = next((i for i, (a, b) in enumerate(zip(old_keys, new_keys)) if a != b), min(len(old), len(new)))
    if len(new) > len(old):
        return Change(area, ADD, first)
    if len(new) < len(old):
        return Change(area, REMOVE, first)
    if old_keys != new_keys:
        # Reordered; if a row also changed (a participant made head of delegation moves to the top), it is an edit.
        before = {key: _unordered(area, x) for key, x in zip(old_keys, old)}
        edited = [i for i, (key, x) in enumerate(zip(new_keys, new)) if before.get(key) != _unordered(area, x)]
        return Change(area, EDIT, edited[0]) if edited else Change(area, MOVE, first)
    return Change(area, EDIT, next(i for i, (a, b) in enumerate(zip(old, new)) if a != b))


def _identity(area: str, record: Any) -> object:
    if area == PARTICIPANTS:
        return (record.side, record.person_id, record.organisation_id)
    return record.id


def _unordered(area: str, record: Any) -> Any:
    """The record without its place in the list."""
    return replace(record, precedence=0) if area == PARTICIPANTS else record
