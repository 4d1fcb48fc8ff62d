"""The warning shown at start when the data file lives on a network file system."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from minutes_app.paths import AppPaths
from minutes_app.services import backups

Detector = Callable[[Path], str | None]


def network_store_message(paths: AppPaths, detect: Detector | None = None) -> str | None:
    """The warning's text for a store on a network file system, None otherwise."""
    if paths.db_file is None:
        return None
    fs_type = (detect or backups.network_filesystem)(paths.db_file)
    if fs_type is None:
        return None
    return (
        QCoreApplication.translate(
            "NetworkWarning",
            "The data file “%1” is on a network file system (%2).\n\n"
            "SQLite data files get damaged there when more than one computer uses them. Keep the data file "
            "on this computer, or let your team share the minutes through the team server (PostgreSQL): ask "
            "your administrator for its address and start the app with --db postgresql+psycopg://user@server/minutes.",
        )
        .replace("%1", str(paths.db_file))
        .replace("%2", fs_type)
    )


def warn_about_network_store(
    paths: AppPaths, parent: QWidget | None, detect: Detector | None = None
) -> QMessageBox | None:
    """Show the warning beside the window (not modal) when the store is on a network file system."""
    text = network_store_message(paths, detect)
    if text is None:
        return None
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("NetworkWarning", "Data file on a network drive"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setModal(False)
    box.show()
    return box
