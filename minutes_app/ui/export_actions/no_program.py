"""When no program opens an exported file: say so, offer to show its folder, and failing that, its path to copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

SHOW_FOLDER_NAME = "show_folder_button"


def offer_folder(parent: QWidget | None, written: Path) -> bool:
    """Tell the person no program opened `written` and offer its folder; True when the folder was shown."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("ExportActions", "Open after export"))
    box.setText(
        QCoreApplication.translate(
            "ExportActions", "The file was saved, but no program on this computer opens “%1”."
        ).replace("%1", written.name)
    )
    box.setInformativeText(QCoreApplication.translate("ExportActions", "Show the folder that holds it?"))
    show = box.addButton(QCoreApplication.translate("ExportActions", "Show &folder"), QMessageBox.ButtonRole.AcceptRole)
    show.setObjectName(SHOW_FOLDER_NAME)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(show)
    box.exec()
    if box.clickedButton() is not show:
        return False
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(written.parent))):
        return True
    show_path(parent, written)
    return False


def show_path(parent: QWidget | None, written: Path) -> None:
    """The folder could not be shown either: give the full path, selectable, so it can be copied."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("ExportActions", "Open after export"))
    box.setText(QCoreApplication.translate("ExportActions", "The folder could not be shown. The file is saved here:"))
    box.setInformativeText(str(written))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
