"""Texts a document would print in the original language: named for the officer, and refused unless allowed."""

from __future__ import annotations

from typing import Any

from minutes_app.domain.errors import ExportError
from minutes_app.domain.multilingual import Untranslated, untranslated

LANGUAGE_NAMES: dict[str, str] = {"az": "Azerbaijani", "ru": "Russian", "en": "English"}

# How a field is called where the officer sees it (the Word labels, not the attribute names).
_FIELD_NAMES: dict[str, str] = {
    "description": "action",
    "prepared_by": "prepared by",
    "approved_by": "approved by",
    "signatory_host": "signature line of the host side",
    "signatory_guest": "signature line of the guest side",
}
_KIND_NAMES: dict[str, str] = {
    "agenda": "agenda item",
    "decision": "decision",
    "follow_up": "follow-up",
    "attendance": "participant",
}


def _participant(meeting: Any, index: int) -> str:
    """The participant at `index` of the meeting's attendances, by name where one is known."""
    attendance = meeting.attendances[index]
    if attendance.person is not None and attendance.person.name:
        return str(attendance.person.name)
    if attendance.organisation is not None and attendance.organisation.name:
        return f"representative of {attendance.organisation.name}"
    return str(index + 1)


def describe_untranslated(item: Untranslated, meeting: Any | None = None) -> str:
    """One readable line for an untranslated text: "agenda item 2: notes", "decision 1", "meeting: venue"."""
    field = _FIELD_NAMES.get(item.field, item.field)
    if item.index is None:
        return f"meeting: {field}"
    if item.kind == "decision":
        return f"decision {item.index + 1}"
    if item.kind == "attendance" and meeting is not None:
        return f"participant {_participant(meeting, item.index)}: {field}"
    return f"{_KIND_NAMES.get(item.kind, item.kind)} {item.index + 1}: {field}"


class UntranslatedError(ExportError):
    """A document refused because some texts have no translation into its language."""

    def __init__(self, meeting: Any, missing: dict[str, list[Untranslated]], asked: int = 1) -> None:
        counts = ", ".join(f"{len(items)} in {LANGUAGE_NAMES.get(lang, lang)}" for lang, items in missing.items())
        super().__init__(
            f"the minutes have untranslated texts ({counts}); they would be printed in "
            f"{LANGUAGE_NAMES.get(meeting.language, meeting.language)}"
        )
        self.meeting = meeting
        self.missing = missing
        self.asked = asked  # how many languages the document is in

    def lines(self) -> list[str]:
        """One line per untranslated text, with its language when the document is in more than one."""
        several = self.asked > 1
        return [
            f"{LANGUAGE_NAMES.get(lang, lang)}: {describe_untranslated(item, self.meeting)}"
            if several
            else describe_untranslated(item, self.meeting)
            for lang, items in self.missing.items()
            for item in items
        ]


def refuse_untranslated(meeting: Any, languages: list[str], *, signatures: bool = True) -> None:
    """Raise UntranslatedError when `meeting` lacks a translation into any of `languages`.

    `signatures` False: the document prints no signature lines, so their translations are not needed.
    """
    missing = {lang: found for lang in languages if (found := untranslated(meeting, lang, signatures=signatures))}
    if missing:
        raise UntranslatedError(meeting, missing, asked=len(languages))
