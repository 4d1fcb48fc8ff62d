"""Checks, backups and restores of SQLite files, through the sqlite3 module's online backup API."""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from pathlib import Path

from minutes_app.domain.errors import StoreError
from minutes_app.fsutil import atomic_path
from minutes_app.store import read_only

SQLITE_HEADER = b"SQLite format 3\x00"
BACKUP_SUFFIX = ".db"


def looks_like_sqlite(path: Path) -> bool:
    """True when the file is empty (a new database) or starts with SQLite's header."""
    with open(path, "rb") as fh:
        head = fh.read(len(SQLITE_HEADER))
    return head == b"" or head == SQLITE_HEADER


def _open_read_only(path: Path) -> sqlite3.Connection:
    # mode=ro never writes the main file; a damaged file stays byte-for-byte as it was. In a
    # read-only folder it falls back to immutable=1 (read_only.connect), so such a file is not "damaged".
    return read_only.connect(path)


def check_file(path: Path, *, quick: bool = True) -> None:
    """Raise StoreError unless `path` is a sound SQLite database; never modifies the file."""
    if not path.exists():
        raise StoreError("missing", f"{path} does not exist")
    if not path.is_file():
        raise StoreError("not_a_database", f"{path} is not a file")
    if not looks_like_sqlite(path):
        raise StoreError(
            "not_a_database", f"{path} is not a Minutes App database (not an SQLite file)"
        )
    try:
        conn = _open_read_only(path)
        try:
            pragma = "quick_check" if quick else "integrity_check"
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc):
            raise StoreError("not_a_database", f"{path} is not a database: {exc}") from exc
        raise StoreError("damaged", f"{path} is damaged: {exc}") from exc
    problems = [r[0] for r in rows if r[0] != "ok"]
    if problems:
        shown = "; ".join(problems[:3])
        raise StoreError("damaged", f"{path} failed its integrity check: {shown}")


def read_revision(path: Path) -> str | None:
    """The Alembic revision recorded in the file, None when it has none."""
    conn = _open_read_only(path)
    try:
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def backup_file(source: Path, target: Path) -> Path:
    """Copy a live database into `target` with the online backup API (safe while in use)."""
    if not looks_like_sqlite(source):
        raise StoreError("not_a_database", f"{source} is not an SQLite database")
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(target) as tmp:
        src = sqlite3.connect(str(source), timeout=30)
        try:
            dst = sqlite3.connect(str(tmp))
            try:
                src.backup(dst)
                # A backup is one self-contained file: no WAL beside it.
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        restrict_permissions(tmp, 0o600)
    return target


def restore_file(backup: Path, live: Path) -> None:
    """Overwrite the live database with a backup's content, online, in one step."""
    check_file(backup, quick=False)
    src = _open_read_only(backup)
    try:
        dst = sqlite3.connect(str(live), timeout=30)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def backup_name(kind: str, now: dt.datetime | None = None) -> str:
    """A sortable file name for a backup: minutes-KIND-YYYYmmdd-HHMMSS.db."""
    now = now or dt.datetime.now()
    return f"minutes-{kind}-{now:%Y%m%d-%H%M%S-%f}{BACKUP_SUFFIX}"


def list_backups(folder: Path) -> list[Path]:
    """Backups in `folder`, newest first."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"minutes-*{BACKUP_SUFFIX}") if p.is_file()]
    return sorted(found, key=_backup_stamp, reverse=True)


def _backup_stamp(path: Path) -> str:
    match = re.search(r"(\d{8}-\d{6}-\d{6})", path.name)
    return match.group(1) if match else ""


def rotate_backups(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` backups; return the deleted ones."""
    doomed = list_backups(folder)[max(keep, 1):]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def restrict_permissions(path: Path, mode: int) -> None:
    """Make a file or folder private to the user on POSIX (no-op elsewhere)."""
    if os.name == "posix":
        try:
            os.chmod(path, mode)
        except OSError:
            pass  # not our file (shared folder): leave its mode alone
