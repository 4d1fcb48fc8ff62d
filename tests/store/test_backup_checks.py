"""Restore refuses anything but a complete, sound Minutes App store, saying why; check sees a missing table."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from minutes_app.cli.main import main as cli_main
from minutes_app.domain.errors import StoreError
from minutes_app.paths import AppPaths
from minutes_app.services import backups, open_services
from minutes_app.services.demo import load_demo
from minutes_app.store import sqlite_files
from minutes_app.store.store_check import check_store


def _zero_bytes(good: Path, bad: Path) -> None:
    bad.write_bytes(b"")


def _foreign(good: Path, bad: Path) -> None:
    conn = sqlite3.connect(str(bad))
    conn.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY, total REAL)")
    conn.execute("INSERT INTO invoice (total) VALUES (12.5)")
    conn.commit()
    conn.close()


def _edited(statement: str) -> Callable[[Path, Path], None]:
    def make(good: Path, bad: Path) -> None:
        shutil.copy(good, bad)  # a closed backup file of our own, never a live store
        conn = sqlite3.connect(str(bad))
        conn.execute(statement)
        conn.commit()
        conn.close()

    return make


BAD_BACKUPS = {
    "zero_bytes": (_zero_bytes, "empty (0 bytes)"),
    "foreign_sqlite": (_foreign, "not a Minutes App backup"),
    "dropped_table": (_edited("DROP TABLE follow_up_note"), "table follow_up_note is missing"),
    "dropped_column": (_edited("ALTER TABLE decision DROP COLUMN number"), "column decision.number is missing"),
    "dropped_index": (_edited("DROP INDEX ix_meeting_date"), "index ix_meeting_date is missing"),
    "dropped_trigger": (_edited("DROP TRIGGER search_entry_ai"), "trigger search_entry_ai is missing"),
    # Says 0001 but holds 0002's tables: accepted, it would fail its next update ("table ... already exists").
    "revision_behind_its_tables": (
        _edited("UPDATE alembic_version SET version_num = '0001_initial'"),
        "table attachment belongs to a later schema than the recorded 0001_initial",
    ),
}


@pytest.fixture
def demo_paths(sqlite_paths: AppPaths) -> AppPaths:
    """A closed SQLite store holding the sample meeting."""
    services = open_services(sqlite_paths)
    load_demo(services)
    services.close()
    return sqlite_paths


def _meetings(paths: AppPaths) -> int:
    services = open_services(paths)
    try:
        return len(services.meetings.list_meetings())
    finally:
        services.close()


@pytest.mark.parametrize("kind", sorted(BAD_BACKUPS))
def test_restore_refuses_a_bad_backup_with_its_reason_and_changes_nothing(
    demo_paths: AppPaths, tmp_path: Path, kind: str
) -> None:
    make, reason = BAD_BACKUPS[kind]
    good = backups.backup_now(demo_paths, keep=10)
    bad = tmp_path / f"{kind}.db"
    make(good, bad)
    before = sorted(p.name for p in demo_paths.backups_dir.iterdir())
    with pytest.raises(StoreError) as caught:
        backups.restore_store(demo_paths, bad)
    assert reason in str(caught.value) and "\n" not in str(caught.value)
    assert sorted(p.name for p in demo_paths.backups_dir.iterdir()) == before  # no pre-restore copy either
    assert _meetings(demo_paths) == 1


def test_restore_accepts_a_complete_backup(demo_paths: AppPaths) -> None:
    services = open_services(demo_paths)
    empty = backups.backup_now(demo_paths, keep=10)
    services.close()
    conn = sqlite3.connect(str(empty))
    conn.execute("DELETE FROM meeting")  # cascades are not needed for the check: the schema is whole
    conn.commit()
    conn.close()
    saved = backups.restore_store(demo_paths, empty)
    assert saved is not None and saved.exists()
    assert _meetings(demo_paths) == 0


def test_the_newest_good_backup_skips_bad_ones_with_their_reasons(demo_paths: AppPaths) -> None:
    good = backups.backup_now(demo_paths, keep=10)
    folder = demo_paths.backups_dir
    empty = folder / "minutes-manual-29990101-000000-000000.db"
    empty.write_bytes(b"")
    missing_table = folder / "minutes-daily-29980101-000000-000000.db"
    _edited("DROP TABLE follow_up")(good, missing_table)
    scan = backups.newest_good_backup(demo_paths)
    assert scan.good == good
    assert [path for path, _reason in scan.skipped] == [empty, missing_table]
    assert "empty" in scan.skipped[0][1] and "table follow_up is missing" in scan.skipped[1][1]


def _check(paths: AppPaths, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """Run `minutes-app check` in this process; (exit status, the one line it printed)."""
    status = cli_main(["--db", paths.db_url if paths.db_file is None else str(paths.db_file), "check"])
    out = capsys.readouterr()
    return status, (out.out + out.err).strip()


def test_check_names_a_missing_table(demo_paths: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    assert _check(demo_paths, capsys)[0] == 0
    assert demo_paths.db_file is not None
    conn = sqlite3.connect(str(demo_paths.db_file))  # the store is closed: no process holds it
    conn.execute("DROP TABLE follow_up_note")
    conn.commit()
    conn.close()
    sqlite_files.check_file(demo_paths.db_file, quick=False)  # SQLite itself finds nothing wrong
    status, said = _check(demo_paths, capsys)
    assert status == 1 and "table follow_up_note is missing" in said and "\n" not in said
    with pytest.raises(StoreError) as caught:
        check_store(demo_paths)
    assert caught.value.reason == "incomplete"


def test_check_names_a_missing_table_on_postgresql(pg_paths: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    open_services(pg_paths).close()
    assert _check(pg_paths, capsys)[0] == 0
    from sqlalchemy import create_engine, text

    engine = create_engine(pg_paths.db_url)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE follow_up_note"))
        conn.execute(text("DROP INDEX ix_meeting_date"))
    engine.dispose()
    status, said = _check(pg_paths, capsys)
    assert status == 1 and "table follow_up_note is missing; index ix_meeting_date is missing" in said
