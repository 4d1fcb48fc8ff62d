"""The vocabulary (statuses, kinds, roles, sides, priorities...) says the same on screen and in the documents.

The interface takes its words from Qt's catalogues (ui/common/vocabulary_labels.py, the compiled .qm files), the documents
from their own catalogue (exports/labels.py, wording reviewed by a language reader); an officer who
filters by "На исполнении" must find the same word in the status report. Read from the real .qm files.
Topics are not compared: they are the ministry's own list, kept with their names in each language.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator

from minutes_app.exports import labels as documents
from minutes_app.ui.common import vocabulary_labels
from minutes_app.ui.common.translations import APP_CATALOGUE, translations_dir

# Each interface vocabulary and the key under which the documents' catalogue holds its words.
DOCUMENT_KEY = {
    vocabulary_labels.MEETING_KIND: "kind",
    vocabulary_labels.MEETING_STATUS: "meeting_status",
    vocabulary_labels.ROLE: "role",
    vocabulary_labels.SIDE: "side",
    vocabulary_labels.PRIORITY: "priority",
    vocabulary_labels.FOLLOW_UP_STATUS: "status",
    vocabulary_labels.ORGANISATION_KIND: "org_kind",
    vocabulary_labels.CONFIDENTIALITY: "confidentiality",
}
# Deliberate differences, with the reason.
NOT_COMPARED = {
    # The chooser names each language in itself (so an officer finds their own whatever the interface
    # shows); a document names it in its own language and grammar ("на азербайджанском и русском языках").
    vocabulary_labels.LANGUAGE: "named in itself on screen, in the document's language and case on paper",
}
SCREEN_ONLY = {
    # A choice in the meeting form; a document that is not marked prints no mark at all.
    (vocabulary_labels.CONFIDENTIALITY, ""),
}
# Roles stand alone in the interface's lists, so they begin with a capital; the documents print them
# in running text and after a name ("(глава делегации)"), so in small letters. Only the case differs.
LOWER_CASE_IN_DOCUMENTS = {vocabulary_labels.ROLE}


def _interface_words(language: str) -> dict[tuple[str, str], str]:
    """Every (vocabulary, value) and its word in the compiled interface catalogue of `language` ("" when missing)."""
    translator = QTranslator()
    if language != "en":
        assert translator.load(f"{APP_CATALOGUE}_{language}", str(translations_dir()))
    words = {}
    for kind in vocabulary_labels.vocabularies():
        for value, english in vocabulary_labels.choices(kind):
            words[kind, value] = english if language == "en" else translator.translate(kind, english)
    return words


def _as_listed(word: str, kind: str, language: str) -> str:
    """The documents' word as the interface lists it."""
    if kind in LOWER_CASE_IN_DOCUMENTS and word:
        return documents.upper(word[0], language) + word[1:]
    return word


def test_every_vocabulary_is_compared_or_its_difference_explained() -> None:
    assert set(vocabulary_labels.vocabularies()) == set(DOCUMENT_KEY) | set(NOT_COMPARED)


@pytest.mark.parametrize("kind", sorted(DOCUMENT_KEY))
def test_both_have_the_same_values(kind: str) -> None:
    prefix = DOCUMENT_KEY[kind] + "."
    on_screen = {value for value, _ in vocabulary_labels.choices(kind) if (kind, value) not in SCREEN_ONLY}
    # Keys with {placeholders} under the same prefix are phrases, not vocabulary words ("side.from_country").
    on_paper = {
        key.removeprefix(prefix)
        for key, word in documents.catalogue("en").items()
        if key.startswith(prefix) and "{" not in word
    }
    assert on_screen == on_paper


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("language", ["en", "az", "ru"])
def test_screen_and_documents_use_the_same_words(language: str) -> None:
    interface = _interface_words(language)
    paper = documents.catalogue(language)
    differ = []
    for (kind, value), shown in sorted(interface.items()):
        if kind in NOT_COMPARED or (kind, value) in SCREEN_ONLY:
            continue
        printed = _as_listed(paper[f"{DOCUMENT_KEY[kind]}.{value}"], kind, language)
        if shown != printed:
            differ.append(f"  [{kind}] {value}: interface {shown!r}, documents {printed!r}")
    assert not differ, f"{language}: the interface and the documents name these differently:\n" + "\n".join(differ)
