"""`search` and `dossier` on the command line, in a subprocess, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from minutes_app.domain import records as r
from minutes_app.paths import AppPaths
from minutes_app.services import open_services


def run(paths: AppPaths, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m minutes_app` on the store at `paths`."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    command = [sys.executable, "-m", "minutes_app", "--data-dir", str(paths.data_dir), "--db", paths.db_url, *args]
    return subprocess.run(command, check=False, capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture
def store(any_paths: AppPaths) -> AppPaths:
    """A store on each engine holding the names of the issue's examples."""
    services = open_services(any_paths)
    try:
        save_person, save_org = services.directory.save_person, services.directory.save_organisation
        sheki = save_org(r.Organisation(name="Şəki Rayon İcra Hakimiyyəti", country="AZ"))
        save_person(r.Person(name="Elnur Əliyev", organisation_id=sheki.id))
        save_person(r.Person(name="Mikayıl Cabbarov", position="Minister of Economy"))
        save_person(r.Person(name="Руслан Эдельгериев"))
        save_person(r.Person(name="Пётр Ёлкин"))
        services.meetings.save(
            r.Meeting(
                title="Visit to the north-west",
                date=dt.date(2026, 5, 4),
                countries=["RU"],
                venue="Işıq hall",
                follow_ups=[r.FollowUp(description="Send the programme to Елкин", due_date=dt.date(2026, 6, 1))],
            )
        )
    finally:
        services.close()
    return any_paths


EXAMPLES = [
    ("aliyev", "Elnur Əliyev"),
    ("eliyev", "Elnur Əliyev"),
    ("seki", "Şəki Rayon İcra Hakimiyyəti"),
    ("isiq", "Visit to the north-west"),
    ("edelgeriev", "Руслан Эдельгериев"),
    ("cabbarov", "Mikayıl Cabbarov"),
    ("ёлкин", "Send the programme to Елкин"),
    ("елкин", "Пётр Ёлкин"),
]


def test_every_example_as_json(store: AppPaths) -> None:
    for query, title in EXAMPLES:
        result = run(store, "search", "--json", query)
        assert result.returncode == 0, result.stderr
        assert title in [hit["title"] for hit in json.loads(result.stdout)], query


def test_text_output_is_grouped(store: AppPaths) -> None:
    out = run(store, "search", "Ёлкин").stdout
    assert out.index("People (1)") < out.index("Follow-ups (1)")
    assert "Пётр Ёлкин" in out and "Send the programme to Елкин" in out and "meeting #1" in out
    several = run(store, "search", "elnur", "aliyev").stdout  # words as separate arguments
    assert "Elnur Əliyev" in several
    assert run(store, "search", "zzzz").stdout.strip() == "No matches."


ODD_QUERIES = ['"', "*", "-", "NEAR(", "'; DROP TABLE meeting; --", "aliyev OR NOT", "\x01\x1f", "ə" * 60_000]


def test_odd_queries_never_fail(store: AppPaths) -> None:
    for query in ODD_QUERIES:  # the last is 120 KB, near the limit of one argument on Linux
        result = run(store, "search", "--json", "--", query)
        assert result.returncode == 0 and "Traceback" not in result.stderr, query[:20]
        assert isinstance(json.loads(result.stdout), list)
    assert "Elnur Əliyev" in run(store, "search", "aliyev").stdout


def test_dossier(store: AppPaths) -> None:
    listed = run(store, "dossier")
    assert listed.returncode == 0 and "RU" in listed.stdout and "Russia" in listed.stdout
    data = json.loads(run(store, "dossier", "ru", "--json").stdout)
    assert data["country"] == "RU" and [m["title"] for m in data["meetings"]] == ["Visit to the north-west"]
    assert [f["description"] for f in data["open_follow_ups"]] == ["Send the programme to Елкин"]
    text = run(store, "dossier", "RU").stdout
    assert "Russia (RU)" in text and "Meetings: 1" in text and "Send the programme" in text
    bad = run(store, "dossier", "XX")
    assert bad.returncode == 1 and "XX" in bad.stderr and "Traceback" not in bad.stderr
