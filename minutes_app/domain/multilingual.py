"""One record, texts in each language: which fields are translatable, and how a text is read in a language.

A meeting's texts are written in its original language (``Meeting.language``) and kept in the record's
own fields; translations into the other languages live in the record's ``translations`` mapping
(field -> language -> text). The original language never appears in ``translations``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

LANGUAGES: tuple[str, ...] = ("az", "ru", "en")

# field -> language -> text; only translations, never the original language.
Translations = dict[str, dict[str, str]]

# Which fields of which record can be translated (the kinds name the record types of a meeting).
MEETING_FIELDS: tuple[str, ...] = ("title", "venue", "summary", "prepared_by", "approved_by")
AGENDA_FIELDS: tuple[str, ...] = ("title", "notes")
DECISION_FIELDS: tuple[str, ...] = ("text",)
FOLLOW_UP_FIELDS: tuple[str, ...] = ("description", "department")
ATTENDANCE_FIELDS: tuple[str, ...] = ("position",)

TRANSLATABLE: dict[str, tuple[str, ...]] = {
    "meeting": MEETING_FIELDS,
    "agenda": AGENDA_FIELDS,
    "decision": DECISION_FIELDS,
    "follow_up": FOLLOW_UP_FIELDS,
    "attendance": ATTENDANCE_FIELDS,
}


def translation(record: Any, field: str, lang: str) -> str:
    """The stored translation of `field` into `lang` ("" when there is none)."""
    return str(record.translations.get(field, {}).get(lang, ""))


def text_in(record: Any, field: str, lang: str, original: str) -> str:
    """The text of `field` in `lang`: the original when `lang` is the original language or no translation exists."""
    if lang == original:
        return str(getattr(record, field))
    translated = translation(record, field, lang)
    return translated if translated.strip() else str(getattr(record, field))


def is_translated(record: Any, field: str, lang: str, original: str) -> bool:
    """True when `field` reads in `lang` without falling back to the original (an empty original needs nothing)."""
    if lang == original or not str(getattr(record, field)).strip():
        return True
    return bool(translation(record, field, lang).strip())


def set_translation(record: Any, field: str, lang: str, text: str) -> None:
    """Store (or, for an empty text, remove) the translation of `field` into `lang`."""
    texts = record.translations.setdefault(field, {})
    if text.strip():
        texts[lang] = text
    else:
        texts.pop(lang, None)
        if not texts:
            record.translations.pop(field, None)


@dataclass(frozen=True, slots=True)
class Untranslated:
    """One text of a meeting with no translation into the language asked for."""

    kind: str  # a key of TRANSLATABLE
    index: int | None  # the item's place in its list (None for the meeting itself)
    field: str


def untranslated(meeting: Any, lang: str) -> list[Untranslated]:
    """Every text of `meeting` that would fall back to its original language in `lang`, in document order."""
    original = meeting.language
    found: list[Untranslated] = []

    def scan(kind: str, items: list[Any] | None) -> None:
        for index, item in enumerate(items if items is not None else [meeting]):
            for field in TRANSLATABLE[kind]:
                if not is_translated(item, field, lang, original):
                    found.append(Untranslated(kind, None if items is None else index, field))

    scan("meeting", None)
    scan("attendance", meeting.attendances)
    scan("agenda", meeting.agenda)
    scan("decision", meeting.decisions)
    scan("follow_up", meeting.follow_ups)
    return found
