"""Names sorted as a reader of each language expects: Azerbaijani letters in their places, numbers by value."""

from __future__ import annotations

import pytest

from minutes_app.domain.collation import collation_key, sort_names
from minutes_app.domain.countries import all_countries


def _sorted(names: list[str], lang: str = "az") -> list[str]:
    return sort_names(names, lambda name: name, lang)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Cəlilov", "Çələbi"),  # ç after c
        ("Ceyhun", "Cəfər"),  # ə after e
        ("Ezizov", "Əliyev"),
        ("Gülər", "Ğ"),  # ğ after g
        ("Həsənov", "Xəlilov"),  # x after h
        ("Xudiyev", "Ilgar"),  # ı (capital I) after x, before i
        ("Ilgar", "İlham"),  # ı before i
        ("İsmayılov", "Jalə"),
        ("Kərimov", "Qasımov"),  # q after k
        ("Qurbanov", "Lətifov"),
        ("Orucov", "Ömərov"),  # ö after o
        ("Sadıqov", "Şahbazov"),  # ş after s
        ("Sultanov", "Şirinov"),
        ("Uluxanov", "Ünsal"),  # ü after u
        ("Ünsal", "Vəliyev"),
        ("Şöbə 2", "Şöbə 10"),  # numbers by value
        ("Department 2", "Department 10"),
        ("Department 10", "Department A"),  # numbers before letters
    ],
)
def test_azerbaijani_order(before, after):
    assert collation_key(before) < collation_key(after)
    assert _sorted([after, before]) == [before, after]


def test_case_does_not_change_the_order():
    assert _sorted(["əliyev", "Ədalət", "Eldar"]) == ["Eldar", "Ədalət", "əliyev"]


def test_russian_and_english_orders():
    assert _sorted(["Ёлкин", "Ежов", "Жуков"], "ru") == ["Ежов", "Ёлкин", "Жуков"]
    assert _sorted(["Отдел 10", "Отдел 2", "Аппарат"], "ru") == ["Аппарат", "Отдел 2", "Отдел 10"]
    # English: accents ignored, x and q in their Latin places
    assert _sorted(["Xavier", "Queen", "Kim", "Åberg", "Adams"], "en") == ["Åberg", "Adams", "Kim", "Queen", "Xavier"]
    # a document language's own script first
    assert _sorted(["Москва", "Bakı"], "az") == ["Bakı", "Москва"]
    assert _sorted(["Москва", "Bakı"], "ru") == ["Москва", "Bakı"]


def test_countries_in_azerbaijani_order():
    names = [name for _, name in all_countries("az")]
    assert names.index("Çad") > names.index("Cibuti")
    assert names.index("Əfqanıstan") > names.index("Ekvador")
    assert names.index("Xorvatiya") > names.index("Honduras")
    assert names.index("İran") > names.index("İndoneziya")
    assert names.index("Qətər") > names.index("Kuba")
    assert names.index("Özbəkistan") > names.index("Oman")
    assert names.index("Şərqi Timor") > names.index("Suriya")
    assert names.index("Türkiyə") > names.index("Tuvalu")  # ü after u
    assert names.index("Ukrayna") < names.index("Vanuatu")
