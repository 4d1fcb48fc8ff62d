"""The fields for a name and position in each language, shared by the People page and the editor's quick dialogs.

Captions keep the translation context of the dialogs they came from (PersonDialog, OrganisationDialog),
so the catalogues' existing translations still apply wherever the fields are used.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QGridLayout, QLabel, QLineEdit, QWidget

from minutes_app.domain.records import Organisation, Person
from minutes_app.ui.widgets.field_errors import FieldErrors


class PersonSpellings:
    """A person's name as usually written and in English, Azerbaijani and Russian, each with the position."""

    def __init__(self, person: Person | None = None) -> None:
        p = person or Person()
        self.name, self.position = QLineEdit(p.name), QLineEdit(p.position)
        self.name_en, self.position_en = QLineEdit(p.name_en), QLineEdit(p.position_en)
        self.name_az, self.position_az = QLineEdit(p.name_az), QLineEdit(p.position_az)
        self.name_ru, self.position_ru = QLineEdit(p.name_ru), QLineEdit(p.position_ru)

    def grid(self, errors: FieldErrors) -> QGridLayout:
        """Names in one column, positions in the next, a row per language; errors show under each field."""
        grid = QGridLayout()
        grid.addWidget(QLabel(QCoreApplication.translate("PersonDialog", "<b>Name</b>")), 0, 1)
        grid.addWidget(QLabel(QCoreApplication.translate("PersonDialog", "<b>Position</b>")), 0, 2)
        rows = (
            (
                QCoreApplication.translate("PersonDialog", "As usually &written:"),
                "name",
                self.name,
                "position",
                self.position,
            ),
            (
                QCoreApplication.translate("PersonDialog", "&English:"),
                "name_en",
                self.name_en,
                "position_en",
                self.position_en,
            ),
            (
                QCoreApplication.translate("PersonDialog", "&Azerbaijani:"),
                "name_az",
                self.name_az,
                "position_az",
                self.position_az,
            ),
            (
                QCoreApplication.translate("PersonDialog", "&Russian:"),
                "name_ru",
                self.name_ru,
                "position_ru",
                self.position_ru,
            ),
        )
        for row, (caption, name_field, name_edit, position_field, position_edit) in enumerate(rows, start=1):
            label = QLabel(caption)
            label.setBuddy(name_edit)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(errors.wrap(name_field, name_edit), row, 1)
            grid.addWidget(errors.wrap(position_field, position_edit), row, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        return grid

    def keyboard_order(self) -> list[QWidget]:
        """Down the names first, then down the positions."""
        return [
            self.name,
            self.name_en,
            self.name_az,
            self.name_ru,
            self.position,
            self.position_en,
            self.position_az,
            self.position_ru,
        ]

    def spellings(self) -> list[QLineEdit]:
        """The name in each language, English first."""
        return [self.name_en, self.name_az, self.name_ru]

    def apply(self, person: Person) -> Person:
        """A copy of `person` with these names and positions."""
        return replace(
            person,
            name=self.name.text(),
            name_en=self.name_en.text(),
            name_az=self.name_az.text(),
            name_ru=self.name_ru.text(),
            position=self.position.text(),
            position_en=self.position_en.text(),
            position_az=self.position_az.text(),
            position_ru=self.position_ru.text(),
        )


class OrganisationSpellings:
    """An organisation's name in English, Azerbaijani and Russian."""

    def __init__(self, organisation: Organisation | None = None) -> None:
        o = organisation or Organisation()
        self.name_en = QLineEdit(o.name_en)
        self.name_az = QLineEdit(o.name_az)
        self.name_ru = QLineEdit(o.name_ru)

    def add_rows(self, form: QFormLayout, errors: FieldErrors) -> None:
        """One form row per language."""
        form.addRow(
            QCoreApplication.translate("OrganisationDialog", "In &English:"), errors.wrap("name_en", self.name_en)
        )
        form.addRow(
            QCoreApplication.translate("OrganisationDialog", "In &Azerbaijani:"), errors.wrap("name_az", self.name_az)
        )
        form.addRow(
            QCoreApplication.translate("OrganisationDialog", "In &Russian:"), errors.wrap("name_ru", self.name_ru)
        )

    def edits(self) -> list[QLineEdit]:
        """The three name fields, in form order."""
        return [self.name_en, self.name_az, self.name_ru]

    def apply(self, organisation: Organisation) -> Organisation:
        """A copy of `organisation` with these names."""
        return replace(
            organisation, name_en=self.name_en.text(), name_az=self.name_az.text(), name_ru=self.name_ru.text()
        )
