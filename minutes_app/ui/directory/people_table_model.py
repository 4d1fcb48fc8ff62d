"""The people of the directory as a table, found by any spelling of their name or organisation."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from minutes_app.domain.records import Organisation, Person
from minutes_app.ui.common.formatting import display_language
from minutes_app.ui.common.row_table_model import RowTableModel

NAME, OTHER_SPELLINGS, POSITION, ORGANISATION, EMAIL, PHONE = range(6)


def organisation_spellings(organisation: Organisation | None) -> str:
    """Every recorded name of an organisation, space-separated."""
    if organisation is None:
        return ""
    return " ".join(
        n for n in (organisation.name, organisation.name_en, organisation.name_az, organisation.name_ru) if n
    )


class PeopleTableModel(RowTableModel):
    """People with their name, other spellings, position, organisation and contacts."""

    HEADER_CONTEXT = "PeopleTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("PeopleTableModel", "Name"),
        QT_TRANSLATE_NOOP("PeopleTableModel", "Other spellings"),
        QT_TRANSLATE_NOOP("PeopleTableModel", "Position"),
        QT_TRANSLATE_NOOP("PeopleTableModel", "Organisation"),
        QT_TRANSLATE_NOOP("PeopleTableModel", "E-mail"),
        QT_TRANSLATE_NOOP("PeopleTableModel", "Phone"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._organisations: dict[int, Organisation] = {}

    def set_organisations(self, organisations: list[Organisation]) -> None:
        """The organisations people belong to (for names in the interface language and search)."""
        self._organisations = {o.id: o for o in organisations if o.id is not None}

    def display_text(self, record: Person, column: int) -> str:
        """The text of one cell."""
        language = display_language()
        if column == NAME:
            return record.name
        if column == OTHER_SPELLINGS:
            return ", ".join(s for s in record.spellings() if s != record.name)
        if column == POSITION:
            return record.position_in(language)
        if column == ORGANISATION:
            organisation = self._organisations.get(record.organisation_id or 0)
            return organisation.name_in(language) if organisation else record.organisation_name
        if column == EMAIL:
            return record.email
        if column == PHONE:
            return record.phone
        return ""

    def search_text(self, record: Person) -> str:
        """Every spelling of the name and of the organisation."""
        organisation = self._organisations.get(record.organisation_id or 0)
        return " ".join((*record.spellings(), record.organisation_name, organisation_spellings(organisation)))

    def row_of_person(self, person_id: int) -> int:
        """The shown row of a person, or -1."""
        return self.row_of(lambda person: person.id == person_id)
