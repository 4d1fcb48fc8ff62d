"""Opening an SQLite store that this user cannot write (a read-only folder or file): browse, search, export.

SQLite in WAL mode must create `-shm` beside the file even to read; in a read-only folder it cannot,
and says "attempt to write a readonly database". Such a file is then opened `immutable=1` (SQLite
reads the file alone and takes no locks), which is right only when no `-wal` holds commits not yet
in the file: then the store is refused with the reason, never read without them.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from minutes_app.domain.errors import StoreError


def can_write(folder: Path, db_file: Path) -> bool:
    """True when this user may write the folder and the file (tests replace it: root writes anywhere)."""
    return os.access(folder, os.W_OK) and (not db_file.exists() or os.access(db_file, os.W_OK))


def can_read(db_file: Path) -> bool:
    """True when this user may read the file (tests replace it: root reads anything)."""
    return os.access(db_file, os.R_OK)


def unreadable(db_file: Path) -> StoreError:
    """A file this user may not read: never called damaged (nothing is wrong with it), never restored over."""
    return StoreError(
        UNREADABLE,
        f"{db_file} cannot be read by this user (permission denied): ask whoever owns it, or your IT support",
    )


UNREADABLE = "unreadable"


def connect(db_file: Path) -> sqlite3.Connection:
    """A connection that can only read `db_file`; StoreError when it cannot be read safely."""
    if db_file.exists() and not can_read(db_file):
        raise unreadable(db_file)
    uri = db_file.resolve().as_uri()  # percent-encoded: a "?" or "%" in a folder name stays part of the path
    try:
        conn = _probe(f"{uri}?mode=ro")
    except sqlite3.OperationalError as exc:
        if not _is_read_only_refusal(exc):
            raise
        wal = db_file.with_name(db_file.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise StoreError(
                "unwritable",
                f"The data folder {db_file.parent} is read-only and {wal.name} holds saved changes not yet merged "
                "into the data file; open it once where it can be written",
            ) from exc
        try:
            conn = _probe(f"{uri}?immutable=1")
        except sqlite3.OperationalError as again:
            if _error_code(again) == 14 and db_file.exists():  # SQLITE_CANTOPEN on a file that is there
                raise unreadable(db_file) from again
            raise
    conn.execute("PRAGMA query_only = ON")
    return conn


def check(db_file: Path) -> str | None:
    """Quick-check the file without writing anything; returns its schema revision (None when it has none)."""
    try:
        conn = connect(db_file)
        try:
            problems = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall() if row[0] != "ok"]
            has_table = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone() if has_table else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc):
            raise StoreError("not_a_database", f"{db_file} is not a database") from exc
        raise StoreError("damaged", f"{db_file} is damaged: {exc}") from exc
    if problems:
        raise StoreError("damaged", f"{db_file} failed its integrity check: {'; '.join(problems[:3])}")
    return str(row[0]) if row else None


def make_read_only_engine(db_file: Path) -> Engine:
    """An engine whose every connection only reads `db_file` (writes fail with SQLITE_READONLY)."""
    engine = create_engine(
        "sqlite://",
        creator=lambda: connect(db_file),
        poolclass=QueuePool,
        hide_parameters=True,
    )

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN (below)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")  # never BEGIN IMMEDIATE: that asks for the write lock

    return engine


def _probe(uri: str) -> sqlite3.Connection:
    conn = sqlite3.connect(uri, uri=True, timeout=30, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def _error_code(exc: sqlite3.Error) -> int:
    return getattr(exc, "sqlite_errorcode", 0) & 0xFF


def _is_read_only_refusal(exc: sqlite3.OperationalError) -> bool:
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    return code in (8, 14) or "readonly" in str(exc) or "unable to open" in str(exc)  # SQLITE_READONLY, SQLITE_CANTOPEN
