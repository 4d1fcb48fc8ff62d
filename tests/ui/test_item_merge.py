"""Merging a meeting's lists item by item (Qt-free): different items keep both sides' changes, the same item
changed on both sides is a conflict the user settles, decisions stay on their agenda items."""

from __future__ import annotations

from dataclasses import replace

from minutes_app.domain import records as r
from minutes_app.ui.editor.snapshots import own_translations
from minutes_app.ui.editor.store_merge import merge, resolve, standing


def _base() -> r.Meeting:
    agenda = [r.AgendaItem(id=10, title="Trade"), r.AgendaItem(id=11, title="Energy")]
    return r.Meeting(
        id=1,
        version=1,
        venue="Baku",
        agenda=agenda,
        decisions=[
            r.Decision(id=20, text="One", agenda_index=0),
            r.Decision(id=21, text="Two", agenda_index=1),
            r.Decision(id=22, text="Three", agenda_index=1),
        ],
        attendances=[r.Attendance(id=30, person_id=5, side="host", precedence=0)],
    )


def _copy(meeting: r.Meeting) -> r.Meeting:
    copied = own_translations(meeting)
    return replace(copied, decisions=[replace(d) for d in copied.decisions], agenda=[replace(a) for a in copied.agenda])


def test_different_decisions_merge_and_the_same_one_is_a_conflict_settled_either_way() -> None:
    base = _base()
    mine, theirs = _copy(base), _copy(base)
    theirs.version = 2
    mine.venue, theirs.venue = "Mine", "Theirs"
    theirs.decisions[0].text = "One (theirs)"
    mine.decisions[2].text = "Three (mine)"
    theirs.agenda.insert(0, r.AgendaItem(id=12, title="Opening"))  # every agenda index moves there
    for d in theirs.decisions:
        d.agenda_index = (d.agenda_index or 0) + 1
    theirs.attendances.append(r.Attendance(id=31, person_id=6, side="host", precedence=1))
    merged = merge(base, mine, theirs)
    meeting = merged.meeting
    assert merged.keys == [("meeting", "venue")]
    assert [d.text for d in meeting.decisions] == ["One (theirs)", "Two", "Three (mine)"]
    assert [meeting.agenda[d.agenda_index].title for d in meeting.decisions] == ["Trade", "Energy", "Energy"]
    assert [a.person_id for a in meeting.attendances] == [5, 6]
    assert meeting.venue == "Mine" and meeting.version == 2
    assert standing(merged.keys, meeting, theirs) == [("meeting", "venue")]
    assert resolve(meeting, theirs, merged.keys, {("meeting", "venue")}).venue == "Theirs"
    assert resolve(meeting, theirs, merged.keys, set()).venue == "Mine"

    theirs.decisions[2].text = "Three (theirs)"
    both = merge(base, mine, theirs)
    assert both.keys == [("meeting", "venue"), ("decisions", 22)]
    taken = resolve(both.meeting, theirs, both.keys, {("decisions", 22)})
    assert [d.text for d in taken.decisions] == ["One (theirs)", "Two", "Three (theirs)"]
    assert taken.agenda[taken.decisions[2].agenda_index].title == "Energy"


def test_a_decision_removed_there_but_edited_here_is_a_conflict_kept_until_settled() -> None:
    base = _base()
    mine, theirs = _copy(base), _copy(base)
    theirs.version = 2
    del theirs.decisions[1]
    mine.decisions[1].text = "Two, amended"
    merged = merge(base, mine, theirs)
    assert merged.keys == [("decisions", 21)]
    assert [d.text for d in merged.meeting.decisions] == ["One", "Two, amended", "Three"]
    assert [d.text for d in resolve(merged.meeting, theirs, merged.keys, set(merged.keys)).decisions] == [
        "One",
        "Three",
    ]
