"""Bringing a newer stored meeting into an open editor without losing what the user has not saved.

Three versions meet: `base` (what the editor opened or last saved), `mine` (what it shows now) and
`theirs` (what the store holds now, written by another page of the app). What the user has not
touched takes the stored value; what they edited stays theirs to save. Participants, agenda items
and decisions merge item by item, translations text by text (item_merge). Follow-ups merge row by row
(by id) and, for a row changed on both sides, field by field: the fields the user edited keep the
user's values, every other field takes the stored one, and the row moves to the stored version, so a
save stores both changes. Only when the same field was changed on both sides (to different values)
does the row keep the editor's version number, so saving it still stops at the conflict question
instead of overwriting; such a row stays conflicting in later merges. Every value changed on both
sides is listed by its key (`Merged.keys`); `resolve` applies the user's choice of each. Qt-free.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from minutes_app.domain import records as r
from minutes_app.domain.meeting_header import HEADER_FIELDS
from minutes_app.ui.editor import item_merge as im
from minutes_app.ui.editor.item_merge import Key
from minutes_app.ui.editor.snapshots import is_provisional

# What the editor's follow-up form changes; the rest of a follow-up (history, names, dates) is the store's.
# (agenda_index and decision_index point into the editor's own lists, so they are always the editor's.)
EDITED_FOLLOW_UP_FIELDS = (
    "description",
    "agenda_index",
    "decision_index",
    "owner_id",
    "department",
    "counterpart_contact",
    "due_date",
    "priority",
    "topic_id",
    "status",
    "translations",
)
_LINKS = ("agenda_index", "decision_index")
_LISTS = im.LISTS


@dataclass
class Merged:
    """The meeting to show, and the follow-ups whose unsaved edits meet a stored change of the same field."""

    meeting: r.Meeting
    conflicting_rows: list[int] = field(default_factory=list)  # positions in meeting.follow_ups
    # follow-up id -> the fields changed on both sides ((), when the row was already conflicting before)
    conflicts: dict[int, tuple[str, ...]] = field(default_factory=dict)
    keys: list[Key] = field(default_factory=list)  # every value changed on both sides, the editor's kept


def changed_since(base: r.Meeting, stored: r.Meeting) -> bool:
    """True when the store holds a newer meeting than `base`, or newer, added or removed follow-ups."""
    versions = {(f.id, f.version) for f in base.follow_ups if f.id is not None and not is_provisional(f.id)}
    return stored.version != base.version or versions != {(f.id, f.version) for f in stored.follow_ups}


def merge(base: r.Meeting, mine: r.Meeting, theirs: r.Meeting) -> Merged:
    """`mine` rebased onto `theirs`: untouched fields and items take the stored values, edited ones stay."""
    meeting = replace(theirs)
    keys: list[Key] = []
    for name in HEADER_FIELDS:
        if name == "translations":
            meeting.translations = im.merge_translations(
                base.translations, mine.translations, theirs.translations, keys
            )
        elif getattr(mine, name) != getattr(base, name):
            setattr(meeting, name, getattr(mine, name))
            if getattr(theirs, name) not in (getattr(base, name), getattr(mine, name)):
                keys.append(("meeting", name))
    meeting = im.relinked(meeting, {name: im.merge_list(name, base, mine, theirs, keys) for name in _LISTS})
    merged = Merged(meeting, keys=keys)
    follow_ups = _merge_follow_ups(base.follow_ups, mine.follow_ups, theirs.follow_ups, merged)
    for row in follow_ups:  # the editor's links point into its own lists: the same items in the merged ones
        row.agenda_index = im.relink_index(row.agenda_index, mine.agenda, meeting.agenda)
        row.decision_index = im.relink_index(row.decision_index, mine.decisions, meeting.decisions)
    meeting.follow_ups = follow_ups
    keys.extend(("follow_up", fid, name) for fid, names in merged.conflicts.items() for name in names)
    return merged


def standing(keys: Iterable[Key], mine: r.Meeting, stored: r.Meeting) -> list[Key]:
    """The keys (once each, in order) under which the editor still holds another value than the store."""
    out: list[Key] = []
    for key in keys:
        if key not in out and im.differs(key, mine, stored):
            out.append(key)
    return out


def resolve(shown: r.Meeting, stored: r.Meeting, keys: Collection[Key], theirs: Collection[Key]) -> r.Meeting:
    """`shown` (the merge of the editor's meeting with `stored`) with the stored value under each key of
    `theirs`; every follow-up in a conflict moves to its stored version, so the save writes the choices."""
    meeting = replace(
        shown,
        translations={name: dict(texts) for name, texts in shown.translations.items()},
        attendances=list(shown.attendances),
        agenda=list(shown.agenda),
        decisions=list(shown.decisions),
        follow_ups=[replace(f) for f in shown.follow_ups],
    )
    stored_rows = {f.id: f for f in stored.follow_ups}
    for key in keys:
        if key[0] == "follow_up":
            row = next((f for f in meeting.follow_ups if f.id == key[1]), None)
            if row is not None and key[1] in stored_rows:
                row.version = stored_rows[key[1]].version
    for key in (k for k in keys if k in theirs):
        value = im.value_of(stored, key)
        if key[0] == "meeting":
            setattr(meeting, key[1], value)
        elif key[0] == "translations":
            texts = meeting.translations.setdefault(key[1], {})
            if value:
                texts[key[2]] = value
            else:
                texts.pop(key[2], None)
        elif key[0] == "follow_up":
            row = next((f for f in meeting.follow_ups if f.id == key[1]), None)
            if row is not None and key[1] in stored_rows:
                setattr(row, key[2], value)
        else:
            _take_item(meeting, stored, key[0], key[1], value)
    return meeting


def _take_item(meeting: r.Meeting, stored: r.Meeting, area: str, item_key: object, value: Any) -> None:
    """Put the stored item (or its absence) in place of the editor's in list `area`."""
    items = getattr(meeting, area)
    at = next((i for i, x in enumerate(items) if im.item_key(area, x) == item_key), None)
    if value is None:
        if at is not None:
            del items[at]
        return
    item = replace(value)
    if isinstance(item, r.Decision):
        item.agenda_index = im.relink_index(item.agenda_index, stored.agenda, meeting.agenda)
    if at is None:
        items.append(item)
    else:
        items[at] = item


def edited_fields(before: r.FollowUp, after: r.FollowUp) -> tuple[str, ...]:
    """The fields of the editor's follow-up form that differ between two versions of a follow-up."""
    return tuple(name for name in EDITED_FOLLOW_UP_FIELDS if getattr(before, name) != getattr(after, name))


def _merge_row(before: r.FollowUp, item: r.FollowUp, stored: r.FollowUp) -> tuple[r.FollowUp, tuple[str, ...] | None]:
    """One follow-up edited in the editor (`item`) and changed in the store: the merged row, and the
    fields changed on both sides (None when there is no conflict, () when it was conflicting already)."""
    touched = edited_fields(before, item)
    row = replace(stored, **{name: getattr(item, name) for name in (*touched, *_LINKS)})
    if item.version != before.version:
        # Kept at an older version by an earlier merge: its conflict with the store stands.
        return replace(row, version=item.version), ()
    both = tuple(
        name
        for name in touched
        if name not in _LINKS
        and getattr(stored, name) != getattr(before, name)
        and getattr(stored, name) != getattr(item, name)
    )
    if both:
        return replace(row, version=item.version), both  # the save asks which to keep
    return row, None


def _merge_follow_ups(
    base: list[r.FollowUp],
    mine: list[r.FollowUp],
    theirs: list[r.FollowUp],
    result: Merged,
) -> list[r.FollowUp]:
    base_by_id = {f.id: f for f in base if f.id is not None}
    theirs_by_id = {f.id: f for f in theirs if f.id is not None}
    merged: list[r.FollowUp] = []
    for item in mine:
        if item.id is None or is_provisional(item.id):
            merged.append(replace(item))  # new in the editor
            continue
        before = base_by_id.get(item.id)
        stored = theirs_by_id.get(item.id)
        touched = before is None or bool(edited_fields(before, item))
        if stored is None:
            if touched:
                merged.append(replace(item))  # removed elsewhere, but edited here: the save will say
            continue
        if not touched:
            # The store's row, still linked where the editor links it (its agenda and decisions are the editor's).
            merged.append(replace(stored, agenda_index=item.agenda_index, decision_index=item.decision_index))
            continue
        if stored.version == item.version or before is None:
            merged.append(replace(item))  # nothing new in the store for this row (or nothing to compare with)
            if stored.version != item.version:
                result.conflicting_rows.append(len(merged) - 1)
                result.conflicts[item.id] = ()
            continue
        row, both = _merge_row(before, item, stored)
        merged.append(row)
        if both is not None:
            result.conflicting_rows.append(len(merged) - 1)
            result.conflicts[item.id] = both
    known = set(base_by_id) | {f.id for f in mine}
    merged.extend(replace(f, agenda_index=None, decision_index=None) for f in theirs if f.id not in known)
    return merged
