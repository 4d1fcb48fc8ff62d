"""The plain summaries of the lists carry the translations and the directory's spellings, on both engines."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

from minutes_app.domain import records as r
from minutes_app.domain.filters import FollowUpFilter
from minutes_app.services import Services

TODAY = dt.date(2026, 3, 1)


def _meeting(services: Services) -> r.Meeting:
    ours = services.directory.save_organisation(
        r.Organisation(name="Ministry of Economy", kind="ministry", country="AZ")
    )
    theirs = services.directory.save_organisation(
        r.Organisation(
            name="Ministry of Economic Development",
            kind="ministry",
            country="RU",
            name_ru="Министерство экономического развития",
        )
    )
    minister = services.directory.save_person(
        r.Person(
            name="Mikayil Jabbarov",
            name_ru="Микаил Джаббаров",
            name_az="Mikayıl Cabbarov",
            organisation_id=ours.id,
        )
    )
    guest = services.directory.save_person(
        r.Person(
            name="Maxim Reshetnikov",
            name_ru="Максим Решетников",
            organisation_id=theirs.id,
            position="Minister",
            position_ru="Министр",
        )
    )
    topic = services.topics.list_topics()[0]
    return services.meetings.save(
        r.Meeting(
            title="Meeting on trade",
            venue="Baku",
            date=dt.date(2026, 2, 10),
            countries=["RU"],
            language="en",
            summary="A long discussion.",
            translations={
                "title": {"ru": "Встреча по торговле"},
                "venue": {"ru": "Баку"},
                "summary": {"ru": "Долгое обсуждение."},
            },
            attendances=[
                r.Attendance(
                    person_id=minister.id,
                    side="host",
                    role="head_of_delegation",
                    position="Minister of Economy",
                    translations={"position": {"ru": "Министр экономики"}},
                ),
                r.Attendance(
                    person_id=guest.id,
                    side="guest",
                    role="head_of_delegation",
                    position="Minister",
                    translations={"position": {"ru": "Министр"}},
                ),
            ],
            decisions=[r.Decision(text="Hold the commission", translations={"text": {"ru": "Провести комиссию"}})],
            follow_ups=[
                r.FollowUp(
                    description="Prepare the draft",
                    department="Trade department",
                    owner_id=minister.id,
                    topic_id=topic.id,
                    due_date=dt.date(2026, 4, 1),
                    translations={"description": {"ru": "Подготовить проект"}},
                ),
                r.FollowUp(description="Agree the date", due_date=dt.date(2026, 5, 1)),
            ],
        )
    )


def test_meeting_summaries_carry_the_title_and_venue_translations_only(services: Services) -> None:
    meeting = _meeting(services)
    [summary] = services.meetings.list_meetings()
    assert summary.id == meeting.id and summary.language == "en"
    # the list reads only what it shows: the translated summary stays in the store
    assert summary.translations == {"title": {"ru": "Встреча по торговле"}, "venue": {"ru": "Баку"}}


def test_tracker_rows_carry_translations_spellings_and_sort_by_the_shown_text(services: Services) -> None:
    _meeting(services)
    rows = {row.description: row for row in services.follow_ups.list_follow_ups(today=TODAY)}
    draft = rows["Prepare the draft"]
    assert draft.language == "en"
    assert draft.translations == {"description": {"ru": "Подготовить проект"}}
    assert draft.meeting_titles == {"ru": "Встреча по торговле"}
    assert draft.owner_names["ru"] == "Микаил Джаббаров" and draft.owner_names["az"] == "Mikayıl Cabbarov"
    assert draft.topic_names  # the topic's names per language
    assert rows["Agree the date"].translations == {}
    # in Russian "Agree the date" (no translation, shown as written) sorts before "Подготовить проект"
    # (Latin before Cyrillic); in English "Agree" < "Prepare" as well, so sort descending to tell them apart
    by_russian = services.follow_ups.list_follow_ups(
        FollowUpFilter(sort="description_ru", descending=True), today=TODAY
    )
    assert [row.description for row in by_russian] == ["Prepare the draft", "Agree the date"]
    russian_owner = services.follow_ups.list_follow_ups(FollowUpFilter(sort="owner_name_ru"), today=TODAY)
    assert len(russian_owner) == 2


def test_dossier_carries_translations_names_and_positions_per_language(services: Services) -> None:
    meeting = _meeting(services)
    dossier = services.dossier.for_country("RU", today=TODAY)
    [entry] = dossier.meetings
    assert entry.meeting_id == meeting.id and entry.translations == {"title": {"ru": "Встреча по торговле"}}
    assert entry.host_lead_names["ru"] == "Микаил Джаббаров"
    assert entry.host_lead_positions == {"en": "Minister of Economy", "ru": "Министр экономики"}
    assert entry.guest_lead_names == {"ru": "Максим Решетников"}
    [person] = dossier.people
    assert person.names == {"ru": "Максим Решетников"}
    assert person.organisation_names == {"ru": "Министерство экономического развития"}
    assert person.positions == ["Minister"] and person.positions_in["ru"] == ["Министр"]
    assert person.positions_in["az"] == [""]  # no Azerbaijani form: the list shows the original
    [decision] = dossier.decisions
    assert decision.translations == {"text": {"ru": "Провести комиссию"}}
    assert decision.meeting_titles == {"ru": "Встреча по торговле"}
    draft = next(row for row in dossier.open_follow_ups if row.description == "Prepare the draft")
    assert draft.translations["description"]["ru"] == "Подготовить проект"
    assert draft.owner_names["ru"] == "Микаил Джаббаров"


def test_a_translations_cell_damaged_outside_the_app_reads_as_none(sqlite_services: Services) -> None:
    meeting = _meeting(sqlite_services)
    with sqlite_services.store.writing() as session:
        session.execute(text("UPDATE meeting SET translations = 'not json' WHERE id = :id"), {"id": meeting.id})
        session.execute(
            text("UPDATE follow_up SET translations = '{broken' WHERE meeting_id = :id"), {"id": meeting.id}
        )
    [summary] = sqlite_services.meetings.list_meetings()
    assert summary.title == "Meeting on trade" and summary.translations == {}
    rows = sqlite_services.follow_ups.list_follow_ups(FollowUpFilter(sort="description_ru"), today=TODAY)
    assert {row.description for row in rows} == {"Prepare the draft", "Agree the date"}
    assert all(row.translations == {} and row.meeting_titles == {} for row in rows)
