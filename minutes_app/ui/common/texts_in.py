"""The lists' texts in the language the officer chose to read them in ("Texts in:"), separate from the interface's.

"" (Original) shows each meeting's texts as written and the vocabularies in the interface language.
A language shows each text's translation, the directory's spelling of each name and the ministry's
words for statuses, kinds and countries in it; a text with no form in that language shows as
written and is marked (`Shown.fallback`), so the officer sees what still needs translating.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont

from minutes_app.domain.countries import country_name
from minutes_app.exports import labels as words
from minutes_app.ui.common import vocabulary_labels
from minutes_app.ui.common.formatting import countries_text

ORIGINAL = ""
TEXT_LANGUAGES = ("az", "ru", "en")  # the chooser's order after "Original"

# The interface's vocabulary (ui.common.vocabulary_labels) and the documents' catalogue key (exports.labels) of each vocabulary.
_CATALOGUE_KINDS = {
    vocabulary_labels.MEETING_KIND: "kind",
    vocabulary_labels.MEETING_STATUS: "meeting_status",
    vocabulary_labels.FOLLOW_UP_STATUS: "status",
    vocabulary_labels.PRIORITY: "priority",
}


class Shown(NamedTuple):
    """A cell's text and whether it fell back to the original for want of a form in the chosen language."""

    text: str
    fallback: bool = False


def record_text(record: Any, field: str, lang: str) -> Shown:
    """A translatable field of a plain record (with `language` and `translations`) as shown in `lang`."""
    original = str(getattr(record, field))
    if not lang or lang == record.language:
        return Shown(original)
    translated = record.translations.get(field, {}).get(lang, "")
    if translated.strip():
        return Shown(translated)
    return Shown(original, bool(original.strip()))


def form_in(forms: dict[str, str], lang: str, recorded: str) -> Shown:
    """A name or text kept per language (`forms`) as shown in `lang`; the recorded one when it has no form there."""
    if not lang:
        return Shown(recorded)
    form = forms.get(lang, "").strip()
    if form:
        return Shown(form)
    return Shown(recorded, bool(recorded.strip()))


def joined(parts: list[Shown], separator: str) -> Shown:
    """Several shown parts as one cell, marked when any of them fell back."""
    kept = [part for part in parts if part.text]
    return Shown(separator.join(part.text for part in kept), any(part.fallback for part in kept))


def vocabulary(kind: str, value: str, lang: str) -> str:
    """A vocabulary word (a ui.common.vocabulary_labels kind): the ministry's word in `lang`, else the interface's label."""
    if lang and kind in _CATALOGUE_KINDS:
        return words.vocab(_CATALOGUE_KINDS[kind], value, lang)
    return vocabulary_labels.label(kind, value)


def countries(codes: list[str], lang: str) -> str:
    """Country names in `lang`, else in the interface language, comma-separated."""
    if not lang:
        return countries_text(codes)
    return ", ".join(country_name(code, lang) for code in codes)


def fallback_note(lang: str) -> str:
    """The tooltip of a cell shown as written because it has no form in `lang`."""
    notes = {
        "az": QCoreApplication.translate("TextsIn", "Not translated into Azerbaijani: shown as written"),
        "ru": QCoreApplication.translate("TextsIn", "Not translated into Russian: shown as written"),
        "en": QCoreApplication.translate("TextsIn", "Not translated into English: shown as written"),
    }
    return notes.get(lang, "")


def fallback_font() -> QFont:
    """Italic: how a cell shown as written (not in the chosen language) stands out."""
    font = QFont()
    font.setItalic(True)
    return font


def with_note(tooltip: object, lang: str) -> str:
    """A cell's tooltip followed by the fallback note."""
    note = fallback_note(lang)
    return f"{tooltip}\n({note})" if tooltip else note
