"""Recovery copies of unsaved editor work: faithful round trip, atomic writes, damaged files skipped, crashed writers found."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from minutes_app.domain import records as r
from minutes_app.paths import AppPaths, resolve_paths
from minutes_app.services import recovery
from minutes_app.services.recovery import (
    RecoveryFileError,
    abandoned_recoveries,
    discard_recovery,
    list_recoveries,
    read_recovery,
    recovery_path,
    write_recovery,
)

HOSTILE = "NUL\x00 tab\t ə ı Эдельгериев 🇦🇿 שלום \u202e ../../etc \ud800 '; DROP TABLE meetings; --"


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    """A data folder of this test's own (no store needed: recovery copies are plain files)."""
    return resolve_paths(data_dir=str(tmp_path / "data"))


def dead_pid() -> int:
    """The id of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def draft() -> r.Meeting:
    """An unsaved, partly invalid meeting: no title, a decision pointing nowhere, hostile text everywhere."""
    return r.Meeting(
        id=12,
        version=4,
        title="",
        date=dt.date(2026, 11, 27),
        start_time=dt.time(11, 0),
        end_time=dt.time(9, 30),
        venue=HOSTILE,
        countries=["RU", "AZ"],
        topic_ids=[3, 1],
        summary=HOSTILE * 3,
        host_organisation_id=7,
        attendances=[
            r.Attendance(
                id=5,
                person_id=9,
                organisation_id=2,
                side="guest",
                role="head_of_delegation",
                precedence=0,
                position=HOSTILE,
            ),
            r.Attendance(person_id=None, organisation_id=4, side="other", present=False),
        ],
        agenda=[r.AgendaItem(id=30, title="Trade", notes=HOSTILE), r.AgendaItem(title="")],
        decisions=[r.Decision(text="Agreed", agenda_index=5)],
        follow_ups=[
            r.FollowUp(
                id=40,
                meeting_id=12,
                description=HOSTILE,
                due_date=dt.date(2027, 1, 15),
                status="done",
                completed_on=dt.date(2026, 11, 20),
                version=6,
                owner_id=9,
                topic_id=3,
                agenda_index=0,
            ),
            r.FollowUp(description="", priority="urgent"),
        ],
    )


def test_a_draft_comes_back_exactly_as_written_without_validation(paths: AppPaths) -> None:
    meeting = draft()
    path = write_recovery(paths, meeting, pid=4321, now=dt.datetime(2026, 11, 27, 9, 15, tzinfo=dt.UTC))
    assert path == paths.recovery_dir / "meeting-12-4321.json"
    assert read_recovery(path) == meeting  # every field the editor edits, hostile text and versions included
    [listed] = list_recoveries(paths)
    assert (listed.pid, listed.meeting_id, listed.meeting_version, listed.title) == (4321, 12, 4, "")
    assert listed.saved_at == dt.datetime(2026, 11, 27, 9, 15, tzinfo=dt.UTC)


def test_a_new_meeting_is_named_new_and_the_folder_is_private(paths: AppPaths) -> None:
    path = write_recovery(paths, r.Meeting(title="Draft"), pid=77)
    assert path.name == "meeting-new-77.json"
    assert recovery_path(paths, None, 77) == path
    if os.name == "posix":
        assert paths.recovery_dir.stat().st_mode & 0o077 == 0
        assert path.stat().st_mode & 0o077 == 0


def test_writing_again_replaces_the_file_and_leaves_no_temporary_files(paths: AppPaths) -> None:
    write_recovery(paths, r.Meeting(id=3, title="First"), pid=10)
    write_recovery(paths, r.Meeting(id=3, title="Second"), pid=10)
    assert [p.name for p in paths.recovery_dir.iterdir()] == ["meeting-3-10.json"]
    assert read_recovery(paths.recovery_dir / "meeting-3-10.json").title == "Second"


def test_a_failed_write_keeps_the_previous_copy(paths: AppPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_recovery(paths, r.Meeting(id=3, title="Kept"), pid=10)

    def full_disk(self: Path, *args: object, **kwargs: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_text", full_disk)
    with pytest.raises(Exception, match="disk is full"):
        write_recovery(paths, r.Meeting(id=3, title="Lost"), pid=10)
    monkeypatch.undo()
    assert read_recovery(path).title == "Kept"
    assert [p.name for p in paths.recovery_dir.iterdir()] == ["meeting-3-10.json"]


@pytest.mark.parametrize(
    "content",
    [
        b"",  # created, never written
        b'{"format": "minutes-app-recovery", "format_version": 1, "pid": 5, "sav',  # cut off mid-write
        b"\xff\xfe\x00garbage",  # not text
        b"[1, 2, 3]",  # JSON, but not ours
        b'{"format": "something-else"}',
        b'{"format": "minutes-app-recovery", "format_version": 99}',
        b'{"format": "minutes-app-recovery", "format_version": 1, "pid": 5, "saved_at": "2026-11-27T09:00:00+00:00", "meeting": {}}',
        b"[" * 100_000,  # nested too deep for the parser
    ],
)
def test_damaged_files_are_skipped_with_a_log_line(
    paths: AppPaths, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    good = write_recovery(paths, r.Meeting(title="Good"), pid=1)
    bad = paths.recovery_dir / "meeting-8-2.json"
    bad.write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="minutes_app.services.recovery"):
        assert [item.path for item in list_recoveries(paths)] == [good]
    assert "meeting-8-2.json" in caplog.text
    with pytest.raises(RecoveryFileError):
        read_recovery(bad)
    assert bad.exists()  # never deleted behind the officer's back


def test_wrong_types_inside_a_well_formed_file_are_refused(paths: AppPaths) -> None:
    path = write_recovery(paths, draft(), pid=1)
    original = path.read_text()
    for field, value in (
        ("date", "2026-02-31"),
        ("id", "12"),
        ("attendances", {}),
        ("topic_ids", [True]),
        ("title", None),
    ):
        document = json.loads(original)
        document["meeting"][field] = value
        path.write_text(json.dumps(document))
        with pytest.raises(RecoveryFileError, match=field):
            read_recovery(path)


def test_only_copies_whose_writer_is_gone_are_offered(paths: AppPaths) -> None:
    crashed = write_recovery(paths, r.Meeting(id=1, title="Crashed"), pid=dead_pid())
    running = write_recovery(paths, r.Meeting(id=2, title="Open in another window"), pid=os.getppid())
    earlier_same_id = write_recovery(paths, r.Meeting(id=3, title="Same process id as ours"), pid=os.getpid())
    offered = {item.path for item in abandoned_recoveries(paths)}
    assert offered == {crashed, earlier_same_id}
    assert running.exists()


def test_half_written_files_of_a_killed_writer_are_cleared(paths: AppPaths) -> None:
    paths.recovery_dir.mkdir(parents=True)
    gone = dead_pid()
    stale = paths.recovery_dir / f".meeting-4-{gone}.json.x1y2.part"
    live = paths.recovery_dir / f".meeting-4-{os.getppid()}.json.x1y2.part"
    stale.write_text("{")
    live.write_text("{")
    assert abandoned_recoveries(paths) == []
    assert not stale.exists() and live.exists()


def test_discarding_is_harmless_twice(paths: AppPaths) -> None:
    path = write_recovery(paths, r.Meeting(title="x"), pid=1)
    discard_recovery(path)
    discard_recovery(path)
    assert not path.exists()
    assert list_recoveries(paths) == []


def test_no_folder_means_nothing_to_recover(paths: AppPaths) -> None:
    assert list_recoveries(paths) == [] and abandoned_recoveries(paths) == []


def test_the_process_check(paths: AppPaths) -> None:
    assert recovery.process_exists(os.getpid())
    assert not recovery.process_exists(dead_pid())
    assert not recovery.process_exists(0) and not recovery.process_exists(-5)
