"""Sides named as real minutes name them: by the country of the side's lead organisation, else by its name.

"From the Azerbaijani side" / «С азербайджанской стороны» / «Azərbaycan tərəfindən»; a side with no
country (an international organisation, a company with none recorded) is named by its organisation.
"""

from __future__ import annotations

from minutes_app.domain.records import Meeting, Organisation
from minutes_app.exports.country_forms import forms
from minutes_app.exports.grammar import after_of
from minutes_app.exports.labels import label
from minutes_app.exports.localize import Said, text_of
from minutes_app.exports.people import present


def lead_organisation(meeting: Meeting, side: str) -> Organisation | None:
    """The organisation a side is led from: the host organisation, else the lead participant's."""
    if side == "host" and meeting.host_organisation is not None:
        return meeting.host_organisation
    for attendance in present(meeting, side):
        if attendance.organisation is not None:
            return attendance.organisation
    return None


def side_country(meeting: Meeting, side: str) -> str:
    """The ISO code of the country a side speaks for ("" when none can be told)."""
    organisation = lead_organisation(meeting, side)
    if organisation is not None:
        return organisation.country.strip().upper()
    if side == "guest" and len(meeting.countries) == 1:
        return meeting.countries[0].strip().upper()
    return ""


def _russian_from(adjective: str) -> str:
    """ "С" or "Со" before an adjective, as Russian euphony wants («со шведской», «с сербской»)."""
    first, second = adjective[:1], adjective[1:2]
    vowels = "аеёиоуыэюя"
    if first == "щ" or (first in "сзшж" and second and second not in vowels):
        return "Со"
    return "С"


def side_heading(meeting: Meeting, side: str, lang: str) -> str:
    """The heading of a side's participants: by country, else by organisation, else "Host side"."""
    if side not in ("host", "guest"):
        return label(f"side.{side}", lang)
    country = forms(side_country(meeting, side))
    if country is not None:
        if lang == "ru":
            adjective = country.ru_adjective
            return label("side.from_country", lang, country=f"{_russian_from(adjective)} {adjective}")
        return label("side.from_country", lang, country=country.az_name if lang == "az" else country.en_adjective)
    organisation = lead_organisation(meeting, side)
    if organisation is not None and organisation.name_in(lang).strip():
        named = after_of(organisation.name_in(lang), lang)
        if named is None:
            return label("side.from_organisation_plain", lang, org=organisation.name_in(lang).strip())
        return label("side.from_organisation", lang, org=named)
    return label(f"side.{side}", lang)


def signatory_line(meeting: Meeting, side: str, lang: str) -> Said:
    """The line over `side`'s signature in `lang`: the meeting's own line where the officer typed one, else the default.

    A typed line with no translation into `lang` falls back to its original language (tagged so).
    """
    field = f"signatory_{side}"
    if side in ("host", "guest") and (
        getattr(meeting, field).strip() or meeting.translations.get(field, {}).get(lang, "").strip()
    ):
        return text_of(meeting, field, lang, meeting.language)
    return Said(default_signatory_line(meeting, side, lang))


def default_signatory_line(meeting: Meeting, side: str, lang: str) -> str:
    """ "For the Government of the Republic of Azerbaijan" in `lang`, or "For <organisation>"; "" when unknown."""
    country = forms(side_country(meeting, side))
    if country is not None:
        state = {"az": country.az_state, "ru": country.ru_state}.get(lang, country.en_state)
        return label("signatory.country", lang, state=state)
    organisation = lead_organisation(meeting, side)
    if organisation is None or not organisation.name_in(lang).strip():
        return ""
    name = organisation.name_in(lang).strip()
    named = after_of(name, lang)
    if named is None:
        return label("signatory.organisation_plain", lang, org=name)
    return label("signatory.organisation", lang, org=named)
