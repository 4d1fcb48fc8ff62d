"""Opening the store at start-up, and the ways out when it cannot be opened (never touching a bad file)."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from minutes_app.domain.errors import StoreError
from minutes_app.paths import AppPaths, resolve_paths
from minutes_app.services import Services, backups, open_services
from minutes_app.services.backups import BackupScan
from minutes_app.services.session_marker import ended_uncleanly
from minutes_app.ui.startup.store_error_dialog import StoreChoice, StoreErrorDialog

log = logging.getLogger(__name__)


def latest_good_backup(paths: AppPaths) -> Path | None:
    """The newest backup that is a complete, sound Minutes App store this version can open."""
    return backups.newest_good_backup(paths).good


def ask_store_choice(
    paths: AppPaths,
    error: StoreError,
    scan: BackupScan,
    parent: QWidget | None,
) -> StoreChoice:
    """Show the store error dialog (the good backup, and the newer ones skipped) and return what the person chose."""
    dialog = StoreErrorDialog(paths, error, scan.good, parent, skipped=scan.skipped)
    dialog.exec()
    return dialog.choice()


def open_services_interactively(
    paths: AppPaths, parent: QWidget | None = None, *, defer_check: bool = False
) -> Services | None:
    """Open the store; on a StoreError let the person restore, pick another file or quit (None).

    With `defer_check` the integrity check is left to run beside the window, unless the last
    session on the file ended uncleanly (session_marker): then it runs in full first.
    """
    while True:
        try:
            if defer_check and not ended_uncleanly(paths):
                return open_services(paths, defer_check=True)
            return open_services(paths)
        except StoreError as error:
            log.warning("cannot open the store %s: %s (%s)", paths.display_location(), error, error.reason)
            offer = paths.is_sqlite and error.reason not in (
                "unwritable",
                "disk_full",
                "unreadable",
            )  # nothing to restore from, or nothing wrong with the file
            scan = backups.newest_good_backup(paths) if offer else BackupScan(None, [])
            backup = scan.good
            choice = ask_store_choice(paths, error, scan, parent)
        if choice is StoreChoice.QUIT:
            return None
        if choice is StoreChoice.RESTORE_BACKUP and backup is not None:
            _restore(paths, backup, parent)
        elif choice is StoreChoice.OPEN_OTHER:
            paths = _other_file(paths, parent) or paths
        elif choice is StoreChoice.CREATE_NEW:
            paths = _new_file(paths, parent) or paths


def _restore(paths: AppPaths, backup: Path, parent: QWidget | None) -> None:
    title = QCoreApplication.translate("StoreOpening", "Restore from backup")
    try:
        saved = backups.restore_store(paths, backup)
    except (StoreError, OSError, sqlite3.Error) as error:
        from minutes_app.ui.backups.backup_actions import in_words  # its restore dialog is not needed to open a store

        message = QCoreApplication.translate("StoreOpening", "The backup could not be restored: %1")
        QMessageBox.warning(parent, title, message.replace("%1", in_words(error)))
        return
    log.info("restored %s from %s; the previous file is kept as %s", paths.display_location(), backup, saved)
    if saved is not None:
        message = QCoreApplication.translate("StoreOpening", "Restored from “%1”. The previous file is kept as “%2”.")
        QMessageBox.information(parent, title, message.replace("%1", backup.name).replace("%2", str(saved)))


def _other_file(paths: AppPaths, parent: QWidget | None) -> AppPaths | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("StoreOpening", "Open another data file"),
        str(paths.data_dir),
        QCoreApplication.translate("StoreOpening", "Minutes App data (*.db);;All files (*)"),
    )
    return resolve_paths(data_dir=str(paths.data_dir), db=chosen) if chosen else None


def _new_file(paths: AppPaths, parent: QWidget | None) -> AppPaths | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("StoreOpening", "Start a new data file"),
        str(paths.data_dir / "minutes-new.db"),
        QCoreApplication.translate("StoreOpening", "Minutes App data (*.db)"),
    )
    if not chosen:
        return None
    if Path(chosen).exists():
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("StoreOpening", "Start a new data file"),
            QCoreApplication.translate(
                "StoreOpening", "“%1” already exists. Choose a new name, or open it as another data file."
            ).replace("%1", chosen),
        )
        return None
    return resolve_paths(data_dir=str(paths.data_dir), db=chosen)
