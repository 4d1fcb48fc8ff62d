"""A small dialog adding a person to the directory without leaving the meeting editor."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from minutes_app.domain import records as r
from minutes_app.domain.errors import ValidationError
from minutes_app.services import Services
from minutes_app.ui.editor.directory import Directory
from minutes_app.ui.editor.messages import describe
from minutes_app.ui.editor.organisation_field import NewOrganisationFields, OrganisationCombo, resolve_organisation
from minutes_app.ui.widgets.field_errors import FieldErrors

_FIELDS = ("name", "name_en", "name_az", "name_ru", "position")


class NewPersonDialog(QDialog):
    """Name, its spellings, position and organisation; OK stores the person and keeps them in `person`."""

    def __init__(self, services: Services, directory: Directory, parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New person"))
        self.setMinimumWidth(560)
        self._services = services
        self._directory = directory
        self.person: r.Person | None = None
        self._errors = FieldErrors()
        self.name = QLineEdit(name)
        self.name_en = QLineEdit()
        self.name_az = QLineEdit()
        self.name_ru = QLineEdit()
        self.position = QLineEdit()
        self.organisation = OrganisationCombo(directory)
        self.name.setPlaceholderText(self.tr("As it should appear in the minutes"))
        self.name_en.setPlaceholderText(self.tr("e.g. Mikayil Jabbarov"))
        self.name_az.setPlaceholderText(self.tr("e.g. Mikayıl Cabbarov"))
        self.name_ru.setPlaceholderText(self.tr("e.g. Микаил Джаббаров"))
        self.position.setPlaceholderText(self.tr("Current position, e.g. Minister of Economy"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name:"), self._errors.wrap("name", self.name))
        form.addRow(self.tr("&English spelling:"), self._errors.wrap("name_en", self.name_en))
        form.addRow(self.tr("&Azerbaijani spelling:"), self._errors.wrap("name_az", self.name_az))
        form.addRow(self.tr("&Russian spelling:"), self._errors.wrap("name_ru", self.name_ru))
        form.addRow(self.tr("&Position:"), self._errors.wrap("position", self.position))
        form.addRow(self.tr("&Organisation:"), self._errors.wrap("organisation", self.organisation))
        self.new_organisation = NewOrganisationFields(form, self.organisation, self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.name, self.name_en)
        self.setTabOrder(self.name_en, self.name_az)
        self.setTabOrder(self.name_az, self.name_ru)
        self.setTabOrder(self.name_ru, self.position)
        self.setTabOrder(self.position, self.organisation)
        self.setTabOrder(self.organisation, self.new_organisation.kind)
        self.setTabOrder(self.new_organisation.kind, self.new_organisation.country)

    def accept(self) -> None:
        """Store the person (and a new organisation typed for them); stay open on an error."""
        self._errors.clear()
        if not self.name.text().strip():
            spelling = next((e.text().strip() for e in (self.name_en, self.name_az, self.name_ru) if e.text().strip()), "")
            if not spelling:
                self._errors.show("name", self.tr("Type the person's name."))
                return
            self.name.setText(spelling)
        try:
            organisation = resolve_organisation(self._services, self._directory, self.organisation, self.new_organisation)
        except ValidationError as error:
            self._errors.show("organisation", describe(error))
            return
        try:
            person = self._services.directory.save_person(
                r.Person(
                    name=self.name.text(), name_en=self.name_en.text(), name_az=self.name_az.text(),
                    name_ru=self.name_ru.text(), position=self.position.text(),
                    organisation_id=organisation.id if organisation else None,
                )
            )
        except ValidationError as error:
            self._errors.show(error.field if error.field in _FIELDS else "organisation", describe(error))
            return
        self._directory.remember_person(person)
        self.person = person
        super().accept()
