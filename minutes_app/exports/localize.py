"""Texts of a meeting in the document's language, each carrying the language it is actually written in.

A translated text reads in the document's language; a text with no translation falls back to the
meeting's original language and says so (`Said.lang`), so the Word run can be tagged for spelling.
"""

from __future__ import annotations

from typing import Any

from minutes_app.domain import multilingual

# Word's language tag for each of our languages (w:lang w:val).
SPELLING: dict[str, str] = {"en": "en-GB", "az": "az-Latn-AZ", "ru": "ru-RU"}


class Said(str):
    """A text together with the language it is written in ("" when it is the document's own)."""

    lang: str

    def __new__(cls, text: str, lang: str = "") -> Said:
        said = super().__new__(cls, text)
        said.lang = lang
        return said


def language_of(text: str, default: str) -> str:
    """The language `text` is written in: its own when it is a `Said` that knows, else `default`."""
    return getattr(text, "lang", "") or default


def like(text: str, source: str) -> Said:
    """`text` said in the language of `source` (a text built around a fallback stays tagged)."""
    return Said(text, getattr(source, "lang", ""))


def text_of(record: Any, field: str, lang: str, original: str) -> Said:
    """The field in `lang`, or in the original language (tagged so) when it has no translation."""
    text = multilingual.text_in(record, field, lang, original)
    fell_back = not multilingual.is_translated(record, field, lang, original)
    return Said(text, original if fell_back else "")


def tag(lang: str) -> str:
    """Word's language tag for one of our languages."""
    return SPELLING.get(lang, SPELLING["en"])
