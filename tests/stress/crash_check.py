"""Kill writing processes at random moments and prove no committed record was lost.

Two scenarios: a plain writer killed again and again; and the app's start-up path (daily backup,
Back up now, check) in one process while the command line uses the same store in another, both
killed. The second one is the POSIX lock trap of docs/reliability.md.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from minutes_app.paths import resolve_paths
from minutes_app.services import open_services
from minutes_app.store import sqlite_files

WRITER = Path(__file__).with_name("crash_writer.py")
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class CrashReport:
    """What a crash run did and found."""

    runs: int = 0
    kills: int = 0
    cli_kills: int = 0
    records_checked: int = 0
    records_lost: int = 0
    integrity: str = ""


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}


def _record(committed: dict[int, tuple[str, int]], lines: list[str]) -> None:
    for line in lines:
        parts = line.split(" ")
        if len(parts) == 3:  # a line cut by the kill is not a promise
            committed[int(parts[0])] = (parts[1], int(parts[2]))


def run_crash_test(db: Path, *, runs: int, seed: int = 7, max_wait: float = 1.5) -> CrashReport:
    """Start the writer `runs` times, SIGKILL it after a random delay, then check every record."""
    rng = random.Random(seed)
    committed: dict[int, tuple[str, int]] = {}
    report = CrashReport()
    for run in range(runs):
        proc = subprocess.Popen(
            [sys.executable, str(WRITER), str(db), str(run)], stdout=subprocess.PIPE, text=True, env=_env()
        )
        assert proc.stdout is not None
        # The kill clock starts at the first commit, so a slow start on a loaded machine is not a run without work.
        first = proc.stdout.readline()
        time.sleep(rng.uniform(0.3, max_wait))
        os.kill(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
        report.runs += 1
        report.kills += 1 if proc.returncode == -signal.SIGKILL else 0
        _record(committed, [first, *out.splitlines()])
    _verify(db, committed, report)
    return report


# What the second process runs: reads that close normally (the trap's trigger), a check, a backup.
def _cli_commands(data: Path, run: int) -> list[list[str]]:
    return [["list", "meetings"], ["check"], ["backup", str(data / f"cli-backup-{run % 3}.db")]]


def run_two_process_crash_test(data: Path, *, runs: int, seed: int = 11, max_wait: float = 1.5) -> CrashReport:
    """The app's start-up path in one process, the command line in another, both SIGKILLed; then check every record."""
    rng = random.Random(seed)
    committed: dict[int, tuple[str, int]] = {}
    report = CrashReport()
    cli = [sys.executable, "-m", "minutes_app", "--data-dir", str(data)]
    for run in range(runs):
        app = subprocess.Popen(
            [sys.executable, str(WRITER), "--app", str(data), str(run)], stdout=subprocess.PIPE, text=True, env=_env()
        )
        assert app.stdout is not None
        if app.stdout.readline().strip() != "started":
            app.kill()
            raise RuntimeError(f"run {run}: the app process did not start (exit {app.wait()})")
        lines: list[str] = []
        reader = threading.Thread(target=lines.extend, args=(app.stdout or [],))  # keeps the pipe from filling
        reader.start()
        # One command runs to its end while the app is open: it closes believing it may be the last user.
        first = ["demo"] if run == 0 else ["list", "meetings"]
        subprocess.run(cli + first, stdout=subprocess.DEVNULL, env=_env(), timeout=120, check=True)
        other = subprocess.Popen(
            cli + rng.choice(_cli_commands(data, run)), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_env()
        )
        time.sleep(rng.uniform(0.3, max_wait))
        victims = [app, other]
        rng.shuffle(victims)
        for proc in victims:
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
        app.wait()
        reader.join()
        report.cli_kills += 1 if other.wait() == -signal.SIGKILL else 0
        report.runs += 1
        report.kills += 1 if app.returncode == -signal.SIGKILL else 0
        _record(committed, lines)
    db = data / "minutes.db"
    _verify(db, committed, report)
    return report


def _verify(db: Path, committed: dict[int, tuple[str, int]], report: CrashReport) -> None:
    sqlite_files.check_file(db, quick=False)
    report.integrity = "ok"
    services = open_services(resolve_paths(data_dir=str(db.parent), db=str(db)))
    try:
        for meeting_id, (title, follow_ups) in committed.items():
            report.records_checked += 1
            try:
                meeting = services.meetings.get(meeting_id)
            except Exception:  # noqa: BLE001 - any failure to read it back is a lost record
                report.records_lost += 1
                continue
            if meeting.title != title or len(meeting.follow_ups) != follow_ups:
                report.records_lost += 1
    finally:
        services.close()


if __name__ == "__main__":
    import tempfile

    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    scenario = sys.argv[2] if len(sys.argv) > 2 else "writer"
    folder = Path(tempfile.mkdtemp())
    started = time.monotonic()
    if scenario == "two-process":
        result = run_two_process_crash_test(folder / "data", runs=runs)
    else:
        result = run_crash_test(folder / "crash.db", runs=runs)
    print(result, f"in {time.monotonic() - started:.0f} s")
    sys.exit(1 if result.records_lost or result.kills != result.runs else 0)
