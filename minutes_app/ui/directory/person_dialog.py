"""Add or edit a person: every spelling of the name, the position in each language, organisation, contacts."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.records import Organisation, Person
from minutes_app.domain.textfold import matches
from minutes_app.services import Services
from minutes_app.ui.common.choosers import organisation_choices
from minutes_app.ui.common.error_messages import required_message, save_reporting_errors
from minutes_app.ui.directory.organisation_dialog import OrganisationDialog
from minutes_app.ui.directory.spelling_fields import PersonSpellings
from minutes_app.ui.widgets.field_errors import FieldErrors
from minutes_app.ui.widgets.lookup_edit import LookupEdit


class PersonDialog(QDialog):
    """Edits one person and saves them through the directory service."""

    saved = Signal(object)  # the Person as stored

    def __init__(self, services: Services, person: Person | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._person = person or Person()
        self.saved_person: Person | None = None
        self.setWindowTitle(self.tr("Edit person") if self._person.id else self.tr("New person"))
        self.errors = FieldErrors()
        p = self._person

        self.spellings = PersonSpellings(p)
        f = self.spellings
        self.name_edit, self.position_edit = f.name, f.position
        self.name_en_edit, self.position_en_edit = f.name_en, f.position_en
        self.name_az_edit, self.position_az_edit = f.name_az, f.position_az
        self.name_ru_edit, self.position_ru_edit = f.name_ru, f.position_ru
        self.organisation_edit = LookupEdit(matcher=matches)
        self.organisation_edit.setPlaceholderText(self.tr("Type any of its names…"))
        self.new_organisation_button = QPushButton(self.tr("New organisa&tion…"))
        self.email_edit = QLineEdit(p.email)
        self.phone_edit = QLineEdit(p.phone)
        self.notes_edit = QPlainTextEdit(p.notes)
        self.notes_edit.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)

        self._load_organisations()
        self.organisation_edit.set_current_key(p.organisation_id)
        self._lay_out()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.new_organisation_button.clicked.connect(self._add_organisation)
        self.resize(760, self.sizeHint().height())

    def _lay_out(self) -> None:
        grid = self.spellings.grid(self.errors)

        organisation_row = QHBoxLayout()
        organisation_row.addWidget(self.errors.wrap("organisation", self.organisation_edit), 1)
        organisation_row.addWidget(self.new_organisation_button, 0, Qt.AlignmentFlag.AlignTop)
        form = QFormLayout()
        organisation_label = QLabel(self.tr("&Organisation:"))
        organisation_label.setBuddy(self.organisation_edit)  # a row holding a layout gets no buddy by itself
        form.addRow(organisation_label, organisation_row)
        form.addRow(self.tr("E-&mail:"), self.errors.wrap("email", self.email_edit))
        form.addRow(self.tr("&Phone:"), self.errors.wrap("phone", self.phone_edit))
        form.addRow(self.tr("N&otes:"), self.errors.wrap("notes", self.notes_edit))

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        # The keyboard goes down the names first, then down the positions.
        order = [
            *self.spellings.keyboard_order(),
            self.organisation_edit,
            self.new_organisation_button,
            self.email_edit,
            self.phone_edit,
            self.notes_edit,
            self.buttons,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def _load_organisations(self) -> None:
        self.organisation_edit.set_choices(organisation_choices(self._services.directory.organisations()))

    def person(self) -> Person:
        """The person as the form shows it (not yet checked)."""
        key = self.organisation_edit.current_key()
        return replace(
            self.spellings.apply(self._person),
            organisation_id=key if isinstance(key, int) else None,
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            notes=self.notes_edit.toPlainText(),
        )

    def accept(self) -> None:
        """Save, or show what is wrong next to the field and stay open."""
        self.errors.clear()
        if not self.name_edit.text().strip():
            self.errors.show("name", required_message())
            return
        if self.organisation_edit.text().strip() and self.organisation_edit.current_key() is None:
            self.errors.show(
                "organisation",
                self.tr(
                    "No organisation of the directory has this name. Pick one from the list, or add it with “New organisation…”."
                ),
            )
            return
        stored = save_reporting_errors(self, self.errors, lambda: self._services.directory.save_person(self.person()))
        if stored is None:
            return
        self.saved_person = stored
        self.saved.emit(stored)
        super().accept()

    def _add_organisation(self) -> None:
        dialog = OrganisationDialog(self._services, Organisation(name=self.organisation_edit.text().strip()), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_organisation_added)
        dialog.open()

    def _on_organisation_added(self, organisation: Organisation) -> None:
        self._load_organisations()
        self.organisation_edit.set_current_key(organisation.id)
