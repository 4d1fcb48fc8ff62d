"""Backups and restores of the SQLite store, used by the command line and the GUI alike."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from minutes_app.domain.errors import StoreError
from minutes_app.paths import AppPaths
from minutes_app.store import migrate, sqlite_files


def backup_store(paths: AppPaths, target: Path) -> Path:
    """An online, verified backup of the SQLite store into `target`."""
    if paths.db_file is None:
        raise StoreError("unsupported", "file backups are for SQLite stores; on PostgreSQL use export-json")
    if not paths.db_file.exists():
        raise StoreError("missing", f"{paths.db_file} does not exist")
    sqlite_files.check_file(paths.db_file)
    sqlite_files.backup_file(paths.db_file, target)
    sqlite_files.check_file(target, quick=False)
    return target


def backup_now(paths: AppPaths, *, keep: int) -> Path:
    """A manual backup into the backups folder, rotating old ones."""
    target = paths.backups_dir / sqlite_files.backup_name("manual")
    paths.backups_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    backup_store(paths, target)
    sqlite_files.rotate_backups(paths.backups_dir, keep)
    return target


def restore_store(paths: AppPaths, backup: Path) -> Path | None:
    """Replace the store with `backup` after saving the current one; returns where it was saved.

    A backup that fails its integrity check, or is from a newer app, is refused and nothing changes.
    Call it on a closed store (no Services open on it in this process).
    """
    if paths.db_file is None:
        raise StoreError("unsupported", "restore works on SQLite stores; on PostgreSQL use import-json into a new database")
    sqlite_files.check_file(backup, quick=False)
    revision = sqlite_files.read_revision(backup)
    if revision is not None and revision not in migrate.known_revisions():
        raise StoreError("too_new", f"{backup} is from a newer version of Minutes App")
    saved: Path | None = None
    if paths.db_file.exists():
        paths.backups_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        saved = paths.backups_dir / sqlite_files.backup_name("pre-restore", dt.datetime.now())
        try:
            sqlite_files.backup_file(paths.db_file, saved)
        except (StoreError, sqlite3.DatabaseError):
            # A damaged store cannot go through the backup API: keep its exact bytes instead. That
            # reads it with the OS, which is safe only on a closed store: callers restore after
            # closing theirs, and set_aside_damaged refuses when anyone still has it open.
            saved = sqlite_files.set_aside_damaged(paths.db_file, saved.with_suffix(".damaged"))
    else:
        paths.db_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    sqlite_files.restore_file(backup, paths.db_file)
    sqlite_files.restrict_permissions(paths.db_file, 0o600)
    return saved
