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
MEETING_FIELDS: tuple[str, ...] = (
    "title",
    "venue",
    "summary",
    "prepared_by",
    "approved_by",
    "signatory_host",
    "signatory_guest",
)
AGENDA_FIELDS: tuple[str, ...] = ("title", "notes")
DECISION_FIELDS: tuple[str, ...] = ("text",)
FOLLOW_UP_FIELDS: tuple[str, ...] = ("description", "department")
ATTENDANCE_FIELDS: tuple[str, ...] = ("position",)

# Printed only by the agreed minutes (over each head of delegation's signature): other documents need no translation.
SIGNATURE_FIELDS: tuple[str, ...] = ("signatory_host", "signatory_guest")

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


def untranslated(meeting: Any, lang: str, *, signatures: bool = True) -> list[Untranslated]:
    """Every text of `meeting` that would fall back to its original language in `lang`, in document order.

    `signatures` False leaves out the agreed minutes' signature lines (for documents that do not print them).
    """
    original = meeting.language
    found: list[Untranslated] = []

    def scan(kind: str, items: list[Any] | None) -> None:
        for index, item in enumerate(items if items is not None else [meeting]):
            for field in TRANSLATABLE[kind]:
                if not signatures and kind == "meeting" and field in SIGNATURE_FIELDS:
                    continue
                if not is_translated(item, field, lang, original):
                    found.append(Untranslated(kind, None if items is None else index, field))

    scan("meeting", None)
    scan("attendance", meeting.attendances)
    scan("agenda", meeting.agenda)
    scan("decision", meeting.decisions)
    scan("follow_up", meeting.follow_ups)
    return found


def records_of(meeting: Any) -> list[tuple[str, int | None, Any]]:
    """(kind, index, record) for the meeting and every record of it with translatable texts, in document order."""
    found: list[tuple[str, int | None, Any]] = [("meeting", None, meeting)]
    for kind, items in (
        ("attendance", meeting.attendances),
        ("agenda", meeting.agenda),
        ("decision", meeting.decisions),
        ("follow_up", meeting.follow_ups),
    ):
        found.extend((kind, index, item) for index, item in enumerate(items))
    return found


def change_original(meeting: Any, new_lang: str) -> list[Untranslated]:
    """Make `new_lang` the meeting's original language, in place; returns the texts left untranslated.

    Where a text has a translation into `new_lang`, the two swap: the translation becomes the
    original and the old original becomes the translation into the old language. A meeting with
    no translation into `new_lang` at all was written in it and only labelled wrongly: only the
    label changes. A text with no translation stays as it is (its old-language documents read
    it by fallback); those texts are returned so the officer can be told.
    """
    if new_lang not in LANGUAGES:
        raise ValueError(f"{new_lang!r} is not one of {', '.join(LANGUAGES)}")
    old_lang = meeting.language
    if new_lang == old_lang:
        return []
    records = records_of(meeting)
    if not any(new_lang in texts for _, _, record in records for texts in record.translations.values()):
        meeting.language = new_lang
        return []
    left = untranslated(meeting, new_lang)
    for kind, _index, record in records:
        for field in TRANSLATABLE[kind]:
            translated = translation(record, field, new_lang)
            if not translated.strip():
                continue
            old_text = str(getattr(record, field))
            set_translation(record, field, new_lang, "")
            setattr(record, field, translated)
            set_translation(record, field, old_lang, old_text)
    meeting.language = new_lang
    return left
