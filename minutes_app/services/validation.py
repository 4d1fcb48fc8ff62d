"""Checks on input before anything is written; each failure raises ValidationError naming the field."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from enum import StrEnum
from typing import TypeVar

from minutes_app.domain.errors import ValidationError

# C0 controls other than tab, newline and carriage return cannot be stored on PostgreSQL (NUL)
# nor written to Word; they are refused rather than silently changed.
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
MAX_LONG_TEXT = 10_000_000
# Dates outside these years are typos; 9999-12-31 also breaks every "the day after" computation.
FIRST_YEAR, LAST_YEAR = 1900, 2200
E = TypeVar("E", bound=StrEnum)


def _kind_of(char: str) -> str:
    """What a forbidden character is, in words a person can act on."""
    if "\ud800" <= char <= "\udfff":
        return "half of a broken character pair (a lone surrogate, usually from a damaged copy and paste)"
    if char in "\ufffe\uffff":
        return "a character that is not text"
    return "a control character"


def clean_text(field: str, value: object, *, max_length: int = MAX_LONG_TEXT, required: bool = False) -> str:
    """Text stripped at both ends; refused when missing, too long, or holding control characters."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(field, f"must be text, not {type(value).__name__}")
    text = value.strip()
    if required and not text:
        raise ValidationError(field, "is required")
    if len(text) > max_length:
        raise ValidationError(field, f"is too long ({len(text):,} characters; at most {max_length:,})")
    bad = _FORBIDDEN.search(text)
    if bad:
        raise ValidationError(
            field, f"contains {_kind_of(bad.group())} (U+{ord(bad.group()):04X}) that cannot be stored"
        )
    return text


def check_choice(field: str, value: object, choices: type[E]) -> str:
    """A value of the vocabulary `choices`, refused otherwise with the allowed values listed."""
    allowed = [c.value for c in choices]
    if value not in allowed:
        shown = ", ".join(a or '""' for a in allowed)
        raise ValidationError(field, f"{value!r} is not one of: {shown}")
    return str(value)


def parse_date(field: str, value: object, *, required: bool = False) -> dt.date | None:
    """A date from a date or an ISO string (YYYY-MM-DD); refused when it is not a real date or out of range."""
    date = _parse_date(field, value, required=required)
    if date is not None:
        check_year(field, date)
    return date


def check_year(field: str, value: dt.date) -> None:
    """Refuse a date or timestamp outside FIRST_YEAR..LAST_YEAR (a typo, and past what calendars can hold)."""
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValidationError(field, f"{value.isoformat()} is not between the years {FIRST_YEAR} and {LAST_YEAR}")


def _parse_date(field: str, value: object, *, required: bool) -> dt.date | None:
    if value is None or value == "":
        if required:
            raise ValidationError(field, "is required")
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError(field, f"{value!r} is not a date (expected YYYY-MM-DD)") from None
    raise ValidationError(field, f"{value!r} is not a date")


def parse_time(field: str, value: object) -> dt.time | None:
    """A time of day from a time or an HH:MM string."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.time):
        return value.replace(tzinfo=None)
    if isinstance(value, str):
        try:
            return dt.time.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError(field, f"{value!r} is not a time (expected HH:MM)") from None
    raise ValidationError(field, f"{value!r} is not a time")


def check_id(field: str, value: object, *, required: bool = False) -> int | None:
    """A record id: a positive integer, or None when optional."""
    if value is None:
        if required:
            raise ValidationError(field, "is required")
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not (0 < value < 2**62):
        raise ValidationError(field, f"{value!r} is not a valid record number")
    return value


def check_country(field: str, value: object) -> str:
    """An ISO 3166-1 alpha-2 code, upper-cased; "" allowed."""
    from minutes_app.domain.countries import is_country_code

    text = clean_text(field, value, max_length=2).upper()
    if text and not is_country_code(text):
        raise ValidationError(field, f"{value!r} is not an ISO 3166 country code")
    return text


def check_countries(field: str, values: Iterable[object]) -> list[str]:
    """A list of distinct country codes in the given order."""
    result: list[str] = []
    for value in values:
        code = check_country(field, value)
        if code and code not in result:
            result.append(code)
    return result


def clean_translations(
    where: str, value: object, limits: dict[str, int], *, original: str
) -> dict[str, dict[str, str]]:
    """Translations checked like their originals: `limits` maps each translatable field to its longest text.

    Field names read like the editor's: "agenda[2].title (ru)". Empty translations are dropped;
    a translation into the meeting's original language is refused (that text is the field itself).
    """
    from minutes_app.domain.multilingual import LANGUAGES

    prefix = f"{where}." if where else ""
    if value is None:
        return {}
    if not isinstance(value, dict):
        kind = type(value).__name__
        raise ValidationError(f"{prefix}translations", f"must map fields to their translations, not {kind}")
    unknown = [field for field in value if field not in limits]
    if unknown:
        shown = ", ".join(limits)
        raise ValidationError(f"{prefix}translations", f"{unknown[0]!r} cannot be translated (only: {shown})")
    result: dict[str, dict[str, str]] = {}
    for field in (f for f in limits if f in value):  # in the editor's order, so the first bad field is named
        texts = value[field]
        if not isinstance(texts, dict):
            kind = type(texts).__name__
            raise ValidationError(f"{prefix}{field}", f"its translations must map languages to texts, not {kind}")
        kept: dict[str, str] = {}
        for lang in sorted(texts, key=str):
            if lang not in LANGUAGES:
                shown = ", ".join(LANGUAGES)
                raise ValidationError(f"{prefix}{field}", f"{lang!r} is not a language of the minutes ({shown})")
            name = f"{prefix}{field} ({lang})"
            if lang == original and isinstance(texts[lang], str) and texts[lang].strip():
                raise ValidationError(
                    name, f"is in the meeting's original language ({original}): that text is the field itself"
                )
            text = clean_text(name, texts[lang], max_length=limits[field])
            if text:
                kept[lang] = text
        if kept:
            result[field] = kept
    return result
