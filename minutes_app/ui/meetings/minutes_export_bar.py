"""The editor page's export bar: the open meeting's Word minutes, in its own language or a translation.

The meeting's language is chosen in the editor's form (one source of truth); the bar follows it live
and offers the other languages only as translated exports.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMenu, QMessageBox, QToolButton, QWidget

from minutes_app.domain import multilingual as ml
from minutes_app.domain import records as r
from minutes_app.exports.progress import ProgressCallback
from minutes_app.services import Services
from minutes_app.ui.export_actions import agreed_minutes_dialog, untranslated_dialog
from minutes_app.ui.export_actions.exporter import Exporter, ExportKind
from minutes_app.ui.export_actions.open_after import open_after_action
from minutes_app.ui.export_actions.pdf_export import export_pdf, pdf_available, pdf_kind
from minutes_app.ui.export_actions.untranslated_dialog import missing_in

# The Word template's package (lxml) is imported by the first export, not when the window opens.
if TYPE_CHECKING:
    from minutes_app.exports.template_package import TemplateWarning

GoTo = Callable[[ml.Untranslated, str], None]  # show one untranslated text in the editor, in that language

LANGUAGES = (("en", "English"), ("az", "Azərbaycanca"), ("ru", "Русский"))


def ask_to_save_first(parent: QWidget) -> bool:
    """The minutes are written from the stored meeting: ask to save unsaved changes first."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("MinutesExportBar", "Export minutes"),
        QCoreApplication.translate(
            "MinutesExportBar", "The minutes are written from the saved meeting. Save your changes first?"
        ),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    return answer == QMessageBox.StandardButton.Save


def _file_reference(reference_number: str, meeting_id: int) -> str:
    """The meeting's reference number made safe for a file name ("ME/RU-2026/017" -> "ME-RU-2026-017"), else its id."""
    safe = "".join(c if c.isalnum() else "-" for c in (reference_number or str(meeting_id))).strip("-")
    return safe or str(meeting_id)


class MinutesExportBar(QWidget):
    """Language choice and "Export minutes (.docx)…" for the meeting open in the editor."""

    status_reported = Signal(str)

    def __init__(
        self,
        services: Services,
        ui_settings: QSettings,
        *,
        meeting_id: Callable[[], int | None],
        is_dirty: Callable[[], bool],
        save: Callable[[], bool],
        go_to: GoTo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._meeting_id = meeting_id
        self._is_dirty = is_dirty
        self._save = save
        self._go_to = go_to
        self.exporter = Exporter(self, ui_settings)
        self._meeting_language = ""
        self.language_combo = QComboBox()
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        self.language_combo.setToolTip(
            self.tr(
                "The meeting's own language (set in its form), or another one for a translated export: "
                "labels, dates and the spelling of names"
            )
        )
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("E&xport minutes (.docx)…"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self.export_button)
        # Offered only where Word or LibreOffice can convert (looked up once per run).
        self.pdf_action = menu.addAction(self.tr("Minutes as &PDF…"))
        self.pdf_action.setToolTip(self.tr("The same minutes converted to PDF, for sending or printing as they are"))
        self.pdf_action.setVisible(pdf_available())
        # In the export button's menu, so the bar stays as narrow as before on a small screen.
        self.agreed_action = menu.addAction(self.tr("&Agreed minutes in two languages (.docx)…"))
        self.agreed_action.setToolTip(
            self.tr("The minutes in two languages, each text equally authentic, for both heads of delegation to sign")
        )
        menu.setToolTipsVisible(True)
        menu.addSeparator()
        menu.addAction(open_after_action(ui_settings, menu))
        self.export_button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 0)
        layout.addStretch(1)
        language_label = QLabel(self.tr("Export in:"))
        language_label.setBuddy(self.language_combo)
        layout.addWidget(language_label)
        layout.addWidget(self.language_combo)
        layout.addWidget(self.export_button)
        self.export_button.clicked.connect(self.export_minutes)
        self.agreed_action.triggered.connect(lambda _checked=False: self.export_agreed_minutes())
        self.pdf_action.triggered.connect(lambda _checked=False: self.export_minutes_pdf())
        self.exporter.status_reported.connect(self.status_reported)

    def follow_meeting_language(self, lang: str) -> None:
        """The meeting's language changed (opened, chosen in the form, undone): export in it, marked as the original."""
        self._meeting_language = lang
        for index, (code, name) in enumerate(LANGUAGES):
            shown = self.tr("%1 (meeting's language)").replace("%1", name) if code == lang else name
            self.language_combo.setItemText(index, shown)
        self.use_language(lang)

    def use_language(self, lang: str) -> None:
        """Preselect a language (the meeting's or the officer's default)."""
        index = self.language_combo.findData(lang)
        if index >= 0:
            self.language_combo.setCurrentIndex(index)

    def language(self) -> str:
        """The chosen language code."""
        return str(self.language_combo.currentData())

    def _saved_meeting(self) -> r.Meeting | None:
        """The meeting as stored, after saving unsaved changes if the officer agrees; None when not."""
        if self._is_dirty() or self._meeting_id() is None:
            if not ask_to_save_first(self) or not self._save():
                return None
        meeting_id = self._meeting_id()
        return self._services.meetings.get(meeting_id) if meeting_id is not None else None

    def _complete_enough(self, meeting: r.Meeting, languages: list[str], *, signatures: bool = True) -> bool:
        """True when every text is translated into `languages`, or the officer exports anyway; False goes to a text or stops.

        `signatures` False: the document prints no signature lines (only the agreed minutes do).
        """
        missing = missing_in(meeting, languages, signatures=signatures)
        if not missing:
            return True
        answer, chosen = untranslated_dialog.ask_untranslated(self, meeting, missing)
        if answer == untranslated_dialog.GO_TO and chosen is not None and self._go_to is not None:
            self._go_to(chosen.item, chosen.lang)
        return answer == untranslated_dialog.EXPORT

    def export_minutes(self) -> Path | None:
        """Save first if needed, check the translations, ask where, then write the minutes; the path written or None."""
        return self._export_minutes(as_pdf=False)

    def export_minutes_pdf(self) -> Path | None:
        """As export_minutes, converted to PDF by Word or LibreOffice; the status bar says which."""
        return self._export_minutes(as_pdf=True)

    def _export_minutes(self, *, as_pdf: bool) -> Path | None:
        meeting = self._saved_meeting()
        if meeting is None or meeting.id is None:
            return None
        meeting_id = meeting.id
        lang = self.language()
        if not self._complete_enough(meeting, [lang], signatures=False):
            return None
        reference = _file_reference(meeting.reference_number, meeting_id)
        stem = self.tr("minutes-%1-%2").replace("%1", reference).replace("%2", lang)
        removed: set[TemplateWarning] = set()

        def write(path: Path, _progress: ProgressCallback) -> Path:
            # The officer was shown what is untranslated and chose to export: the original text stands in.
            return self._services.documents.minutes(
                meeting_id, path, lang=lang, template_warnings=removed, allow_untranslated=True
            )

        if as_pdf:
            kind = pdf_kind("minutes", self.tr("Save the minutes as PDF"), stem)
            return export_pdf(self.exporter, kind, write, template_warnings=removed)
        kind = ExportKind(
            "minutes", self.tr("Save the minutes"), self.tr("Word documents (*.docx)"), ".docx", stem + ".docx"
        )
        return self.exporter.export(kind, write, template_warnings=removed)

    def export_agreed_minutes(self) -> Path | None:
        """Ask for the two languages and the layout, check both translations, then write the agreed minutes."""
        meeting = self._saved_meeting()
        if meeting is None or meeting.id is None:
            return None
        meeting_id = meeting.id
        second = (
            self.language()
            if self.language() != meeting.language
            else next(x for x in ml.LANGUAGES if x != meeting.language)
        )
        chosen = agreed_minutes_dialog.ask_agreed_minutes(self, meeting.language, second)
        if chosen is None:
            return None
        first_lang, second_lang, layout = chosen
        if not self._complete_enough(meeting, [first_lang, second_lang]):
            return None
        reference = _file_reference(meeting.reference_number, meeting_id)
        kind = ExportKind(
            "agreed_minutes",
            self.tr("Save the agreed minutes"),
            self.tr("Word documents (*.docx)"),
            ".docx",
            self.tr("agreed-minutes-%1-%2-%3")
            .replace("%1", reference)
            .replace("%2", first_lang)
            .replace("%3", second_lang)
            + ".docx",
        )
        removed: set[TemplateWarning] = set()

        def write(path: Path, _progress: ProgressCallback) -> Path:
            return self._services.documents.agreed_minutes(
                meeting_id,
                path,
                lang=first_lang,
                second_lang=second_lang,
                layout=layout,
                template_warnings=removed,
                allow_untranslated=True,
            )

        return self.exporter.export(kind, write, template_warnings=removed)
