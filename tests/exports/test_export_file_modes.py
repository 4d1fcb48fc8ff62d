"""Exports get the permissions the user's umask gives (colleagues can open them on a shared folder);
the store's backups and recovery copies stay readable by their owner only."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from export_samples import follow_up_rows, seed_meeting

from minutes_app.exports.calendar_ics import write_ics
from minutes_app.exports.minutes_docx import write_minutes
from minutes_app.exports.report_docx import write_status_report
from minutes_app.exports.tables import write_csv, write_xlsx
from minutes_app.fsutil import atomic_path
from minutes_app.paths import resolve_paths
from minutes_app.services.recovery import write_recovery
from minutes_app.store.sqlite_files import backup_file

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
TODAY = dt.date(2024, 6, 1)


@pytest.fixture(params=[0o022, 0o027])
def umask(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    old = os.umask(request.param)
    yield request.param
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_every_export_follows_the_umask(umask: int, tmp_path: Path) -> None:
    rows = follow_up_rows(6, today=TODAY)
    written = [
        write_minutes(seed_meeting(), tmp_path / "minutes.docx", lang="ru"),
        write_status_report(rows, tmp_path / "report.docx", lang="en", today=TODAY),
        write_xlsx(rows, tmp_path / "f.xlsx", lang="az"),
        write_csv(rows, tmp_path / "f.csv", lang="en"),
        write_ics([seed_meeting()], rows, tmp_path / "c.ics", installation_id="0123456789abcdef"),
    ]
    assert {path.name: _mode(path) for path in written} == {path.name: 0o666 & ~umask for path in written}
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in written)  # no .part left


def test_private_files_stay_private_whatever_the_umask(umask: int, tmp_path: Path) -> None:
    with atomic_path(tmp_path / "private.bin", private=True) as tmp:
        tmp.write_bytes(b"x")
    assert _mode(tmp_path / "private.bin") == 0o600
    old = tmp_path / "old-backup.db"  # an existing, too open file is replaced by a private one
    old.write_bytes(b"")
    os.chmod(old, 0o644)
    source = tmp_path / "store.db"
    sqlite3.connect(source).close()
    backup_file(source, old)
    assert _mode(old) == 0o600
    paths = resolve_paths(data_dir=str(tmp_path / "data"))
    recovery = write_recovery(paths, seed_meeting(), pid=os.getpid())
    assert _mode(recovery) == 0o600


def test_replacing_an_export_keeps_its_permissions(umask: int, tmp_path: Path) -> None:
    target = tmp_path / "minutes.docx"
    write_minutes(seed_meeting(), target, lang="en")
    os.chmod(target, 0o664)  # shared with the group on purpose
    write_minutes(seed_meeting(), target, lang="en")
    assert _mode(target) == 0o664
