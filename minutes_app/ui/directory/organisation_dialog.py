"""Add or edit an organisation: its names in each language, kind and country."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.records import Organisation
from minutes_app.services import Services
from minutes_app.ui.common import vocabulary_labels
from minutes_app.ui.common.choosers import fill_country_combo, fill_vocabulary_combo, select_data
from minutes_app.ui.common.country_combo import CountryCombo
from minutes_app.ui.common.error_messages import required_message, save_reporting_errors
from minutes_app.ui.directory.spelling_fields import OrganisationSpellings
from minutes_app.ui.widgets.field_errors import FieldErrors


class OrganisationDialog(QDialog):
    """Edits one organisation and saves it through the directory service."""

    saved = Signal(object)  # the Organisation as stored

    def __init__(
        self, services: Services, organisation: Organisation | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._organisation = organisation or Organisation()
        self.saved_organisation: Organisation | None = None
        self.setWindowTitle(self.tr("Edit organisation") if self._organisation.id else self.tr("New organisation"))
        self.errors = FieldErrors()

        self.name_edit = QLineEdit(self._organisation.name)
        self.spellings = OrganisationSpellings(self._organisation)
        self.name_en_edit, self.name_az_edit, self.name_ru_edit = self.spellings.edits()
        self.kind_combo = QComboBox()
        fill_vocabulary_combo(self.kind_combo, vocabulary_labels.ORGANISATION_KIND)
        select_data(self.kind_combo, self._organisation.kind)
        self.country_combo = CountryCombo()
        fill_country_combo(self.country_combo)
        select_data(self.country_combo, self._organisation.country)
        self.notes_edit = QPlainTextEdit(self._organisation.notes)
        self.notes_edit.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Name (as usually written):"), self.errors.wrap("name", self.name_edit))
        self.spellings.add_rows(form, self.errors)
        form.addRow(self.tr("&Kind:"), self.errors.wrap("kind", self.kind_combo))
        form.addRow(self.tr("&Country:"), self.errors.wrap("country", self.country_combo))
        form.addRow(self.tr("N&otes:"), self.errors.wrap("notes", self.notes_edit))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def organisation(self) -> Organisation:
        """The organisation as the form shows it (not yet checked)."""
        return replace(
            self.spellings.apply(self._organisation),
            name=self.name_edit.text(),
            kind=self.kind_combo.currentData(),
            country=self.country_combo.currentData() or "",
            notes=self.notes_edit.toPlainText(),
        )

    def accept(self) -> None:
        """Save, or show what is wrong next to the field and stay open."""
        self.errors.clear()
        if not self.name_edit.text().strip():
            self.errors.show("name", required_message())
            return
        stored = save_reporting_errors(
            self, self.errors, lambda: self._services.directory.save_organisation(self.organisation())
        )
        if stored is None:
            return
        self.saved_organisation = stored
        self.saved.emit(stored)
        super().accept()


_AZERBAIJANI_LETTERS = frozenset("əğışçöüƏĞİŞÇÖÜ")


def _spelling_language(name: str) -> str:
    """The language a typed name is evidently in: "ru" when Cyrillic, "az" with its own letters, else ""."""
    if any("\u0400" <= ch <= "\u04ff" for ch in name):
        return "ru"
    if any(ch in _AZERBAIJANI_LETTERS for ch in name):
        return "az"
    return ""


def add_organisation_named(services: Services, name: str, parent: QWidget | None = None) -> Organisation | None:
    """Open the organisation dialog with `name` filled in (also as its spelling in the language it is
    typed in), for the other spellings, kind and country; the organisation stored, or None when cancelled."""
    name = name.strip()
    language = _spelling_language(name)
    organisation = Organisation(
        name=name, name_az=name if language == "az" else "", name_ru=name if language == "ru" else ""
    )
    dialog = OrganisationDialog(services, organisation, parent)
    dialog.exec()
    saved = dialog.saved_organisation
    dialog.deleteLater()
    return saved
