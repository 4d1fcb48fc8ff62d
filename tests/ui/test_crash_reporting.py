"""Uncaught errors are logged with their traceback and shown in a dialog naming the log; the app goes on."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from minutes_app.ui.startup.crash_reporting import (
    LOG_FILE_NAME,
    CrashReporter,
    configure_logging,
    install_crash_reporter,
)


def _flush() -> None:
    for handler in logging.getLogger("minutes_app").handlers:
        handler.flush()


def test_an_uncaught_error_is_logged_and_shown(qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    reporter = CrashReporter(configure_logging(tmp_path / "logs"))
    try:
        raise ValueError("the follow-up table lost its rows")
    except ValueError as error:
        reporter(type(error), error, error.__traceback__)
    _flush()
    log_file = tmp_path / "logs" / LOG_FILE_NAME
    text = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text
    assert "ValueError: the follow-up table lost its rows" in text
    assert "test_an_uncaught_error_is_logged_and_shown" in text
    assert len(shown) == 1
    assert str(log_file) in shown[0] and "the follow-up table lost its rows" in shown[0]


def test_install_replaces_the_excepthook(qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    reporter = install_crash_reporter(tmp_path / "logs")
    assert sys.excepthook is reporter
    assert reporter.log_file == tmp_path / "logs" / LOG_FILE_NAME
