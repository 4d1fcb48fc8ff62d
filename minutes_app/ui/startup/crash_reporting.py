"""Unexpected errors: logged with their traceback to a rotating file, shown to the person, app kept running."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from minutes_app import APP_ID
from minutes_app.private_log import PrivateRotatingFileHandler
from minutes_app.redaction import describe, format_exception
from minutes_app.ui.team.connection_banner import report_if_lost

LOG_FILE_NAME = f"{APP_ID}.log"
LOG_MAX_BYTES = 1_000_000
LOG_FILES_KEPT = 5
log = logging.getLogger("minutes_app")


def configure_logging(log_dir: Path) -> Path | None:
    """Send the app's log to a rotating file in `log_dir`; returns the file (None: it cannot be written, so stderr)."""
    log.setLevel(logging.INFO)
    log_file = log_dir / LOG_FILE_NAME
    if any(isinstance(h, RotatingFileHandler) and Path(h.baseFilename) == log_file for h in log.handlers):
        return log_file
    try:
        log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler: logging.Handler = PrivateRotatingFileHandler(
            log_file, maxBytes=LOG_MAX_BYTES, backupCount=LOG_FILES_KEPT, encoding="utf-8"
        )
    except OSError as exc:
        # A read-only data folder must not stop the app: it opens read-only and logs to stderr.
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.warning("cannot write the log file %s (%s); logging to stderr", log_file, exc.strerror or exc)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    return log_file


class CrashReporter:
    """An excepthook: logs the traceback and shows a dialog naming the log; never ends the app."""

    def __init__(self, log_file: Path | None) -> None:
        self.log_file = log_file
        self._showing = False

    def __call__(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        if report_if_lost(error):
            # The server or network went away: a banner says so; one line in the log, no traceback.
            log.warning("the database cannot be reached: %s", describe(error))
            return
        # Database errors carry the statement's parameters (a meeting's text): never logged nor shown.
        log.error("unexpected error\n%s", format_exception(kind, error, trace).rstrip())
        if self._showing or QApplication.instance() is None:
            return  # an error while the dialog is up is logged, not stacked on screen
        self._showing = True
        try:
            QMessageBox.critical(QApplication.activeWindow(), self.title(), self.message(error))
        finally:
            self._showing = False

    def title(self) -> str:
        """The dialog's title."""
        return QCoreApplication.translate("CrashReporter", "Unexpected error")

    def message(self, error: BaseException) -> str:
        """The dialog's text: what failed, that work can go on, and where the details are."""
        text = QCoreApplication.translate(
            "CrashReporter",
            "Something went wrong: %1\n\nThe app keeps running; save your work. "
            "The details are in the log file:\n%2\nPlease send it to your IT support.",
        )
        where = (
            str(self.log_file)
            if self.log_file is not None
            else QCoreApplication.translate(
                "CrashReporter", "(the log file could not be written; the details went to the error output)"
            )
        )
        return text.replace("%1", describe(error)).replace("%2", where)


def install_crash_reporter(log_dir: Path) -> CrashReporter:
    """Log to `log_dir` and report every uncaught exception in a dialog."""
    reporter = CrashReporter(configure_logging(log_dir))
    sys.excepthook = reporter
    return reporter
