"""The directory's own fields of an organisation and a person, named once for the save, the audit trail and JSON."""

from __future__ import annotations

ORGANISATION_FIELDS: tuple[str, ...] = ("name", "kind", "country", "name_en", "name_az", "name_ru", "notes")
# A person's own values; the organisation they belong to is a link, which JSON writes by reference and the
# audit trail names by the organisation's name.
PERSON_VALUE_FIELDS: tuple[str, ...] = (
    "name",
    "name_en",
    "name_az",
    "name_ru",
    "position",
    "position_en",
    "position_az",
    "position_ru",
    "email",
    "phone",
    "notes",
)
# Everything a save writes of a person: the values and the link, in the order of the form.
PERSON_FIELDS: tuple[str, ...] = (*PERSON_VALUE_FIELDS[:8], "organisation_id", *PERSON_VALUE_FIELDS[8:])
