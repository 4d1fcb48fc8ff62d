"""The bilingual agreed minutes: aligned rows (az left, ru right), both originals, the formula, both signatures."""

from __future__ import annotations

import datetime as dt

import docx
import pytest
from export_samples import seed_meeting
from language_checks import body_runs, foreign_letters
from translated_samples import translated_meeting

from minutes_app.exports.agreed_minutes_docx import write_agreed_minutes
from minutes_app.exports.agreed_text import az_year, closing_formula
from minutes_app.exports.untranslated import UntranslatedError, refuse_untranslated


def _cell_runs(cell) -> list[tuple[str, str]]:
    found = []
    for run in cell._tc.iter(docx.oxml.ns.qn("w:r")):
        text = "".join(t.text or "" for t in run.iter(docx.oxml.ns.qn("w:t")))
        lang = run.find(f"{docx.oxml.ns.qn('w:rPr')}/{docx.oxml.ns.qn('w:lang')}")
        if text.strip():
            found.append((text, lang.get(docx.oxml.ns.qn("w:val")) if lang is not None else ""))
    return found


def test_columns_hold_the_same_paragraph_az_left_ru_right(tmp_path):
    meeting = translated_meeting()
    path = write_agreed_minutes(meeting, tmp_path / "agreed.docx", first="az", second="ru")
    table = docx.Document(str(path)).tables[0]
    rows = table.rows
    assert [c.text for c in rows[0].cells] == ["RAZILAŞDIRILMIŞ PROTOKOL", "СОГЛАСОВАННЫЙ ПРОТОКОЛ"]
    texts = [[c.text for c in row.cells] for row in rows]
    assert ["Azərbaycan tərəfindən", "С азербайджанской стороны"] in texts
    assert ["Rusiya tərəfindən", "С российской стороны"] in texts
    assert [
        "2.\tÇeçenistan Respublikası ilə regionlararası əməkdaşlıq üzrə sosial-iqtisadi layihələrin araşdırılması.",
        "2.\tИзучить социально-экономические проекты межрегионального сотрудничества с Чеченской Республикой.",
    ] in texts
    for row in rows:
        left, right = _cell_runs(row.cells[0]), _cell_runs(row.cells[1])
        for text, lang in left:
            if text != "_" * 20:
                assert foreign_letters(text, "az") == "" and lang == "az-Latn-AZ", text
        for text, lang in right:
            if text != "_" * 20:
                assert foreign_letters(text, "ru") == "" and lang == "ru-RU", text
    formula = texts[-2]
    assert formula[0].startswith("Bakı şəhərində 12 mart 2024-cü il tarixində, hər biri Azərbaycan və rus dillərində")
    assert formula[1].startswith(
        "Совершено в г. Баку 12 марта 2024 года в двух подлинных экземплярах, каждый на "
        "азербайджанском и русском языках"
    )
    left_signatures, right_signatures = (cell.tables[0] for cell in rows[-1].cells)
    assert [c.text.split("\n")[0] for c in left_signatures.rows[0].cells] == [
        "Azərbaycan Respublikası Hökuməti adından",
        "Rusiya Federasiyası Hökuməti adından",
    ]
    assert [c.text.split("\n")[0] for c in right_signatures.rows[0].cells] == [
        "За Правительство Азербайджанской Республики",
        "За Правительство Российской Федерации",
    ]
    host, guest = (c.text for c in right_signatures.rows[1].cells)
    assert "Микаил Джаббаров\nминистр экономики" in host
    assert "Руслан Эдельгериев\nсоветник Президента Российской Федерации" in guest


def test_consecutive_holds_both_originals_with_a_page_break(tmp_path):
    path = write_agreed_minutes(
        translated_meeting(), tmp_path / "agreed.docx", first="ru", second="az", layout="consecutive"
    )
    document = docx.Document(str(path))
    paragraphs = [p.text for p in document.paragraphs]
    ru_start = paragraphs.index("СОГЛАСОВАННЫЙ ПРОТОКОЛ")
    az_start = paragraphs.index("RAZILAŞDIRILMIŞ PROTOKOL")
    assert ru_start < az_start
    assert "Выразив удовлетворение своим визитом" in "\n".join(paragraphs[ru_start:az_start])
    assert "Səfərindən məmnunluğunu ifadə edən" in "\n".join(paragraphs[az_start:])
    assert 'w:br w:type="page"' in document.element.xml
    signatures = document.tables
    assert [c.text.split("\n")[0] for c in signatures[0].rows[0].cells] == [
        "За Правительство Азербайджанской Республики",
        "За Правительство Российской Федерации",
    ]
    assert [c.text.split("\n")[0] for c in signatures[1].rows[0].cells] == [
        "Azərbaycan Respublikası Hökuməti adından",
        "Rusiya Federasiyası Hökuməti adından",
    ]
    runs = body_runs(path)
    assert (
        "Совершено в г. Баку 12 марта 2024 года в двух подлинных экземплярах, каждый на русском и "
        "азербайджанском языках, причём оба текста имеют одинаковую силу.",
        "ru-RU",
    ) in runs


def test_missing_translations_in_either_language_are_refused():
    meeting = translated_meeting(("ru",))
    refuse_untranslated(meeting, ["en", "ru"])
    with pytest.raises(UntranslatedError) as raised:
        refuse_untranslated(meeting, ["az", "ru"])
    assert list(raised.value.missing) == ["az"]
    assert "Azerbaijani: meeting: title" in raised.value.lines()


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2026, "2026-cı il"),
        (2024, "2024-cü il"),
        (2020, "2020-ci il"),
        (2023, "2023-cü il"),
        (2019, "2019-cu il"),
        (2030, "2030-cu il"),
        (2040, "2040-cı il"),
        (2000, "2000-ci il"),
        (2100, "2100-cü il"),
        (2025, "2025-ci il"),
    ],
)
def test_azerbaijani_year_suffix(year, expected):
    assert az_year(year) == expected


def test_the_closing_formula_in_english_as_the_issue_gives_it():
    meeting = seed_meeting()
    meeting.date, meeting.venue = dt.date(2026, 10, 15), "Ministry of Economy, Baku"
    assert closing_formula(meeting, "en", "az", "ru") == (
        "Done in Baku on 15 October 2026 in two originals, each in the Azerbaijani and Russian languages, both texts "
        "being equally authentic."
    )


def test_the_city_is_named_once_in_each_language():
    # The venue names the city with its own word ("г. Баку", "Bakı şəhəri"); the formula must not say it twice.
    meeting = seed_meeting()
    meeting.date, meeting.language, meeting.venue = dt.date(2026, 10, 15), "en", "Ministry of Economy, Baku"
    meeting.translations["venue"] = {
        "ru": "Министерство экономики, г. Баку",
        "az": "İqtisadiyyat Nazirliyi, Bakı şəhəri",
    }
    assert closing_formula(meeting, "ru", "az", "ru").startswith("Совершено в г. Баку 15 октября 2026 года")
    assert closing_formula(meeting, "az", "az", "ru").startswith("Bakı şəhərində 15 oktyabr 2026-cı il tarixində")
