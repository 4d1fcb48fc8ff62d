"""Minutes in the chosen language: every run of the body in that language and script, tagged for Word."""

from __future__ import annotations

import dataclasses

import pytest
from export_samples import body_blocks, seed_meeting
from language_checks import body_runs, foreign_letters, words
from translated_samples import AGENDA, DECISIONS, FOLLOW_UPS, MEETING, POSITIONS, translated_meeting

from minutes_app.domain.multilingual import untranslated
from minutes_app.domain.records import Attendance, Organisation, Person
from minutes_app.exports.minutes_docx import write_minutes
from minutes_app.exports.people import participant_line
from minutes_app.exports.sides import side_heading, signatory_line
from minutes_app.exports.untranslated import UntranslatedError, describe_untranslated, refuse_untranslated

_TAGS = {"ru": "ru-RU", "az": "az-Latn-AZ", "en": "en-GB"}


def _english_text(meeting) -> str:
    parts = [meeting.title, meeting.venue, meeting.summary, meeting.prepared_by]
    parts += [t for item in meeting.agenda for t in (item.title, item.notes)]
    parts += [d.text for d in meeting.decisions]
    parts += [t for f in meeting.follow_ups for t in (f.description, f.department)]
    return "\n".join(parts)


def _all_translations(lang: str) -> str:
    texts = [by_lang[lang] for by_lang in MEETING.values()]
    texts += [item[field][lang] for item in AGENDA for field in item]
    texts += [d[lang] for d in DECISIONS] + [f[field][lang] for f in FOLLOW_UPS for field in f]
    return "\n".join(texts + [p[lang] for p in POSITIONS.values()])


@pytest.mark.parametrize("lang", ["ru", "az"])
def test_every_run_of_a_translated_meeting_is_in_the_language(tmp_path, lang):
    meeting = translated_meeting()
    assert untranslated(meeting, lang) == []
    path = write_minutes(meeting, tmp_path / f"{lang}.docx", lang=lang)
    runs = body_runs(path)
    assert len(runs) > 40
    for text, tag in runs:
        if text == meeting.reference_number:
            continue  # a reference number is the same in every language
        assert foreign_letters(text, lang) == "", text
        assert tag == _TAGS[lang], text
    if lang == "az":  # Latin letters are not enough: no English word of the original may remain
        english_only = {w for w in words(_english_text(seed_meeting())) if len(w) > 3} - words(_all_translations("az"))
        body = " ".join(text for text, _ in runs)
        assert words(body) & english_only == set()


@pytest.mark.parametrize(
    ("lang", "owner", "department"),
    [
        ("ru", "Лейла Мамедова", "Отдел внешнеэкономических связей"),
        ("az", "Leyla Məmmədova", "Xarici iqtisadi əlaqələr şöbəsi"),
        ("en", "Leyla Mammadova", "Foreign Economic Relations Department"),
    ],
)
def test_the_follow_up_owner_is_spelled_as_the_participants_are(tmp_path, lang, owner, department):
    path = write_minutes(translated_meeting(), tmp_path / "m.docx", lang=lang)
    table = next(content for style, content in body_blocks(path) if style == "<table>")
    assert table[1][2] == f"{owner}, {department}"
    assert table[3][2] == owner


def test_owner_spellings_given_by_the_services_win(tmp_path):
    meeting = translated_meeting()
    meeting.follow_ups[1].owner_names = {"ru": "Шахин Мустафаев", "en": "Shahin Mustafayev"}
    meeting.follow_ups[1].owner_name = "Shahin Mustafayev"
    path = write_minutes(meeting, tmp_path / "m.docx", lang="ru")
    table = next(content for style, content in body_blocks(path) if style == "<table>")
    assert table[2][2].startswith("Шахин Мустафаев, ")


def test_untranslated_texts_fall_back_tagged_with_their_own_language(tmp_path):
    meeting = translated_meeting(("ru",))
    del meeting.decisions[1].translations["text"]
    path = write_minutes(meeting, tmp_path / "m.docx", lang="ru")
    runs = dict(body_runs(path))
    english = "2.To examine socio-economic projects for interregional cooperation with the Chechen Republic."
    assert runs[english] == "en-GB"
    assert (
        runs[
            "1.Продолжить совместную работу по диверсификации экономического партнёрства и сохранению "
            "динамики взаимной торговли."
        ]
        == "ru-RU"
    )


def test_an_english_only_meeting_lists_its_untranslated_texts():
    meeting = seed_meeting()
    with pytest.raises(UntranslatedError) as raised:
        refuse_untranslated(meeting, ["ru"])
    lines = raised.value.lines()
    assert lines[:3] == ["meeting: title", "meeting: venue", "meeting: summary"]
    assert "participant Mikayil Jabbarov: position" in lines
    assert "agenda item 2: notes" in lines and "decision 1" in lines
    assert "follow-up 2: department" in lines and "follow-up 1: action" in lines
    refuse_untranslated(meeting, ["en"])  # the original needs nothing
    assert describe_untranslated(untranslated(meeting, "az")[0]) == "meeting: title"


def test_the_position_held_is_kept_when_the_directory_changes():
    meeting = translated_meeting()
    jabbarov = meeting.side("host")[0]
    jabbarov.person = dataclasses.replace(jabbarov.person, position_ru="премьер-министр", position_az="baş nazir")
    assert "министр экономики" in participant_line(jabbarov, "ru", "en")
    assert "iqtisadiyyat naziri" in participant_line(jabbarov, "az", "en")
    # with no position of its own, the attendance takes the person's in the document's language
    officer = meeting.side("host")[1]
    assert "главный советник отдела внешнеэкономических связей" in participant_line(officer, "ru", "en")


@pytest.mark.parametrize(
    ("lang", "position", "expected"),
    [
        (
            "en",
            "Minister of Economy of the Republic of Azerbaijan",
            "Mikayil Jabbarov, Minister of Economy of the Republic of Azerbaijan",
        ),
        (
            "en",
            "Adviser,  ministry of  economy of the Republic of Azerbaijan",
            "Mikayil Jabbarov, Adviser,  ministry of  economy of the Republic of Azerbaijan",
        ),
        (
            "en",
            "Minister of Economy",
            "Mikayil Jabbarov, Minister of Economy, Ministry of Economy of the Republic of Azerbaijan",
        ),
        (
            "ru",
            "министр экономики Азербайджанской Республики",
            "Микаил Джаббаров, министр экономики Азербайджанской Республики",
        ),
        (
            "az",
            "Azərbaycan Respublikasının iqtisadiyyat naziri",
            "Mikayıl Cabbarov, Azərbaycan Respublikasının iqtisadiyyat naziri",
        ),
    ],
)
def test_the_organisation_is_not_repeated_when_the_position_names_it(lang, position, expected):
    organisation = Organisation(
        name="Ministry of Economy of the Republic of Azerbaijan",
        country="AZ",
        name_ru="Министерство экономики Азербайджанской Республики",
        name_az="Azərbaycan Respublikasının İqtisadiyyat Nazirliyi",
    )
    person = Person(name="Mikayil Jabbarov", name_ru="Микаил Джаббаров", name_az="Mikayıl Cabbarov")
    attendance = Attendance(person_id=1, person=person, organisation=organisation, position=position)
    assert participant_line(attendance, lang, lang) == expected


@pytest.mark.parametrize(
    ("lang", "host", "guest"),
    [
        ("en", "From the Azerbaijani side", "From the Russian side"),
        ("ru", "С азербайджанской стороны", "С российской стороны"),
        ("az", "Azərbaycan tərəfindən", "Rusiya tərəfindən"),
    ],
)
def test_sides_are_named_by_country(lang, host, guest):
    meeting = seed_meeting()
    assert (side_heading(meeting, "host", lang), side_heading(meeting, "guest", lang)) == (host, guest)


def test_sides_without_a_country_are_named_by_organisation():
    meeting = seed_meeting()
    bank = Organisation(
        name="Asian Development Bank",
        kind="international_organisation",
        name_ru="Азиатский банк развития",
        name_az="Asiya İnkişaf Bankı",
    )
    meeting.countries = []
    meeting.attendances = [a for a in meeting.attendances if a.side == "host"]
    meeting.attendances.append(
        Attendance(
            side="guest", organisation=bank, role="head_of_delegation", person=Person(name="Masato Kanda"), person_id=9
        )
    )
    assert side_heading(meeting, "guest", "en") == "From the side of the Asian Development Bank"
    assert side_heading(meeting, "guest", "ru") == "Со стороны Азиатского банка развития"
    assert side_heading(meeting, "guest", "az") == "Asiya İnkişaf Bankı tərəfindən"
    assert signatory_line(meeting, "guest", "en") == "For the Asian Development Bank"
    assert signatory_line(meeting, "host", "ru") == "За Правительство Азербайджанской Республики"
    sweden = dataclasses.replace(bank, country="SE")
    meeting.attendances[-1].organisation = sweden
    assert side_heading(meeting, "guest", "ru") == "Со шведской стороны"


@pytest.mark.parametrize(
    ("role", "lang", "suffix"),
    [
        ("head_of_state", "en", ""),
        ("ambassador", "ru", ""),
        ("co_chair", "ru", " (сопредседатель межправительственной комиссии)"),
        ("interpreter", "az", " (tərcüməçi)"),
    ],
)
def test_roles_printed_only_where_the_position_does_not_say_it(role, lang, suffix):
    person = Person(name="Ilham Aliyev", name_ru="Ильхам Алиев", name_az="İlham Əliyev")
    attendance = Attendance(person_id=1, person=person, role=role)
    assert participant_line(attendance, lang, "en") == person.name_in(lang) + suffix
