"""Backups and restores of the SQLite store, used by the command line and the GUI alike."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from minutes_app.domain.errors import StoreError
from minutes_app.paths import AppPaths
from minutes_app.store import backup_checks, sqlite_files
from minutes_app.store.backup_checks import BackupScan

__all__ = ["BackupScan", "backup_now", "backup_store", "newest_good_backup", "restore_store"]


def backup_store(paths: AppPaths, target: Path) -> Path:
    """An online, verified backup of the SQLite store into `target`."""
    if paths.db_file is None:
        raise StoreError("unsupported", "file backups are for SQLite stores; on PostgreSQL use export-json")
    if not paths.db_file.exists():
        raise StoreError("missing", f"{paths.db_file} does not exist")
    sqlite_files.check_file(paths.db_file)
    sqlite_files.backup_file(paths.db_file, target)  # a failure arrives in words (sqlite_files.backup_failed)
    sqlite_files.check_file(target, quick=False)
    return target


def backup_now(paths: AppPaths, *, keep: int) -> Path:
    """A manual backup into the backups folder, rotating old ones."""
    target = paths.backups_dir / sqlite_files.backup_name("manual")
    paths.backups_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    backup_store(paths, target)
    sqlite_files.rotate_backups(paths.backups_dir, keep)
    return target


def newest_good_backup(paths: AppPaths) -> BackupScan:
    """The newest backup in the backups folder that restore would accept, and the newer ones it would refuse."""
    return backup_checks.newest_good_backup(paths.backups_dir)


def restore_store(paths: AppPaths, backup: Path) -> Path | None:
    """Replace the store with `backup` after saving the current one; returns where it was saved.

    Anything but a complete, sound Minutes App store of a known revision is refused with the
    reason (backup_checks.verify_backup), and nothing changes.
    Call it on a closed store (no Services open on it in this process).
    """
    if paths.db_file is None:
        raise StoreError("unsupported", "restore works on SQLite stores; on PostgreSQL use import-json into a new database")
    backup_checks.verify_backup(backup)
    saved: Path | None = None
    if paths.db_file.exists():
        paths.backups_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        saved = paths.backups_dir / sqlite_files.backup_name("pre-restore", dt.datetime.now())
        try:
            sqlite_files.backup_file(paths.db_file, saved)
        except (StoreError, sqlite3.DatabaseError) as exc:
            if isinstance(exc, StoreError) and exc.reason == "disk_full":
                raise  # nothing was written and the store is as it was: stop before replacing it
            # A damaged store cannot go through the backup API: keep its exact bytes instead. That
            # reads it with the OS, which is safe only on a closed store: callers restore after
            # closing theirs, and set_aside_damaged refuses when anyone still has it open.
            saved = sqlite_files.set_aside_damaged(paths.db_file, saved.with_suffix(".damaged"))
    else:
        paths.db_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    sqlite_files.restore_file(backup, paths.db_file)
    sqlite_files.restrict_permissions(paths.db_file, 0o600)
    return saved
