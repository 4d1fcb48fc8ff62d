"""A small dialog adding a person to the directory without leaving the meeting editor."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from minutes_app.domain import records as r
from minutes_app.domain.errors import ValidationError
from minutes_app.services import Services
from minutes_app.ui.directory.spelling_fields import PersonSpellings
from minutes_app.ui.editor.directory_copy import Directory
from minutes_app.ui.editor.organisation_field import NewOrganisationFields, OrganisationCombo, resolve_organisation
from minutes_app.ui.editor.refused_save_text import describe
from minutes_app.ui.widgets.field_errors import FieldErrors

_FIELDS = ("name", "name_en", "name_az", "name_ru", "position", "position_en", "position_az", "position_ru")


class NewPersonDialog(QDialog):
    """Name and position in each language, and organisation; OK stores the person and keeps them in `person`."""

    def __init__(
        self, services: Services, directory: Directory, parent: QWidget | None = None, *, name: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New person"))
        self.setMinimumWidth(720)
        self._services = services
        self._directory = directory
        self.person: r.Person | None = None
        self._errors = FieldErrors()
        # The People page's fields: a name and a position per language.
        self.spellings = PersonSpellings(r.Person(name=name))
        f = self.spellings
        self.name, self.name_en, self.name_az, self.name_ru = f.name, f.name_en, f.name_az, f.name_ru
        self.position, self.position_en, self.position_az, self.position_ru = (
            f.position,
            f.position_en,
            f.position_az,
            f.position_ru,
        )
        self.organisation = OrganisationCombo(directory)
        self.name.setPlaceholderText(self.tr("As it should appear in the minutes"))
        self.name_en.setPlaceholderText(self.tr("e.g. Mikayil Jabbarov"))
        self.name_az.setPlaceholderText(self.tr("e.g. Mikayıl Cabbarov"))
        self.name_ru.setPlaceholderText(self.tr("e.g. Микаил Джаббаров"))
        self.position.setPlaceholderText(self.tr("Current position, e.g. Minister of Economy"))
        self.position_en.setPlaceholderText(self.tr("e.g. Minister of Economy"))
        self.position_az.setPlaceholderText(self.tr("e.g. İqtisadiyyat naziri"))
        self.position_ru.setPlaceholderText(self.tr("e.g. Министр экономики"))
        grid = f.grid(self._errors)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Organisation:"), self._errors.wrap("organisation", self.organisation))
        self.new_organisation = NewOrganisationFields(form, self.organisation, self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        order = [*f.keyboard_order(), self.organisation, *self.new_organisation.keyboard_order()]
        for before, after in pairwise(order):
            self.setTabOrder(before, after)

    def accept(self) -> None:
        """Store the person (and a new organisation typed for them); stay open on an error."""
        self._errors.clear()
        if not self.name.text().strip():
            spelling = next(
                (e.text().strip() for e in (self.name_en, self.name_az, self.name_ru) if e.text().strip()), ""
            )
            if not spelling:
                self._errors.show("name", self.tr("Type the person's name."))
                return
            self.name.setText(spelling)
        try:
            organisation = resolve_organisation(
                self._services, self._directory, self.organisation, self.new_organisation
            )
        except ValidationError as error:
            self._errors.show("organisation", describe(error))
            return
        try:
            person = self._services.directory.save_person(
                self.spellings.apply(r.Person(organisation_id=organisation.id if organisation else None))
            )
        except ValidationError as error:
            self._errors.show(error.field if error.field in _FIELDS else "organisation", describe(error))
            return
        self._directory.remember_person(person)
        self.person = person
        super().accept()
