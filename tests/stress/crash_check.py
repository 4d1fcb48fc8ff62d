"""Kill a writing process at random moments and prove no committed record was lost."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from minutes_app.paths import resolve_paths
from minutes_app.services import open_services
from minutes_app.store import sqlite_files

WRITER = Path(__file__).with_name("crash_writer.py")


@dataclass
class CrashReport:
    """What a crash run did and found."""

    runs: int = 0
    kills: int = 0
    records_checked: int = 0
    records_lost: int = 0


def run_crash_test(db: Path, *, runs: int, seed: int = 7, max_wait: float = 1.5) -> CrashReport:
    """Start the writer `runs` times, SIGKILL it after a random delay, then check every record."""
    rng = random.Random(seed)
    committed: dict[int, tuple[str, int]] = {}
    report = CrashReport()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).resolve().parents[2]), os.environ.get("PYTHONPATH", "")])}
    for run in range(runs):
        proc = subprocess.Popen([sys.executable, str(WRITER), str(db), str(run)], stdout=subprocess.PIPE, text=True, env=env)
        time.sleep(rng.uniform(0.3, max_wait))
        os.kill(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
        report.runs += 1
        report.kills += 1 if proc.returncode == -signal.SIGKILL else 0
        for line in out.splitlines():
            parts = line.split(" ")
            if len(parts) == 3:  # a line cut by the kill is not a promise
                committed[int(parts[0])] = (parts[1], int(parts[2]))
    sqlite_files.check_file(db, quick=False)
    services = open_services(resolve_paths(db=str(db)))
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
    return report


if __name__ == "__main__":
    import tempfile

    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    folder = Path(tempfile.mkdtemp())
    result = run_crash_test(folder / "crash.db", runs=runs)
    print(result)
    sys.exit(1 if result.records_lost or result.kills != result.runs else 0)
