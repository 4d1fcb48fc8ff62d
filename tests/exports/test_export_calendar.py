"""The iCalendar export: meetings and deadlines as events Outlook and Thunderbird import."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest
from export_samples import follow_up_rows, seed_meeting
from icalendar import Calendar

from minutes_app.domain.errors import ExportError
from minutes_app.domain.records import MeetingSummary
from minutes_app.exports.calendar_ics import build_calendar, twelve_months_before, write_ics

INSTALLATION = "0123456789abcdef0123456789abcdef"


def _calendar(path) -> Calendar:
    calendar = Calendar.from_ical(path.read_bytes())
    assert calendar["PRODID"].startswith("-//Minutes App//")
    assert calendar["VERSION"] == "2.0"
    return calendar


def _events(path) -> list:
    return list(_calendar(path).walk("VEVENT"))


def _uid(kind: str, record_id: int) -> str:
    return f"{kind}-{record_id}@{INSTALLATION}.minutes-app"


def test_meetings_and_deadlines_become_events(tmp_path):
    meeting = seed_meeting()
    undated = MeetingSummary(
        id=9, date=None, title="Not scheduled", kind="other", countries=[], status="planned", open_follow_ups=0
    )
    all_day = MeetingSummary(
        id=8,
        date=dt.date(2024, 4, 2),
        title="Forum day",
        kind="forum",
        countries=["TR"],
        status="planned",
        open_follow_ups=0,
    )
    rows = follow_up_rows(12)
    path = write_ics([meeting, undated, all_day], rows, tmp_path / "c.ics", installation_id=INSTALLATION)
    events = _events(path)
    by_uid = {str(e["UID"]): e for e in events}
    first = by_uid[_uid("meeting", 1)]
    baku = zoneinfo.ZoneInfo("Asia/Baku")
    assert first.decoded("DTSTART") == dt.datetime(2024, 3, 12, 11, 0, tzinfo=baku)
    assert first.decoded("DTEND") == dt.datetime(2024, 3, 12, 12, 30, tzinfo=baku)
    assert str(first["LOCATION"]).startswith("Ministry of Economy")
    assert "ME-2024/017" in str(first["DESCRIPTION"])
    forum = by_uid[_uid("meeting", 8)]
    assert forum.decoded("DTSTART") == dt.date(2024, 4, 2) and forum.decoded("DTEND") == dt.date(2024, 4, 3)
    assert _uid("meeting", 9) not in by_uid
    deadlines = [e for uid, e in by_uid.items() if uid.startswith("follow-up-")]
    assert len(deadlines) == sum(1 for r in rows if r.due_date)  # done and cancelled ones too
    one = by_uid[_uid("follow-up", 2)]
    assert one.decoded("DTSTART") == rows[1].due_date
    assert str(one["SUMMARY"]).startswith("Deadline: Follow-up action number 2")
    assert str(one["TRANSP"]) == "TRANSPARENT"
    assert all("DTSTAMP" in e for e in events)
    assert "minutes-app.invalid" not in path.read_text(encoding="utf-8")


def test_times_are_never_floating_and_the_vtimezone_is_baku(tmp_path):
    path = write_ics([seed_meeting()], follow_up_rows(3), tmp_path / "c.ics", installation_id=INSTALLATION)
    raw = path.read_text(encoding="utf-8")
    assert "DTSTART;TZID=Asia/Baku:20240312T110000" in raw and "DTEND;TZID=Asia/Baku:20240312T123000" in raw
    assert raw.index("BEGIN:VTIMEZONE") < raw.index("BEGIN:VEVENT")  # defined before it is used
    calendar = _calendar(path)
    (timezone,) = calendar.walk("VTIMEZONE")
    assert str(timezone["TZID"]) == "Asia/Baku"
    # Baku keeps +04:00 all year since 2016: one STANDARD rule, no DAYLIGHT.
    assert [c.name for c in timezone.subcomponents] == ["STANDARD"]
    (rule,) = timezone.subcomponents
    assert rule.decoded("TZOFFSETFROM") == rule.decoded("TZOFFSETTO") == dt.timedelta(hours=4)
    assert rule.decoded("DTSTART") <= dt.datetime(2024, 3, 12)
    described = timezone.to_tz()
    for moment in (dt.datetime(2024, 1, 15, 12), dt.datetime(2024, 3, 12, 11), dt.datetime(2024, 7, 1, 9)):
        assert described.utcoffset(moment) == zoneinfo.ZoneInfo("Asia/Baku").utcoffset(moment)
    meeting = next(e for e in calendar.walk("VEVENT") if str(e["UID"]).startswith("meeting-"))
    assert meeting["DTSTART"].params["TZID"] == "Asia/Baku"
    assert meeting.decoded("DTSTART").utcoffset() == dt.timedelta(hours=4)


def test_a_zone_with_summer_time_describes_both_rules(tmp_path):
    winter, summer = seed_meeting(), seed_meeting()
    summer.id, summer.date = 2, dt.date(2024, 7, 2)
    path = write_ics([winter, summer], [], tmp_path / "c.ics", installation_id=INSTALLATION, tz="Europe/Berlin")
    calendar = _calendar(path)
    (timezone,) = calendar.walk("VTIMEZONE")
    assert {c.name for c in timezone.subcomponents} == {"STANDARD", "DAYLIGHT"}
    described, berlin = timezone.to_tz(), zoneinfo.ZoneInfo("Europe/Berlin")
    for moment in (dt.datetime(2024, 3, 12, 11), dt.datetime(2024, 7, 2, 11), dt.datetime(2024, 11, 5, 11)):
        assert described.utcoffset(moment) == berlin.utcoffset(moment)
    offsets = sorted(e.decoded("DTSTART").utcoffset() for e in calendar.walk("VEVENT"))
    assert offsets == [dt.timedelta(hours=1), dt.timedelta(hours=2)]


def test_uids_are_stable_between_exports_and_differ_between_installations(tmp_path):
    def uids(name: str, installation: str) -> set[str]:
        path = write_ics([seed_meeting()], follow_up_rows(5), tmp_path / name, installation_id=installation)
        return {str(e["UID"]) for e in _events(path)}

    first, second = uids("a.ics", INSTALLATION), uids("b.ics", INSTALLATION)
    assert first == second and len(first) == 1 + sum(1 for r in follow_up_rows(5) if r.due_date)
    assert all(INSTALLATION in uid for uid in first)
    other = uids("c.ics", "fedcba9876543210fedcba9876543210")
    assert not first & other
    with pytest.raises(ExportError):
        write_ics([], [], tmp_path / "x.ics", installation_id="")
    assert not (tmp_path / "x.ics").exists()


def test_sequence_follows_the_record_version(tmp_path):
    meeting = seed_meeting()
    meeting.version = 4
    rows = follow_up_rows(2)
    rows[1].version = 7
    events = _events(write_ics([meeting], rows, tmp_path / "c.ics", installation_id=INSTALLATION))
    by_uid = {str(e["UID"]): e for e in events}
    assert by_uid[_uid("meeting", 1)]["SEQUENCE"] == 4
    assert by_uid[_uid("follow-up", 2)]["SEQUENCE"] == 7


def test_done_and_cancelled_follow_ups_stay_with_their_status(tmp_path):
    rows = follow_up_rows(6)  # statuses: open, in_progress, done, open, deferred, cancelled
    events = {
        str(e["UID"]): e
        for e in _events(write_ics([], rows, tmp_path / "c.ics", installation_id=INSTALLATION, lang="ru"))
    }
    done, cancelled, still_open = (
        events[_uid("follow-up", 3)],
        events[_uid("follow-up", 6)],
        events[_uid("follow-up", 4)],
    )
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert str(cancelled["SUMMARY"]).startswith("Отменено: Follow-up action number 6")
    assert str(done["STATUS"]) == "CONFIRMED"  # a VEVENT has no "completed": the title and category say it
    assert str(done["SUMMARY"]).startswith("Выполнено: Follow-up action number 3")
    assert done["CATEGORIES"].cats == ["Выполнено"]
    assert str(still_open["SUMMARY"]).startswith("Срок исполнения: ")
    # finished work is not reminded of; open work is, the day before
    assert not done.walk("VALARM") and not cancelled.walk("VALARM")
    (alarm,) = still_open.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY" and alarm.decoded("TRIGGER") == dt.timedelta(days=-1)
    assert "TRIGGER:-P1D" in (tmp_path / "c.ics").read_text(encoding="utf-8")
    assert str(alarm["DESCRIPTION"]) == str(still_open["SUMMARY"])


def test_the_reminder_is_configurable_or_off(tmp_path):
    rows = follow_up_rows(2)  # the first has no deadline, the second is in progress
    three = _events(write_ics([], rows, tmp_path / "a.ics", installation_id=INSTALLATION, reminder_days=3))
    assert len(three) == 1 and all(e.walk("VALARM")[0].decoded("TRIGGER") == dt.timedelta(days=-3) for e in three)
    off = _events(write_ics([], rows, tmp_path / "b.ics", installation_id=INSTALLATION, reminder_days=0))
    assert len(off) == 1 and not any(e.walk("VALARM") for e in off)
    with pytest.raises(ExportError):
        write_ics([], rows, tmp_path / "c.ics", installation_id=INSTALLATION, reminder_days=-1)


def test_the_period_leaves_out_older_meetings_and_deadlines():
    old = MeetingSummary(
        id=5, date=dt.date(2023, 5, 1), title="Old talks", kind="other", countries=[], status="held", open_follow_ups=0
    )
    rows = follow_up_rows(12)  # deadlines from 2 May 2024 on, weekly
    since = dt.date(2024, 5, 20)
    calendar = build_calendar([seed_meeting(), old], rows, installation_id=INSTALLATION, since=since)
    starts = [e.decoded("DTSTART") for e in calendar.walk("VEVENT")]
    assert starts and all((s.date() if isinstance(s, dt.datetime) else s) >= since for s in starts)
    assert len(starts) == sum(1 for r in rows if r.due_date and r.due_date >= since)  # both meetings are older
    assert not calendar.walk("VTIMEZONE")  # no timed event, no zone to describe
    everything = build_calendar([seed_meeting(), old], rows, installation_id=INSTALLATION)
    assert len(everything.walk("VEVENT")) == 2 + sum(1 for r in rows if r.due_date)


def test_twelve_months_before():
    assert twelve_months_before(dt.date(2026, 12, 1)) == dt.date(2025, 12, 1)
    assert twelve_months_before(dt.date(2028, 2, 29)) == dt.date(2027, 2, 28)


def test_language_changes_words_and_a_bad_zone_is_refused(tmp_path):
    path = write_ics([seed_meeting()], follow_up_rows(3), tmp_path / "c.ics", lang="ru", installation_id=INSTALLATION)
    assert any(str(e["SUMMARY"]).startswith("Срок исполнения:") for e in _events(path))
    with pytest.raises(ExportError, match="Mars/Olympus"):
        write_ics([], [], tmp_path / "x.ics", tz="Mars/Olympus", installation_id=INSTALLATION)
    assert not (tmp_path / "x.ics").exists()


def test_control_characters_do_not_reach_the_file(tmp_path):
    meeting = seed_meeting()
    meeting.title = "Talks\x00 in\x0b Baku"
    path = write_ics([meeting], [], tmp_path / "c.ics", installation_id=INSTALLATION)
    assert str(_events(path)[0]["SUMMARY"]) == "Talks in Baku"
