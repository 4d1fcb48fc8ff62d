"""Opening stores: new, migrated, damaged, not a database, too new; pragmas; permissions."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from minutes_app.domain.errors import StoreError
from minutes_app.paths import resolve_paths
from minutes_app.store import migrate
from minutes_app.store.database import open_store


def test_new_store_is_made_by_migrations_with_default_topics(tmp_path: Path) -> None:
    store = open_store(resolve_paths(data_dir=str(tmp_path / "d")))
    try:
        with store.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
            names = conn.execute(text("SELECT name FROM topic ORDER BY sort_order")).scalars().all()
    finally:
        store.close()
    assert (
        names[0] == "Trade"
        and "Youth and humanitarian" in names
        and len(names) == 13
        and "SMEs" in names
        and names[-1] == "Other"
    )


def test_pragmas_are_set_on_every_connection(sqlite_services) -> None:  # type: ignore[no-untyped-def]
    with sqlite_services.store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_data_folder_and_file_are_private(tmp_path: Path) -> None:
    paths = resolve_paths(data_dir=str(tmp_path / "private"))
    open_store(paths).close()
    assert (paths.data_dir.stat().st_mode & 0o777) == 0o700
    assert (paths.db_file.stat().st_mode & 0o777) == 0o600


def test_random_bytes_are_refused_and_left_untouched(tmp_path: Path) -> None:
    db = tmp_path / "minutes.db"
    payload = os.urandom(8192)
    db.write_bytes(payload)
    with pytest.raises(StoreError) as caught:
        open_store(resolve_paths(db=str(db)))
    assert caught.value.reason == "not_a_database"
    assert db.read_bytes() == payload
    assert not Path(f"{db}-wal").exists()


def test_store_from_a_newer_version_is_refused(sqlite_paths) -> None:  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(sqlite_paths.db_file)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError) as caught:
        open_store(sqlite_paths)
    assert caught.value.reason == "too_new"


def test_damaged_file_is_refused(sqlite_services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from minutes_app.services.demo import load_demo

    load_demo(sqlite_services)
    paths = sqlite_services.paths
    sqlite_services.close()
    data = bytearray(paths.db_file.read_bytes())
    # Wipe pages in the middle: the header stays valid, the b-trees do not.
    for offset in range(4096 * 2, min(len(data), 4096 * 6)):
        data[offset] = 0xA5
    paths.db_file.write_bytes(bytes(data))
    before = paths.db_file.read_bytes()
    with pytest.raises(StoreError) as caught:
        open_store(paths)
    assert caught.value.reason in ("damaged", "not_a_database")
    assert paths.db_file.read_bytes() == before


def test_older_store_is_backed_up_then_migrated(sqlite_paths) -> None:  # type: ignore[no-untyped-def]
    # Pretend the store is at an older revision: the start-up path must back it up first.
    conn = sqlite3.connect(sqlite_paths.db_file)
    conn.execute("CREATE TABLE marker (x)")
    conn.commit()
    conn.close()
    from minutes_app.store.database import backup_before_migration

    saved = backup_before_migration(sqlite_paths, migrate.head_revision())
    check = sqlite3.connect(saved)
    assert check.execute("SELECT count(*) FROM sqlite_master WHERE name='marker'").fetchone()[0] == 1
    check.close()


def test_same_schema_on_both_engines(services) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import inspect

    from minutes_app.store.models import Base

    with services.store.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_models_match_migrations(services) -> None:  # type: ignore[no-untyped-def]
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from minutes_app.store.models import Base

    with services.store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert [d for d in diff if not _is_search_table(d)] == []


def _is_search_table(diff: object) -> bool:
    # Tables the search feature creates by hand (FTS5 virtual tables) are not in the models, nor is
    # the indexes migrations 0007, 0010 and 0011 make in one form per engine.
    return "search" in repr(diff) or any(name in repr(diff) for name in _PER_ENGINE)


_PER_ENGINE = (
    "ix_meeting_live_date",
    *(f"ix_follow_up_live_{key}" for key in ("description", "status_rank", "priority_rank", "department", "updated")),
)


def test_a_store_says_whether_this_opening_created_it(tmp_path: Path) -> None:
    paths = resolve_paths(data_dir=str(tmp_path / "new"))
    first = open_store(paths)
    first.close()
    again = open_store(paths)
    again.close()
    assert first.created and not again.created  # the welcome follows a new data folder, once
