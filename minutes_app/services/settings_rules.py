"""What each stored setting may hold: one check per setting, for its stored text form (import, read, save)."""

from __future__ import annotations

import re
import zoneinfo
from collections.abc import Callable

from minutes_app.domain.errors import ValidationError
from minutes_app.domain.vocab import Language
from minutes_app.services import validation as v

MAX_BACKUPS_TO_KEEP = 1000
MAX_REMINDER_DAYS = 30  # days before a deadline that the calendar's reminder fires
MAX_ATTACHMENT_LIMIT_MB = 4096  # the largest per-file limit for attachments, in megabytes
MAX_SETTING_KEY = 100  # app_setting.key
MAX_OTHER_VALUE = 100_000  # tracker presets (a filter as JSON) and settings of later versions
_ASCII_NUMBER = re.compile(r"[0-9]{1,9}")
# "http://", "smb:", "file:"... but not a drive letter ("C:\"), which has a one-letter scheme.
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:")
_INSTALLATION_ID = re.compile(r"[0-9a-f]{32}")


def _number(field: str, text: str, low: int, high: int) -> int:
    if not _ASCII_NUMBER.fullmatch(text) or not low <= int(text) <= high:
        raise ValidationError(field, f"{text!r} is not a whole number from {low} to {high}")
    return int(text)


def check_officer_name(text: str) -> str:
    """The officer's name: plain text of at most 300 characters."""
    return v.clean_text("officer_name", text, max_length=300)


def check_officer_position(text: str) -> str:
    """The officer's position: plain text of at most 500 characters."""
    return v.clean_text("officer_position", text, max_length=500)


def check_own_organisation_id(text: str) -> int | None:
    """The officer's own organisation: a record number, or empty."""
    text = v.clean_text("own_organisation_id", text, max_length=20)
    return _number("own_organisation_id", text, 1, 2**31 - 1) if text else None


def check_minutes_language(text: str) -> str:
    """The language of new minutes: en, az or ru."""
    return v.check_choice("minutes_language", text, Language)


def check_minutes_template(text: str) -> str:
    """A Word file on this computer (not a network share nor an address), or empty for the bundled template."""
    text = v.clean_text("minutes_template", text, max_length=4000)
    if not text:
        return text
    if text.startswith(("\\\\", "//")) or _URL.match(text):
        raise ValidationError(
            "minutes_template",
            f"{text!r} is not a file on this computer; Word templates from a network share or an address are not used",
        )
    if not text.lower().endswith((".docx", ".dotx")):
        raise ValidationError("minutes_template", f"{text!r} is not a Word file (.docx or .dotx)")
    return text


def check_reminders(text: str) -> bool:
    """Reminders on ("1") or off ("0")."""
    if text not in ("0", "1"):
        raise ValidationError("reminders", f"{text!r} is not 1 (on) or 0 (off)")
    return text == "1"


def check_backups_to_keep(text: str) -> int:
    """How many automatic backups are kept: 1 to 1000."""
    return _number("backups_to_keep", text, 1, MAX_BACKUPS_TO_KEEP)


def check_calendar_time_zone(text: str) -> str:
    """The calendar's time zone: an IANA name this computer knows, e.g. Asia/Baku."""
    text = v.clean_text("calendar_time_zone", text, max_length=100)
    try:
        zoneinfo.ZoneInfo(text)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(
            "calendar_time_zone", f"{text!r} is not a time zone (e.g. Asia/Baku, Europe/Moscow)"
        ) from exc
    return text


def check_calendar_reminder_days(text: str) -> int:
    """Days before a deadline that the calendar reminds: 0 (no reminder) to 30."""
    return _number("calendar_reminder_days", text, 0, MAX_REMINDER_DAYS)


def check_attachment_limit_mb(text: str) -> int:
    """The largest file that can be attached, in megabytes: 1 to 4096."""
    return _number("attachment_limit_mb", text, 1, MAX_ATTACHMENT_LIMIT_MB)


def check_installation_id(text: str) -> str:
    """This installation's random id: 32 hexadecimal digits (services/installation.py)."""
    if not _INSTALLATION_ID.fullmatch(text):
        raise ValidationError("installation_id", f"{text!r} is not 32 hexadecimal digits")
    return text


RULES: dict[str, Callable[[str], object]] = {
    "officer_name": check_officer_name,
    "officer_position": check_officer_position,
    "own_organisation_id": check_own_organisation_id,
    "minutes_language": check_minutes_language,
    "minutes_template": check_minutes_template,
    "reminders": check_reminders,
    "backups_to_keep": check_backups_to_keep,
    "calendar_time_zone": check_calendar_time_zone,
    "calendar_reminder_days": check_calendar_reminder_days,
    "attachment_limit_mb": check_attachment_limit_mb,
    "installation_id": check_installation_id,
}


def check_setting(key: object, value: object) -> object:
    """The value of setting `key` read from its text; ValidationError naming the setting when it cannot be."""
    if not isinstance(key, str) or not key or key != v.clean_text("settings", key, max_length=MAX_SETTING_KEY):
        raise ValidationError(f"{str(key)[:MAX_SETTING_KEY]!r}", "is not a valid setting name")
    if not isinstance(value, str):
        raise ValidationError(key, f"must be text, not {type(value).__name__}")
    rule = RULES.get(key)
    if rule is None:  # tracker presets and the like: text without control characters
        return v.clean_text(key, value, max_length=MAX_OTHER_VALUE)
    return rule(value)
