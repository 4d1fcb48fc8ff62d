"""The automatic backups on a full disk: the daily one and the one before a schema update say so in
words, leave no .part behind, and the update stops with the store as it was.

The disk fills for real as far as SQLite can tell: the backup's .part may not grow past two pages
(max_page_count), so SQLite itself reports SQLITE_FULL, as on a full disk.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic import command

from minutes_app.cli.main import main
from minutes_app.domain.errors import StoreError
from minutes_app.paths import AppPaths
from minutes_app.services import backups, open_services
from minutes_app.services.demo import load_demo
from minutes_app.store import migrate
from minutes_app.store.engine import make_engine


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every backup's .part cannot grow beyond two pages, as on a full disk."""
    real_connect = sqlite3.connect

    def connect(target: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = real_connect(target, *args, **kwargs)
        if str(target).endswith(".part"):
            conn.execute("PRAGMA max_page_count = 2")
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def _revision(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def test_the_daily_backup_on_a_full_disk_says_so_and_leaves_nothing(
    sqlite_paths: AppPaths, request: pytest.FixtureRequest
) -> None:
    services = open_services(sqlite_paths)  # open as the app has it while the daily backup runs
    try:
        load_demo(services)
        request.getfixturevalue("full_disk")
        with pytest.raises(StoreError) as failed:
            backups.daily_backup(sqlite_paths, keep=14)
        assert failed.value.reason == "disk_full"
        assert "the disk is full" in str(failed.value) and "\n" not in str(failed.value)
        assert _leftovers(sqlite_paths.backups_dir) == []  # no .part, no -journal
        assert services.meetings.list_meetings()
    finally:
        services.close()


def _one_revision_back(paths: AppPaths) -> str:
    """Leave the store as the previous release would have; returns that revision."""
    engine = make_engine(paths.db_url)
    try:
        with engine.begin() as conn:
            cfg = migrate.alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "-1")
            previous = migrate.current_revision(conn)
    finally:
        engine.dispose()
    assert previous is not None and previous != migrate.head_revision()
    return previous


def test_the_update_stops_when_its_backup_meets_a_full_disk(
    sqlite_paths: AppPaths, request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str]
) -> None:
    db = sqlite_paths.db_file
    assert db is not None
    services = open_services(sqlite_paths)
    load_demo(services)
    services.close()
    previous = _one_revision_back(sqlite_paths)
    request.getfixturevalue("full_disk")
    with pytest.raises(StoreError) as failed:
        open_services(sqlite_paths)
    message = str(failed.value)
    assert (
        failed.value.reason == "disk_full"
        and message.startswith("The disk is full: the store")
        and "not updated" in message
    )
    assert "\n" not in message
    assert _revision(db) == previous  # as it was
    assert _leftovers(sqlite_paths.backups_dir) == []
    capsys.readouterr()
    assert main(["--data-dir", str(sqlite_paths.data_dir), "list", "meetings"]) != 0
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and "The disk is full: the store" in lines[0], lines
    assert _revision(db) == previous and _leftovers(sqlite_paths.backups_dir) == []
