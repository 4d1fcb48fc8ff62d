"""File > Back up now and Restore from backup: the dialogs around services.backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from minutes_app.domain.errors import MinutesError
from minutes_app.fsutil import explain_folder
from minutes_app.paths import AppPaths
from minutes_app.services import Services, backups
from minutes_app.ui.backups.restore_dialog import RestoreDialog


def back_up_now(parent: QWidget | None, services: Services) -> Path | None:
    """Make a manual backup beside the data; tells the person when it failed."""
    title = QCoreApplication.translate("BackupActions", "Back up now")
    if services.paths.db_file is None:
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate(
                "BackupActions",
                "Backups from the app are for a data file on this computer. "
                "A server database is backed up by its administrator.",
            ),
        )
        return None
    try:
        return backups.backup_now(services.paths, keep=services.settings.get().backups_to_keep)
    except (MinutesError, OSError, sqlite3.Error) as error:
        message = QCoreApplication.translate("BackupActions", "The backup failed: %1")
        QMessageBox.warning(parent, title, message.replace("%1", in_words(error)))
        return None


def choose_backup_to_restore(parent: QWidget | None, paths: AppPaths) -> Path | None:
    """Ask which backup to restore and confirm that it replaces the current data; None when cancelled."""
    title = QCoreApplication.translate("BackupActions", "Restore from backup")
    if paths.db_file is None:
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate(
                "BackupActions",
                "Restoring from the app is for a data file on this computer.",
            ),
        )
        return None
    dialog = RestoreDialog(paths.backups_dir, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
        return None
    chosen = dialog.chosen
    question = QCoreApplication.translate(
        "BackupActions",
        "Replace all current data with the backup “%1”?\n\n"
        "The current data is saved in the backups folder first. The app reopens on the restored data.",
    )
    answer = QMessageBox.question(
        parent,
        title,
        question.replace("%1", Path(chosen).name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return Path(chosen) if answer == QMessageBox.StandardButton.Yes else None


def restore_and_report(parent: QWidget | None, paths: AppPaths, backup: Path) -> bool:
    """Restore `backup` over the (closed) store and say what happened; False when it was refused."""
    title = QCoreApplication.translate("BackupActions", "Restore from backup")
    try:
        saved = backups.restore_store(paths, backup)
    except (MinutesError, OSError, sqlite3.Error) as error:
        message = QCoreApplication.translate("BackupActions", "Nothing was restored: %1")
        QMessageBox.warning(parent, title, message.replace("%1", in_words(error)))
        return False
    text = QCoreApplication.translate("BackupActions", "The data was restored from “%1”.").replace("%1", backup.name)
    if saved is not None:
        before = QCoreApplication.translate("BackupActions", "The data as it was before is kept as “%1”.")
        text += "\n\n" + before.replace("%1", str(saved))
    QMessageBox.information(parent, title, text)
    return True


def in_words(error: BaseException) -> str:
    """A failed backup or restore as a sentence: an OSError names its file or folder, never "[Errno 13]"."""
    if isinstance(error, OSError):
        where = Path(error.filename) if error.filename else None
        if where is None:
            return error.strerror or str(error)
        return explain_folder(error, where, "The folder" if where.is_dir() or not where.suffix else "The file")
    return str(error)
