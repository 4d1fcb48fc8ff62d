"""The editor page's export bar: the open meeting's Word minutes in the chosen language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMenu, QMessageBox, QToolButton, QWidget

from minutes_app.exports.progress import ProgressCallback
from minutes_app.exports.template_package import TemplateWarning
from minutes_app.services import Services
from minutes_app.services.documents import DocumentService
from minutes_app.ui.export_actions.exporter import ExportKind, Exporter
from minutes_app.ui.export_actions.open_after import open_after_action

LANGUAGES = (("en", "English"), ("az", "Azərbaycanca"), ("ru", "Русский"))


def ask_to_save_first(parent: QWidget) -> bool:
    """The minutes are written from the stored meeting: ask to save unsaved changes first."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("MinutesExportBar", "Export minutes"),
        QCoreApplication.translate("MinutesExportBar", "The minutes are written from the saved meeting. Save your changes first?"),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    return answer == QMessageBox.StandardButton.Save


class MinutesExportBar(QWidget):
    """Language choice and "Export minutes (.docx)…" for the meeting open in the editor."""

    status_reported = Signal(str)

    def __init__(
        self, services: Services, ui_settings: QSettings, *, meeting_id: Callable[[], int | None],
        is_dirty: Callable[[], bool], save: Callable[[], bool], parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._documents = DocumentService(services)
        self._services = services
        self._meeting_id = meeting_id
        self._is_dirty = is_dirty
        self._save = save
        self.exporter = Exporter(self, ui_settings)
        self.language_combo = QComboBox()
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        self.language_combo.setToolTip(self.tr("The language of the minutes: labels, dates and the spelling of names"))
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("E&xport minutes (.docx)…"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self.export_button)
        menu.addAction(open_after_action(ui_settings, menu))
        self.export_button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 0)
        layout.addStretch(1)
        layout.addWidget(QLabel(self.tr("Minutes in:")))
        layout.addWidget(self.language_combo)
        layout.addWidget(self.export_button)
        self.export_button.clicked.connect(self.export_minutes)
        self.exporter.status_reported.connect(self.status_reported)

    def use_language(self, lang: str) -> None:
        """Preselect a language (the meeting's or the officer's default)."""
        index = self.language_combo.findData(lang)
        if index >= 0:
            self.language_combo.setCurrentIndex(index)

    def language(self) -> str:
        """The chosen language code."""
        return str(self.language_combo.currentData())

    def export_minutes(self) -> Path | None:
        """Save first if needed, ask where, then write the minutes; the path written or None."""
        if self._is_dirty() or self._meeting_id() is None:
            if not ask_to_save_first(self) or not self._save():
                return None
        meeting_id = self._meeting_id()
        if meeting_id is None:
            return None
        meeting = self._services.meetings.get(meeting_id)
        lang = self.language()
        reference = "".join(c if c.isalnum() else "-" for c in (meeting.reference_number or str(meeting_id))).strip("-")
        kind = ExportKind(
            "minutes", self.tr("Save the minutes"), self.tr("Word documents (*.docx)"), ".docx",
            self.tr("minutes-%1-%2").replace("%1", reference or str(meeting_id)).replace("%2", lang) + ".docx",
        )

        removed: set[TemplateWarning] = set()

        def write(path: Path, _progress: ProgressCallback) -> Path:
            return self._documents.minutes(meeting_id, path, lang=lang, template_warnings=removed)

        return self.exporter.export(kind, write, template_warnings=removed)
