"""A store this user cannot read is "unreadable", never "damaged"; a read-only store backs up, and refuses a restore in words.

Tests run as root, who reads and writes anything: the in-process tests replace read_only.can_read /
can_write, and the command-line tests run the CLI as the `nobody` user with setpriv, where the
permissions apply for real (as tests/store/test_read_only_store.py does).
"""

from __future__ import annotations

import errno
import hashlib
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
from minutes_app.paths import AppPaths
from minutes_app.services import backups, open_services
from minutes_app.services.demo import load_demo
from minutes_app.store import failures, read_only, sqlite_files
from minutes_app.store.store_check import check_store

REPO = Path(__file__).resolve().parents[2]
READ_ONLY_SENTENCE = failures.SENTENCES[failures.READ_ONLY]
UNREADABLE = "cannot be read by this user (permission denied): ask whoever owns it, or your IT support"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def demo_paths(sqlite_paths: AppPaths) -> AppPaths:
    services = open_services(sqlite_paths)
    load_demo(services)
    services.close()
    return sqlite_paths


def _as_nobody() -> list[str]:
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: permissions would not apply")
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


def _cli(prefix: list[str], home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "HOME": str(home)}
    return subprocess.run(
        [*prefix, sys.executable, "-m", "minutes_app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture
def open_base() -> Iterator[Path]:
    """A folder everyone may enter and write (the CLI runs as `nobody` in it)."""
    base = Path(tempfile.mkdtemp(prefix="minutes-perm-"))
    base.chmod(0o777)
    yield base
    for path in base.rglob("*"):
        if path.is_dir():
            path.chmod(0o755)
    shutil.rmtree(base)


def _store_in(folder: Path, demo_paths: AppPaths, *, file_mode: int, folder_mode: int) -> Path:
    folder.mkdir()
    db = folder / "minutes.db"
    shutil.copy(demo_paths.db_file, db)  # type: ignore[arg-type]
    db.chmod(file_mode)
    folder.chmod(folder_mode)
    return db


# --- a store this user cannot read ---------------------------------------------------------------


def test_an_unreadable_store_is_not_called_damaged(monkeypatch, demo_paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    before = _digest(demo_paths.db_file)  # type: ignore[arg-type]
    monkeypatch.setattr(read_only, "can_read", lambda db_file: False)
    for attempt in (lambda: open_services(demo_paths), lambda: check_store(demo_paths)):
        with pytest.raises(StoreError) as refused:
            attempt()
        assert refused.value.reason == "unreadable" and UNREADABLE in str(refused.value)
    assert _digest(demo_paths.db_file) == before  # type: ignore[arg-type]


def test_an_unreadable_backup_is_refused_as_unreadable(monkeypatch, demo_paths: AppPaths, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    backup = backups.backup_store(demo_paths, tmp_path / "b.db")
    monkeypatch.setattr(read_only, "can_read", lambda db_file: db_file != backup)
    with pytest.raises(StoreError) as refused:
        backups.restore_store(demo_paths, backup)
    assert refused.value.reason == "unreadable" and "damaged" not in str(refused.value)


def test_the_command_line_on_a_real_unreadable_store_says_so(open_base: Path, demo_paths: AppPaths) -> None:
    prefix = _as_nobody()
    db = _store_in(open_base / "data", demo_paths, file_mode=0o600, folder_mode=0o755)  # root's private file
    before = _digest(db)
    for command in (["list", "meetings"], ["check"]):
        done = _cli(prefix, open_base, "--data-dir", str(db.parent), *command)
        assert done.returncode == 1, done.stdout + done.stderr
        assert UNREADABLE in done.stderr and "damaged" not in done.stderr, done.stderr
    assert _digest(db) == before


# --- a store this user cannot write ---------------------------------------------------------------


def test_a_read_only_store_backs_up_into_a_writable_folder(open_base: Path, demo_paths: AppPaths) -> None:
    prefix = _as_nobody()
    db = _store_in(open_base / "data", demo_paths, file_mode=0o444, folder_mode=0o555)
    before = _digest(db)
    out = open_base / "out"
    out.mkdir()
    out.chmod(0o777)
    done = _cli(prefix, open_base, "--data-dir", str(db.parent), "backup", str(out / "b.db"))
    assert done.returncode == 0, done.stderr
    assert "readonly" not in done.stderr
    conn = sqlite3.connect(out / "b.db")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM meeting").fetchone()[0] == 1
    conn.close()
    assert _digest(db) == before and sorted(p.name for p in db.parent.iterdir()) == ["minutes.db"]


def test_backup_file_reads_a_read_only_store_through_a_read_only_connection(
    monkeypatch, demo_paths: AppPaths, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(read_only, "can_write", lambda folder, db_file: False)
    opened: list[Path] = []
    real = read_only.connect
    monkeypatch.setattr(read_only, "connect", lambda db_file: opened.append(db_file) or real(db_file))
    monkeypatch.setattr(sqlite3, "connect", _no_read_write_on(demo_paths.db_file, sqlite3.connect))  # type: ignore[arg-type]
    sqlite_files.backup_file(demo_paths.db_file, tmp_path / "b.db")  # type: ignore[arg-type]
    assert demo_paths.db_file in opened
    sqlite_files.check_file(tmp_path / "b.db", quick=False)


def _no_read_write_on(live: Path, real):  # type: ignore[no-untyped-def]
    def connect(database, *args, **kwargs):  # type: ignore[no-untyped-def]
        if not kwargs.get("uri") and Path(str(database)) == live:
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return real(database, *args, **kwargs)

    return connect


def test_a_backup_into_a_folder_that_cannot_be_made_says_so_in_words(open_base: Path, demo_paths: AppPaths) -> None:
    prefix = _as_nobody()
    data = open_base / "data"
    data.mkdir()
    data.chmod(0o777)
    shutil.copy(demo_paths.db_file, data / "minutes.db")  # type: ignore[arg-type]
    (data / "minutes.db").chmod(0o666)
    locked = open_base / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    done = _cli(prefix, open_base, "--data-dir", str(data), "backup", str(locked / "sub" / "b.db"))
    assert done.returncode == 1
    assert f"The folder {locked / 'sub'} cannot be written: permission denied" in done.stderr, done.stderr
    assert "Errno" not in done.stderr


def test_a_restore_into_a_read_only_store_is_refused_at_once_in_words(
    monkeypatch, demo_paths: AppPaths, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    backup = backups.backup_store(demo_paths, tmp_path / "b.db")
    before = _digest(demo_paths.db_file)  # type: ignore[arg-type]
    monkeypatch.setattr(read_only, "can_write", lambda folder, db_file: False)
    with pytest.raises(StoreError) as refused:
        backups.restore_store(demo_paths, backup)
    assert str(refused.value) == READ_ONLY_SENTENCE
    assert _digest(demo_paths.db_file) == before and not demo_paths.backups_dir.exists()  # type: ignore[arg-type]


def test_the_command_line_restore_into_a_real_read_only_folder_says_so(open_base: Path, demo_paths: AppPaths) -> None:
    prefix = _as_nobody()
    backup = backups.backup_store(demo_paths, open_base / "b.db")
    backup.chmod(0o644)
    db = _store_in(open_base / "data", demo_paths, file_mode=0o444, folder_mode=0o555)
    done = _cli(prefix, open_base, "--data-dir", str(db.parent), "restore", str(backup))
    assert done.returncode == 1
    assert READ_ONLY_SENTENCE in done.stderr and "Permission denied" not in done.stderr, done.stderr


def test_errno_words_are_shared_with_exports() -> None:
    from minutes_app.fsutil import explain_folder

    text = explain_folder(OSError(errno.EROFS, "Read-only file system"), Path("/m/backups"), "The backups folder")
    assert (
        text
        == "The backups folder /m/backups cannot be written: the disk is read-only; choose a folder on another disk"
    )
