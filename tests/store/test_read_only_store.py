"""A data folder this user cannot write opens read-only: reading works, every write says why it cannot."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from minutes_app.domain.errors import StoreError
from minutes_app.paths import AppPaths, resolve_paths
from minutes_app.services import open_services
from minutes_app.services.demo import load_demo
from minutes_app.store import failures, read_only

REPO = Path(__file__).resolve().parents[2]
READ_ONLY_SENTENCE = failures.SENTENCES[failures.READ_ONLY]


@pytest.fixture
def demo_paths(sqlite_paths: AppPaths) -> AppPaths:
    """A store holding the sample meeting, closed (so no -wal is left beside it)."""
    services = open_services(sqlite_paths)
    load_demo(services)
    services.close()
    return sqlite_paths


def _meeting_titles(db_file: Path) -> list[str]:
    conn = sqlite3.connect(db_file)
    try:
        return [row[0] for row in conn.execute("SELECT title FROM meeting ORDER BY id")]
    finally:
        conn.close()


def test_a_folder_the_user_cannot_write_opens_read_only(monkeypatch, demo_paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    # Root writes anywhere, so the writability check is what the test replaces; SQLite itself then
    # enforces read-only (mode=ro, query_only), for root too.
    monkeypatch.setattr(read_only, "can_write", lambda folder, db_file: False)
    services = open_services(demo_paths)
    try:
        assert services.store.read_only
        meeting = services.meetings.get(services.meetings.list_meetings()[0].id)
        assert services.search.search("Economy") is not None
        with pytest.raises(StoreError) as refused:
            services.meetings.save(meeting)
        assert refused.value.reason == failures.READ_ONLY and str(refused.value) == READ_ONLY_SENTENCE
        with services.store.engine.connect() as conn:  # below the services, SQLite refuses as well
            with pytest.raises(Exception, match="readonly"):
                conn.exec_driver_sql("UPDATE meeting SET title = 'x'")
    finally:
        services.close()
    assert _meeting_titles(demo_paths.db_file) == [meeting.title]  # type: ignore[arg-type]


def test_a_read_only_store_that_needs_an_update_says_why_it_cannot_open(monkeypatch, demo_paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(demo_paths.db_file)  # type: ignore[arg-type]
    conn.execute("UPDATE alembic_version SET version_num = '0001'")
    conn.commit()
    conn.close()
    monkeypatch.setattr(read_only, "can_write", lambda folder, db_file: False)
    with pytest.raises(StoreError) as refused:
        open_services(demo_paths)
    assert refused.value.reason == "unwritable" and "must be updated" in str(refused.value)


@pytest.fixture
def locked_folder(sqlite_paths: AppPaths) -> Iterator[Path]:
    """An empty store copied into a world-readable folder made read-only (0555, the file 0444)."""
    base = Path(tempfile.mkdtemp(prefix="minutes-ro-"))
    base.chmod(0o755)
    folder = base / "data"
    folder.mkdir()
    shutil.copy(sqlite_paths.db_file, folder / "minutes.db")  # type: ignore[arg-type]  # closed: no app holds it
    (folder / "minutes.db").chmod(0o444)
    folder.chmod(0o555)
    yield folder
    folder.chmod(0o755)
    shutil.rmtree(base)


def _as_a_normal_user() -> list[str]:
    """The command prefix that runs a process where folder permissions apply (a non-root user)."""
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: permissions would not apply")
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


def _cli(prefix: list[str], folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "HOME": str(folder.parent)}
    return subprocess.run(
        [*prefix, sys.executable, "-m", "minutes_app", "--data-dir", str(folder), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_the_command_line_on_a_real_read_only_folder_reads_and_refuses_writes_in_words(locked_folder: Path) -> None:
    prefix = _as_a_normal_user()
    listed = _cli(prefix, locked_folder, "list", "meetings")
    assert listed.returncode == 0 and listed.stderr == "", listed.stderr
    written = _cli(prefix, locked_folder, "demo")  # the sample meeting would be written
    assert written.returncode == 1
    assert READ_ONLY_SENTENCE in written.stderr
    assert (
        "Traceback" not in written.stderr
        and "damaged" not in written.stderr
        and "OperationalError" not in written.stderr
    )
    assert sorted(p.name for p in locked_folder.iterdir()) == ["minutes.db"]  # nothing created beside it


def test_opening_never_calls_a_read_only_folder_damaged(locked_folder: Path) -> None:
    prefix = _as_a_normal_user()
    checked = _cli(prefix, locked_folder, "check")
    assert "damaged" not in (checked.stdout + checked.stderr).lower(), checked.stdout + checked.stderr


def test_a_store_writable_again_is_not_read_only(demo_paths: AppPaths) -> None:
    services = open_services(resolve_paths(data_dir=str(demo_paths.data_dir)))
    try:
        assert not services.store.read_only
    finally:
        services.close()
