"""A data folder whose name looks like URI syntax ("?", "#", "%20", a space) is only a name: the
store, its checks, backups and restores all stay inside it."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from minutes_app.domain import records as r
from minutes_app.paths import resolve_paths
from minutes_app.services import backups, open_services
from minutes_app.store import sqlite_files

NAMES = ["q?mode=ro&x=1", "a%20b", "hash#x", "space here"]
ROOT = Path(__file__).resolve().parents[2]


def _files(under: Path) -> set[Path]:
    return {p for p in under.rglob("*") if p.is_file()}


@pytest.mark.parametrize("name", NAMES)
def test_everything_stays_inside_an_awkwardly_named_folder(tmp_path: Path, name: str) -> None:
    data = tmp_path / "parent" / name
    paths = resolve_paths(data_dir=str(data))
    assert paths.db_file == data / "minutes.db"
    services = open_services(paths)
    try:
        saved = services.meetings.save(r.Meeting(title="In the folder", date=dt.date(2026, 5, 4)))
        sqlite_files.check_file(data / "minutes.db", quick=False)
        made = backups.backup_now(paths, keep=5)
    finally:
        services.close()
    assert made.parent == data / "backups"
    restore_from = backups.backup_now(paths, keep=5)
    before = backups.restore_store(paths, restore_from)
    assert before is not None and before.parent == data / "backups"
    services = open_services(paths)
    try:
        assert services.meetings.get(saved.id).title == "In the folder"
    finally:
        services.close()
    assert sqlite_files.read_revision(data / "minutes.db") is not None
    outside = {p for p in _files(tmp_path) if data not in p.parents}
    assert outside == set(), f"files written outside the data folder: {sorted(outside)}"


@pytest.mark.parametrize("name", NAMES)
def test_command_line_uses_the_file_inside_the_folder(tmp_path: Path, name: str) -> None:
    data = tmp_path / name
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    for args in (["demo"], ["check"]):
        done = subprocess.run(
            [sys.executable, "-m", "minutes_app", "--data-dir", str(data), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
    assert str(data / "minutes.db") in done.stdout
    assert (data / "minutes.db").stat().st_size > 0
    assert [p.name for p in tmp_path.iterdir()] == [name]
