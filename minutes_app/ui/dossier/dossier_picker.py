"""Choosing whose dossier to show: a counterpart country (those met first, then any) or an organisation."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from minutes_app.domain.countries import all_countries
from minutes_app.domain.records import Organisation
from minutes_app.domain.textfold import matches
from minutes_app.ui.common.choosers import organisation_choices
from minutes_app.ui.common.country_combo import CountryCombo
from minutes_app.ui.common.formatting import display_language
from minutes_app.ui.widgets.lookup_edit import LookupEdit


class CounterpartPicker(QWidget):
    """A country combo (counterparts met, with counts, above every other country) and an organisation lookup."""

    country_chosen = Signal(str)  # an ISO code
    organisation_chosen = Signal(int)
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.country_combo = CountryCombo()
        self.country_combo.setMinimumContentsLength(12)
        self.country_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.country_combo.setMaxVisibleItems(24)
        self.organisation_edit = LookupEdit(matcher=matches)
        self.organisation_edit.setPlaceholderText(self.tr("Type any spelling of an organisation"))
        self.organisation_edit.setClearButtonEnabled(True)
        self.organisation_edit.setMinimumWidth(120)
        country_label = QLabel(self.tr("&Country:"))
        country_label.setBuddy(self.country_combo)
        organisation_label = QLabel(self.tr("or &organisation:"))
        organisation_label.setBuddy(self.organisation_edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(country_label)
        layout.addWidget(self.country_combo, 2)  # both grow with the window; neither forces it wider
        layout.addSpacing(8)
        layout.addWidget(organisation_label)
        layout.addWidget(self.organisation_edit, 3)
        self.country_combo.activated.connect(self._on_country_activated)
        self.organisation_edit.picked.connect(self._on_organisation_picked)
        self.organisation_edit.returnPressed.connect(self._on_organisation_entered)
        self.organisation_edit.textEdited.connect(self._on_organisation_text_edited)

    def set_counterparts(self, counterparts: list[tuple[str, str, int]]) -> None:
        """Fill the countries: (code, name, meetings) of those met first, then every other country."""
        kept = self.current_country()
        self.country_combo.blockSignals(True)
        try:
            self.country_combo.clear()
            self.country_combo.addItem(self.tr("Choose a country…"), "")
            met = set()
            for code, name, count in counterparts:
                text = self.tr("%1 (meetings: %2)").replace("%1", name).replace("%2", str(count))
                self.country_combo.addItem(text, code)
                met.add(code)
            others = [(code, name) for code, name in all_countries(display_language()) if code not in met]
            if met and others:
                self.country_combo.insertSeparator(self.country_combo.count())
            for code, name in others:
                self.country_combo.addItem(name, code)
            self.country_combo.setCurrentIndex(max(self.country_combo.findData(kept), 0))
        finally:
            self.country_combo.blockSignals(False)

    def set_organisations(self, organisations: list[Organisation]) -> None:
        """The organisations that can be picked, found by any of their names."""
        self.organisation_edit.set_choices(organisation_choices(organisations))

    def current_country(self) -> str:
        """The chosen country's code; "" when an organisation (or nothing) is chosen."""
        return str(self.country_combo.currentData() or "")

    def select_country(self, code: str) -> bool:
        """Show `code` as chosen (without announcing it); False when it is not in the list."""
        index = self.country_combo.findData(code.upper())
        if index < 0:
            return False
        self.country_combo.setCurrentIndex(index)
        self.organisation_edit.set_current_key(None)
        return True

    def select_organisation(self, organisation_id: int) -> bool:
        """Show an organisation as chosen (without announcing it); False when it is not in the list."""
        self.organisation_edit.set_current_key(organisation_id)
        if self.organisation_edit.current_key() != organisation_id:
            return False
        self.country_combo.setCurrentIndex(0)
        return True

    def focus(self) -> None:
        """Put the keyboard on the country list."""
        self.country_combo.setFocus()

    def _on_country_activated(self, _index: int) -> None:
        code = self.current_country()
        if not code:
            self.cleared.emit()
            return
        self.organisation_edit.set_current_key(None)
        self.country_chosen.emit(code)

    def _on_organisation_picked(self, key: object) -> None:
        if isinstance(key, int):
            self.country_combo.setCurrentIndex(0)
            self.organisation_chosen.emit(key)

    def _on_organisation_entered(self) -> None:
        key = self.organisation_edit.current_key()
        if isinstance(key, int):
            self._on_organisation_picked(key)

    def _on_organisation_text_edited(self, text: str) -> None:
        if not text.strip() and not self.current_country():
            self.cleared.emit()
