"""How typed dates and times are read: every common form, and nothing that is not a date or time."""

from __future__ import annotations

import datetime as dt

import pytest

from minutes_app.ui.widgets.typed_values import parse_date, parse_time

AROUND = dt.date(2026, 5, 4)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("15.10.2026", dt.date(2026, 10, 15)),
        ("15/10/2026", dt.date(2026, 10, 15)),
        ("2026-10-15", dt.date(2026, 10, 15)),
        ("20261015", dt.date(2026, 10, 15)),
        ("15102026", dt.date(2026, 10, 15)),
        ("5.1.2026", dt.date(2026, 1, 5)),
        (" 15 10 2026 ", dt.date(2026, 10, 15)),
        ("15.10", dt.date(2026, 10, 15)),
        ("15", dt.date(2026, 5, 15)),
        ("20230420", dt.date(2023, 4, 20)),
    ],
)
def test_dates_in_every_common_form(typed: str, meant: dt.date) -> None:
    assert parse_date(typed, around=AROUND) == meant


@pytest.mark.parametrize("typed", ["", "abc", "31.02.2026", "15.10.26", "2026", "1510202", "15.10.2026.1", "32"])
def test_what_is_no_date(typed: str) -> None:
    assert parse_date(typed, around=AROUND) is None


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("1100", dt.time(11)),
        ("11:00", dt.time(11)),
        ("11.00", dt.time(11)),
        ("11 00", dt.time(11)),
        ("930", dt.time(9, 30)),
        ("9", dt.time(9)),
    ],
)
def test_times_in_every_common_form(typed: str, meant: dt.time) -> None:
    assert parse_time(typed) == meant


@pytest.mark.parametrize("typed", ["", "2599", "11:5", "24:00", "abc", "11:00:00", "12345"])
def test_what_is_no_time(typed: str) -> None:
    assert parse_time(typed) is None
