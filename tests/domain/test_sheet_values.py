"""Spreadsheet cells read as dates, countries, statuses and priorities in English, Azerbaijani and Russian."""

from __future__ import annotations

import datetime as dt

import pytest

from minutes_app.domain.sheet_columns import column_index, column_letter, field_of_header, guess_mapping
from minutes_app.domain.sheet_values import (
    PRIORITY_BY_WORD,
    STATUS_BY_WORD,
    fold_text,
    parse_cell_date,
    parse_countries,
)

OCT_15 = dt.date(2026, 10, 15)


@pytest.mark.parametrize(
    "cell",
    [
        "15.10.2026", "15/10/2026", "15-10-26", "2026-10-15", "2026.10.15", "2026-10-15 00:00:00", "2026-10-15T09:30",
        "15 окт. 2026", "15 октября 2026 г.", "15 Oktyabr 2026", "15 oktyabr 2026-cı il", "15 October 2026",
        "Oct 15, 2026", 46310, 46310.0, "46310", dt.datetime(2026, 10, 15, 9, 30), OCT_15,
    ],
)  # fmt: skip
def test_dates_in_the_usual_forms(cell: object) -> None:
    assert parse_cell_date(cell) == OCT_15


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("3 июня 2026", dt.date(2026, 6, 3)), ("3 июля 2026", dt.date(2026, 7, 3)), ("3 iyun 2026", dt.date(2026, 6, 3)),
     ("1 мая 2026", dt.date(2026, 5, 1)), ("1 avqust 2026", dt.date(2026, 8, 1)), ("1 августа 2026", dt.date(2026, 8, 1))],
)  # fmt: skip
def test_month_names_that_look_alike(cell: str, expected: dt.date) -> None:
    assert parse_cell_date(cell) == expected


@pytest.mark.parametrize("cell", ["32.13.2026", "10/15/2026", "soon", "15 Smarch 2026", 12, True, "2026"])
def test_what_is_not_a_date(cell: object) -> None:
    with pytest.raises(ValueError, match="is not a date"):
        parse_cell_date(cell)


def test_empty_cells_have_no_date() -> None:
    assert parse_cell_date(None) is None and parse_cell_date("  ") is None


def test_countries_by_name_code_or_short_form_in_any_language() -> None:
    assert parse_countries("Грузия, Türkiyə; DE / ОАЭ") == (["GE", "TR", "DE", "AE"], [])
    assert parse_countries("США и Kazakhstan") == (["US", "KZ"], [])
    assert parse_countries("Almaniya və Atlantis") == (["DE"], ["Atlantis"])


def test_statuses_and_priorities_in_three_languages() -> None:
    words = {"Выполнено": "done", "icra edilib": "done", "In progress": "in_progress", "Отложено": "deferred"}
    for word, status in words.items():
        assert STATUS_BY_WORD[fold_text(word)] == status
    assert [PRIORITY_BY_WORD[fold_text(w)] for w in ("Срочно", "təcili", "Высокий", "orta")] == [
        "urgent", "urgent", "high", "normal",
    ]  # fmt: skip


def test_header_names_in_three_languages() -> None:
    assert field_of_header("Срок исполнения") == "due_date"
    assert field_of_header("Дата встречи") == "meeting_date"
    assert field_of_header("Тема встречи") == "title"
    assert field_of_header("Тема") == "topic"
    assert field_of_header("İcra müddəti") == "due_date"
    assert field_of_header("Counterpart organisation") == "organisation"
    assert field_of_header("Counterpart") == "country"
    assert field_of_header("Colour") is None
    assert guess_mapping(["Date", "Date", "Action"]) == {"meeting_date": 0, "action": 2}


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 701)] == ["A", "Z", "AA", "ZZ"]
    assert [column_index(x) for x in ("A", "z", "AA", "ZZ")] == [0, 25, 26, 701]
