"""Starting the app again (after a change of interface language): the same program with the same arguments."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)
RESTART_NOW_NAME = "restart_now_button"


def restart_command() -> tuple[str, list[str]]:
    """The program and arguments that started this process.

    In a bundle sys.executable is the app itself; from Python, sys.orig_argv keeps the interpreter's
    own options (`-m minutes_app`), which sys.argv has lost.
    """
    if getattr(sys, "frozen", False):
        return sys.executable, sys.argv[1:]
    return sys.executable, list(sys.orig_argv[1:])


def start_again() -> bool:
    """Start a new process of the app (this one is about to end); False when it could not be started."""
    program, arguments = restart_command()
    started = bool(QProcess.startDetached(program, arguments))
    log.info("restarting as %s %s: %s", program, " ".join(arguments), "started" if started else "failed")
    return started


def ask_to_restart(parent: QWidget | None, language_name: str) -> bool:
    """Offer to restart now so every window shows the new language; True for "Restart now"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Restart", "Interface language"))
    box.setText(
        QCoreApplication.translate(
            "Restart", "The menus and page names are now in %1. Restart the app to show every window in it?"
        ).replace("%1", language_name)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Restart", "The window's size and page are kept; an open meeting is closed first, asking to save it."
        )
    )
    restart = box.addButton(QCoreApplication.translate("Restart", "&Restart now"), QMessageBox.ButtonRole.AcceptRole)
    restart.setObjectName(RESTART_NOW_NAME)
    later = box.addButton(QCoreApplication.translate("Restart", "&Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(later)  # a restart closes the window: only on purpose
    box.exec()
    return box.clickedButton() is restart


def report_failed_restart(parent: QWidget | None) -> None:
    """The new process did not start: say how to start it by hand."""
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("Restart", "Interface language"),
        QCoreApplication.translate(
            "Restart", "The app could not start again by itself. Start it again as usual to see the new language."
        ),
    )
