"""The team load test in its short form: six officers in six processes for a few seconds on the CI server.

Correctness only (speed lives in the benchmark: `python -m benchmarks.team_load`): no acknowledged
write lost, one audit row per changed field by the officer who saved it, every save heard by every
other officer's listener, no error. Bounded: the run gives up after its time limit and kills its
processes; its database and logins are dropped either way.
"""

from __future__ import annotations

import os

import pytest

from benchmarks.team_load import print_report, run

PG_URL_ENV = "MINUTES_APP_TEST_PG_URL"
TIME_LIMIT_S = 240  # start-up, work and checks; the run raises TimeoutError past it


@pytest.mark.pg
def test_six_officers_on_shared_records_lose_nothing_and_hear_everything(capsys: pytest.CaptureFixture[str]) -> None:
    base = os.environ.get(PG_URL_ENV)
    if not base:
        pytest.skip(f"{PG_URL_ENV} is not set")
    report = run(base, officers=6, seconds=8, hot=1, timeout=TIME_LIMIT_S)
    with capsys.disabled():
        print_report(report)
    assert report.errors == []
    assert report.lost == []
    assert report.saves["meeting save"] > 0 and report.saves["status change"] + report.saves["note"] > 0
    assert report.audit_missing == [] and report.audit_extra == []
    assert report.audit_rows == report.audit_expected > 0
    assert report.notifications_missed == []
    assert report.notifications_expected > 0
    assert report.ok
