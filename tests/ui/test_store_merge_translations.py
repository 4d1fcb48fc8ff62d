"""Translations typed in the editor survive a newer stored meeting being merged in, as other unsaved edits do."""

from __future__ import annotations

from dataclasses import replace

from minutes_app.domain import records as r
from minutes_app.ui.editor.snapshots import describe_change, own_translations
from minutes_app.ui.editor.store_merge import merge


def _base() -> r.Meeting:
    return r.Meeting(
        id=1,
        version=1,
        title="Meeting with the delegation",
        venue="Baku",
        agenda=[r.AgendaItem(id=10, title="Trade", notes="Trade was discussed.")],
        follow_ups=[r.FollowUp(id=20, version=1, description="Send the draft", meeting_id=1)],
    )


def test_typed_translations_stay_and_the_store_s_changes_come_in() -> None:
    base = _base()
    mine = own_translations(base)
    mine.translations["title"] = {"ru": "Встреча с делегацией"}
    mine.agenda[0].translations["notes"] = {"ru": "Обсуждены вопросы торговли."}
    mine.follow_ups[0].translations["description"] = {"az": "Layihəni göndərmək"}
    theirs = replace(
        base,
        version=2,
        venue="Ministry of Economy, Baku",
        follow_ups=[replace(base.follow_ups[0], version=2, status="done")],
    )
    merged = merge(base, mine, theirs)
    assert merged.meeting.venue == "Ministry of Economy, Baku"
    assert merged.meeting.translations == {"title": {"ru": "Встреча с делегацией"}}
    assert merged.meeting.agenda[0].translations == {"notes": {"ru": "Обсуждены вопросы торговли."}}
    assert merged.meeting.follow_ups[0].translations == {"description": {"az": "Layihəni göndərmək"}}
    # The translation was typed here, the status changed there: different fields merge without a question.
    assert merged.meeting.follow_ups[0].status == "done" and merged.conflicting_rows == []


def test_translations_stored_elsewhere_come_in_when_not_edited_here() -> None:
    base = _base()
    theirs = replace(base, version=2, translations={"venue": {"ru": "Баку"}})
    merged = merge(base, own_translations(base), theirs)
    assert merged.meeting.translations == {"venue": {"ru": "Баку"}}


def test_a_typed_translation_is_an_edit_of_the_meeting_and_no_earlier_snapshot_changes() -> None:
    before = own_translations(_base())
    after = own_translations(before)
    after.translations["title"] = {"ru": "Встреча"}
    assert before.translations == {}
    change = describe_change(before, after)
    assert change is not None and (change.area, change.field) == ("meeting", "translations")
