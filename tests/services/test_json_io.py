"""The JSON format: identical round trip, validated import that writes nothing on error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from minutes_app.domain.errors import ImportFormatError
from minutes_app.paths import AppPaths
from minutes_app.services import Services, open_services
from minutes_app.services.demo import load_demo
from minutes_app.services.json_io import export_json, import_json


def _fresh(paths: AppPaths, tmp_path: Path) -> Services:
    from minutes_app.paths import resolve_paths

    if paths.is_sqlite:
        return open_services(resolve_paths(data_dir=str(tmp_path / "second")))
    return open_services(paths)


def test_export_import_export_is_identical(services: Services, tmp_path: Path) -> None:
    meeting, _ = load_demo(services)
    services.follow_ups.change_status(meeting.follow_ups[0].id, "done", note="Presentation sent ✓")
    first = tmp_path / "first.json"
    export_json(services, first)
    target = open_services(
        __import__("minutes_app.paths", fromlist=["resolve_paths"]).resolve_paths(data_dir=str(tmp_path / "second"))
    )
    try:
        counts = import_json(target, first)
        second = tmp_path / "second.json"
        export_json(target, second)
    finally:
        target.close()
    assert counts == {"organisations": 6, "people": 2, "meetings": 1, "follow_ups": 7, "attachments": 0}
    assert first.read_bytes() == second.read_bytes()
    doc = json.loads(first.read_text(encoding="utf-8"))
    assert doc["format"] == "minutes-app" and doc["format_version"] == 1


def _demo_export(services: Services, tmp_path: Path) -> dict:  # type: ignore[type-arg]
    load_demo(services)
    path = tmp_path / "demo.json"
    export_json(services, path)
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("corrupt", "where"),
    [
        (
            lambda d: d["meetings"][0]["follow_ups"][3].__setitem__("due_date", "2026-13-45"),
            "meetings[0].follow_ups[3].due_date",
        ),
        (
            lambda d: d["meetings"][0]["participants"][0].__setitem__("person_id", 77),
            "meetings[0].participants[0].person_id",
        ),
        (lambda d: d["meetings"][0].__setitem__("status", "lost"), "meetings[0].status"),
        (lambda d: d["people"][0].__setitem__("name", ""), "people[0].name"),
        (lambda d: d.__setitem__("format_version", 99), "format_version"),
        (
            lambda d: d["meetings"][0]["follow_ups"][0]["history"][0].__setitem__("created_at", "yesterday"),
            "meetings[0].follow_ups[0].history[0].created_at",
        ),
    ],
)
def test_corrupt_file_is_refused_naming_where_and_nothing_is_written(
    services: Services, tmp_path: Path, corrupt, where: str
) -> None:  # type: ignore[no-untyped-def]
    doc = _demo_export(services, tmp_path)
    corrupt(doc)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    from minutes_app.paths import resolve_paths

    target = open_services(resolve_paths(data_dir=str(tmp_path / "target")))
    try:
        with pytest.raises(ImportFormatError) as caught:
            import_json(target, bad)
        assert where in str(caught.value)
        assert target.meetings.list_meetings() == [] and target.directory.people() == []
    finally:
        target.close()


@pytest.mark.parametrize("content", [b"", b"{", b"\xff\xfe\x00", b"[]", b'{"format": "other"}', b"null"])
def test_not_our_json_is_refused(sqlite_services: Services, tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    with pytest.raises(ImportFormatError):
        import_json(sqlite_services, bad)
    assert sqlite_services.meetings.list_meetings() == []


def test_import_into_a_store_with_data_is_refused(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    load_demo(services)
    export_json(services, path)
    with pytest.raises(ImportFormatError):
        import_json(services, path)
    assert len(services.meetings.list_meetings()) == 1
