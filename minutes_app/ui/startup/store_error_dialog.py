"""The dialog shown when the store cannot be opened: what happened, and the ways out."""

from __future__ import annotations

import datetime as dt
import enum
import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from minutes_app import APP_NAME
from minutes_app.domain.errors import StoreError
from minutes_app.paths import AppPaths

# How many refused backups the dialog names.
SHOWN_SKIPPED = 5


class StoreChoice(enum.Enum):
    """What the person chose to do about a store that cannot be opened."""

    RESTORE_BACKUP = "restore_backup"
    OPEN_OTHER = "open_other"
    CREATE_NEW = "create_new"
    QUIT = "quit"


class StoreErrorDialog(QMessageBox):
    """Says why the store cannot be opened, that it was left unchanged, and offers the ways out."""

    def __init__(
        self,
        paths: AppPaths,
        error: StoreError,
        backup: Path | None,
        parent: QWidget | None = None,
        *,
        skipped: Sequence[tuple[Path, str]] = (),
    ) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("%1 cannot open its data").replace("%1", APP_NAME))
        self.setText(f"<b>{html.escape(self.headline(error.reason))}</b>")
        self.setInformativeText(self._explanation(paths, error, backup, skipped))
        self.setDetailedText(str(error))
        self.restore_button = None
        if backup is not None and error.reason != "unreadable":  # never restore over a healthy file
            self.restore_button = self.addButton(
                self.tr("&Restore the backup of %1").replace("%1", _backup_time(backup)),
                QMessageBox.ButtonRole.AcceptRole,
            )
        self.open_button = self.addButton(self.tr("&Open another data file…"), QMessageBox.ButtonRole.ActionRole)
        self.new_button = self.addButton(self.tr("Start a &new data file…"), QMessageBox.ButtonRole.ActionRole)
        self.quit_button = self.addButton(self.tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.restore_button or self.quit_button)
        self.setEscapeButton(self.quit_button)

    def headline(self, reason: str) -> str:
        """One sentence saying what is wrong, by the store error's reason."""
        if reason == "not_a_database":
            return self.tr("The data file is not a Minutes App database.")
        if reason == "unreadable":
            return self.tr("The data file cannot be read by this user (permission denied).")
        if reason == "damaged":
            return self.tr("The data file is damaged.")
        if reason == "too_new":
            return self.tr("The data file was written by a newer version of Minutes App.")
        if reason == "unwritable":
            return self.tr("The data file or its folder cannot be written to.")
        if reason == "not_ours":
            return self.tr("The data file holds another program's database.")
        if reason == "migration_failed":
            return self.tr("Updating the data file for this version of the app failed.")
        if reason == "missing":
            return self.tr("The data file does not exist.")
        if reason == "disk_full":
            return self.tr("The disk is full: the data file could not be updated for this version of the app.")
        return self.tr("The data cannot be opened.")

    def _explanation(
        self,
        paths: AppPaths,
        error: StoreError,
        backup: Path | None,
        skipped: Sequence[tuple[Path, str]],
    ) -> str:
        parts = [
            self.tr("File: %1").replace("%1", paths.display_location()),
            self.tr("The file was not changed."),
        ]
        if error.reason == "too_new":
            parts.append(self.tr("Install the newer version of the app to open it, or work on another file."))
        if error.reason == "unwritable":
            parts.append(self.tr("Check the folder's permissions or free disk space, or open a file elsewhere."))
        if error.reason == "unreadable":
            parts.append(
                self.tr(
                    "Nothing is wrong with the file itself: ask whoever owns it, or your IT support, to let you read it."
                )
            )
        if error.reason == "disk_full":
            parts.append(self.tr("Free some space on the disk, then open the app again."))
        if error.reason == "unreadable":
            pass  # a backup is no answer to a permission
        elif backup is not None:
            parts.append(
                self.tr(
                    "You can restore the latest good backup (%1). The file as it is now is kept in the backups folder."
                ).replace("%1", backup.name)
            )
        else:
            parts.append(self.tr("There is no backup to restore."))
        if skipped:
            lines = [f"{path.name}: {reason}" for path, reason in skipped[:SHOWN_SKIPPED]]
            if len(skipped) > SHOWN_SKIPPED:
                lines.append(self.tr("and %n more", "", len(skipped) - SHOWN_SKIPPED))
            heading = self.tr("Newer backups that cannot be restored, skipped:")
            parts.append("\n".join([heading, *lines]))
        parts.append(self.tr("You can also open another data file, start a new one, or quit."))
        return "<br><br>".join(html.escape(p).replace("\n", "<br>") for p in parts)

    def choice(self) -> StoreChoice:
        """The way out the person clicked (Quit when the dialog was closed)."""
        clicked = self.clickedButton()
        if clicked is not None and clicked is self.restore_button:
            return StoreChoice.RESTORE_BACKUP
        if clicked is self.open_button:
            return StoreChoice.OPEN_OTHER
        if clicked is self.new_button:
            return StoreChoice.CREATE_NEW
        return StoreChoice.QUIT


def _backup_time(backup: Path) -> str:
    stamp = dt.datetime.fromtimestamp(backup.stat().st_mtime)
    return stamp.strftime("%Y-%m-%d %H:%M")
