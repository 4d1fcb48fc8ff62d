"""The "Open after export" preference (kept in QSettings) and opening a written file with its usual program."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QUrl
from PySide6.QtGui import QAction, QDesktopServices

OPEN_AFTER_KEY = "export/open_after"


def open_after_export(settings: QSettings) -> bool:
    """True when written files should be opened (the default)."""
    return bool(settings.value(OPEN_AFTER_KEY, True, type=bool))


def set_open_after_export(settings: QSettings, on: bool) -> None:
    """Remember whether written files are opened."""
    settings.setValue(OPEN_AFTER_KEY, on)


def open_exported_file(path: Path) -> bool:
    """Open `path` in the program the system uses for it; False when that failed."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


def open_after_action(settings: QSettings, parent: QObject) -> QAction:
    """A checkable menu item bound to the preference."""
    action = QAction(QCoreApplication.translate("ExportActions", "Open after export"), parent)
    action.setCheckable(True)
    action.setChecked(open_after_export(settings))
    action.toggled.connect(lambda on: set_open_after_export(settings, on))
    return action
