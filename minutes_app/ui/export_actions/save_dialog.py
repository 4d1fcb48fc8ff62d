"""The save dialog for exports: starts in the folder last used for that kind of file and remembers the new one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

LAST_FOLDER_KEY = "export/last_folder/"  # + the kind of export ("report", "xlsx", "csv", "ics", ...)


def default_folder() -> Path:
    """Where a first export is offered: the Documents folder, else the home folder."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def last_folder(settings: QSettings, kind: str) -> Path:
    """The folder the last export of `kind` went to (while it still exists)."""
    stored = str(settings.value(LAST_FOLDER_KEY + kind, "") or "")
    return Path(stored) if stored and Path(stored).is_dir() else default_folder()


def remember_folder(settings: QSettings, kind: str, folder: Path) -> None:
    """Offer `folder` first for the next export of `kind`."""
    settings.setValue(LAST_FOLDER_KEY + kind, str(folder))


def choose_export_path(
    parent: QWidget | None,
    settings: QSettings,
    *,
    kind: str,
    caption: str,
    file_types: str,
    suggested_name: str,
    suffix: str,
) -> Path | None:
    """Ask where to save; adds `suffix` when the name has none; None when the person cancels."""
    start = last_folder(settings, kind) / suggested_name
    chosen, _ = QFileDialog.getSaveFileName(parent, caption, str(start), file_types)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suffix.lower():
        path = path.with_name(path.name + suffix)
    remember_folder(settings, kind, path.parent)
    return path
