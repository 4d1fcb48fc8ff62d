"""Settings are checked like every other field: refused on import, and a bad stored value never bricks the app."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from minutes_app.domain.errors import ImportFormatError, ValidationError
from minutes_app.paths import AppPaths
from minutes_app.services import Services, open_services
from minutes_app.services.json_io import export_json, import_json
from minutes_app.services.settings import Settings
from minutes_app.store import models as m

BAD_VALUES = [
    ("minutes_template", r"\\fileserver\share\letterhead.docx"),
    ("minutes_template", "//fileserver/share/letterhead.docx"),
    ("minutes_template", "https://example.com/letterhead.docx"),
    ("minutes_template", "file:///home/officer/letterhead.docx"),
    ("officer_name", "Leyla\x00Mammadova"),
    ("officer_name", "L" * 301),
    ("backups_to_keep", "²"),
    ("backups_to_keep", "0"),
    ("backups_to_keep", "-3"),
    ("reminders", "yes"),
    ("minutes_language", "fr"),
    ("own_organisation_id", "²"),
    ("tracker_preset:Mine", "bad\x07bell"),
]


@pytest.mark.parametrize(("key", "value"), BAD_VALUES)
def test_an_import_with_a_bad_setting_is_refused_and_writes_nothing(
    services: Services, tmp_path: Path, key: str, value: str
) -> None:
    doc = {"format": "minutes-app", "format_version": 1, "settings": {"officer_name": "Leyla Mammadova", key: value}}
    source = tmp_path / "in.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    with services.store.reading() as session:
        before = list(session.scalars(select(m.SettingRow.key)))  # the search index's version only
    with pytest.raises(ImportFormatError) as caught:
        import_json(services, source)
    assert f"settings.{key}" in str(caught.value)
    with services.store.reading() as session:
        assert list(session.scalars(select(m.SettingRow.key))) == before


def test_good_settings_are_imported(services: Services, tmp_path: Path) -> None:
    doc = {
        "format": "minutes-app",
        "format_version": 1,
        "settings": {
            "officer_name": "Leyla Mammadova",
            "backups_to_keep": "30",
            "reminders": "0",
            "minutes_template": "/home/leyla/letterhead.docx",
        },
    }
    source = tmp_path / "in.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    import_json(services, source)
    got = services.settings.get()
    assert (got.officer_name, got.backups_to_keep, got.reminders, got.minutes_template) == (
        "Leyla Mammadova",
        30,
        False,
        "/home/leyla/letterhead.docx",
    )


def _store_raw(services: Services, values: dict[str, str]) -> None:
    """Write settings straight into the table, the way an older version's import did."""
    with services.store.writing() as session:
        for key, value in values.items():
            session.merge(m.SettingRow(key=key, value=value))


BRICKING = {
    "backups_to_keep": "²",
    "own_organisation_id": "²",
    "officer_name": "Leyla\x01",
    "reminders": "maybe",
    "minutes_template": r"\\fileserver\share\letterhead.docx",
    "minutes_language": "fr",
}


def test_bad_stored_settings_fall_back_to_their_defaults_with_one_warning(
    services: Services, caplog: pytest.LogCaptureFixture
) -> None:
    _store_raw(services, BRICKING)
    with caplog.at_level(logging.WARNING, logger="minutes_app.services.settings"):
        first = services.settings.get()
        services.settings.get()
    assert first == Settings()
    warned = [rec.getMessage() for rec in caplog.records if rec.name == "minutes_app.services.settings"]
    assert len(warned) == len(BRICKING)
    assert not any("fileserver" in text or "Leyla" in text for text in warned)
    saved = services.settings.save(dataclasses.replace(first, officer_name="Leyla Mammadova"))
    assert saved.officer_name == "Leyla Mammadova" and saved.backups_to_keep == 14


def test_saving_a_network_template_is_refused(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.settings.save(
            dataclasses.replace(services.settings.get(), minutes_template=r"\\fileserver\share\t.docx")
        )
    assert caught.value.field == "minutes_template"


def test_a_store_with_bad_settings_still_runs_demo_exports_and_the_services(
    sqlite_paths: AppPaths, tmp_path: Path
) -> None:
    services = open_services(sqlite_paths)
    try:
        _store_raw(services, BRICKING)
    finally:
        services.close()
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    base = [sys.executable, "-m", "minutes_app", "--data-dir", str(sqlite_paths.data_dir)]
    for args in (["demo"], ["export-docx", "1", str(tmp_path / "m.docx")], ["export-json", str(tmp_path / "all.json")]):
        done = subprocess.run([*base, *args], capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 0, (args, done.stderr)
    assert (tmp_path / "m.docx").is_file()
    services = open_services(sqlite_paths)
    try:
        assert services.settings.get().backups_to_keep == 14
        assert services.dossier is not None and services.meetings.list_meetings()
        export_json(services, tmp_path / "again.json")
    finally:
        services.close()
    exported = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))["settings"]
    assert "backups_to_keep" not in exported and "minutes_template" not in exported  # a clean copy can be imported
