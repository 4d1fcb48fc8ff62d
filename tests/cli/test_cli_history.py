"""`minutes-app history`: the audit trail of a record on the command line, as sentences and as JSON."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

from minutes_app.domain import records as r
from minutes_app.paths import resolve_paths
from minutes_app.services import audit, open_services
from tests.cli.test_cli import run


def _changed_meeting(data: Path) -> tuple[int, int]:
    services = open_services(resolve_paths(data_dir=str(data)))
    try:
        saved = services.meetings.save(
            r.Meeting(
                title="Talks on transit",
                date=dt.date(2027, 3, 12),
                decisions=[r.Decision(text="Meet again"), r.Decision(text="Draft a memorandum")],
                follow_ups=[r.FollowUp(description="Send the draft")],
            )
        )
        decisions = [saved.decisions[0], replace(saved.decisions[1], text="Sign a memorandum")]
        services.meetings.save(replace(saved, decisions=decisions))
        follow_up_id = saved.follow_ups[0].id or 0
        services.follow_ups.change_status(follow_up_id, "done")
        return saved.id or 0, follow_up_id
    finally:
        services.close()


def test_history_of_a_meeting_names_field_user_and_old_value(tmp_path: Path) -> None:
    data = tmp_path / "data"
    meeting_id, follow_up_id = _changed_meeting(data)
    result = run("history", "meeting", str(meeting_id), data=data)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    who = audit.os_user()
    assert lines[0].startswith(f"Follow-up #{follow_up_id} status changed by {who} on ")
    assert lines[0].endswith("was: “open”, now: “done”")
    assert lines[1].startswith(f"Follow-up #{follow_up_id} completed on changed by {who} on ")
    assert lines[2].startswith(f"Decision 2 text changed by {who} on ")
    assert "was: “Draft a memorandum”, now: “Sign a memorandum”" in lines[2]
    assert lines[-2].startswith(f"Follow-up #{follow_up_id} created by {who}")
    assert lines[-1].startswith(f"Meeting created by {who} on ") and lines[-1].endswith("“Talks on transit”")


def test_history_as_json_and_of_a_follow_up(tmp_path: Path) -> None:
    data = tmp_path / "data"
    meeting_id, follow_up_id = _changed_meeting(data)
    entries = json.loads(run("history", "follow-up", str(follow_up_id), "--json", data=data).stdout)
    assert [(e["action"], e["field"], e["old_value"], e["new_value"]) for e in entries][:2] == [
        ("changed", "status", "open", "done"),
        ("changed", "completed_on", "", dt.date.today().isoformat()),
    ]
    assert entries[0]["changed_by"] == audit.os_user() and entries[0]["meeting_id"] == meeting_id
    nothing = run("history", "person", "999", data=data)
    assert nothing.returncode == 0 and "No changes recorded for person 999." in nothing.stdout
