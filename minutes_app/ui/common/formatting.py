"""How the screens write dates, times and countries, in the interface's language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale

from minutes_app.domain.countries import country_name

_LANGUAGES = {QLocale.Language.Azerbaijani: "az", QLocale.Language.Russian: "ru"}


def display_language() -> str:
    """ "en", "az" or "ru": the interface language set at start-up (QLocale's default)."""
    return _LANGUAGES.get(QLocale().language(), "en")


# Russian and Azerbaijani write 15.10.2026; English keeps 2026-10-15, which no reader misreads.
_DATE_FORMATS = {"az": ("dd.MM.yyyy", "%d.%m.%Y"), "ru": ("dd.MM.yyyy", "%d.%m.%Y")}
_ISO = ("yyyy-MM-dd", "%Y-%m-%d")


def date_display_format() -> str:
    """Qt's display format of a date in the interface language (dd.MM.yyyy or yyyy-MM-dd)."""
    return _DATE_FORMATS.get(display_language(), _ISO)[0]


def format_date(date: dt.date | None) -> str:
    """A date the way the interface language writes it (15.10.2026, or 2026-10-15 in English); "" for none."""
    return date.strftime(_DATE_FORMATS.get(display_language(), _ISO)[1]) if date else ""


def format_utc_timestamp(moment: dt.datetime | None) -> str:
    """A stored UTC time (naive) as local date and time, to the minute."""
    if moment is None:
        return ""
    local = moment.replace(tzinfo=dt.UTC).astimezone()
    return f"{format_date(local.date())} {local:%H:%M}"


def countries_text(codes: list[str]) -> str:
    """Country names for ISO codes in the interface language, comma-separated."""
    language = display_language()
    return ", ".join(country_name(code, language) for code in codes)


def all_country_names(codes: list[str]) -> str:
    """Every language's name of each country, so a filter finds "Russia", "Rusiya" and "Россия"."""
    return " ".join(country_name(code, lang) for code in codes for lang in ("en", "az", "ru"))
