"""Rotation deletes only the app's own daily and manual backups, by kind; safety copies stay 30 days."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from minutes_app.paths import AppPaths
from minutes_app.services import backups
from minutes_app.store import sqlite_files

NOW = dt.datetime.now()


def _make(folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(b"a backup stand-in: rotation never reads it")
    return path


def _named(kind: str, when: dt.datetime) -> str:
    return sqlite_files.backup_name(kind, when)


def test_rotation_keeps_n_of_each_kind_and_never_touches_other_files(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    days = [NOW - dt.timedelta(days=n) for n in range(1, 6)]
    daily = [_make(folder, _named("daily", when)) for when in days]
    manual = [_make(folder, _named("manual", when - dt.timedelta(hours=1))) for when in days[:3]]
    pre_restore = _make(folder, _named("pre-restore", NOW - dt.timedelta(days=10)))  # older than every daily one
    pre_migration = _make(folder, _named("pre-migration-0001_initial", NOW - dt.timedelta(days=9)))
    theirs = [
        _make(folder, "minutes-my-copy-before-the-audit.db"),
        _make(folder, "minutes-daily-20200101-000000-000000.db.bak"),
        _make(folder, "minutes-daily-2020-01-01.db"),
        _make(folder, "notes.txt"),
        _make(folder, "minutes-pre-restore-20200101-000000-000000.damaged"),
    ]
    deleted = sqlite_files.rotate_backups(folder, keep=2)
    left = set(folder.iterdir())
    assert left == {*daily[:2], *manual[:2], pre_restore, pre_migration, *theirs}
    assert sorted(deleted) == sorted([*daily[2:], *manual[2:]])


def test_safety_copies_stay_30_days_and_the_newest_of_each_kind_always(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    old_restore = _make(folder, _named("pre-restore", NOW - dt.timedelta(days=45)))
    older_restore = _make(folder, _named("pre-restore", NOW - dt.timedelta(days=60)))
    recent_restore = _make(folder, _named("pre-restore", NOW - dt.timedelta(days=29)))
    lone_migration = _make(folder, _named("pre-migration-0001_initial", NOW - dt.timedelta(days=400)))
    sqlite_files.rotate_backups(folder, keep=1)
    assert set(folder.iterdir()) == {recent_restore, lone_migration}
    assert not old_restore.exists() and not older_restore.exists()


def test_backup_now_keeps_the_pre_restore_copy_the_restore_message_named(sqlite_paths: AppPaths) -> None:
    first = backups.backup_now(sqlite_paths, keep=1)
    saved = backups.restore_store(sqlite_paths, first)
    assert saved is not None
    mine = _make(sqlite_paths.backups_dir, "minutes-kept-by-hand.db")
    os.utime(mine, (0, 0))  # oldest of all by date too
    for _ in range(3):
        backups.backup_now(sqlite_paths, keep=1)
    assert saved.exists() and mine.exists()
    manual = [p for p in sqlite_paths.backups_dir.iterdir() if p.name.startswith("minutes-manual-")]
    assert len(manual) == 1
