"""Is a file a backup the app may restore? A Minutes App store of a known revision, complete and sound.

An empty file, a foreign SQLite database or a store with a dropped table all open as "SQLite";
each is refused here with its reason, before anything is replaced. Backup files are read only
through read-only SQLite connections: they are never a live store, but the rule costs nothing.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

from minutes_app.domain.errors import StoreError
from minutes_app.store import migrate, schema_check, sqlite_files


def verify_backup(path: Path) -> str:
    """Return the backup's revision, or raise StoreError saying in one line why it cannot be restored."""
    if not path.exists():
        raise StoreError("missing", f"{path} does not exist")
    if not path.is_file():
        raise StoreError("not_a_database", f"{path} is not a file")
    if path.stat().st_size == 0:
        raise StoreError("not_a_database", f"{path} is empty (0 bytes): it is not a backup")
    sqlite_files.check_file(path, quick=False)
    try:
        revision, found = schema_check.read_sqlite_file(path)
    except sqlite3.DatabaseError as exc:
        raise StoreError("damaged", f"{path} cannot be read: {exc}") from exc
    if revision is None:
        raise StoreError("not_ours", f"{path} is not a Minutes App backup (it has no Minutes App schema)")
    if revision not in migrate.known_revisions():
        raise StoreError("too_new", f"{path} is from a newer version of Minutes App (schema {revision})")
    problems = schema_check.schema_problems(found, revision)
    if problems:
        raise StoreError(
            "incomplete", f"{path} is not a consistent Minutes App store: {schema_check.summarise(problems)}"
        )
    return revision


@dataclasses.dataclass(frozen=True)
class BackupScan:
    """The newest good backup of a folder, and the newer ones skipped with their reasons."""

    good: Path | None
    skipped: list[tuple[Path, str]]


def newest_good_backup(folder: Path) -> BackupScan:
    """Check the folder's backups newest first; stop at the first good one."""
    skipped: list[tuple[Path, str]] = []
    for backup in sqlite_files.list_backups(folder):
        try:
            verify_backup(backup)
        except StoreError as error:
            skipped.append((backup, str(error)))
            continue
        except (OSError, sqlite3.Error) as error:
            skipped.append((backup, f"{backup} cannot be read: {error}"))
            continue
        return BackupScan(good=backup, skipped=skipped)
    return BackupScan(good=None, skipped=skipped)
