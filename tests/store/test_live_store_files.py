"""No user-chosen file is ever the open store: a Word template, an export target or a JSON import
that names minutes.db (or its -wal) is refused before it is opened, and the process keeps its locks.

Reading the live database with open() (or renaming a file over it) in the process that has it
open drops that process's POSIX locks; another process then deletes the WAL under it.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from minutes_app import live_store
from minutes_app.domain.errors import MinutesError
from minutes_app.paths import AppPaths
from minutes_app.services import Services, open_services
from minutes_app.services.demo import load_demo
from minutes_app.services.documents import DocumentService
from minutes_app.services.json_io import import_json

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="POSIX locks")

APP = Path(__file__).with_name("lock_safety_app.py")
ROOT = Path(__file__).resolve().parents[2]


def _env() -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
        "PYTHONIOENCODING": "utf-8",
    }


def probe(db: Path) -> str:
    """ "held" while some process holds SQLite's shared lock on `db` (lock_safety_app.probe, in its own process)."""
    done = subprocess.run(
        [sys.executable, str(APP), "--probe", str(db)], capture_output=True, text=True, env=_env(), timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`minutes-app --data-dir DATA ARGS` in its own process."""
    return subprocess.run(
        [sys.executable, "-m", "minutes_app", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
    )


def integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def app(sqlite_paths: AppPaths) -> Iterator[Services]:
    """The store opened in this process as the app opens it, with the sample meeting saved."""
    services = open_services(sqlite_paths)
    load_demo(services)
    yield services
    services.close()


def _link_to_db(services: Services) -> Path:
    db = services.paths.db_file
    assert db is not None
    link = db.parent.parent / "letterhead.docx"
    link.symlink_to(db)
    return link


ATTEMPTS: dict[str, Callable[[Services], object]] = {
    "export over the database": lambda s: DocumentService(s).minutes(1, s.paths.db_file, lang="en"),  # type: ignore[arg-type]
    "export over its WAL": lambda s: DocumentService(s).minutes(1, f"{s.paths.db_file}-wal", lang="en"),
    "export over a hard link to it": lambda s: DocumentService(s).minutes(1, _hard_link(s), lang="en"),
    "calendar over the database": lambda s: DocumentService(s).calendar(s.paths.db_file),  # type: ignore[arg-type]
    "template is the database": lambda s: DocumentService(s).minutes(
        1, s.paths.data_dir.parent / "out.docx", lang="en", template=s.paths.db_file
    ),
    "template is a link to it": lambda s: DocumentService(s).minutes(
        1, s.paths.data_dir.parent / "out.docx", lang="en", template=_link_to_db(s)
    ),
    "template is its WAL": lambda s: DocumentService(s).minutes(
        1, s.paths.data_dir.parent / "out.docx", lang="en", template=f"{s.paths.db_file}-wal"
    ),
    "import of the database": lambda s: import_json(s, s.paths.db_file),  # type: ignore[arg-type]
    "import of its WAL": lambda s: import_json(s, f"{s.paths.db_file}-wal"),
    "import of its SHM": lambda s: import_json(s, f"{s.paths.db_file}-shm"),
}


def _hard_link(services: Services) -> Path:
    db = services.paths.db_file
    assert db is not None
    other = db.parent.parent / "minutes.docx"
    os.link(db, other)
    return other


@pytest.mark.parametrize("attempt", list(ATTEMPTS))
def test_a_chosen_file_that_is_the_open_store_is_refused_and_the_locks_kept(app: Services, attempt: str) -> None:
    db = app.paths.db_file
    assert db is not None
    wal = Path(f"{db}-wal")
    assert wal.exists() and probe(db) == "held"
    with pytest.raises(MinutesError) as refused:
        ATTEMPTS[attempt](app)
    message = str(refused.value)
    assert "Minutes App store" in message and "choose another file" in message and "\n" not in message
    assert probe(db) == "held", "this process lost its shared lock on the store"
    assert cli(app.paths.data_dir, "list", "meetings").returncode == 0  # closes, believing it may be the last user
    assert wal.exists(), "the WAL was deleted under this process"
    app.meetings.save(app.meetings.get(1))  # the store still works here and elsewhere
    assert cli(app.paths.data_dir, "check").returncode == 0
    assert not list(db.parent.glob(".*.part"))


def test_only_an_open_store_is_live(sqlite_paths: AppPaths, tmp_path: Path) -> None:
    db = sqlite_paths.db_file
    assert db is not None
    assert not live_store.is_live_store_file(db)  # nothing open in this process
    services = open_services(sqlite_paths)
    try:
        assert live_store.is_live_store_file(db) and live_store.is_live_store_file(f"{db}-wal")
        assert live_store.is_live_store_file(f"{db}-journal")  # absent, but SQLite would take it for its own
        assert not live_store.is_live_store_file(tmp_path / "elsewhere" / "minutes.db-journal")
        assert not live_store.is_live_store_file(tmp_path / "out.docx")
        copy = tmp_path / "copy.db"
        copy.write_bytes(b"")
        assert not live_store.is_live_store_file(copy)
    finally:
        services.close()
    assert not live_store.is_live_store_file(db)


def _snapshot(db: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT id, title, version FROM meeting ORDER BY id").fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize(
    "args",
    [
        ("export-docx", "1", "{db}"),
        ("export-docx", "1", "{db}-wal"),
        ("export-docx", "1", "{out}", "--template", "{db}"),
        ("import-json", "{db}"),
    ],
    ids=["export-over-db", "export-over-wal", "template-db", "import-db"],
)
def test_the_command_line_refuses_the_store_in_one_line(
    sqlite_paths: AppPaths, tmp_path: Path, args: tuple[str, ...]
) -> None:
    db, data = sqlite_paths.db_file, sqlite_paths.data_dir
    assert db is not None
    assert cli(data, "demo").returncode == 0
    before = _snapshot(db)
    done = cli(data, *(a.format(db=db, out=tmp_path / "out.docx") for a in args))
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "is the Minutes App store" in lines[0] and "choose another file" in lines[0], done.stderr
    assert _snapshot(db) == before
    assert integrity(db) == "ok"
    assert not (tmp_path / "out.docx").exists()
