"""The sample meeting in English, Azerbaijani and Russian; demo over an older, English-only sample."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest

from minutes_app.domain.multilingual import TRANSLATABLE, untranslated
from minutes_app.services import Services, demo
from minutes_app.services.demo import add_missing_translations, load_demo, load_demo_data, sample_meeting
from minutes_app.store import models as m

STORES_TRANSLATIONS = hasattr(m.MeetingRow, "translations")  # the store's column (issue 11 part F)
CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def english_only(data: dict[str, Any]) -> dict[str, Any]:
    """The sample as the earlier releases shipped it: no translations, the directory's positions."""
    old = copy.deepcopy(data)
    spec = old["meeting"]
    for part in [spec, *spec["participants"], *spec["agenda"], *spec["decisions"], *spec["follow_ups"]]:
        part.pop("translations", None)
    for part in spec["participants"]:
        part.pop("position", None)
    return old


def record_of(spec: dict[str, Any]) -> Any:
    """The sample's record with made-up ids (no store needed)."""
    data = load_demo_data()
    orgs = {o["key"]: i + 1 for i, o in enumerate(data["organisations"])}
    people = {p["key"]: i + 1 for i, p in enumerate(data["people"])}
    topics = {name: i + 1 for i, name in enumerate({*spec["topics"], *(f["topic"] for f in spec["follow_ups"])})}
    return sample_meeting(spec, orgs, people, {k: k for k in orgs}, topics)


def test_every_translatable_text_of_the_sample_is_in_azerbaijani_and_russian() -> None:
    meeting = record_of(load_demo_data()["meeting"])
    assert meeting.language == "en"
    assert untranslated(meeting, "az") == [] and untranslated(meeting, "ru") == []
    records = [meeting, *meeting.attendances, *meeting.agenda, *meeting.decisions, *meeting.follow_ups]
    texts = [(lang, text) for rec in records for by_lang in rec.translations.values() for lang, text in by_lang.items()]
    assert {lang for lang, _ in texts} == {"az", "ru"}  # never the original language
    assert all(CYRILLIC.search(text) for lang, text in texts if lang == "ru")
    assert not any(CYRILLIC.search(text) for lang, text in texts if lang == "az")
    assert all(
        set(rec.translations) <= set(TRANSLATABLE[kind])
        for kind, rec in [("meeting", meeting), *[("agenda", a) for a in meeting.agenda]]
    )


def test_an_english_only_sample_gets_every_translation_and_an_edited_text_none() -> None:
    data = load_demo_data()
    meeting = record_of(english_only(data)["meeting"])
    meeting.decisions[0].text = "To continue the diversification (edited by the officer)."
    assert untranslated(meeting, "ru")
    assert add_missing_translations(meeting, data["meeting"])
    left = untranslated(meeting, "ru")
    assert [(u.kind, u.index, u.field) for u in left] == [("decision", 0, "text")]
    assert [(u.kind, u.index, u.field) for u in untranslated(meeting, "az")] == [("decision", 0, "text")]
    assert not add_missing_translations(meeting, data["meeting"])  # nothing more to add


def counts(services: Services) -> tuple[int, ...]:
    """How many meetings, people, organisations, topics and follow-ups the store holds."""
    with services.store.reading() as session:
        return tuple(
            session.query(model).count()
            for model in (m.MeetingRow, m.PersonRow, m.OrganisationRow, m.TopicRow, m.FollowUpRow, m.AttendanceRow)
        )


def test_demo_twice_adds_nothing(services: Services) -> None:
    first, created = load_demo(services)
    before = counts(services)
    again, created_again = load_demo(services)
    assert created and not created_again and again.id == first.id
    assert counts(services) == before
    if STORES_TRANSLATIONS:
        assert again.version == first.version  # nothing to add: not even saved again


@pytest.mark.skipif(
    not STORES_TRANSLATIONS, reason="the store keeps translations from migration 0003 (issue 11 part F)"
)
def test_demo_over_an_old_english_only_sample_adds_the_translations(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = load_demo_data()
    monkeypatch.setattr(demo, "load_demo_data", lambda: english_only(data))
    old, _ = load_demo(services)
    assert untranslated(old, "ru")
    before = counts(services)
    monkeypatch.setattr(demo, "load_demo_data", lambda: data)
    meeting, created = load_demo(services)
    assert not created and meeting.id == old.id and counts(services) == before
    stored = services.meetings.get(meeting.id or 0)
    assert untranslated(stored, "az") == [] and untranslated(stored, "ru") == []
    assert stored.agenda[0].translations["title"]["ru"] == data["meeting"]["agenda"][0]["translations"]["title"]["ru"]
