"""The iCalendar export: meetings and deadlines as events Outlook and Thunderbird import."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar

from export_samples import follow_up_rows, seed_meeting
from minutes_app.domain.errors import ExportError
from minutes_app.domain.records import MeetingSummary
from minutes_app.exports.calendar_ics import write_ics


def _events(path) -> list:
    calendar = Calendar.from_ical(path.read_bytes())
    assert calendar["PRODID"].startswith("-//Minutes App//")
    assert calendar["VERSION"] == "2.0"
    return list(calendar.walk("VEVENT"))


def test_meetings_and_deadlines_become_events(tmp_path):
    meeting = seed_meeting()
    undated = MeetingSummary(id=9, date=None, title="Not scheduled", kind="other", countries=[], status="planned",
                             open_follow_ups=0)
    all_day = MeetingSummary(id=8, date=dt.date(2024, 4, 2), title="Forum day", kind="forum", countries=["TR"],
                             status="planned", open_follow_ups=0)
    rows = follow_up_rows(12)
    path = write_ics([meeting, undated, all_day], rows, tmp_path / "c.ics")
    events = _events(path)
    by_uid = {str(e["UID"]): e for e in events}
    first = by_uid["meeting-1@minutes-app.invalid"]
    assert first.decoded("DTSTART") == dt.datetime(2024, 3, 12, 11, 0)
    assert first.decoded("DTEND") == dt.datetime(2024, 3, 12, 12, 30)
    assert str(first["LOCATION"]).startswith("Ministry of Economy")
    assert "ME-2024/017" in str(first["DESCRIPTION"])
    forum = by_uid["meeting-8@minutes-app.invalid"]
    assert forum.decoded("DTSTART") == dt.date(2024, 4, 2) and forum.decoded("DTEND") == dt.date(2024, 4, 3)
    assert "meeting-9@minutes-app.invalid" not in by_uid
    deadlines = [e for uid, e in by_uid.items() if uid.startswith("follow-up-")]
    assert len(deadlines) == sum(1 for r in rows if r.due_date)
    one = by_uid["follow-up-2@minutes-app.invalid"]
    assert one.decoded("DTSTART") == rows[1].due_date
    assert str(one["SUMMARY"]).startswith("Deadline: Follow-up action number 2")
    assert str(one["TRANSP"]) == "TRANSPARENT"
    assert all("DTSTAMP" in e for e in events)


def test_uids_are_stable_between_exports(tmp_path):
    first = {str(e["UID"]) for e in _events(write_ics([seed_meeting()], follow_up_rows(5), tmp_path / "a.ics"))}
    second = {str(e["UID"]) for e in _events(write_ics([seed_meeting()], follow_up_rows(5), tmp_path / "b.ics"))}
    assert first == second and len(first) == 1 + sum(1 for r in follow_up_rows(5) if r.due_date)


def test_time_zone_adds_vtimezone_and_language_changes_words(tmp_path):
    path = write_ics([seed_meeting()], follow_up_rows(3), tmp_path / "c.ics", lang="ru", tz="Asia/Baku")
    raw = path.read_bytes().decode("utf-8")
    assert "BEGIN:VTIMEZONE" in raw and "TZID:Asia/Baku" in raw
    events = _events(path)
    meeting = next(e for e in events if str(e["UID"]).startswith("meeting-"))
    assert meeting.decoded("DTSTART").utcoffset() == dt.timedelta(hours=4)
    assert any(str(e["SUMMARY"]).startswith("Срок исполнения:") for e in events)
    with pytest.raises(ExportError):
        write_ics([], [], tmp_path / "x.ics", tz="Mars/Olympus")
    assert not (tmp_path / "x.ics").exists()


def test_control_characters_do_not_reach_the_file(tmp_path):
    meeting = seed_meeting()
    meeting.title = "Talks\x00 in\x0b Baku"
    path = write_ics([meeting], [], tmp_path / "c.ics")
    assert str(_events(path)[0]["SUMMARY"]) == "Talks in Baku"
