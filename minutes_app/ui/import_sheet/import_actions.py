"""File > Import from a spreadsheet and Undo the last spreadsheet import: the steps around the dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from minutes_app.domain.errors import MinutesError
from minutes_app.services import Services
from minutes_app.services.sheet_undo import last_import, undo_last_import
from minutes_app.ui.common.error_messages import describe_error
from minutes_app.ui.import_sheet.import_sheet_dialog import ImportSheetDialog


def import_from_spreadsheet(parent: QWidget | None, services: Services, ui_settings: QSettings) -> bool:
    """Run the import dialog; True when something was imported (the pages then refresh)."""
    dialog = ImportSheetDialog(services, ui_settings, parent)
    dialog.choose_file()
    if not dialog.file_edit.text():
        return False
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_counts is None:
        return False
    result = dialog.result_counts
    QMessageBox.information(
        parent,
        QCoreApplication.translate("ImportActions", "Import from a spreadsheet"),
        QCoreApplication.translate(
            "ImportActions",
            "Imported %1 new meetings, %2 follow-ups and %3 new people. File > Undo the last spreadsheet import takes them back.",
        )
        .replace("%1", str(result.meetings))
        .replace("%2", str(result.follow_ups))
        .replace("%3", str(result.people)),
    )
    return result.follow_ups > 0


def undo_last_spreadsheet_import(parent: QWidget | None, services: Services) -> bool:
    """Ask, then move what the last spreadsheet import created to the trash; True when something moved."""
    title = QCoreApplication.translate("ImportActions", "Undo the last spreadsheet import")
    batch = last_import(services.store)
    if batch is None:
        QMessageBox.information(
            parent, title, QCoreApplication.translate("ImportActions", "There is no spreadsheet import to undo.")
        )
        return False
    question = (
        QCoreApplication.translate(
            "ImportActions",
            "Move everything imported from “%1” to the trash: %2 new meetings with their follow-ups, "
            "and %3 follow-ups added to meetings that were already there?",
        )
        .replace("%1", batch.file)
        .replace("%2", str(len(batch.meetings)))
        .replace("%3", str(len(batch.follow_ups)))
    )
    answer = QMessageBox.question(parent, title, question)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        undo_last_import(services.store)
    except MinutesError as error:
        QMessageBox.warning(parent, title, describe_error(error))
        return False
    return True
