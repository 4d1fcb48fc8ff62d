"""Every hostile value through the service entry points, search, JSON and every export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from minutes_app.domain import records as r
from minutes_app.domain.errors import MinutesError, NotFoundError, ValidationError
from minutes_app.domain.filters import FollowUpFilter
from minutes_app.services import Services
from minutes_app.services.documents import DocumentService
from minutes_app.services.json_io import export_json, import_json
from tests.hostile.corpus import HOSTILE_DATES, HOSTILE_IDS, HOSTILE_TEXT

assert len(HOSTILE_TEXT) + len(HOSTILE_DATES) + len(HOSTILE_IDS) >= 50


def _counts(services: Services) -> tuple[int, int, int]:
    return (
        len(services.meetings.list_meetings()),
        len(services.directory.people()),
        len(services.follow_ups.list_follow_ups()),
    )


def _meeting_with(value: str) -> r.Meeting:
    return r.Meeting(
        title=f"T {value}",
        summary=value,
        venue=value[:1000],
        countries=["AZ"],
        date=dt.date(2026, 5, 5),
        agenda=[r.AgendaItem(title=f"A {value[:1500]}", notes=value)],
        decisions=[r.Decision(text=f"D {value}")],
        follow_ups=[r.FollowUp(description=f"F {value}", department=value[:500], due_date=dt.date(2026, 6, 1))],
    )


@pytest.mark.parametrize("value", HOSTILE_TEXT, ids=[f"text{i}" for i in range(len(HOSTILE_TEXT))])
def test_text_is_stored_faithfully_or_refused(services: Services, value: str) -> None:
    before = _counts(services)
    try:
        saved = services.meetings.save(_meeting_with(value))
    except ValidationError as exc:
        assert exc.field and exc.message  # a clear message naming the field
        assert _counts(services) == before  # nothing half-written
        return
    again = services.meetings.get(saved.id)
    assert again.title == f"T {value}".strip()
    assert again.summary == value.strip()
    assert again.agenda[0].notes == value.strip()
    assert again.follow_ups[0].description == f"F {value}".strip()
    try:
        person = services.directory.save_person(r.Person(name=f"P {value[:250]}", name_ru=value[:300]))
        assert services.directory.person(person.id).name_ru == value[:300].strip()
    except ValidationError as exc:
        assert exc.field


@pytest.mark.parametrize("value", HOSTILE_DATES, ids=[f"date{i}" for i in range(len(HOSTILE_DATES))])
def test_dates_are_real_dates_or_refused(services: Services, value: object) -> None:
    try:
        saved = services.meetings.save(
            r.Meeting(title="Dates", date=value, follow_ups=[r.FollowUp(description="x", due_date=value)])
        )  # type: ignore[arg-type]
    except ValidationError as exc:
        assert exc.field in ("date", "follow_ups[1].due_date")
        assert services.meetings.list_meetings() == []
        return
    assert saved.date is None or isinstance(saved.date, dt.date)
    with pytest.raises(ValidationError):
        services.follow_ups.change_status(saved.follow_ups[0].id, "deferred", new_due_date="2026-02-30")


@pytest.mark.parametrize("value", HOSTILE_IDS, ids=[f"id{i}" for i in range(len(HOSTILE_IDS))])
def test_ids_are_checked(services: Services, value: object) -> None:
    with pytest.raises((ValidationError, NotFoundError)):
        services.meetings.save(
            r.Meeting(title="Ids", host_organisation_id=value, attendances=[r.Attendance(person_id=value, side="host")])
        )  # type: ignore[arg-type]
    assert services.meetings.list_meetings() == []
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**62:
        with pytest.raises(NotFoundError):
            services.meetings.get(value)


def test_search_accepts_every_hostile_value(services: Services) -> None:
    services.meetings.save(_meeting_with("Əliyev"))
    for value in HOSTILE_TEXT:
        hits = services.search.search(value)
        assert isinstance(hits, list)
        rows = services.follow_ups.list_follow_ups(FollowUpFilter(text=value))
        assert isinstance(rows, list)


def test_exports_and_json_hold_hostile_values(sqlite_services: Services, tmp_path: Path) -> None:
    services = sqlite_services
    stored = []
    for value in HOSTILE_TEXT:
        try:
            stored.append(services.meetings.save(_meeting_with(value)))
        except ValidationError:
            continue
    documents = DocumentService(services)
    for i, meeting in enumerate(stored):
        for lang in ("en", "az", "ru"):
            documents.minutes(meeting.id, tmp_path / f"m{i}-{lang}.docx", lang=lang)
    documents.status_report(FollowUpFilter(), tmp_path / "report.docx")
    documents.briefing("AZ", tmp_path / "briefing.docx")
    documents.calendar(tmp_path / "c.ics")
    documents.spreadsheet(FollowUpFilter(), tmp_path / "t.csv", kind="csv")
    documents.spreadsheet(FollowUpFilter(), tmp_path / "t.xlsx", kind="xlsx")
    export_json(services, tmp_path / "all.json")
    from minutes_app.paths import resolve_paths
    from minutes_app.services import open_services

    other = open_services(resolve_paths(data_dir=str(tmp_path / "other")))
    try:
        import_json(other, tmp_path / "all.json")
        export_json(other, tmp_path / "again.json")
    finally:
        other.close()
    assert (tmp_path / "all.json").read_bytes() == (tmp_path / "again.json").read_bytes()
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.parametrize("name", ["../../evil.docx", "a/b/c.docx", "", "\x00.docx"])
def test_hostile_output_paths_give_clear_errors(sqlite_services: Services, tmp_path: Path, name: str) -> None:
    from minutes_app.services.demo import load_demo

    meeting, _ = load_demo(sqlite_services)
    target = tmp_path / "out" / name if name else tmp_path
    try:
        DocumentService(sqlite_services).minutes(meeting.id, target)
    except MinutesError as exc:
        assert str(exc)
    assert not list(tmp_path.rglob("*.part"))
