"""Issue 12, language and form: Azerbaijani dates, sort orders, wording, grammar, country names, page breaks.

Each point is checked in the produced document, opened again.
"""

from __future__ import annotations

import datetime as dt

import docx
import pytest
from docx.oxml.ns import qn
from export_samples import body_blocks, follow_up_rows, texts
from translated_samples import translated_meeting

from minutes_app.domain.countries import _COUNTRIES, country_name
from minutes_app.domain.records import Attendance, FollowUp, Meeting, Organisation
from minutes_app.exports.agreed_minutes_docx import write_agreed_minutes
from minutes_app.exports.country_forms import FORMS, RU_OFFICIAL, official_name
from minutes_app.exports.grammar import representative_of
from minutes_app.exports.labels import format_date, label, vocab
from minutes_app.exports.minutes_docx import write_minutes
from minutes_app.exports.report_docx import write_status_report
from minutes_app.services.documents import DocumentService

NBSP = "\u00a0"


# --- Azerbaijani dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "suffix"),
    [
        (2020, "ci"),
        (2021, "ci"),
        (2022, "ci"),
        (2023, "cü"),
        (2024, "cü"),
        (2025, "ci"),
        (2026, "cı"),
        (2027, "ci"),
        (2028, "ci"),
        (2029, "cu"),
        (2030, "cu"),
        (2000, "ci"),
        (2010, "cu"),
        (2040, "cı"),
        (2050, "ci"),
        (2060, "cı"),
        (2070, "ci"),
        (2080, "ci"),
        (2090, "cı"),
        (2100, "cü"),
        (1999, "cu"),
    ],
)
def test_azerbaijani_year_takes_the_suffix_of_its_last_number_word(year, suffix):
    assert format_date(dt.date(year, 10, 15), "az") == f"15 oktyabr {year}-{suffix} il"


def _meeting_2026() -> Meeting:
    meeting = translated_meeting()
    meeting.date = dt.date(2026, 10, 15)
    meeting.follow_ups[0].due_date = dt.date(2026, 9, 30)
    return meeting


def test_azerbaijani_minutes_print_dates_with_the_suffix_and_unbroken(tmp_path):
    path = write_minutes(_meeting_2026(), tmp_path / "az.docx", lang="az")
    meta = [text for style, text in body_blocks(path) if style == "Minutes Meta"]
    assert "Tarix:\t15 oktyabr 2026-cı il" in meta
    table = next(content for style, content in body_blocks(path) if style == "<table>")
    assert table[1][3] == f"30{NBSP}sentyabr{NBSP}2026-cı{NBSP}il"
    # the hyphen is Word's non-breaking one, so "2026-" and "cı" never part
    cell = docx.Document(str(path)).tables[0].rows[1].cells[3]
    assert cell._tc.findall(f".//{qn('w:noBreakHyphen')}")
    assert "-" not in "".join(t.text or "" for t in cell._tc.iter(qn("w:t")))


def test_agreed_minutes_dates_do_not_break(tmp_path):
    path = write_agreed_minutes(_meeting_2026(), tmp_path / "a.docx", first="az", second="ru", layout="consecutive")
    document = docx.Document(str(path))
    follow_up = next(p for p in document.paragraphs if p.text.startswith("1.\tİşğaldan"))
    assert follow_up.text.endswith(f"30{NBSP}sentyabr{NBSP}2026-cı{NBSP}il)")
    assert follow_up._p.findall(f".//{qn('w:noBreakHyphen')}")


def test_azerbaijani_report_is_dated_as_of(tmp_path):
    assert label("as_of", "az", date=format_date(dt.date(2026, 10, 15), "az")) == "15 oktyabr 2026-cı il tarixinə"
    path = write_status_report(follow_up_rows(6), tmp_path / "r.docx", lang="az", today=dt.date(2026, 10, 15))
    assert "15 oktyabr 2026-cı il tarixinə" in texts(path)


# --- sort orders ---------------------------------------------------------------------------------------


def test_report_countries_in_azerbaijani_order(tmp_path):
    rows = follow_up_rows(8)
    for row, country in zip(rows, [["UZ"], ["OM"], ["TR"], ["TN"], ["CN"], ["TD"], ["CL"], ["KZ"]]):
        row.countries = country
    path = write_status_report(rows, tmp_path / "r.docx", lang="az", today=dt.date(2024, 6, 1))
    # ç after c, q after k (before l), ö after o, ü after u
    expected = ["Çad", "Çili", "Çin", "Qazaxıstan", "Oman", "Özbəkistan", "Tunis", "Türkiyə"]
    assert [t for s, t in body_blocks(path) if s == "Heading 1" and t in expected] == expected


def _headings_under(blocks, country: str) -> list[str]:
    found, inside = [], False
    for style, text in blocks:
        if style == "Heading 1":
            inside = text == country
        elif inside and style == "Heading 2":
            found.append(text)
    return found


def test_report_departments_sort_with_every_azerbaijani_letter(tmp_path):
    expected = [
        "Cəmiyyətlə əlaqələr",
        "Çay şöbəsi",
        "Ədliyyə",
        "Gənclər",
        "Ğ-şöbə",
        "Xarici əlaqələr",
        "Işıq",
        "İnsan resursları",
        "Kadrlar",
        "Qanunvericilik",
        "Orqanlar",
        "Ölçü",
        "Sənaye şöbəsi",
        "Şöbə 2",
        "Şöbə 10",
        "Uçot şöbəsi",
        "Ümumi şöbə",
    ]
    rows = follow_up_rows(len(expected))
    for row, department in zip(rows, reversed(expected)):
        row.department, row.countries = department, ["AZ"]
    path = write_status_report(rows, tmp_path / "r.docx", lang="az", group_by="department", today=dt.date(2024, 6, 1))
    assert _headings_under(body_blocks(path), "Azərbaycan") == expected


def test_services_list_names_and_departments_in_azerbaijani_order(sqlite_services):
    from minutes_app.domain.records import Person

    names = [
        "Şirinov Elçin",
        "Sadıqov Rauf",
        "Çələbiyev Anar",
        "Cəfərov Nemət",
        "Ismayılov Orxan",
        "İsmayılov Tural",
        "Ömərov Fuad",
        "Orucov Vüsal",
        "Ünsal Kamran",
        "Uluxanov Kənan",
    ]
    for name in names:
        sqlite_services.directory.save_person(Person(name=name))
    listed = [p.name for p in sqlite_services.directory.people()]
    assert listed == [
        "Cəfərov Nemət",
        "Çələbiyev Anar",
        "Ismayılov Orxan",
        "İsmayılov Tural",
        "Orucov Vüsal",
        "Ömərov Fuad",
        "Sadıqov Rauf",
        "Şirinov Elçin",
        "Uluxanov Kənan",
        "Ünsal Kamran",
    ]
    from minutes_app.ui.editor.directory_copy import Directory

    editor_directory = Directory(sqlite_services)
    editor_directory.refresh()
    assert [p.name for p in editor_directory.people()] == listed  # the editor's choosers
    departments = ["Şöbə 10", "Şöbə 2", "Sənaye şöbəsi", "Çay şöbəsi", "Cəmiyyət"]
    sqlite_services.meetings.save(
        Meeting(
            title="Görüş",
            date=dt.date(2026, 10, 15),
            language="az",
            follow_ups=[FollowUp(description=f"Tədbir {n}", department=d) for n, d in enumerate(departments)],
        )
    )
    assert sqlite_services.follow_ups.departments() == ["Cəmiyyət", "Çay şöbəsi", "Sənaye şöbəsi", "Şöbə 2", "Şöbə 10"]


# --- wording ---------------------------------------------------------------------------------------------


def test_statuses_and_signature_wording(tmp_path):
    assert [vocab("status", s, "ru") for s in ("open", "in_progress", "done")] == [
        "Не выполнено",
        "На исполнении",
        "Выполнено",
    ]
    assert [vocab("status", s, "az") for s in ("open", "in_progress", "done")] == [
        "İcra edilməyib",
        "İcradadır",
        "İcra edilib",
    ]
    path = write_minutes(translated_meeting(), tmp_path / "ru.docx", lang="ru")
    blocks = body_blocks(path)
    signature = blocks[-1][1]
    assert signature[0] == ["Подготовил(а):", "Утвердил(а):"]
    headings = [t for s, t in blocks if s == "Heading 1"]
    assert "Достигнутые договорённости" in headings
    assert "План мероприятий по выполнению договорённостей" in headings
    table = next(content for style, content in blocks if style == "<table>")
    assert table[0] == ["№", "Мероприятие", "Ответственный исполнитель", "Срок"]
    report = write_status_report(follow_up_rows(6), tmp_path / "r.docx", lang="ru", today=dt.date(2024, 6, 1))
    body = texts(report)
    assert "Не выполнено" in body and "На исполнении" in body
    assert "Открыто" not in body and "В работе" not in body


def test_name_column_heading_matches_the_order_names_are_written():
    # names are recorded first name first ("Mikayil Jabbarov"): the heading says so
    assert label("col.name", "ru") == "Имя, фамилия"
    assert label("col.name", "az") == "Adı, soyadı"


@pytest.mark.parametrize(
    ("lang", "one", "several"),
    [
        ("en", "Partner country", "Partner countries"),
        ("az", "Tərəfdaş ölkə", "Tərəfdaş ölkələr"),
        ("ru", "Страна-партнёр", "Страны-партнёры"),
    ],
)
def test_partner_country_line_uses_the_official_name(tmp_path, lang, one, several):
    meeting = translated_meeting()
    path = write_minutes(meeting, tmp_path / "one.docx", lang=lang)
    official = {"en": "Russian Federation", "az": "Rusiya Federasiyası", "ru": "Российская Федерация"}[lang]
    assert f"{one}:\t{official}" in [t for s, t in body_blocks(path) if s == "Minutes Meta"]
    meeting.countries = ["RU", "KZ"]
    path = write_minutes(meeting, tmp_path / "two.docx", lang=lang)
    kazakhstan = {"en": "Republic of Kazakhstan", "az": "Qazaxıstan Respublikası", "ru": "Республика Казахстан"}[lang]
    assert f"{several}:\t{official}, {kazakhstan}" in [t for s, t in body_blocks(path) if s == "Minutes Meta"]


# --- "Representative of ..." ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("org", "lang", "expected"),
    [
        ("ОАО «Российские железные дороги»", "ru", "Представитель ОАО «Российские железные дороги»"),
        ("ПАО «Газпром нефть»", "ru", "Представитель ПАО «Газпром нефть»"),
        ("ООО «Азерсу»", "ru", "Представитель ООО «Азерсу»"),
        ("АО «Азербайджанские железные дороги»", "ru", "Представитель АО «Азербайджанские железные дороги»"),
        ("«Газпром нефть»", "ru", "Представитель «Газпром нефть»"),
        ("Российские железные дороги", "ru", "Представитель: Российские железные дороги"),
        ("Газпром нефть", "ru", "Представитель: Газпром нефть"),
        ("Азиатский банк развития", "ru", "Представитель Азиатского банка развития"),
        ("Компания «Газпром нефть»", "ru", "Представитель Компании «Газпром нефть»"),
        ("ОБСЕ", "ru", "Представитель ОБСЕ"),
        ("Asian Development Bank", "en", "Representative of the Asian Development Bank"),
        ("OSCE", "en", "Representative of the OSCE"),
        ("Russian Railways", "en", "Representative of Russian Railways"),
        ("Azerbaijan Railways", "en", "Representative of Azerbaijan Railways"),
        ("NATO", "en", "Representative of NATO"),
        ("Gazprom Neft PJSC", "en", "Representative of Gazprom Neft PJSC"),
        ("Azersu LLC", "en", "Representative of Azersu LLC"),
        ("JSC Russian Railways", "en", "Representative of JSC Russian Railways"),
        (
            "State Oil Fund of the Republic of Azerbaijan",
            "en",
            "Representative of the State Oil Fund of the Republic of Azerbaijan",
        ),
        ("European Union", "en", "Representative of the European Union"),
        ('"Azərbaycan Dəmir Yolları" QSC', "az", '"Azərbaycan Dəmir Yolları" QSC nümayəndəsi'),
        ("Asiya İnkişaf Bankı", "az", "Asiya İnkişaf Bankının nümayəndəsi"),
    ],
)
def test_representative_of(org, lang, expected):
    assert representative_of(org, lang) == expected


def test_representative_of_a_railway_company_in_the_minutes(tmp_path):
    meeting = translated_meeting()
    railways = Organisation(
        id=9,
        name="Russian Railways",
        name_en="Russian Railways",
        name_ru="ОАО «Российские железные дороги»",
        name_az='"Rusiya Dəmir Yolları" ASC',
    )
    meeting.attendances.append(Attendance(id=99, organisation_id=9, side="guest", precedence=9, organisation=railways))
    assert "Representative of Russian Railways" in texts(write_minutes(meeting, tmp_path / "en.docx", lang="en"))
    ru = texts(write_minutes(meeting, tmp_path / "ru.docx", lang="ru"))
    assert "Представитель ОАО «Российские железные дороги»" in ru
    assert "Российския" not in ru


# --- country names ---------------------------------------------------------------------------------------


def test_every_country_has_three_names():
    assert len(_COUNTRIES) == 249
    for code, en, az, ru in _COUNTRIES:
        assert en.strip() and az.strip() and ru.strip(), code
        assert country_name(code, "az") == az
    assert country_name("AG", "az") == "Antiqua və Barbuda"
    assert country_name("DM", "az") == "Dominika"
    assert country_name("GD", "az") == "Qrenada"
    assert country_name("TO", "az") == "Tonqa"
    assert country_name("TL", "az") == "Şərqi Timor"


def test_every_country_printed_in_documents_has_its_official_forms():
    assert set(RU_OFFICIAL) == set(FORMS)
    for code in FORMS:
        for lang in ("en", "az", "ru"):
            name = official_name(code, lang)
            assert name.strip() and not name.startswith("the "), (code, lang)
    assert [official_name("RU", lang) for lang in ("en", "az", "ru")] == [
        "Russian Federation",
        "Rusiya Federasiyası",
        "Российская Федерация",
    ]
    assert official_name("TO", "az") == "Tonqa"  # not in the catalogue of forms: its short name


# --- status as of the meeting --------------------------------------------------------------------------


def test_minutes_read_the_same_after_a_follow_up_changes_status(sqlite_services, tmp_path):
    services = sqlite_services
    meeting = services.meetings.save(
        Meeting(
            title="Görüş",
            date=dt.date(2026, 10, 15),
            countries=["RU"],
            language="az",
            follow_ups=[
                FollowUp(
                    description="Təqdimatı göndərmək",
                    department="Xarici iqtisadi əlaqələr şöbəsi",
                    due_date=dt.date(2026, 11, 30),
                ),
                FollowUp(description="Layihəni hazırlamaq", due_date=dt.date(2026, 12, 15)),
            ],
        )
    )
    documents = DocumentService(services)

    def export(tag: str) -> dict[str, str]:
        made = {
            lang: documents.minutes(meeting.id, tmp_path / f"{tag}-{lang}.docx", lang=lang)
            for lang in ("az", "ru", "en")
        }
        made["agreed"] = documents.agreed_minutes(
            meeting.id, tmp_path / f"{tag}-agreed.docx", lang="az", second_lang="ru"
        )
        return {key: texts(path) for key, path in made.items()}

    before = export("signed")
    first, second = meeting.follow_ups
    services.follow_ups.change_status(first.id, "done", note="Göndərildi")
    services.follow_ups.change_status(second.id, "in_progress")
    after = export("next-month")
    assert after == before
    assert "İcra edilib" not in after["az"] and "İcradadır" not in after["az"]
    assert "Выполнено" not in after["ru"] and "На исполнении" not in after["ru"]


# --- page breaks -----------------------------------------------------------------------------------------


def _keeps_with_next(paragraph) -> bool:
    return paragraph._p.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None


@pytest.mark.parametrize("lang", ["az", "ru", "en"])
def test_rows_stay_whole_headers_repeat_signatures_stay_with_the_table(tmp_path, lang):
    meeting = translated_meeting()
    meeting.follow_ups = meeting.follow_ups * 15  # several pages of follow-ups
    path = write_minutes(meeting, tmp_path / f"{lang}.docx", lang=lang)
    document = docx.Document(str(path))
    follow_ups, signatures = document.tables
    for table in document.tables:
        for row in table.rows:
            assert row._tr.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None
    assert follow_ups.rows[0]._tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None
    assert all(_keeps_with_next(p) for cell in follow_ups.rows[-1].cells for p in cell.paragraphs)
    assert not any(_keeps_with_next(p) for cell in follow_ups.rows[-2].cells for p in cell.paragraphs)
    body = list(document.element.body)
    before_signatures = body[body.index(signatures._tbl) - 1]
    assert before_signatures.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None
    for row in signatures.rows[:-1]:
        assert all(_keeps_with_next(p) for cell in row.cells for p in cell.paragraphs)
    # the deadline column is wide enough for a date on one line
    widths = [int(cell.width) for cell in follow_ups.rows[0].cells]
    assert widths[3] >= sum(widths) * 0.2


@pytest.mark.parametrize("layout", ["columns", "consecutive"])
def test_agreed_minutes_signatures_stay_with_the_closing_formula(tmp_path, layout):
    path = write_agreed_minutes(translated_meeting(), tmp_path / "a.docx", first="az", second="ru", layout=layout)
    document = docx.Document(str(path))
    formula = [
        p
        for p in document.element.body.iter(qn("w:p"))
        if "".join(t.text or "" for t in p.iter(qn("w:t"))).startswith("Bakı şəhərində")
    ]
    assert formula and all(p.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None for p in formula)
    signature_tables = [
        t
        for t in document.element.body.iter(qn("w:tbl"))
        if "adından" in "".join(x.text or "" for x in t.iter(qn("w:t")))
    ]
    assert signature_tables
    for table in signature_tables:
        assert table.find(f"{qn('w:tr')}/{qn('w:trPr')}/{qn('w:cantSplit')}") is not None
    assert "İcra edilib" not in texts(path) and "Выполнено" not in texts(path)
