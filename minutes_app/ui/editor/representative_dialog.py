"""A small dialog adding an unnamed representative of an organisation (picked, or created on the spot)."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from minutes_app.domain import records as r
from minutes_app.domain.errors import ValidationError
from minutes_app.services import Services
from minutes_app.ui.editor.directory_copy import Directory
from minutes_app.ui.editor.organisation_field import NewOrganisationFields, OrganisationCombo, resolve_organisation
from minutes_app.ui.editor.refused_save_text import describe
from minutes_app.ui.widgets.field_errors import FieldErrors


class RepresentativeDialog(QDialog):
    """The organisation a representative came from; OK keeps it in `organisation` (stored when new)."""

    def __init__(
        self, services: Services, directory: Directory, parent: QWidget | None = None, *, name: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Representative of an organisation"))
        self.setMinimumWidth(560)
        self._services = services
        self._directory = directory
        self.organisation: r.Organisation | None = None
        self._errors = FieldErrors()
        self.organisation_box = OrganisationCombo(directory)
        self.organisation_box.setCurrentText(name)
        self.position = QLineEdit()
        self.position.setPlaceholderText(self.tr("Optional, e.g. Counsellor"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Organisation:"), self._errors.wrap("organisation", self.organisation_box))
        self.new_organisation = NewOrganisationFields(form, self.organisation_box, self)
        form.addRow(self.tr("&Position at the meeting:"), self.position)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        order = [self.organisation_box, *self.new_organisation.keyboard_order(), self.position]
        for before, after in pairwise(order):
            self.setTabOrder(before, after)

    def accept(self) -> None:
        """Find or create the organisation; stay open when none is named or it cannot be stored."""
        self._errors.clear()
        if not self.organisation_box.typed_name():
            self._errors.show("organisation", self.tr("Choose or type the organisation."))
            return
        try:
            organisation = resolve_organisation(
                self._services, self._directory, self.organisation_box, self.new_organisation
            )
        except ValidationError as error:
            self._errors.show("organisation", describe(error))
            return
        self.organisation = organisation
        super().accept()
