"""Dates and times as people type them: 15.10.2026, 15/10/2026, 2026-10-15, 20261015, 15102026; 1100, 11:00, 11.00."""

from __future__ import annotations

import datetime as dt
import re

DATE_CHARACTERS = frozenset("0123456789./- ")
TIME_CHARACTERS = frozenset("0123456789:. ")
_SEPARATORS = re.compile(r"[./\- ]+")


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str, *, around: dt.date) -> dt.date | None:
    """The date `text` means, or None; a day alone or a day and month take the rest from `around`.

    With separators the year comes first only when it is written with four digits (2026-10-15);
    otherwise the day does (15.10.2026, 15/10/2026). Eight digits read as yyyyMMdd when that is
    a date, else as ddMMyyyy: both cannot be dates, as a month is never 19 to 22.
    """
    parts = [p for p in _SEPARATORS.split(text.strip()) if p]
    if not parts or not all(p.isdigit() for p in parts):
        return None
    if len(parts) == 1:
        digits = parts[0]
        if len(digits) == 8:
            return _date(int(digits[:4]), int(digits[4:6]), int(digits[6:])) or _date(
                int(digits[4:]), int(digits[2:4]), int(digits[:2])
            )
        if len(digits) <= 2:
            return _date(around.year, around.month, int(digits))
        return None
    if len(parts) == 3 and len(parts[0]) == 4:
        return _date(int(parts[0]), int(parts[1]), int(parts[2]))
    if any(len(p) > 2 for p in parts[:2]) or len(parts) > 3:
        return None
    if len(parts) == 2:
        return _date(around.year, int(parts[1]), int(parts[0]))
    if len(parts[2]) != 4:  # a two-digit year could be any century: ask for all four digits
        return None
    return _date(int(parts[2]), int(parts[1]), int(parts[0]))


def parse_time(text: str) -> dt.time | None:
    """The time `text` means (9, 930, 1100, 11:00, 11.00, 11 00), or None."""
    parts = [p for p in re.split(r"[:. ]+", text.strip()) if p]
    if not parts or len(parts) > 2 or not all(p.isdigit() for p in parts):
        return None
    if len(parts) == 1:
        digits = parts[0]
        if len(digits) > 4:
            return None
        hour, minute = (digits, "0") if len(digits) <= 2 else (digits[:-2], digits[-2:])
    else:
        hour, minute = parts
        if len(hour) > 2 or len(minute) != 2:
            return None
    if int(hour) > 23 or int(minute) > 59:
        return None
    return dt.time(int(hour), int(minute))
