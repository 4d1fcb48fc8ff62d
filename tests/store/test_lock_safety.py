"""The app never drops its own SQLite locks: two real processes on one store, the app's start-up
path in one (daily backup, Back up now, check) and the command line in the other.

On POSIX, closing any descriptor of a file releases all of the process's locks on it. If the app
read the live file with open() it would lose its shared lock; the next process to close would
believe it was the last, checkpoint and delete the WAL, and the app's later commits would go into
a deleted file (lost at a kill, and written over the others' work at a normal close).
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from minutes_app.paths import AppPaths

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="POSIX locks; /proc is Linux's")

APP = Path(__file__).with_name("lock_safety_app.py")
ROOT = Path(__file__).resolve().parents[2]
START_UP = ("open", "daily", "backup_now", "check")


def _env() -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
        "PYTHONIOENCODING": "utf-8",
    }


class AppProcess:
    """The stand-in app in its own process, one command at a time."""

    def __init__(self, data_dir: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(APP), str(data_dir)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(),
        )

    def do(self, command: str) -> str:
        """Run one command in the app process and return its detail once it has finished."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        answer = self.proc.stdout.readline()
        if not answer.startswith("ok "):
            self.proc.kill()
            raise AssertionError(f"the app process failed at {command!r}: {self.proc.communicate()[1][-3000:]}")
        return answer.strip().split(" ", 2)[2] if answer.count(" ") >= 2 else ""

    def deleted_files(self) -> list[str]:
        """What the app's descriptors point to that has been deleted (a WAL or SHM taken from under it)."""
        fd_dir = Path(f"/proc/{self.proc.pid}/fd")
        found = []
        for fd in fd_dir.iterdir():
            try:
                target = os.readlink(fd)
            except OSError:
                continue  # closed meanwhile
            if target.endswith("(deleted)"):
                found.append(target)
        return found

    def kill(self) -> None:
        """SIGKILL, as a crash or a power button would."""
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.communicate(timeout=30)
        assert self.proc.returncode == -signal.SIGKILL

    def finish(self) -> None:
        """Exit normally after a close."""
        self.do("exit")
        self.proc.communicate(timeout=30)
        assert self.proc.returncode == 0


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`minutes-app --data-dir DATA ARGS` in its own process."""
    done = subprocess.run(
        [sys.executable, "-m", "minutes_app", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done


def probe(db: Path) -> str:
    """ "held" while some process holds SQLite's shared lock on `db` (see lock_safety_app.probe)."""
    done = subprocess.run(
        [sys.executable, str(APP), "--probe", str(db)], capture_output=True, text=True, env=_env(), timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def started_app(data_dir: Path) -> AppProcess:
    """The app process after its whole start-up path."""
    app = AppProcess(data_dir)
    for step in START_UP:
        app.do(step)
    return app


def meeting_titles(data_dir: Path) -> list[str]:
    """The titles every other process sees, read by the command line."""
    return [m["title"] for m in json.loads(cli(data_dir, "list", "meetings", "--json").stdout)]


def integrity(db: Path) -> str:
    """PRAGMA integrity_check in this (the test's) process, which holds nothing else on the file."""
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def test_app_start_up_steps_keep_the_shared_lock(sqlite_paths: AppPaths) -> None:
    db, data = sqlite_paths.db_file, sqlite_paths.data_dir
    assert db is not None
    app = AppProcess(data)
    try:
        for step in START_UP:
            app.do(step)
            assert probe(db) == "held", f"after {step!r} another process could lock the database exclusively"
            cli(data, "list", "meetings")  # closes believing it may be the last user
            assert Path(f"{db}-wal").exists(), f"after {step!r} the WAL was deleted under the app"
            assert app.deleted_files() == [], f"after {step!r} the app writes into deleted files"
        app.do("close")
        app.finish()
    finally:
        if app.proc.poll() is None:
            app.proc.kill()


def test_app_commit_after_another_process_survives_kill(sqlite_paths: AppPaths) -> None:
    db, data = sqlite_paths.db_file, sqlite_paths.data_dir
    assert db is not None
    app = started_app(data)
    try:
        cli(data, "list", "meetings")
        app.do("save kept-through-kill")
    finally:
        app.kill()
    assert "kept-through-kill" in meeting_titles(data)
    assert integrity(db) == "ok"
    cli(data, "check")


def test_normal_close_after_another_process_committed_keeps_both(sqlite_paths: AppPaths) -> None:
    db, data = sqlite_paths.db_file, sqlite_paths.data_dir
    assert db is not None
    app = started_app(data)
    try:
        cli(data, "list", "meetings")
        app.do("save from-the-app")
        cli(data, "demo")  # the other process commits the sample meeting
        app.do("save after-the-other")
        app.do("close")
        app.finish()
    finally:
        if app.proc.poll() is None:
            app.proc.kill()
    assert integrity(db) == "ok"
    titles = meeting_titles(data)
    assert "from-the-app" in titles and "after-the-other" in titles and len(titles) == 3
    cli(data, "check")


def _damaged_store_and_backup(paths: AppPaths) -> Path:
    """Make a good backup, then damage the live file beyond what SQLite opens; returns the backup."""
    from minutes_app.services import backups

    db = paths.db_file
    assert db is not None
    good = backups.backup_now(paths, keep=5)
    db.write_bytes(b"not a database any more " * 400)  # the test process holds nothing on it
    Path(f"{db}-wal").write_bytes(b"frames that may hold committed work")
    return good


def test_restore_over_a_damaged_store_keeps_its_bytes_and_its_wal(sqlite_paths: AppPaths) -> None:
    from minutes_app.services import backups
    from minutes_app.store import sqlite_files

    good = _damaged_store_and_backup(sqlite_paths)
    db = sqlite_paths.db_file
    assert db is not None
    saved = backups.restore_store(sqlite_paths, good)
    assert saved is not None and saved.read_bytes() == b"not a database any more " * 400
    assert Path(f"{saved}-wal").read_bytes() == b"frames that may hold committed work"
    sqlite_files.check_file(db, quick=False)
    assert integrity(db) == "ok"


def test_restore_over_a_damaged_store_another_process_has_open_is_refused(sqlite_paths: AppPaths) -> None:
    from minutes_app.domain.errors import StoreError
    from minutes_app.services import backups

    good = _damaged_store_and_backup(sqlite_paths)
    db = sqlite_paths.db_file
    assert db is not None
    holder = subprocess.Popen(
        [sys.executable, str(APP), "--hold", str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        with pytest.raises(StoreError) as refused:
            backups.restore_store(sqlite_paths, good)
        assert refused.value.reason == "in_use"
    finally:
        holder.communicate(timeout=30)
    assert db.read_bytes() == b"not a database any more " * 400  # nothing moved under the other program
    assert Path(f"{db}-wal").exists()


def test_restore_over_a_damaged_store_this_process_still_has_open_is_refused(sqlite_paths: AppPaths) -> None:
    from minutes_app.domain.errors import StoreError
    from minutes_app.services import backups

    good = _damaged_store_and_backup(sqlite_paths)
    db = sqlite_paths.db_file
    assert db is not None
    still_open = sqlite3.connect(db)  # a connection someone forgot to close: it holds a descriptor
    try:
        with pytest.raises(StoreError) as refused:
            backups.restore_store(sqlite_paths, good)
        assert refused.value.reason == "in_use"
    finally:
        still_open.close()
    assert db.read_bytes() == b"not a database any more " * 400


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_a_backup_never_replaces_the_store_or_its_wal(sqlite_paths: AppPaths, suffix: str) -> None:
    from minutes_app.domain.errors import StoreError
    from minutes_app.services import backups, open_services

    services = open_services(sqlite_paths)  # open, as the app is while `minutes-app backup` runs
    try:
        target = Path(f"{sqlite_paths.db_file}{suffix}")
        inode = target.stat().st_ino
        with pytest.raises(StoreError) as refused:
            backups.backup_store(sqlite_paths, target)
        assert refused.value.reason == "same_file"
        assert target.stat().st_ino == inode
    finally:
        services.close()


def test_the_store_is_not_restored_from_itself(sqlite_paths: AppPaths) -> None:
    from minutes_app.domain.errors import StoreError
    from minutes_app.services import backups

    db = sqlite_paths.db_file
    assert db is not None
    with pytest.raises(StoreError) as refused:
        backups.restore_store(sqlite_paths, db)
    assert refused.value.reason == "same_file"
    assert integrity(db) == "ok"
