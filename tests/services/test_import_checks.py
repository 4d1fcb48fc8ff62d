"""Import errors name their place once, with the records named; a timestamp's offset is not dropped."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from minutes_app.domain.errors import ImportFormatError
from minutes_app.paths import resolve_paths
from minutes_app.services import Services, open_services
from minutes_app.services.demo import load_demo
from minutes_app.services.json_io import export_document, import_json

MEETING = 'meeting "Meeting of Minister of Economy Mikayil …" of 2026-10-15'


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The sample meeting as an export, taken from a store of its own."""
    services = open_services(resolve_paths(data_dir=str(tmp_path_factory.mktemp("demo"))))
    try:
        load_demo(services)
        return json.dumps(export_document(services))
    finally:
        services.close()


@pytest.fixture
def demo_doc(demo_export: str) -> dict[str, Any]:
    """A fresh copy of the export to spoil."""
    return json.loads(demo_export)  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("change", "where", "names"),
    [
        (lambda d: d["topics"][2].__setitem__("name_ru", 5), "topics[2].name_ru", 'topic "Transport and logistics"'),
        (
            lambda d: d["organisations"][1].__setitem__("kind", "club"),
            "organisations[1].kind",
            'organisation "Executive Office of the President of th…"',
        ),
        (lambda d: d["people"][1].__setitem__("email", "a\x00b"), "people[1].email", 'person "Ruslan Edelgeriev"'),
        (lambda d: d["meetings"][0].__setitem__("venue", 7), "meetings[0].venue", MEETING),
        (
            lambda d: d["meetings"][0]["participants"][1].__setitem__("role", "king"),
            "meetings[0].participants[1].role",
            'participant "Ruslan Edelgeriev"',
        ),
        (
            lambda d: d["meetings"][0]["participants"][2].__setitem__("side", "middle"),
            "meetings[0].participants[2].side",
            "representative of ",
        ),
        (
            lambda d: d["meetings"][0]["agenda"][1].__setitem__("notes", 3),
            "meetings[0].agenda[1].notes",
            "agenda item ",
        ),
        (
            lambda d: d["meetings"][0]["decisions"][1].__setitem__("agenda_index", 99),
            "meetings[0].decisions[1].agenda_index",
            'decision "To develop interregional relations, inc…"',
        ),
        (
            lambda d: d["meetings"][0]["follow_ups"][3].__setitem__("priority", "asap"),
            "meetings[0].follow_ups[3].priority",
            'follow-up "Agree a plan of interregional cooperati…"',
        ),
        (
            lambda d: d["meetings"][0]["follow_ups"][3].__setitem__("owner_id", 99),
            "meetings[0].follow_ups[3].owner_id",
            "follow-up ",
        ),
        (
            lambda d: d["meetings"][0]["follow_ups"][0]["history"][0].__setitem__("kind", "gossip"),
            "meetings[0].follow_ups[0].history[0].kind",
            'history entry "2026-',
        ),
    ],
)
def test_an_error_names_its_place_once_and_the_records(
    services: Services, demo_doc, tmp_path: Path, change, where: str, names: str
) -> None:  # type: ignore[no-untyped-def]
    change(demo_doc)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(demo_doc), encoding="utf-8")
    with pytest.raises(ImportFormatError) as caught:
        import_json(services, path)
    message = str(caught.value)
    assert caught.value.where == where
    assert message.startswith(f"{where} (") and names in message, message
    if where.startswith("meetings[0]."):
        assert message.count("meetings[0]") == 1 and MEETING in message
    assert services.meetings.list_meetings() == [] and services.directory.people() == []


def test_a_timestamp_offset_is_converted_to_utc(services: Services, demo_doc, tmp_path: Path) -> None:
    demo_doc["meetings"][0]["updated_at"] = "2026-10-15T11:00:00+04:00"
    demo_doc["meetings"][0]["follow_ups"][0]["history"][0]["created_at"] = "2026-10-15T23:30:00-02:00"
    path = tmp_path / "tz.json"
    path.write_text(json.dumps(demo_doc), encoding="utf-8")
    import_json(services, path)
    again = export_document(services)
    assert again["meetings"][0]["updated_at"] == "2026-10-15T07:00:00"
    assert again["meetings"][0]["follow_ups"][0]["history"][0]["created_at"] == "2026-10-16T01:30:00"


def test_a_timestamp_far_away_is_refused(services: Services, demo_doc, tmp_path: Path) -> None:
    demo_doc["people"][0]["created_at"] = "9999-12-31T23:59:59"
    path = tmp_path / "far.json"
    path.write_text(json.dumps(demo_doc), encoding="utf-8")
    with pytest.raises(ImportFormatError) as caught:
        import_json(services, path)
    assert caught.value.where == "people[0].created_at"
    assert services.directory.people() == []
