"""The calendar from a real store: installation id, SEQUENCE after edits, Settings' zone and reminder, period."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re

import pytest
from icalendar import Calendar

from minutes_app.domain.errors import ValidationError
from minutes_app.domain.records import FollowUp, Meeting
from minutes_app.paths import resolve_paths
from minutes_app.services import open_services
from minutes_app.services.documents import DocumentService
from minutes_app.services.installation import INSTALLATION_ID_KEY, installation_id
from minutes_app.services.json_io import export_document, import_json
from minutes_app.store import models as m

TODAY = dt.date(2026, 12, 1)


def _meeting(services, *, date=dt.date(2026, 10, 14)) -> Meeting:
    return services.meetings.save(
        Meeting(
            title="Talks on transit freight",
            date=date,
            start_time=dt.time(10, 0),
            end_time=dt.time(11, 30),
            countries=["KZ"],
            follow_ups=[
                FollowUp(description="Send the tariff table", due_date=date + dt.timedelta(days=30)),
                FollowUp(description="Agree the border schedule", due_date=date + dt.timedelta(days=40)),
                FollowUp(description="Draft the memorandum", due_date=date + dt.timedelta(days=50)),
            ],
        )
    )


def _export(services, path, **options) -> dict[str, object]:
    written = DocumentService(services).calendar(path, lang="en", today=TODAY, **options)
    calendar = Calendar.from_ical(written.read_bytes())
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")} | {"": calendar}


def test_the_installation_id_is_made_once_and_kept_in_the_store(services, tmp_path):  # SQLite and PostgreSQL
    first = installation_id(services.store)
    assert re.fullmatch(r"[0-9a-f]{32}", first)
    assert installation_id(services.store) == first
    with services.store.reading() as session:
        assert session.get(m.SettingRow, INSTALLATION_ID_KEY).value == first
    other = open_services(resolve_paths(data_dir=str(tmp_path / "other")))
    try:
        assert installation_id(other.store) != first
    finally:
        other.close()


def test_uids_carry_the_installation_id_and_two_stores_differ(sqlite_services, tmp_path):
    _meeting(sqlite_services)
    events = _export(sqlite_services, tmp_path / "a.ics")
    own = installation_id(sqlite_services.store)
    uids = [uid for uid in events if uid]
    assert len(uids) == 4 and all(own in uid for uid in uids)
    assert _export(sqlite_services, tmp_path / "b.ics").keys() == events.keys()  # stable: Outlook updates
    other = open_services(resolve_paths(data_dir=str(tmp_path / "other")))
    try:
        _meeting(other)
        assert not {u for u in _export(other, tmp_path / "c.ics") if u} & set(uids)  # same record ids, other store
    finally:
        other.close()


def test_sequence_follows_each_edit(sqlite_services, tmp_path):
    meeting = _meeting(sqlite_services)
    own = installation_id(sqlite_services.store)
    before = _export(sqlite_services, tmp_path / "a.ics")
    assert before[f"meeting-{meeting.id}@{own}.minutes-app"]["SEQUENCE"] == meeting.version
    meeting.venue = "Ministry of Economy, Baku"
    edited = sqlite_services.meetings.save(meeting)
    assert edited.version > meeting.version
    follow_up = edited.follow_ups[0]
    done = sqlite_services.follow_ups.change_status(follow_up.id, "done", note="Sent")
    after = _export(sqlite_services, tmp_path / "b.ics")
    event = after[f"meeting-{meeting.id}@{own}.minutes-app"]
    assert event["SEQUENCE"] == sqlite_services.meetings.get(meeting.id).version == edited.version
    assert str(event["LOCATION"]) == "Ministry of Economy, Baku"
    deadline = after[f"follow-up-{follow_up.id}@{own}.minutes-app"]
    assert deadline["SEQUENCE"] == done.version > before[f"follow-up-{follow_up.id}@{own}.minutes-app"]["SEQUENCE"]
    assert str(deadline["SUMMARY"]).startswith("Done: Send the tariff table") and not deadline.walk("VALARM")


def test_cancelled_follow_ups_stay_in_the_calendar(sqlite_services, tmp_path):
    meeting = _meeting(sqlite_services)
    cancelled = sqlite_services.follow_ups.change_status(meeting.follow_ups[1].id, "cancelled", note="No longer needed")
    events = _export(sqlite_services, tmp_path / "a.ics")
    own = installation_id(sqlite_services.store)
    assert str(events[f"follow-up-{cancelled.id}@{own}.minutes-app"]["STATUS"]) == "CANCELLED"


def test_time_zone_and_reminder_come_from_the_settings(sqlite_services, tmp_path):
    _meeting(sqlite_services)
    default = _export(sqlite_services, tmp_path / "a.ics")
    raw = (tmp_path / "a.ics").read_text(encoding="utf-8")
    assert "DTSTART;TZID=Asia/Baku:20261014T100000" in raw and "TRIGGER:-P1D" in raw
    assert [str(z["TZID"]) for z in default[""].walk("VTIMEZONE")] == ["Asia/Baku"]
    settings = sqlite_services.settings.get()
    sqlite_services.settings.save(
        dataclasses.replace(settings, calendar_time_zone="Europe/Moscow", calendar_reminder_days=3)
    )
    _export(sqlite_services, tmp_path / "b.ics")
    raw = (tmp_path / "b.ics").read_text(encoding="utf-8")
    assert "DTSTART;TZID=Europe/Moscow:20261014T100000" in raw and "TZID:Europe/Moscow" in raw
    assert raw.count("TRIGGER:-P3D") == 3 and "TRIGGER:-P1D" not in raw


def test_bad_calendar_settings_are_refused(sqlite_services):
    settings = sqlite_services.settings.get()
    assert (settings.calendar_time_zone, settings.calendar_reminder_days) == ("Asia/Baku", 1)
    with pytest.raises(ValidationError, match="calendar_time_zone"):
        sqlite_services.settings.save(dataclasses.replace(settings, calendar_time_zone="Baku"))
    with pytest.raises(ValidationError, match="calendar_reminder_days"):
        sqlite_services.settings.save(dataclasses.replace(settings, calendar_reminder_days=31))
    assert sqlite_services.settings.get() == settings


def test_the_default_period_starts_twelve_months_ago(sqlite_services, tmp_path):
    recent = _meeting(sqlite_services)
    old = _meeting(sqlite_services, date=dt.date(2025, 6, 2))  # its deadlines too are over a year old
    own = installation_id(sqlite_services.store)
    default = _export(sqlite_services, tmp_path / "a.ics")
    assert f"meeting-{recent.id}@{own}.minutes-app" in default and f"meeting-{old.id}@{own}.minutes-app" not in default
    assert len(default) == 1 + 4
    chosen = _export(sqlite_services, tmp_path / "b.ics", period_start=dt.date(2025, 7, 10))
    assert len(chosen) == 1 + 4 + 2  # two of the old meeting's deadlines are from 10 July 2025 on
    everything = _export(sqlite_services, tmp_path / "c.ics", all_dates=True)
    assert len(everything) == 1 + 8


def test_json_export_and_import_leave_the_installation_id_with_its_store(sqlite_services, tmp_path):
    _meeting(sqlite_services)
    own = installation_id(sqlite_services.store)
    document = export_document(sqlite_services)
    assert INSTALLATION_ID_KEY not in document["settings"] and own not in json.dumps(document)
    document["settings"][INSTALLATION_ID_KEY] = own  # a file from elsewhere that carries one
    (tmp_path / "in.json").write_text(json.dumps(document), encoding="utf-8")
    target = open_services(resolve_paths(data_dir=str(tmp_path / "target")))
    try:
        import_json(target, tmp_path / "in.json")
        assert installation_id(target.store) != own
    finally:
        target.close()


def test_a_read_only_store_gets_a_steady_id_without_writing(sqlite_services, tmp_path):
    from minutes_app.store.database import Store
    from minutes_app.store.read_only import make_read_only_engine

    sqlite_services.close()  # the same file, opened as one this user cannot write
    store = Store(make_read_only_engine(sqlite_services.paths.db_file), sqlite_services.paths, read_only=True)
    try:
        first = installation_id(store)
        assert re.fullmatch(r"[0-9a-f]{32}", first) and installation_id(store) == first
        with store.reading() as session:
            assert session.get(m.SettingRow, INSTALLATION_ID_KEY) is None
    finally:
        store.close()
