"""The short crash test that runs in the suite; `python tests/stress/crash_check.py 200` is the long one."""

from __future__ import annotations

from pathlib import Path

from tests.stress.crash_check import run_crash_test, run_two_process_crash_test


def test_kill_minus_nine_loses_no_committed_record(tmp_path: Path) -> None:
    report = run_crash_test(tmp_path / "crash.db", runs=8, max_wait=1.2)
    assert report.kills == 8
    assert report.records_checked > 8  # the writer got real work done between kills
    assert report.records_lost == 0


def test_app_and_command_line_both_killed_lose_no_committed_record(tmp_path: Path) -> None:
    # The app's start-up path (daily backup, Back up now, check) in one process, the command line
    # in another; once, reading the file with open() made the app lose its locks and its commits.
    report = run_two_process_crash_test(tmp_path / "data", runs=3, max_wait=1.0)
    assert report.kills == 3
    assert report.records_checked > 3
    assert report.records_lost == 0 and report.integrity == "ok"
