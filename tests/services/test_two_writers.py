"""Two app instances on one store: stale saves are conflicts, and busy waits never surface as errors."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

from minutes_app.domain.errors import ConflictError
from minutes_app.paths import AppPaths
from minutes_app.services import open_services
from minutes_app.services.demo import load_demo


def test_second_instance_saving_a_stale_meeting_gets_a_conflict(any_paths: AppPaths) -> None:
    first, second = open_services(any_paths), open_services(any_paths)
    try:
        meeting, _ = load_demo(first)
        mine, theirs = first.meetings.get(meeting.id), second.meetings.get(meeting.id)
        first.meetings.save(replace(mine, summary="Edited in window one"))
        with pytest.raises(ConflictError):
            second.meetings.save(replace(theirs, summary="Edited in window two"))
        assert second.meetings.get(meeting.id).summary == "Edited in window one"
        copy = second.meetings.save(
            replace(
                theirs,
                id=None,
                summary="Saved as a copy",
                attendances=[replace(a, id=None) for a in theirs.attendances],
                follow_ups=[],
            )
        )
        assert copy.id != meeting.id and len(first.meetings.list_meetings()) == 2
    finally:
        first.close()
        second.close()


def test_stale_follow_up_status_change_is_a_conflict(any_paths: AppPaths) -> None:
    first, second = open_services(any_paths), open_services(any_paths)
    try:
        meeting, _ = load_demo(first)
        fu = second.follow_ups.get(meeting.follow_ups[0].id)
        first.follow_ups.change_status(fu.id, "done", note="by officer one")
        with pytest.raises(ConflictError):
            second.follow_ups.change_status(fu.id, "cancelled", note="by officer two", expected_version=fu.version)
        assert first.follow_ups.get(fu.id).status == "done"
    finally:
        first.close()
        second.close()


def test_two_processes_writing_at_once_never_see_database_is_locked(sqlite_paths: AppPaths) -> None:
    writer = Path(__file__).resolve().parents[1] / "stress" / "crash_writer.py"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    db = str(sqlite_paths.db_file)
    procs = [
        subprocess.Popen(
            [sys.executable, str(writer), db, str(seed)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for seed in (101, 102)
    ]
    counts = [0, 0]

    def count_lines(index: int) -> None:
        for _line in procs[index].stdout:  # type: ignore[union-attr]
            counts[index] += 1

    readers = [threading.Thread(target=count_lines, args=(i,), daemon=True) for i in range(2)]
    for reader in readers:
        reader.start()
    # Wait until both have committed several meetings while the other was writing too (a busy
    # machine starts them slowly), then stop them.
    deadline = time.monotonic() + 90
    while min(counts) < 5 and time.monotonic() < deadline and all(p.poll() is None for p in procs):
        time.sleep(0.1)
    errors = []
    for proc in procs:
        proc.terminate()
        errors.append(proc.stderr.read())  # type: ignore[union-attr]
        proc.wait(timeout=30)
    for err in errors:
        assert "locked" not in err and "Traceback" not in err, err[-2000:]
    assert min(counts) >= 5, counts
