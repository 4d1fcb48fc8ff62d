"""Search across languages: a meeting found by its attendees' spellings and by the words of any of its languages."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete, select

from minutes_app.domain import records as r
from minutes_app.paths import AppPaths
from minutes_app.services import Services, open_services, search_index
from minutes_app.store import models as m


def add_people_and_meetings(services: Services) -> dict[str, int]:
    """Three people known in three spellings, each at a meeting of their own, and a meeting none attended."""
    people = {
        "qudratov": r.Person(
            name="Laziz Kudratov",
            name_en="Laziz Kudratov",
            name_az="Laziz Qudratov",
            name_ru="Лазиз Кудратов",
            position="Minister of Investment, Industry and Trade of the Republic of Uzbekistan",
        ),
        "litzenberger": r.Person(
            name="Earle D. Litzenberger",
            name_en="Earle D. Litzenberger",
            name_az="Erl Litsenberqer",
            name_ru="Эрл Лиценбергер",
            position="Ambassador of the United States of America",
        ),
        "mirziyoyev": r.Person(
            name="Shavkat Mirziyoyev",
            name_en="Shavkat Mirziyoyev",
            name_az="Şavkat Mirziyoyev",
            name_ru="Шавкат Мирзиёев",
            position="President of the Republic of Uzbekistan",
        ),
    }
    ids = {key: services.directory.save_person(person).id or 0 for key, person in people.items()}
    titles = {
        "qudratov": "Meeting on the joint investment fund",
        "litzenberger": "Courtesy call on the Minister",
        "mirziyoyev": "Reception of the Uzbek delegation",
    }
    for key, title in titles.items():
        meeting = services.meetings.save(
            r.Meeting(
                title=title,
                date=dt.date(2026, 3, 2),
                countries=["UZ"],
                attendances=[r.Attendance(person_id=ids[key], side="guest", role="head_of_delegation")],
            )
        )
        ids[f"meeting_{key}"] = meeting.id or 0
    ids["meeting_none"] = (
        services.meetings.save(r.Meeting(title="Internal coordination", date=dt.date(2026, 3, 3))).id or 0
    )
    return ids


def meetings_found(services: Services, query: str) -> set[int]:
    """Ids of the meetings a search finds."""
    return {h.record_id for h in services.search.search(query) if h.kind == "meeting"}


@pytest.mark.parametrize(
    ("query", "key"), [("qudratov", "qudratov"), ("litsenberger", "litzenberger"), ("Мирзиёев", "mirziyoyev")]
)
def test_any_spelling_of_an_attendee_finds_the_meetings_they_attended(services: Services, query: str, key: str) -> None:
    ids = add_people_and_meetings(services)
    assert meetings_found(services, query) == {ids[f"meeting_{key}"]}
    assert ("person", ids[key]) in {(h.kind, h.record_id) for h in services.search.search(query)}


def test_a_new_spelling_in_the_directory_reindexes_the_meetings_attended(services: Services) -> None:
    ids = add_people_and_meetings(services)
    person = services.directory.person(ids["qudratov"])
    person.name_ru = "Лазиз Кудратов-Алиев"
    services.directory.save_person(person)
    assert meetings_found(services, "кудратов-алиев") == {ids["meeting_qudratov"]}
    assert meetings_found(services, "alie") == {ids["meeting_qudratov"]}


def test_a_russian_word_of_the_russian_discussion_finds_the_meeting(services: Services) -> None:
    meeting = services.meetings.save(
        r.Meeting(
            title="Заседание межправительственной комиссии",
            date=dt.date(2026, 4, 1),
            language="ru",
            summary="Стороны обсудили диверсификацию торгово-экономического сотрудничества.",
        )
    )
    services.meetings.save(r.Meeting(title="Other meeting", summary="Tourism only", date=dt.date(2026, 4, 2)))
    assert meetings_found(services, "диверсификацию") == {meeting.id}
    assert meetings_found(services, "сотрудничества") == {meeting.id}


@pytest.mark.skipif(
    not hasattr(m.MeetingRow, "translations"),
    reason="the store keeps translations from migration 0003 (issue 11 part F)",
)
def test_a_word_of_any_translation_finds_the_meeting_and_its_items(services: Services) -> None:
    saved = services.meetings.save(
        r.Meeting(
            title="Meeting on trade",
            date=dt.date(2026, 4, 1),
            language="en",
            summary="The parties discussed trade.",
            translations={
                "summary": {"ru": "Стороны обсудили диверсификацию торговли."},
                "title": {"az": "Ticarət üzrə görüş"},
            },
            agenda=[r.AgendaItem(title="Tourism", translations={"title": {"ru": "Туризм"}})],
            decisions=[r.Decision(text="To meet again", translations={"text": {"az": "Yenidən görüşmək"}})],
            follow_ups=[
                r.FollowUp(
                    description="Send the note",
                    department="Protocol",
                    translations={"department": {"ru": "Протокольный отдел"}},
                )
            ],
        )
    )
    hits = {(h.kind, h.record_id) for h in services.search.search("диверсификацию")}
    assert ("meeting", saved.id) in hits
    assert meetings_found(services, "ticarət") == {saved.id}
    assert ("agenda_item", saved.agenda[0].id) in {(h.kind, h.record_id) for h in services.search.search("туризм")}
    assert ("decision", saved.decisions[0].id) in {(h.kind, h.record_id) for h in services.search.search("yenidən")}
    assert ("follow_up", saved.follow_ups[0].id) in {
        (h.kind, h.record_id) for h in services.search.search("протокольный")
    }


def test_translations_are_read_from_json_text_or_a_mapping() -> None:
    stored = '{"title": {"ru": "Встреча", "az": "Görüş"}, "notes": {"en": "x"}, "bad": 3}'
    assert search_index.translated_texts(stored, ["title"]) == ["Görüş", "Встреча"]
    assert search_index.translated_texts({"title": {"ru": "Встреча"}}, ["title", "notes"]) == ["Встреча"]
    assert search_index.translated_texts("not json", ["title"]) == [] == search_index.translated_texts(None, ["title"])


def test_an_index_built_by_another_version_is_rebuilt_when_the_store_opens(any_paths: AppPaths) -> None:
    services = open_services(any_paths)
    ids = add_people_and_meetings(services)
    with services.store.writing() as session:
        # As an older app left it: meeting entries without attendees, and its own version number.
        session.execute(delete(m.SearchEntryRow.__table__).where(m.SearchEntryRow.kind == "meeting"))
        session.execute(
            m.SettingRow.__table__.update().where(m.SettingRow.key == search_index.VERSION_SETTING).values(value="1.1")
        )
    assert meetings_found(services, "qudratov") == set()
    services.close()
    services = open_services(any_paths)
    try:
        assert meetings_found(services, "qudratov") == {ids["meeting_qudratov"]}
        with services.store.reading() as session:
            assert search_index.is_current(session)
            version = session.scalar(select(m.SettingRow.value).where(m.SettingRow.key == search_index.VERSION_SETTING))
        assert version == search_index.built_version()
    finally:
        services.close()
