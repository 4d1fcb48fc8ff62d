"""Export failures in words a person can act on: what was not written, why, and that nothing was damaged."""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from minutes_app.domain.errors import LiveStoreFileError


def failure_reason(error: BaseException) -> str:
    """Why the export failed: a translated sentence for common file errors, else the error's own message."""
    if isinstance(error, LiveStoreFileError):
        return QCoreApplication.translate(
            "ExportErrors", "“%1” is the Minutes App store itself (or one of its own files); choose another file."
        ).replace("%1", error.path)
    cause = error if isinstance(error, OSError) else error.__cause__
    code = cause.errno if isinstance(cause, OSError) else None
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return QCoreApplication.translate(
            "ExportErrors",
            "Permission was refused: the folder may be read-only, or the file may be open in another program.",
        )
    if code == errno.ENOSPC:
        return QCoreApplication.translate("ExportErrors", "The disk is full.")
    if code == errno.ENOENT:
        return QCoreApplication.translate("ExportErrors", "The folder does not exist.")
    if code == errno.ENOTDIR:
        return QCoreApplication.translate("ExportErrors", "Part of the path is a file, not a folder.")
    if code == errno.EISDIR:
        return QCoreApplication.translate("ExportErrors", "A folder of that name is in the way.")
    return str(error)


def export_error_text(path: Path, error: BaseException) -> str:
    """The whole message about a failed export of `path`."""
    return (
        QCoreApplication.translate(
            "ExportErrors", "“%1” was not written.\n\n%2\n\nAny file that was already there is unchanged."
        )
        .replace("%1", str(path))
        .replace("%2", failure_reason(error))
    )


def show_export_error(parent: QWidget | None, title: str, path: Path, error: BaseException) -> None:
    """A warning about a failed export."""
    QMessageBox.warning(parent, title, export_error_text(path, error))
