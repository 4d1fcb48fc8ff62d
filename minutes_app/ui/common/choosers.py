"""Filling pickers with the domain's lists: vocabularies, countries, organisations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from minutes_app.domain.countries import all_countries, find_countries
from minutes_app.domain.records import Organisation
from minutes_app.ui.common import vocabulary_labels
from minutes_app.ui.common.formatting import display_language
from minutes_app.ui.directory.people_table_model import organisation_spellings
from minutes_app.ui.widgets.lookup_edit import Choice


def fill_vocabulary_combo(combo: QComboBox, kind: str) -> None:
    """Fill `combo` with a vocabulary's labels; each item's data is its stored value."""
    combo.clear()
    for value, text in vocabulary_labels.choices(kind):
        combo.addItem(text, value)


def fill_country_combo(combo: QComboBox) -> None:
    """Fill `combo` with "no country" and every country named in the interface language."""
    combo.clear()
    combo.addItem(QCoreApplication.translate("Choosers", "(no country)"), "")
    for code, name in all_countries(display_language()):
        combo.addItem(name, code)


def find_country_codes(query: str) -> list[str]:
    """The codes of the countries a typed text finds, best first (see domain.countries.find_countries)."""
    return find_countries(query, display_language())


def select_data(combo: QComboBox, value: object) -> None:
    """Select the item whose data is `value` (the first item when there is none)."""
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def organisation_choices(organisations: list[Organisation]) -> list[Choice]:
    """Organisations for a LookupEdit, found by any of their names."""
    return [Choice(o.id, o.name, organisation_spellings(o)) for o in organisations if o.id is not None]
