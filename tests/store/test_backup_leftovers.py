"""A backup killed half way leaves a hidden `.part` and a journal; the next start removes the stale ones only."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from minutes_app.paths import AppPaths
from minutes_app.services import open_services
from minutes_app.store import sqlite_files
from minutes_app.store.backup_leftovers import STALE_AFTER

AN_HOUR_AGO = time.time() - 3600

KILLED_BACKUP = textwrap.dedent(
    """
    import os, sys, time
    from minutes_app.paths import resolve_paths
    from minutes_app.services import backups

    def stall(*args):  # the backup is fully written: be killed before it is renamed into place
        print("written", flush=True)
        time.sleep(600)

    os.replace = stall
    backups.backup_now(resolve_paths(data_dir=sys.argv[1]), keep=14)
    """
)


def _kill_a_backup_half_way(paths: AppPaths) -> Path:
    """Run `Back up now` in another process and kill -9 it before the rename; returns the `.part` left."""
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_BACKUP, str(paths.data_dir)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "written"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    parts = list(paths.backups_dir.glob(".minutes-manual-*.db.*.part"))
    assert len(parts) == 1 and parts[0].stat().st_size > 0
    return parts[0]


def _age(*files: Path, when: float = AN_HOUR_AGO) -> None:
    for path in files:
        os.utime(path, (when, when))


def _place(folder: Path, name: str, *, old: bool = True) -> Path:
    path = folder / name
    path.write_bytes(b"x" * 1024)
    if old:
        _age(path)
    return path


def test_the_next_start_removes_a_killed_backup_s_leftovers_and_nothing_else(sqlite_paths: AppPaths) -> None:
    part = _kill_a_backup_half_way(sqlite_paths)
    folder = sqlite_paths.backups_dir
    journal = _place(folder, f"{part.name}-journal")
    _age(part)
    orphan = _place(folder, "minutes-daily-20260101-090000-000000.db-journal")  # its backup is gone
    kept_backup = folder / "minutes-daily-20260102-090000-000000.db"
    sqlite_files.backup_file(sqlite_paths.db_file, kept_backup)  # type: ignore[arg-type]
    needed_journal = _place(folder, f"{kept_backup.name}-journal")  # may be needed to roll it back
    theirs = [
        _place(folder, ".my-notes.db.abc.part"),
        _place(folder, "report.db-journal"),
        _place(folder, "minutes.db.part"),
    ]
    open_services(sqlite_paths).close()  # the start-up path of the GUI and of every command
    assert not part.exists() and not journal.exists() and not orphan.exists()
    assert kept_backup.exists() and needed_journal.exists() and all(p.exists() for p in theirs)


def test_a_part_still_being_written_is_left_alone(sqlite_paths: AppPaths) -> None:
    folder = sqlite_paths.backups_dir
    folder.mkdir()
    name = ".minutes-manual-20261201-100000-000000.db.k3j4h5g6.part"
    fresh = _place(folder, name, old=False)  # another process is writing it now
    old_journal = _place(folder, f"{name}-journal")  # written once at the start of that backup
    recent = _place(folder, ".minutes-daily-20261201-090000-000000.db.q1w2e3r4.part", old=False)
    _age(recent, when=time.time() - STALE_AFTER.total_seconds() + 60)  # not quite stale yet
    open_services(sqlite_paths).close()
    assert fresh.exists() and old_journal.exists() and recent.exists()


def test_a_command_line_start_cleans_too(sqlite_paths: AppPaths) -> None:
    folder = sqlite_paths.backups_dir
    folder.mkdir()
    part = _place(folder, ".minutes-daily-20261201-090000-000000.db.a1b2c3d4.part")
    result = subprocess.run(
        [sys.executable, "-m", "minutes_app", "--data-dir", str(sqlite_paths.data_dir), "list", "meetings"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert not part.exists()
