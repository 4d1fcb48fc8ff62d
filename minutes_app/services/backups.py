"""The store's health, backups and restores, used by the command line and the GUI alike (neither reaches the store)."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from minutes_app.domain.errors import READ_ONLY, ExportError, StoreError
from minutes_app.fsutil import explain_folder
from minutes_app.paths import AppPaths
from minutes_app.store import backup_checks, failures, migrate, network_fs, read_only, sqlite_files, store_check
from minutes_app.store.backup_checks import BackupScan

__all__ = [
    "BackupScan",
    "backup_now",
    "backup_store",
    "check_store",
    "daily_backup",
    "is_current",
    "is_database_error",
    "is_disk_full",
    "list_backups",
    "network_filesystem",
    "newest_good_backup",
    "restore_store",
]


def check_store(paths: AppPaths) -> str | None:
    """The store's revision (None when empty) after a full integrity and schema check; StoreError when unsound."""
    return store_check.check_store(paths)


def is_current(revision: str | None) -> bool:
    """True when a store at `revision` needs no update by this version (an empty store gets its schema at start)."""
    return revision is None or revision == migrate.head_revision()


def network_filesystem(db_file: Path) -> str | None:
    """The network file system (nfs, cifs, ...) the data file lives on, None when it is on a local disk."""
    return network_fs.network_filesystem(db_file)


def is_database_error(exc: BaseException) -> bool:
    """True for a failure the database driver reported (its text may hold the record: describe it, never print it)."""
    return isinstance(exc, SQLAlchemyError)


def is_disk_full(exc: BaseException) -> bool:
    """True when a failed backup (StoreError, ExportError, OSError or sqlite3.Error) ran out of disk space."""
    return sqlite_files.is_disk_full(exc)


def list_backups(folder: Path) -> list[Path]:
    """The backups in `folder`, newest first."""
    return sqlite_files.list_backups(folder)


@contextlib.contextmanager
def _folder_in_words(folder: Path, what: str) -> Iterator[None]:
    """Re-raise a failure to make or write `folder` as StoreError, in words naming the folder (never "[Errno 13]")."""
    try:
        yield
    except OSError as exc:
        raise _unwritable(exc, folder, what) from exc
    except ExportError as exc:  # fsutil.atomic_path's sentence names the .part file: name the folder instead
        if isinstance(exc.__cause__, OSError) and exc.__cause__.errno in _WORDED:
            raise _unwritable(exc.__cause__, folder, what) from exc
        raise


_WORDED = (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC)


def _unwritable(exc: OSError, folder: Path, what: str) -> StoreError:
    reason = "disk_full" if exc.errno == errno.ENOSPC else "backup_failed"
    return StoreError(reason, explain_folder(exc, folder, what) + "; the store is unchanged")


def backup_store(paths: AppPaths, target: Path, *, folder_name: str = "The folder") -> Path:
    """An online, verified backup of the SQLite store into `target`."""
    if paths.db_file is None:
        raise StoreError("unsupported", "file backups are for SQLite stores; on PostgreSQL use export-json")
    if not paths.db_file.exists():
        raise StoreError("missing", f"{paths.db_file} does not exist")
    sqlite_files.check_file(paths.db_file)
    with _folder_in_words(target.parent, folder_name):
        sqlite_files.backup_file(paths.db_file, target)  # a failure arrives in words (sqlite_files.backup_failed)
    sqlite_files.check_file(target, quick=False)
    return target


def backup_now(paths: AppPaths, *, keep: int) -> Path:
    """A manual backup into the backups folder, rotating old ones."""
    target = paths.backups_dir / sqlite_files.backup_name("manual")
    with _folder_in_words(paths.backups_dir, "The backups folder"):
        paths.backups_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    backup_store(paths, target, folder_name="The backups folder")
    with _folder_in_words(paths.backups_dir, "The backups folder"):
        sqlite_files.rotate_backups(paths.backups_dir, keep)
    return target


def daily_backup(paths: AppPaths, *, keep: int, today: dt.date | None = None) -> Path | None:
    """At the first start of a day, back the store up and rotate old backups; else do nothing."""
    if paths.db_file is None or not paths.db_file.exists():
        return None
    today = today or dt.date.today()
    stamp = today.strftime("%Y%m%d")
    if any(stamp in p.name and "-daily-" in p.name for p in sqlite_files.list_backups(paths.backups_dir)):
        return None
    paths.backups_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = paths.backups_dir / sqlite_files.backup_name("daily")
    sqlite_files.backup_file(paths.db_file, target)
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
        raise StoreError(
            "unsupported", "restore works on SQLite stores; on PostgreSQL use import-json into a new database"
        )
    folder = paths.db_file.parent
    if folder.exists() and not read_only.can_write(folder, paths.db_file):
        raise failures.store_error(READ_ONLY)  # before anything is read, copied or made
    backup_checks.verify_backup(backup)
    saved: Path | None = None
    if paths.db_file.exists():
        with _folder_in_words(paths.backups_dir, "The backups folder"):
            paths.backups_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        saved = paths.backups_dir / sqlite_files.backup_name("pre-restore", dt.datetime.now())
        with _folder_in_words(paths.backups_dir, "The backups folder"):  # an unwritable folder stops the restore
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
        with _folder_in_words(folder, "The data folder"):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    sqlite_files.restore_file(backup, paths.db_file)
    sqlite_files.restrict_permissions(paths.db_file, 0o600)
    return saved
