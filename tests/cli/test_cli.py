"""The command line end to end, in a subprocess like a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, data: Path | None = None, db: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m minutes_app` with the given arguments."""
    prefix: list[str] = []
    if data is not None:
        prefix += ["--data-dir", str(data)]
    if db is not None:
        prefix += ["--db", db]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "minutes_app", *prefix, *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_demo_then_list_and_show_as_json(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("demo", data=data).returncode == 0
    again = run("demo", data=data)
    assert again.returncode == 0 and "already present" in again.stdout
    listed = json.loads(run("list", "meetings", "--json", data=data).stdout)
    assert len(listed) == 1 and listed[0]["countries"] == ["RU"] and listed[0]["open_follow_ups"] == 7
    shown = json.loads(run("show", "meeting", str(listed[0]["id"]), "--json", data=data).stdout)
    names = [a["person"]["name_ru"] for a in shown["attendances"] if a["person"]]
    assert names == ["Микаил Джаббаров", "Руслан Эдельгериев"]
    reps = [a["organisation"]["name"] for a in shown["attendances"] if a["person"] is None]
    assert len(reps) == 4
    assert len(shown["agenda"]) == 6 and len(shown["decisions"]) == 6 and len(shown["follow_ups"]) == 7


def test_text_output_is_readable(tmp_path: Path) -> None:
    data = tmp_path / "data"
    run("demo", data=data)
    out = run("show", "meeting", "1", data=data).stdout
    assert "Guest side:" in out and "Representative of Embassy of the Russian Federation" in out


def test_list_followups_filters(tmp_path: Path) -> None:
    data = tmp_path / "data"
    run("demo", data=data)
    rows = json.loads(
        run("list", "followups", "--json", "--country", "ru", "--status", "open,in_progress", data=data).stdout
    )
    assert len(rows) == 7
    topic = json.loads(run("list", "followups", "--json", "--topic", "Tourism", data=data).stdout)
    assert [r["topic_name"] for r in topic] == ["Tourism"]
    bad = run("list", "followups", "--status", "finished", data=data)
    assert bad.returncode != 0 and "finished" in bad.stderr and "Traceback" not in bad.stderr


def test_json_round_trip_and_corrupt_file(tmp_path: Path) -> None:
    data, other = tmp_path / "data", tmp_path / "other"
    run("demo", data=data)
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert run("export-json", str(first), data=data).returncode == 0
    assert run("import-json", str(first), data=other).returncode == 0
    assert run("export-json", str(second), data=other).returncode == 0
    assert first.read_bytes() == second.read_bytes()
    broken = tmp_path / "broken.json"
    broken.write_text(first.read_text(encoding="utf-8")[:-200], encoding="utf-8")
    empty = tmp_path / "empty"
    result = run("import-json", str(broken), data=empty)
    assert result.returncode != 0 and "not valid JSON" in result.stderr and "Traceback" not in result.stderr
    assert json.loads(run("list", "meetings", "--json", data=empty).stdout) == []


def test_check_on_random_bytes_fails_clearly_and_leaves_the_file(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    payload = os.urandom(4096)
    junk.write_bytes(payload)
    result = run("check", db=str(junk))
    assert result.returncode != 0
    assert "not" in result.stderr and "database" in result.stderr and "Traceback" not in result.stderr
    assert junk.read_bytes() == payload
    assert sorted(p.name for p in tmp_path.iterdir()) == ["junk.db"]


def test_check_and_backup_of_a_sound_store(tmp_path: Path) -> None:
    data = tmp_path / "data"
    run("demo", data=data)
    assert run("check", data=data).returncode == 0
    target = tmp_path / "copy.db"
    assert run("backup", str(target), data=data).returncode == 0
    listed = json.loads(run("list", "meetings", "--json", db=str(target)).stdout)
    assert len(listed) == 1


def test_unknown_meeting_is_one_line_error(tmp_path: Path) -> None:
    result = run("show", "meeting", "42", data=tmp_path / "d")
    assert result.returncode == 1 and result.stderr.strip() == "minutes-app: meeting 42 does not exist"


@pytest.mark.skipif(not os.environ.get("MINUTES_APP_TEST_PG_URL"), reason="MINUTES_APP_TEST_PG_URL is not set")
def test_cli_on_postgresql(pg_paths) -> None:  # type: ignore[no-untyped-def]
    assert run("demo", db=pg_paths.db_url).returncode == 0
    listed = json.loads(run("list", "meetings", "--json", db=pg_paths.db_url).stdout)
    assert len(listed) == 1
    assert run("check", db=pg_paths.db_url).returncode == 0
