"""A failed save never puts the record's text in the log, the crash dialog or the CLI's output; the log is 0600."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from minutes_app.domain import records as r
from minutes_app.paths import AppPaths, resolve_paths
from minutes_app.services import open_services
from minutes_app.services.json_io import export_json
from minutes_app.ui.startup.crash_reporting import LOG_FILE_NAME, CrashReporter, configure_logging

SECRET = "Zanzibar-7731 secret talks"


def _refuse_meetings(db_file: Path) -> None:
    """Make every meeting insert fail inside the database, the way a full disk or a lock would."""
    with sqlite3.connect(db_file) as conn:
        conn.execute("CREATE TRIGGER refuse BEFORE INSERT ON meeting BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")


def _drop_handlers(log_file: Path) -> None:
    logger = logging.getLogger("minutes_app")
    for handler in list(logger.handlers):
        if Path(getattr(handler, "baseFilename", "")) == log_file:
            handler.close()
            logger.removeHandler(handler)


def test_a_failed_save_logs_and_shows_no_record_text(
    qtbot, monkeypatch, sqlite_paths: AppPaths, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    assert sqlite_paths.db_file is not None
    _refuse_meetings(sqlite_paths.db_file)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    log_dir = tmp_path / "logs"
    log_file = configure_logging(log_dir)
    try:
        reporter = CrashReporter(log_file)
        services = open_services(sqlite_paths)
        try:
            services.meetings.save(r.Meeting(title=SECRET, date=dt.date(2024, 5, 1), summary=SECRET))
        except Exception as error:  # noqa: BLE001 - the unexpected error the excepthook receives
            reporter(type(error), error, error.__traceback__)
        else:
            pytest.fail("the save should have failed")
        finally:
            services.close()
    finally:
        _drop_handlers(log_file)
    text = (log_dir / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "disk I/O error" in text and "INSERT INTO meeting" in text  # still useful to IT support
    assert SECRET not in text
    # The dialog names the failure in words (store/failures.py), never the statement or its values.
    assert len(shown) == 1 and SECRET not in shown[0] and "The disk reported an error" in shown[0]
    assert stat.S_IMODE((log_dir / LOG_FILE_NAME).stat().st_mode) == 0o600


def test_an_existing_log_file_is_made_private(tmp_path: Path) -> None:
    log_dir = tmp_path / "logs"
    log_dir.mkdir()
    old = log_dir / LOG_FILE_NAME
    old.write_text("old lines\n", encoding="utf-8")
    rotated = log_dir / f"{LOG_FILE_NAME}.1"
    rotated.write_text("older lines\n", encoding="utf-8")
    os.chmod(old, 0o644)
    os.chmod(rotated, 0o644)
    log_file = configure_logging(log_dir)
    try:
        logging.getLogger("minutes_app").warning("a line")
    finally:
        _drop_handlers(log_file)
    assert stat.S_IMODE(old.stat().st_mode) == 0o600
    assert stat.S_IMODE(rotated.stat().st_mode) == 0o600
    assert "old lines" in old.read_text(encoding="utf-8") and "a line" in old.read_text(encoding="utf-8")


def test_the_command_line_prints_one_line_without_the_record(sqlite_paths: AppPaths, tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    other = open_services(resolve_paths(data_dir=str(tmp_path / "other")))
    try:
        other.meetings.save(r.Meeting(title=SECRET, date=dt.date(2024, 5, 1), summary=SECRET))
        export_json(other, source)
    finally:
        other.close()
    assert sqlite_paths.db_file is not None
    _refuse_meetings(sqlite_paths.db_file)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-m", "minutes_app", "--data-dir", str(sqlite_paths.data_dir), "import-json", str(source)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1
    assert SECRET not in done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "The disk reported an error" in done.stderr


def test_a_postgresql_message_loses_its_quoted_values() -> None:
    psycopg = pytest.importorskip("psycopg")
    from sqlalchemy.exc import IntegrityError

    from minutes_app.redaction import describe

    orig = psycopg.errors.UniqueViolation(
        f'duplicate key value violates unique constraint "uq_topic_name"\nDETAIL:  Key (name)=({SECRET}) already exists.'
    )
    error = IntegrityError("INSERT INTO topic (name) VALUES (%(name)s)", {"name": SECRET}, orig)
    line = describe(error)
    assert SECRET not in line and "duplicate key value violates unique constraint" in line and "\n" not in line
    bad_input = psycopg.errors.InvalidTextRepresentation(f'invalid input syntax for type integer: "{SECRET}"')
    assert SECRET not in describe(bad_input)
