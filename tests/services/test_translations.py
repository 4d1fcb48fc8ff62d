"""Translations in the store, on both engines: saved and read on every record, checked like their
originals, kept by the tracker, copies and the trash, and the position held at the meeting kept
in every language whatever the directory says later."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from minutes_app.domain import records as r
from minutes_app.domain.errors import ImportFormatError, ValidationError
from minutes_app.paths import resolve_paths
from minutes_app.services import Services
from minutes_app.services.json_io import export_document, import_json
from minutes_app.services.meetings import validate_meeting
from minutes_app.store import models as m

MINISTER = {
    "position": "Minister of Economy of the Republic of Azerbaijan",
    "position_en": "Minister of Economy of the Republic of Azerbaijan",
    "position_az": "Azərbaycan Respublikasının iqtisadiyyat naziri",
    "position_ru": "Министр экономики Азербайджанской Республики",
}


def _people(services: Services) -> tuple[r.Person, r.Organisation]:
    ministry = services.directory.save_organisation(
        r.Organisation(
            name="Ministry of Economy of the Republic of Azerbaijan",
            kind="ministry",
            country="AZ",
            name_az="Azərbaycan Respublikasının İqtisadiyyat Nazirliyi",
            name_ru="Министерство экономики Азербайджанской Республики",
        )
    )
    person = services.directory.save_person(
        r.Person(
            name="Mikayil Jabbarov",
            name_az="Mikayıl Cabbarov",
            name_ru="Микаил Джаббаров",
            organisation_id=ministry.id,
            **MINISTER,
        )
    )
    return person, ministry


def _meeting(person: r.Person, embassy: r.Organisation) -> r.Meeting:
    """A meeting written in English with its Azerbaijani and Russian translations."""
    return r.Meeting(
        title="Talks with the delegation of the Russian Federation",
        date=dt.date(2026, 10, 15),
        countries=["RU"],
        language="en",
        venue="Ministry of Economy, Baku",
        prepared_by="Protocol Department",
        translations={
            "title": {
                "az": "Rusiya Federasiyasının nümayəndə heyəti ilə danışıqlar",
                "ru": "Переговоры с делегацией Российской Федерации",
            },
            "venue": {"az": "İqtisadiyyat Nazirliyi, Bakı", "ru": "Министерство экономики, Баку"},
            "prepared_by": {"ru": "Протокольный отдел"},
        },
        attendances=[
            r.Attendance(person_id=person.id, side="host", role="chair", position=person.position),
            r.Attendance(
                organisation_id=embassy.id,
                side="guest",
                role="member",
                position="Counsellor",
                translations={"position": {"az": "Müşavir", "ru": "Советник"}},
            ),
        ],
        agenda=[
            r.AgendaItem(
                title="Trade and economic cooperation",
                notes="Trade turnover grew by 12 per cent.",
                translations={
                    "title": {"az": "Ticarət-iqtisadi əməkdaşlıq", "ru": "Торгово-экономическое сотрудничество"},
                    "notes": {"ru": "Товарооборот вырос на 12 процентов."},
                },
            )
        ],
        decisions=[
            r.Decision(
                text="To hold the next meeting of the intergovernmental commission in Kazan.",
                agenda_index=0,
                translations={"text": {"ru": "Провести очередное заседание межправительственной комиссии в Казани."}},
            )
        ],
        follow_ups=[
            r.FollowUp(
                description="Send the draft programme of the commission",
                department="Foreign Trade Department",
                due_date=dt.date(2026, 11, 1),
                decision_index=0,
                translations={
                    "description": {
                        "az": "Komissiyanın proqram layihəsini göndərmək",
                        "ru": "Направить проект программы комиссии",
                    },
                    "department": {"az": "Xarici ticarət şöbəsi", "ru": "Отдел внешней торговли"},
                },
            )
        ],
    )


def _embassy(services: Services) -> r.Organisation:
    return services.directory.save_organisation(
        r.Organisation(
            name="Embassy of the Russian Federation in the Republic of Azerbaijan",
            kind="embassy",
            country="RU",
        )
    )


def _saved(services: Services) -> tuple[r.Meeting, r.Person]:
    person, _ministry = _people(services)
    return services.meetings.save(_meeting(person, _embassy(services))), person


def test_every_record_saves_and_reads_its_translations(services: Services) -> None:
    saved, _person = _saved(services)
    again = services.meetings.get(saved.id or 0)
    wanted = _meeting(saved.attendances[0].person or r.Person(), r.Organisation())
    assert again.translations == wanted.translations
    assert again.agenda[0].translations == wanted.agenda[0].translations
    assert again.decisions[0].translations == wanted.decisions[0].translations
    assert again.follow_ups[0].translations == wanted.follow_ups[0].translations
    guest = again.side("guest")[0]
    assert guest.translations == {"position": {"az": "Müşavir", "ru": "Советник"}}
    # Stored as JSON with sorted keys, in the text itself (not \u escapes).
    with services.store.reading() as session:
        stored = session.execute(text("SELECT translations FROM meeting WHERE id = :id"), {"id": saved.id}).scalar_one()
    assert stored == json.dumps(wanted.translations, ensure_ascii=False, sort_keys=True)
    assert stored.index('"prepared_by"') < stored.index('"title"') < stored.index('"venue"') and "Переговоры" in stored


def test_a_record_without_translations_stores_an_empty_object(services: Services) -> None:
    saved = services.meetings.save(
        r.Meeting(
            title="Courtesy call of the Ambassador of Türkiye", agenda=[r.AgendaItem(title="Bilateral relations")]
        )
    )
    assert services.meetings.get(saved.id or 0).agenda[0].translations == {}
    with services.store.reading() as session:
        assert session.execute(text("SELECT translations FROM agenda_item")).scalar_one() == "{}"


def test_empty_translations_are_dropped_and_texts_stripped(services: Services) -> None:
    meeting = r.Meeting(
        title="Talks",
        language="az",
        translations={"title": {"ru": "  Переговоры  ", "en": "   "}, "venue": {"ru": ""}},
    )
    saved = services.meetings.save(meeting)
    assert saved.translations == {"title": {"ru": "Переговоры"}}


def test_every_translatable_field_has_the_limit_of_its_original() -> None:
    from minutes_app.domain.multilingual import TRANSLATABLE
    from minutes_app.services.meetings import TRANSLATION_LIMITS

    assert {kind: tuple(fields) for kind, fields in TRANSLATION_LIMITS.items()} == TRANSLATABLE


CASES = [
    (lambda mt: mt.agenda[0].translations.update(title={"ru": "Ж" * 2001}), "agenda[1].title (ru)", "too long"),
    (
        lambda mt: mt.decisions[0].translations.update(text={"az": "Qərar\x00"}),
        "decisions[1].text (az)",
        "control character",
    ),
    (
        lambda mt: mt.attendances[1].translations.update(position={"ru": "Советник\ud800"}),
        "participants[2].position (ru)",
        "lone surrogate",
    ),
    (
        lambda mt: mt.follow_ups[0].translations.update(department={"ru": "О" * 501}),
        "follow_ups[1].department (ru)",
        "too long",
    ),
    (lambda mt: mt.translations.update(title={"en": "Talks"}), "title (en)", "original language"),
    (lambda mt: mt.translations.update(title={"de": "Gespräche"}), "title", "'de' is not a language"),
    (
        lambda mt: mt.agenda[0].translations.update(speaker={"ru": "Джаббаров"}),
        "agenda[1].translations",
        "cannot be translated",
    ),
    (
        lambda mt: mt.follow_ups[0].translations.update(counterpart_contact={"ru": "Иванов"}),
        "follow_ups[1].translations",
        "cannot be translated",
    ),
    (lambda mt: mt.translations.update(summary=["Итоги"]), "summary", "must map languages"),
    (lambda mt: mt.translations.update(summary={"ru": 12}), "summary (ru)", "must be text"),
]


@pytest.mark.parametrize(("spoil", "field", "message"), CASES)
def test_a_translation_is_checked_like_its_original(spoil, field: str, message: str) -> None:  # type: ignore[no-untyped-def]
    meeting = _meeting(r.Person(id=1, **MINISTER), r.Organisation(id=2))
    spoil(meeting)
    with pytest.raises(ValidationError) as caught:
        validate_meeting(meeting)
    assert caught.value.field == field and message in caught.value.message


def test_a_refused_translation_writes_nothing(services: Services) -> None:
    person, _ = _people(services)
    meeting = _meeting(person, _embassy(services))
    meeting.agenda[0].translations["title"]["ru"] = "Т" * 2001
    with pytest.raises(ValidationError):
        services.meetings.save(meeting)
    assert services.meetings.list_meetings() == []


def test_the_store_refuses_a_translation_its_original_could_not_hold(services: Services) -> None:
    """The backstop under the services: the JSON column obeys the length of the column it translates."""
    saved, _ = _saved(services)
    with pytest.raises(ValidationError) as caught:
        with services.store.writing() as session:
            row = session.get(m.MeetingRow, saved.id)
            assert row is not None
            row.translations = {"venue": {"ru": "Б" * 1001}}
    assert caught.value.field == "meeting.venue (ru)"
    with pytest.raises(ValidationError):
        with services.store.writing() as session:
            item = session.get(m.AgendaItemRow, saved.agenda[0].id)
            assert item is not None
            item.translations = {"sort_order": {"ru": "1"}}
    assert services.meetings.get(saved.id or 0).translations == saved.translations


def test_the_tracker_keeps_a_follow_ups_translations(services: Services) -> None:
    saved, _ = _saved(services)
    follow_up = saved.follow_ups[0]
    services.follow_ups.change_status(follow_up.id or 0, "in_progress", note="Проект согласован с МИД")
    services.follow_ups.add_note(follow_up.id or 0, "Discussed again at the next meeting")
    assert services.follow_ups.get(follow_up.id or 0).translations == follow_up.translations
    # Saving the meeting again with a changed translation changes only that follow-up's text.
    again = services.meetings.get(saved.id or 0)
    again.follow_ups[0].translations["department"]["ru"] = "Департамент внешней торговли"
    resaved = services.meetings.save(again)
    assert resaved.follow_ups[0].translations["department"] == {
        "az": "Xarici ticarət şöbəsi",
        "ru": "Департамент внешней торговли",
    }
    assert resaved.follow_ups[0].id == follow_up.id


def test_positions_held_at_the_meeting_do_not_follow_the_directory(services: Services) -> None:
    saved, person = _saved(services)
    host = saved.side("host")[0]
    assert host.position == MINISTER["position_en"]
    assert host.translations == {"position": {"az": MINISTER["position_az"], "ru": MINISTER["position_ru"]}}
    services.directory.save_person(
        replace(
            services.directory.person(person.id or 0),
            position="Prime Minister of the Republic of Azerbaijan",
            position_en="Prime Minister of the Republic of Azerbaijan",
            position_az="Azərbaycan Respublikasının Baş naziri",
            position_ru="Премьер-министр Азербайджанской Республики",
        )
    )
    for again in (services.meetings.get(saved.id or 0), services.meetings.save(services.meetings.get(saved.id or 0))):
        held = again.side("host")[0]
        assert held.position == MINISTER["position_en"]
        assert held.translations == {"position": {"az": MINISTER["position_az"], "ru": MINISTER["position_ru"]}}


def test_a_meeting_in_azerbaijani_holds_the_azerbaijani_position_as_its_original(services: Services) -> None:
    person, _ = _people(services)
    # The editor fills a new participant's position from the person's recorded position.
    saved = services.meetings.save(
        r.Meeting(
            title="Rusiya nümayəndə heyəti ilə görüş",
            language="az",
            attendances=[r.Attendance(person_id=person.id, side="host", role="chair", position=person.position)],
        )
    )
    held = saved.attendances[0]
    assert held.position == MINISTER["position_az"]
    assert held.translations == {"position": {"en": MINISTER["position_en"], "ru": MINISTER["position_ru"]}}


def test_a_position_typed_for_the_meeting_takes_nothing_from_the_directory(services: Services) -> None:
    person, _ = _people(services)
    saved = services.meetings.save(
        r.Meeting(
            title="Talks",
            attendances=[r.Attendance(person_id=person.id, side="host", position="Acting Minister of Economy")],
        )
    )
    assert saved.attendances[0].position == "Acting Minister of Economy"
    assert saved.attendances[0].translations == {}


def test_duplicate_as_next_keeps_the_translations_of_what_it_copies(services: Services) -> None:
    saved, _ = _saved(services)
    draft = services.meetings.duplicate_as_next(saved.id or 0, today=dt.date(2027, 3, 1))
    assert draft.translations == {k: saved.translations[k] for k in ("title", "venue", "prepared_by")}
    assert [a.translations for a in draft.attendances] == [a.translations for a in saved.attendances]
    draft.attendances[1].translations["position"]["ru"] = "Первый секретарь"
    draft.translations["title"]["ru"] = "Вторые переговоры"
    copy = services.meetings.save(draft)
    assert copy.side("guest")[0].translations["position"]["ru"] == "Первый секретарь"
    original = services.meetings.get(saved.id or 0)
    assert original.side("guest")[0].translations["position"]["ru"] == "Советник"
    assert original.translations["title"]["ru"] == "Переговоры с делегацией Российской Федерации"


def test_the_trash_gives_back_the_translations(services: Services) -> None:
    saved, _ = _saved(services)
    services.follow_ups.delete(saved.follow_ups[0].id or 0)
    services.trash.restore("follow_up", saved.follow_ups[0].id or 0)
    services.meetings.delete(saved.id or 0)
    services.trash.restore("meeting", saved.id or 0)
    back = services.meetings.get(saved.id or 0)
    assert back.translations == saved.translations
    assert [a.translations for a in back.attendances] == [a.translations for a in saved.attendances]
    assert back.agenda[0].translations == saved.agenda[0].translations
    assert back.decisions[0].translations == saved.decisions[0].translations
    assert back.follow_ups[0].translations == saved.follow_ups[0].translations


def test_changing_the_original_language_swaps_the_texts(services: Services) -> None:
    saved, _ = _saved(services)
    changed, left = services.meetings.change_language(saved.id or 0, "ru", expected_version=saved.version)
    assert changed.language == "ru"
    assert changed.title == "Переговоры с делегацией Российской Федерации"
    assert changed.translations["title"] == {
        "az": "Rusiya Federasiyasının nümayəndə heyəti ilə danışıqlar",
        "en": "Talks with the delegation of the Russian Federation",
    }
    assert changed.agenda[0].notes == "Товарооборот вырос на 12 процентов."
    assert changed.decisions[0].translations["text"] == {"en": saved.decisions[0].text}
    assert changed.side("host")[0].position == MINISTER["position_ru"]
    assert changed.side("host")[0].translations["position"] == {
        "az": MINISTER["position_az"],
        "en": MINISTER["position_en"],
    }
    assert changed.follow_ups[0].description == "Направить проект программы комиссии"
    assert left == []
    assert services.meetings.get(saved.id or 0).title == "Переговоры с делегацией Российской Федерации"


def test_a_translation_saved_in_the_original_language_is_refused(services: Services) -> None:
    saved, _ = _saved(services)
    relabelled = replace(services.meetings.get(saved.id or 0), language="ru")  # without change_original
    with pytest.raises(ValidationError) as caught:
        services.meetings.save(relabelled)
    assert caught.value.field == "title (ru)"


@pytest.fixture
def exported(tmp_path: Path) -> dict[str, Any]:
    """An export of a store holding the translated meeting, made on SQLite."""
    from minutes_app.services import open_services

    source = open_services(resolve_paths(data_dir=str(tmp_path / "source")))
    try:
        _saved(source)
        return export_document(source)
    finally:
        source.close()


def _write(doc: dict[str, Any], path: Path) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_json_carries_the_translations_through_each_engine(
    services: Services, exported: dict[str, Any], tmp_path: Path
) -> None:
    meeting = exported["meetings"][0]
    assert meeting["translations"]["title"]["ru"] == "Переговоры с делегацией Российской Федерации"
    assert meeting["participants"][0]["translations"] == {
        "position": {"az": MINISTER["position_az"], "ru": MINISTER["position_ru"]}
    }
    assert meeting["agenda"][0]["translations"]["notes"] == {"ru": "Товарооборот вырос на 12 процентов."}
    assert (
        meeting["decisions"][0]["translations"]
        and meeting["follow_ups"][0]["translations"]["department"]["az"] == "Xarici ticarət şöbəsi"
    )
    import_json(services, _write(exported, tmp_path / "in.json"))
    assert export_document(services) == exported
    back = services.meetings.get(services.meetings.list_meetings()[0].id)
    assert back.agenda[0].translations["title"]["az"] == "Ticarət-iqtisadi əməkdaşlıq"


def test_a_file_without_translations_imports(services: Services, exported: dict[str, Any], tmp_path: Path) -> None:
    meeting = exported["meetings"][0]
    for record in (
        meeting,
        *meeting["participants"],
        *meeting["agenda"],
        *meeting["decisions"],
        *meeting["follow_ups"],
    ):
        del record["translations"]
    import_json(services, _write(exported, tmp_path / "old.json"))
    back = services.meetings.get(services.meetings.list_meetings()[0].id)
    assert back.title == "Talks with the delegation of the Russian Federation"
    assert back.translations == {} and all(a.translations == {} for a in back.attendances)
    assert back.follow_ups[0].translations == {}


@pytest.mark.parametrize(
    ("spoil", "where", "names"),
    [
        (
            lambda mt: mt["agenda"][0]["translations"]["title"].update(ru="Т" * 2001),
            "meetings[0].agenda[0].translations.title.ru",
            'agenda item "Trade and economic cooperation"',
        ),
        (
            lambda mt: mt["translations"]["title"].update(en="Talks"),
            "meetings[0].translations.title.en",
            "original language",
        ),
        (
            lambda mt: mt["participants"][1]["translations"]["position"].update(ru="Советник\u0007"),
            "meetings[0].participants[1].translations.position.ru",
            "control character",
        ),
        (
            lambda mt: mt["follow_ups"][0]["translations"].update(owner={"ru": "Иванов"}),
            "meetings[0].follow_ups[0].translations",
            "cannot be translated",
        ),
        (
            lambda mt: mt["decisions"][0].update(translations=["Провести"]),
            "meetings[0].decisions[0].translations",
            "must map fields",
        ),
    ],
)
def test_a_bad_translation_in_a_file_is_named_and_nothing_is_written(
    services: Services, exported: dict[str, Any], tmp_path: Path, spoil, where: str, names: str
) -> None:  # type: ignore[no-untyped-def]
    spoil(exported["meetings"][0])
    with pytest.raises(ImportFormatError) as caught:
        import_json(services, _write(exported, tmp_path / "bad.json"))
    assert caught.value.where == where and names in str(caught.value), str(caught.value)
    assert services.meetings.list_meetings() == [] and services.directory.people() == []
