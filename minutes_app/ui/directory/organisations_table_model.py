"""The organisations of the directory as a table, found by any of their names."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from minutes_app.domain.countries import country_name
from minutes_app.domain.records import Organisation
from minutes_app.ui.common import vocabulary_labels
from minutes_app.ui.common.formatting import all_country_names, display_language
from minutes_app.ui.common.row_table_model import RowTableModel
from minutes_app.ui.directory.people_table_model import organisation_spellings

NAME, KIND, COUNTRY, OTHER_NAMES = range(4)


class OrganisationsTableModel(RowTableModel):
    """Organisations with their name, kind, country and names in other languages."""

    HEADER_CONTEXT = "OrganisationsTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("OrganisationsTableModel", "Name"),
        QT_TRANSLATE_NOOP("OrganisationsTableModel", "Kind"),
        QT_TRANSLATE_NOOP("OrganisationsTableModel", "Country"),
        QT_TRANSLATE_NOOP("OrganisationsTableModel", "Other names"),
    )

    def display_text(self, record: Organisation, column: int) -> str:
        """The text of one cell."""
        if column == NAME:
            return record.name
        if column == KIND:
            return vocabulary_labels.label(vocabulary_labels.ORGANISATION_KIND, record.kind)
        if column == COUNTRY:
            return country_name(record.country, display_language()) if record.country else ""
        if column == OTHER_NAMES:
            others = (record.name_en, record.name_az, record.name_ru)
            return "; ".join(dict.fromkeys(n for n in others if n and n != record.name))
        return ""

    def search_text(self, record: Organisation) -> str:
        """Every name, the kind and the country in every language."""
        country = all_country_names([record.country]) if record.country else ""
        return f"{organisation_spellings(record)} {self.display_text(record, KIND)} {country}"

    def row_of_organisation(self, organisation_id: int) -> int:
        """The shown row of an organisation, or -1."""
        return self.row_of(lambda organisation: organisation.id == organisation_id)
