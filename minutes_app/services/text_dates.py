"""Dates as they are written in minutes in English, Russian and Azerbaijani, found inside running text."""

from __future__ import annotations

import datetime as dt
import re

from minutes_app.domain.sheet_values import fold_text, month_of

# Azerbaijani short forms of June and July that minutes use and a sheet's month table does not.
_AZ_SHORT_MONTHS = {"iyn": 6, "iyl": 7}

# «15» октября 2026 г. / 15 October 2026 / 15 oktyabr 2026-cı il / 15-ci oktyabr 2026
_DAY_MONTH_YEAR = re.compile(
    r"(?<!\d)[«\"“]?(\d{1,2})[»\"”]?(?:-?(?:ci|cı|cu|cü))?\s+([^\W\d_]{3,12})\.?,?\s+(\d{4})(?!\d)"
)
_MONTH_DAY_YEAR = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)")  # October 15, 2026
_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})[./](\d{1,2})[./](\d{4})(?![\d])")  # 15.10.2026, 15/10/2026
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")  # 2026-10-15


def month_number(word: str) -> int | None:
    """The month a name or abbreviation means in en, ru or az ("October", "октября", "окт", "oktyabr"), or None."""
    return month_of(fold_text(word)) or _AZ_SHORT_MONTHS.get(word.lower().rstrip("."))


def _date(year: str, month: int | None, day: str) -> dt.date | None:
    if month is None:
        return None
    try:
        return dt.date(int(year), month, int(day))
    except ValueError:
        return None


def dates_in(text: str) -> list[tuple[int, dt.date]]:
    """Every date written in `text`, with where it starts, in reading order."""
    found: list[tuple[int, dt.date | None]] = []
    for match in _DAY_MONTH_YEAR.finditer(text):
        day, word, year = match.groups()
        found.append((match.start(), _date(year, month_number(word), day)))
    for match in _MONTH_DAY_YEAR.finditer(text):
        word, day, year = match.groups()
        found.append((match.start(), _date(year, month_number(word), day)))
    for match in _NUMERIC.finditer(text):
        day, month, year = match.groups()
        found.append((match.start(), _date(year, int(month), day)))
    for match in _ISO.finditer(text):
        year, month, day = match.groups()
        found.append((match.start(), _date(year, int(month), day)))
    return sorted((at, date) for at, date in found if date is not None)


def first_date(text: str) -> dt.date | None:
    """The first date written in `text`, or None."""
    found = dates_in(text)
    return found[0][1] if found else None
