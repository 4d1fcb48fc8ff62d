"""Three-way merge of a meeting's parts smaller than a field: list items and translations. Qt-free.

A meeting's participants, agenda items and decisions merge item by item, so one officer's change to
decision 1 and another's to decision 3 both stay. An item is the same item by its id (agenda items,
decisions) or by whom it names (participants: their rows are written afresh on each save). What an
item holds is compared without its place in the list; a decision's agenda item is compared by the
agenda item's id, as indexes differ between versions. Every item or translation changed on both
sides, to different values, is a conflict: the merge keeps the editor's value and names it by a key
(`Key`) that `value_of` reads in any version of the meeting, so the save can show both and ask.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from minutes_app.domain import records as r
from minutes_app.domain.multilingual import Translations

LISTS = ("attendances", "agenda", "decisions")
# A conflict's key: ("meeting", field) | ("translations", field, language) | (list, item key) | ("follow_up", id, field)
Key = tuple[Any, ...]


def attendance_key(a: r.Attendance) -> tuple[str, int | None]:
    """A participant is the same one by person, or by organisation for an unnamed representative."""
    return ("person", a.person_id) if a.person_id else ("organisation", a.organisation_id)


def item_key(area: str, item: Any) -> object:
    """The identity of an item of list `area` across versions of the meeting."""
    return attendance_key(item) if area == "attendances" else item.id


def _agenda_id(meeting: r.Meeting, index: int | None) -> int | None:
    if index is None or not 0 <= index < len(meeting.agenda):
        return None
    return meeting.agenda[index].id


def content(area: str, item: Any, meeting: r.Meeting) -> tuple[Any, ...]:
    """What an item of `meeting` holds, without its place in the list (None: no such item)."""
    if item is None:
        return ()
    if area == "attendances":
        return (item.side, item.role, item.present, item.position, item.translations)
    if area == "agenda":
        return (item.title, item.notes, item.translations)
    return (item.text, _agenda_id(meeting, item.agenda_index), item.translations)


def find(meeting: r.Meeting, area: str, key: object) -> Any | None:
    """The item of list `area` with this identity, or None."""
    return next((x for x in getattr(meeting, area) if item_key(area, x) == key), None)


def merge_list(
    area: str, base: r.Meeting, mine: r.Meeting, theirs: r.Meeting, conflicts: list[Key]
) -> list[tuple[Any, r.Meeting]]:
    """The merged items of list `area`, each with the version it came from (its links point into that one)."""

    def same(a: Any, a_in: r.Meeting, b: Any, b_in: r.Meeting) -> bool:
        return content(area, a, a_in) == content(area, b, b_in)

    def shape(meeting: r.Meeting) -> list[tuple[object, tuple[Any, ...]]]:
        return [(item_key(area, x), content(area, x, meeting)) for x in getattr(meeting, area)]

    # A list one side did not touch at all (not even its order) is the other side's, as that side has it.
    if shape(mine) == shape(base):
        return [(x, theirs) for x in getattr(theirs, area)]
    if shape(theirs) == shape(base):
        return [(x, mine) for x in getattr(mine, area)]
    base_by = {item_key(area, x): x for x in getattr(base, area)}
    theirs_by = {item_key(area, x): x for x in getattr(theirs, area)}
    out: list[tuple[Any, r.Meeting]] = []
    for item in getattr(mine, area):
        key = item_key(area, item)
        before, stored = base_by.get(key), theirs_by.get(key)
        if before is None:  # new here (or added on both sides: the same participant)
            if stored is not None and not same(item, mine, stored, theirs):
                conflicts.append((area, key))
            out.append((item, mine))
        elif stored is None:  # removed there
            if not same(item, mine, before, base):
                conflicts.append((area, key))  # ... but changed here: kept until the user says
                out.append((item, mine))
        elif same(item, mine, before, base):
            out.append((stored, theirs))  # untouched here: theirs, where the editor has it
        else:
            if not same(stored, theirs, before, base) and not same(item, mine, stored, theirs):
                conflicts.append((area, key))
            out.append((item, mine))
    mine_keys = {item_key(area, x) for x in getattr(mine, area)}
    for stored in getattr(theirs, area):
        key = item_key(area, stored)
        if key in mine_keys:
            continue
        before = base_by.get(key)
        if before is None:
            out.append((stored, theirs))  # added there
        elif not same(stored, theirs, before, base):
            conflicts.append((area, key))  # removed here, changed there: stays removed until the user says
    return out


def merge_translations(
    base: Translations, mine: Translations, theirs: Translations, conflicts: list[Key]
) -> Translations:
    """The meeting's translations merged text by text (field and language)."""
    out: dict[str, dict[str, str]] = {}
    for name in sorted(base.keys() | mine.keys() | theirs.keys()):
        b, m, t = base.get(name, {}), mine.get(name, {}), theirs.get(name, {})
        texts: dict[str, str] = {}
        for lang in sorted(b.keys() | m.keys() | t.keys()):
            was, ours, stored = b.get(lang, ""), m.get(lang, ""), t.get(lang, "")
            if ours == was:
                value = stored
            else:
                value = ours
                if stored not in (was, ours):
                    conflicts.append(("translations", name, lang))
            if value:
                texts[lang] = value
        if texts:
            out[name] = texts
    return out


def relinked(meeting: r.Meeting, parts: dict[str, list[tuple[Any, r.Meeting]]]) -> r.Meeting:
    """`meeting` with the merged lists, each decision pointing at its agenda item's new place, and
    each side's participants numbered in list order."""
    agenda = [replace(x) for x, _source in parts["agenda"]]
    agenda_at = {a.id: i for i, a in enumerate(agenda) if a.id is not None}
    decisions = []
    for decision, source in parts["decisions"]:
        target = _agenda_id(source, decision.agenda_index)
        decisions.append(replace(decision, agenda_index=agenda_at.get(target) if target is not None else None))
    attendances = [replace(x) for x, _source in parts["attendances"]]
    if len({id(source) for _x, source in parts["attendances"]}) > 1:  # merged item by item: number anew
        numbers: dict[str, int] = {}
        for a in attendances:
            a.precedence = numbers.get(a.side, 0)
            numbers[a.side] = a.precedence + 1
    return replace(meeting, agenda=agenda, decisions=decisions, attendances=attendances)


def relink_index(index: int | None, source: Sequence[Any], target: Sequence[Any]) -> int | None:
    """A follow-up's link to an agenda item or decision of `source`, pointing at the same item in `target`."""
    if index is None or not 0 <= index < len(source):
        return None
    wanted = source[index].id
    return next((i for i, x in enumerate(target) if wanted is not None and x.id == wanted), None)


def value_of(meeting: r.Meeting, key: Key) -> Any:
    """What a conflict's key reads in one version of the meeting (None: no such item or follow-up)."""
    kind = key[0]
    if kind == "meeting":
        return getattr(meeting, key[1])
    if kind == "translations":
        return meeting.translations.get(key[1], {}).get(key[2], "")
    if kind == "follow_up":
        row = next((f for f in meeting.follow_ups if f.id == key[1]), None)
        return None if row is None else getattr(row, key[2])
    return find(meeting, kind, key[1])


def differs(key: Key, a: r.Meeting, b: r.Meeting) -> bool:
    """True when two versions of the meeting hold different values under a conflict's key."""
    if key[0] in LISTS:
        return content(key[0], value_of(a, key), a) != content(key[0], value_of(b, key), b)
    return bool(value_of(a, key) != value_of(b, key))
