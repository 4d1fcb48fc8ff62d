"""The undo history's bookkeeping without widgets: where two snapshots differ, and ids adopted after a save."""

from __future__ import annotations

from dataclasses import replace

from minutes_app.domain import records as r
from minutes_app.ui.editor import snapshots as s
from minutes_app.ui.editor.snapshots import Change, ProvisionalIds, adopt_saved, describe_change, for_store, saved_ids


def meeting() -> r.Meeting:
    """A stored meeting with two guests, two agenda items and one follow-up."""
    return r.Meeting(
        id=1,
        version=3,
        title="Talks",
        countries=["RU"],
        attendances=[
            r.Attendance(person_id=1, side="host", role="chair"),
            r.Attendance(person_id=2, side="guest", role="head_of_delegation", precedence=0),
            r.Attendance(person_id=3, side="guest", precedence=1),
            r.Attendance(organisation_id=9, person_id=None, side="guest", precedence=2),
        ],
        agenda=[r.AgendaItem(id=10, title="Trade"), r.AgendaItem(id=11, title="Tourism")],
        follow_ups=[r.FollowUp(id=20, description="Send figures", version=2)],
    )


def test_a_change_is_located_by_area_action_and_row() -> None:
    base = meeting()
    assert describe_change(base, replace(base)) is None
    assert describe_change(base, replace(base, venue="Baku")) == Change(s.MEETING, s.EDIT, 0, "venue")
    guests = base.attendances
    assert describe_change(
        base, replace(base, attendances=[*guests, r.Attendance(person_id=4, side="guest")])
    ) == Change(s.PARTICIPANTS, s.ADD, 3, "guest")
    assert describe_change(base, replace(base, attendances=[guests[0], guests[1], guests[3]])) == Change(
        s.PARTICIPANTS, s.REMOVE, 1, "guest"
    )
    assert describe_change(base, replace(base, attendances=[guests[0], guests[1], guests[3], guests[2]])) == Change(
        s.PARTICIPANTS, s.MOVE, 1, "guest"
    )
    promoted = [guests[0], replace(guests[2], role="head_of_delegation"), guests[1], guests[3]]  # a new head moves up
    assert describe_change(base, replace(base, attendances=promoted)) == Change(s.PARTICIPANTS, s.EDIT, 0, "guest")
    edited = [base.agenda[0], replace(base.agenda[1], notes="Discussed")]
    assert describe_change(base, replace(base, agenda=edited)) == Change(s.AGENDA, s.EDIT, 1)
    assert describe_change(base, replace(base, follow_ups=[])) == Change(s.FOLLOW_UPS, s.REMOVE, 0)


def test_provisional_ids_never_reach_the_store() -> None:
    base = meeting()
    new_item, new_follow_up = r.AgendaItem(title="Energy"), r.FollowUp(description="Call back")
    ProvisionalIds().assign([*base.agenda, new_item, new_follow_up])
    assert new_item.id is not None and new_item.id < 0 and new_follow_up.id is not None and new_follow_up.id < 0
    assert [a.id for a in base.agenda] == [10, 11]  # stored ids are left alone
    sent = replace(
        base, agenda=[*base.agenda, new_item], follow_ups=[*base.follow_ups, replace(new_follow_up, version=7)]
    )
    clean = for_store(sent)
    assert [a.id for a in clean.agenda] == [10, 11, None]
    assert [(f.id, f.version) for f in clean.follow_ups] == [(20, 2), (None, 0)]
    assert new_item.id < 0  # the editor's own records keep theirs


def test_a_save_hands_every_snapshot_the_real_ids_and_versions() -> None:
    base = meeting()
    ids = ProvisionalIds()
    item, follow_up = r.AgendaItem(title="Energy"), r.FollowUp(description="Call back")
    ids.assign([item, follow_up])
    sent = replace(base, agenda=[*base.agenda, item], follow_ups=[*base.follow_ups, follow_up])
    stored = replace(
        base,
        version=4,
        agenda=[*base.agenda, replace(item, id=12)],
        follow_ups=[replace(base.follow_ups[0], version=3), replace(follow_up, id=21, version=1, meeting_id=1)],
    )
    mapping = saved_ids(sent, stored)
    assert mapping == {item.id: 12, follow_up.id: 21}
    older = replace(sent, title="Earlier", follow_ups=[replace(base.follow_ups[0], description="Old text"), follow_up])
    adopted = adopt_saved(older, mapping, stored)
    assert [a.id for a in adopted.agenda] == [10, 11, 12]
    assert [(f.id, f.version, f.description) for f in adopted.follow_ups] == [(20, 3, "Old text"), (21, 1, "Call back")]
    assert (adopted.version, adopted.title) == (4, "Earlier")


def test_ids_are_not_guessed_when_the_lists_do_not_line_up() -> None:
    base = meeting()
    item = r.AgendaItem(title="Energy")
    ProvisionalIds().assign([item])
    assert saved_ids(replace(base, agenda=[*base.agenda, item]), base) == {}


def test_a_shallow_copy_is_what_replace_makes() -> None:
    person = r.Person(id=3, name="Elvin Aliyev")
    attendance = r.Attendance(
        person_id=3, person=person, position="Minister", translations={"position": {"az": "Nazir"}}
    )
    copied = s.shallow_copy(attendance)
    assert copied == replace(attendance) and copied is not attendance
    assert copied.person is person  # the field values are shared, as replace() shares them
    owned = s.own_translations(r.Meeting(title="Talks", attendances=[attendance]))
    owned.attendances[0].translations["position"]["az"] = "Nazir müavini"
    assert attendance.translations["position"]["az"] == "Nazir"  # typing a translation changes no snapshot
