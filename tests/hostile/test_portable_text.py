"""What SQLite accepts, PostgreSQL accepts: text and dates are refused alike on both engines, before writing."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete

from minutes_app.domain import records as r
from minutes_app.domain.errors import MinutesError, ValidationError
from minutes_app.paths import AppPaths, resolve_paths
from minutes_app.services import Services, open_services
from minutes_app.services.json_io import export_document, import_json
from minutes_app.store import models as m
from tests.hostile.corpus import HOSTILE_TEXT

# Text fields of an import file that no record validator checked before issue 10, with their column.
IMPORT_FIELDS = {
    "topic name_az": (lambda d, x: d["topics"][0].__setitem__("name_az", x)),
    "history author": (lambda d, x: d["meetings"][0]["follow_ups"][0]["history"][0].__setitem__("author", x)),
    "history text": (lambda d, x: d["meetings"][0]["follow_ups"][0]["history"][0].__setitem__("text", x)),
    "person phone": (lambda d, x: d["people"][0].__setitem__("phone", x)),
}


def _small_doc() -> dict[str, Any]:
    return {
        "format": "minutes-app",
        "format_version": 1,
        "topics": [{"id": 1, "name": "Portability", "name_az": "", "name_ru": "", "active": True}],
        "organisations": [{"id": 1, "name": "Ministry", "kind": "ministry", "country": "AZ"}],
        "people": [{"id": 1, "name": "Officer", "organisation_id": 1}],
        "meetings": [
            {
                "id": 1,
                "title": "Talks",
                "kind": "bilateral_meeting",
                "status": "planned",
                "language": "en",
                "date": "2026-05-05",
                "countries": ["RU"],
                "topic_ids": [1],
                "participants": [
                    {"person_id": 1, "organisation_id": None, "side": "host", "role": "head_of_delegation"}
                ],
                "follow_ups": [
                    {
                        "description": "Send the draft",
                        "due_date": "2026-06-01",
                        "topic_id": 1,
                        "status": "open",
                        "priority": "normal",
                        "history": [
                            {"created_at": "2026-05-05T10:00:00", "author": "me", "kind": "created", "text": ""}
                        ],
                    }
                ],
            }
        ],
        "settings": {},
    }


def _wipe(services: Services) -> None:
    with services.store.writing() as session:
        for table in reversed(m.Base.metadata.sorted_tables):
            session.execute(delete(table))


def _import(services: Services, doc: dict[str, Any], path: Path) -> bool:
    path.write_text(json.dumps(doc, ensure_ascii=True), encoding="utf-8")
    try:
        import_json(services, path)
    except MinutesError:
        return False
    return True


@pytest.mark.parametrize("field", list(IMPORT_FIELDS))
def test_every_import_sqlite_accepts_postgresql_accepts(
    pg_paths: AppPaths, migrated_template: Path, tmp_path: Path, field: str
) -> None:
    folder = tmp_path / "sqlite"
    folder.mkdir()
    shutil.copy(migrated_template, folder / "minutes.db")
    sqlite_services = open_services(resolve_paths(data_dir=str(folder)))
    pg = open_services(pg_paths)
    try:
        assert _import(sqlite_services, _small_doc(), tmp_path / "plain.json")
        moved_count = 0
        for i, value in enumerate(HOSTILE_TEXT):
            doc = _small_doc()
            IMPORT_FIELDS[field](doc, value)
            _wipe(sqlite_services)
            if not _import(sqlite_services, doc, tmp_path / "in.json"):
                assert export_document(sqlite_services)["meetings"] == [], f"value {i} half-written"
                continue
            moved = export_document(sqlite_services)
            _wipe(pg)
            assert _import(pg, moved, tmp_path / "moved.json"), f"value {i} of the corpus in {field} stayed on SQLite"
            assert export_document(pg)["meetings"] == moved["meetings"]
            moved_count += 1
        assert moved_count > len(HOSTILE_TEXT) // 2  # most of the corpus is stored, not refused
    finally:
        pg.close()
        sqlite_services.close()


@pytest.mark.parametrize(
    "row",
    [
        lambda: m.TopicRow(name="Nul\x00in the name"),
        lambda: m.TopicRow(name="Surrogate \ud800"),
        lambda: m.TopicRow(name="Long", name_az="x" * 201),
        lambda: m.SettingRow(key="k" * 101, value=""),
        lambda: m.OrganisationRow(name="Org", notes="a\x00b"),
    ],
)
def test_the_store_refuses_what_one_engine_cannot_hold(services: Services, row) -> None:  # type: ignore[no-untyped-def]
    before = services.topics.list_topics(include_inactive=True)
    with pytest.raises(ValidationError):
        with services.store.writing() as session:
            session.add(row())
    assert services.topics.list_topics(include_inactive=True) == before
    assert services.directory.organisations() == []


def test_a_changed_row_is_checked_too(services: Services) -> None:
    topic = services.topics.save(r.Topic(name="Fine"))
    with pytest.raises(ValidationError) as caught:
        with services.store.writing() as session:
            session.get(m.TopicRow, topic.id).name_ru = "x" * 201  # type: ignore[union-attr]
    assert caught.value.field == "topic.name_ru"
    assert services.topics.by_name("Fine") == topic


@pytest.mark.parametrize("value", [dt.date(9999, 12, 31), "9999-12-31", dt.date(1, 1, 1), "1899-12-31", "2201-01-01"])
def test_dates_outside_1900_to_2200_are_refused(services: Services, value: object) -> None:
    with pytest.raises(ValidationError) as caught:
        services.meetings.save(r.Meeting(title="Far", date=value))  # type: ignore[arg-type]
    assert caught.value.field == "date"
    with pytest.raises(ValidationError) as caught:
        services.meetings.save(r.Meeting(title="Far", follow_ups=[r.FollowUp(description="x", due_date=value)]))  # type: ignore[arg-type]
    assert caught.value.field == "follow_ups[1].due_date"
    assert services.meetings.list_meetings() == []
    saved = services.meetings.save(r.Meeting(title="Near", date=dt.date(2200, 12, 31)))
    assert saved.date == dt.date(2200, 12, 31)


@pytest.mark.parametrize("value", ["Trade \ud800", "a\x00b", "x" * 201])
def test_topic_service_refuses_what_import_refuses(services: Services, value: str) -> None:
    with pytest.raises(ValidationError):
        services.topics.save(r.Topic(name="Fine", name_az=value))
    assert services.topics.by_name("Fine") is None
