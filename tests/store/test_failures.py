"""Database failures become StoreError in words (by SQLite result code or PostgreSQL SQLSTATE), never raw driver text."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm.exc import StaleDataError

from minutes_app.domain import records as r
from minutes_app.domain.errors import ConflictError, StoreError
from minutes_app.paths import AppPaths
from minutes_app.services import open_services
from minutes_app.store import engine as engine_module
from minutes_app.store import failures


def _real_sqlite_error(tmp_path: Path, action: str) -> sqlite3.Error:
    db = tmp_path / "x.db"
    sqlite3.connect(db).execute("CREATE TABLE t (a)").connection.commit()
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True) if action == "read_only" else sqlite3.connect(db)
    if action == "full":
        conn.execute("PRAGMA max_page_count = 2")
    try:
        conn.execute("INSERT INTO t VALUES (?)", ("x" * 100_000,))
    except sqlite3.Error as error:
        return error
    finally:
        conn.close()
    raise AssertionError("no error")


@pytest.mark.parametrize(("action", "reason"), [("read_only", failures.READ_ONLY), ("full", failures.DISK_FULL)])
def test_real_sqlite_errors_are_named_by_their_result_code(tmp_path: Path, action: str, reason: str) -> None:
    wrapped = OperationalError("INSERT INTO t VALUES (?)", ("secret minutes",), _real_sqlite_error(tmp_path, action))
    named = failures.translate(wrapped)
    assert isinstance(named, StoreError) and named.reason == reason
    assert str(named) == failures.SENTENCES[reason] and "secret" not in str(named)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("database or disk is full", failures.DISK_FULL),
        ("database is locked", failures.LOCKED),
        ("attempt to write a readonly database", failures.READ_ONLY),
        ("disk I/O error", failures.IO_ERROR),
    ],
)
def test_sqlite_errors_without_a_code_are_named_by_their_text(text: str, reason: str) -> None:
    named = failures.translate(OperationalError("UPDATE meeting", {}, sqlite3.OperationalError(text)))
    assert isinstance(named, StoreError) and named.reason == reason


def test_postgresql_errors_are_named_by_sqlstate() -> None:
    class PgError(Exception):
        sqlstate = "53100"

    named = failures.translate(OperationalError("UPDATE meeting", {}, PgError("could not extend file")))
    assert isinstance(named, StoreError) and named.reason == failures.DISK_FULL


def test_a_stale_update_is_a_conflict_and_other_errors_stay_as_they_are() -> None:
    conflict = failures.translate(
        StaleDataError("UPDATE statement on table 'meeting' expected to update 1 row(s); 0 were matched.")
    )
    assert isinstance(conflict, ConflictError) and conflict.kind == "meeting"
    assert str(conflict) == "meeting was changed elsewhere since it was opened"
    assert failures.translate(IntegrityError("INSERT", {}, sqlite3.IntegrityError("UNIQUE constraint failed"))) is None
    assert failures.translate(ValueError("x")) is None


def test_a_store_locked_by_another_process_says_so_in_words(monkeypatch, sqlite_paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(engine_module, "SQLITE_BUSY_TIMEOUT_MS", 300)  # the app waits 30 s; the test does not
    services = open_services(sqlite_paths)
    holder = sqlite3.connect(sqlite_paths.db_file, isolation_level=None)  # type: ignore[arg-type]
    try:
        holder.execute("BEGIN IMMEDIATE")
        with pytest.raises(StoreError) as refused:
            services.meetings.save(r.Meeting(title="Talks on the transport corridor"))
        assert refused.value.reason == failures.LOCKED and "transport" not in str(refused.value)
        holder.execute("ROLLBACK")
        assert services.meetings.save(r.Meeting(title="Talks on the transport corridor")).id is not None
    finally:
        holder.close()
        services.close()
