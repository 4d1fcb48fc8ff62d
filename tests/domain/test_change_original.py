"""Changing a meeting's original language: the translation becomes the original, or only the label changes."""

from __future__ import annotations

import pytest

from minutes_app.domain import records as r
from minutes_app.domain.multilingual import Untranslated, change_original, text_in


def _meeting() -> r.Meeting:
    return r.Meeting(
        title="Talks on transport corridors",
        language="en",
        venue="Baku",
        translations={
            "title": {"ru": "Переговоры по транспортным коридорам", "az": "Nəqliyyat dəhlizləri üzrə danışıqlar"},
            "venue": {"az": "Bakı"},
        },
        agenda=[
            r.AgendaItem(
                title="The North-South corridor",
                notes="Freight grew.",
                translations={"title": {"ru": "Коридор «Север — Юг»"}},
            ),
        ],
        decisions=[
            r.Decision(text="To set up a working group.", translations={"text": {"ru": "Создать рабочую группу."}})
        ],
    )


def test_a_translated_text_swaps_with_its_original() -> None:
    meeting = _meeting()
    left = change_original(meeting, "ru")
    assert meeting.language == "ru"
    assert meeting.title == "Переговоры по транспортным коридорам"
    assert meeting.translations["title"] == {
        "en": "Talks on transport corridors",
        "az": "Nəqliyyat dəhlizləri üzrə danışıqlar",
    }
    assert meeting.agenda[0].title == "Коридор «Север — Юг»"
    assert meeting.agenda[0].translations == {"title": {"en": "The North-South corridor"}}
    assert meeting.decisions[0].translations == {"text": {"en": "To set up a working group."}}
    # The Azerbaijani texts are untouched, and nothing holds the new original language as a translation.
    assert meeting.translations["venue"] == {"az": "Bakı"}
    assert all("ru" not in texts for texts in meeting.translations.values())
    # What had no Russian stays as it was; it is named, and English documents still read it.
    assert left == [Untranslated("meeting", None, "venue"), Untranslated("agenda", 0, "notes")]
    assert meeting.agenda[0].notes == "Freight grew."
    assert text_in(meeting.agenda[0], "notes", "en", meeting.language) == "Freight grew."


def test_swapping_back_gives_the_meeting_it_was() -> None:
    meeting = _meeting()
    change_original(meeting, "ru")
    change_original(meeting, "en")
    assert meeting == _meeting()


def test_with_no_translation_into_the_new_language_only_the_label_changes() -> None:
    meeting = r.Meeting(
        title="Rusiya nümayəndə heyəti ilə görüş",
        language="en",
        translations={"title": {"ru": "Встреча с делегацией России"}},
    )
    assert change_original(meeting, "az") == []
    assert meeting.language == "az"
    assert meeting.title == "Rusiya nümayəndə heyəti ilə görüş"
    assert meeting.translations == {"title": {"ru": "Встреча с делегацией России"}}


def test_the_same_language_or_an_unknown_one() -> None:
    meeting = _meeting()
    assert change_original(meeting, "en") == [] and meeting == _meeting()
    with pytest.raises(ValueError):
        change_original(meeting, "de")
