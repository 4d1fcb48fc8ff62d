"""Checks, backups and restores of SQLite files, through the sqlite3 module's online backup API."""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import shutil
import sqlite3
from pathlib import Path

from minutes_app.domain.errors import StoreError
from minutes_app.fsutil import atomic_path
from minutes_app.store import read_only

BACKUP_SUFFIX = ".db"


def looks_like_sqlite(path: Path) -> bool:
    """True when SQLite reads `path` as a database: empty (a new one) or with SQLite's header."""
    # Read through SQLite, never with open(): on POSIX, closing any descriptor of a file drops every
    # lock this process holds on it, the app's open connections included ("How To Corrupt An SQLite
    # Database File", 2.2). SQLite's own connections share one lock table per file, so they are safe.
    try:
        conn = _open_read_only(path)
        try:
            conn.execute("PRAGMA schema_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if _is_not_a_database(exc):
            return False
        if _error_code(exc) == sqlite3.SQLITE_CORRUPT:
            return True  # SQLite's header, damaged pages: check_file tells which
        raise
    return True


def _error_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None  # extended codes carry the primary one in the low byte


def _is_not_a_database(exc: sqlite3.Error) -> bool:
    return _error_code(exc) == sqlite3.SQLITE_NOTADB or "not a database" in str(exc)


def _open_read_only(path: Path) -> sqlite3.Connection:
    # mode=ro never writes the main file; a damaged file stays byte-for-byte as it was. The path is
    # percent-quoted (as_uri) so a folder named "q?mode=rw" or "a%20b" is a name, never URI syntax.
    # In a read-only folder it falls back to immutable=1 (read_only.connect), so such a file is not "damaged".
    return read_only.connect(path)


def check_file(path: Path, *, quick: bool = True) -> None:
    """Raise StoreError unless `path` is a sound SQLite database; never modifies the file."""
    conn = open_for_check(path)
    try:
        check_connection(conn, path, quick=quick)
    finally:
        conn.close()


def open_for_check(path: Path) -> sqlite3.Connection:
    """A read-only connection to check `path` with (check_connection); StoreError when it is not a file or not SQLite."""
    if not path.exists():
        raise StoreError("missing", f"{path} does not exist")
    if not path.is_file():
        raise StoreError("not_a_database", f"{path} is not a file")
    # One read-only SQLite connection reads the header and checks the pages (see looks_like_sqlite).
    try:
        return _open_read_only(path)
    except sqlite3.DatabaseError as exc:
        raise _check_failure(exc, path) from exc


def check_connection(conn: sqlite3.Connection, path: Path, *, quick: bool = True) -> None:
    """Run SQLite's quick (or full) integrity check on `conn`, opened on `path`; StoreError when unsound."""
    try:
        pragma = "quick_check" if quick else "integrity_check"
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as exc:
        raise _check_failure(exc, path) from exc
    problems = [r[0] for r in rows if r[0] != "ok"]
    if problems:
        shown = "; ".join(problems[:3])
        raise StoreError("damaged", f"{path} failed its integrity check: {shown}")


def _check_failure(exc: sqlite3.DatabaseError, path: Path) -> StoreError:
    if _is_not_a_database(exc):
        return StoreError("not_a_database", f"{path} is not a Minutes App database (not an SQLite file)")
    return StoreError("damaged", f"{path} is damaged: {exc}")


def read_revision(path: Path) -> str | None:
    """The Alembic revision recorded in the file, None when it has none."""
    return read_ownership(path)[0]


def read_ownership(path: Path) -> tuple[str | None, bool]:
    """The Alembic revision recorded in the file (None when it has none) and whether it holds any table.

    Read through a read-only connection, so a file that turns out not to be ours is left byte-for-byte
    as it was (a read-write connection would switch it to WAL first).
    """
    conn = _open_read_only(path)
    try:
        has_tables = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' LIMIT 1").fetchone() is not None
        has_version = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_version:
            return None, has_tables
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return (row[0] if row else None), has_tables
    finally:
        conn.close()


def backup_file(source: Path, target: Path) -> Path:
    """Copy a live database into `target` with the online backup API (safe while in use)."""
    if is_store_file(target, source):
        raise StoreError("same_file", f"{target} is the store itself: choose another file for the backup")
    if not looks_like_sqlite(source):
        raise StoreError("not_a_database", f"{source} is not an SQLite database")
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(target, private=True) as tmp:  # any failure deletes the .part
        try:
            _copy_online(source, tmp)
        except sqlite3.Error as exc:
            raise backup_failed(exc, target) from exc
        restrict_permissions(tmp, 0o600)
    return target


def _copy_online(source: Path, tmp: Path) -> None:
    # A store this user cannot write (a read-only folder or file) is read through a read-only
    # connection: a read-write one fails with "attempt to write a readonly database" in WAL mode.
    if read_only.can_write(source.parent, source):
        src = sqlite3.connect(str(source), timeout=30)
    else:
        src = read_only.connect(source)
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


def backup_failed(exc: sqlite3.Error, target: Path) -> StoreError:
    """What a failed backup means for the person, in words (the store itself is untouched)."""
    if _error_code(exc) == sqlite3.SQLITE_FULL:
        return StoreError(
            "disk_full",
            f"Cannot back up to {target}: the disk is full; nothing was written and the store is unchanged (free some space and try again)",
        )
    if _is_not_a_database(exc) or _error_code(exc) == sqlite3.SQLITE_CORRUPT:
        return StoreError("damaged", f"Cannot back up the store to {target}: it is damaged ({_first_line(exc)})")
    return StoreError("backup_failed", f"Cannot back up to {target}: {_first_line(exc)}; the store is unchanged")


def is_disk_full(exc: BaseException) -> bool:
    """True when a failed backup (StoreError, ExportError, OSError or sqlite3.Error) ran out of disk space."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, StoreError) and seen.reason == "disk_full":
            return True
        if isinstance(seen, OSError) and seen.errno == errno.ENOSPC:
            return True
        if isinstance(seen, sqlite3.Error) and _error_code(seen) == sqlite3.SQLITE_FULL:
            return True
        seen = seen.__cause__
    return False


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def is_store_file(candidate: Path, live: Path) -> bool:
    """True when `candidate` is the store file `live` or its -wal, -shm or -journal, by any name."""
    names = [live] + [Path(f"{live}{suffix}") for suffix in ("-wal", "-shm", "-journal")]
    for name in names:
        if candidate.absolute() == name.absolute():
            return True
        try:
            if os.path.samefile(candidate, name):  # stat() only: no descriptor is opened
                return True
        except OSError:
            continue  # one of them does not exist
    return False


def restore_file(backup: Path, live: Path) -> None:
    """Overwrite the live database with a backup's content, online, in one step."""
    if is_store_file(backup, live):
        raise StoreError("same_file", f"{backup} is the store itself, not a backup of it")
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


# SQLite's lock bytes in the database file (sqlite3.c, PENDING_BYTE): pending, reserved, then the
# 510-byte shared range every open WAL connection holds a read lock on.
_LOCK_START = 0x40000000
_LOCK_BYTES = 512


def set_aside_damaged(live: Path, saved: Path) -> Path:
    """Move a damaged store's exact bytes (and its WAL) to `saved`, leaving nothing at `live`.

    Only for a store nobody has open: it reads the file with the OS, not SQLite, so it refuses
    when a connection of this process is open on it (closing our descriptor would drop that
    connection's locks) or another process holds SQLite's lock on it (it would go on writing
    into a file that is no longer the store).
    """
    if _held_by_this_process(live):
        raise StoreError("in_use", f"{live} is still open in this program: close it before restoring")
    fd = os.open(live, os.O_RDWR)
    try:
        _lock_out_other_processes(fd, live)
        # Copied through the locked descriptor: a second descriptor's close would drop our lock.
        with atomic_path(saved, private=True) as tmp:
            with open(fd, "rb", closefd=False) as src, open(tmp, "wb") as dst:
                shutil.copyfileobj(src, dst)
            restrict_permissions(tmp, 0o600)
        wal = Path(f"{live}-wal")
        if wal.exists():  # it may hold committed transactions: kept beside the copy, where SQLite looks
            with atomic_path(Path(f"{saved}-wal"), private=True) as tmp:
                shutil.copyfile(wal, tmp)
                restrict_permissions(tmp, 0o600)
        for leftover in (wal, Path(f"{live}-shm"), Path(f"{live}-journal")):
            leftover.unlink(missing_ok=True)
        if os.name == "posix":
            live.unlink()  # while the lock still keeps others out
    finally:
        os.close(fd)
    if os.name != "posix":
        live.unlink()  # Windows deletes no file that is open, ours included
    return saved


def _lock_out_other_processes(fd: int, live: Path) -> None:
    if os.name != "posix":
        return  # Windows' own locks forbid deleting a file another process has open
    import fcntl

    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, _LOCK_BYTES, _LOCK_START)
    except OSError as exc:
        raise StoreError(
            "in_use", f"{live} is open in another window or program: close it, then restore again"
        ) from exc


def _held_by_this_process(live: Path) -> bool:
    """True when one of this process's descriptors is on the store file or its WAL/SHM (Linux only)."""
    fd_dir = Path("/proc/self/fd")
    if not fd_dir.is_dir():
        return False
    names = {str(live.resolve()), f"{live.resolve()}-wal", f"{live.resolve()}-shm"}
    for entry in fd_dir.iterdir():
        try:
            if os.readlink(entry) in names:
                return True
        except OSError:
            continue  # closed meanwhile (the listing's own descriptor among them)
    return False


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
    """Delete old automatic and manual backups (backup_rotation's rules); return the deleted ones."""
    from minutes_app.store import backup_rotation

    return backup_rotation.rotate(folder, keep)


def restrict_permissions(path: Path, mode: int) -> None:
    """Make a file or folder private to the user on POSIX (no-op elsewhere)."""
    if os.name == "posix":
        try:
            os.chmod(path, mode)
        except OSError:
            pass  # not our file (shared folder): leave its mode alone
