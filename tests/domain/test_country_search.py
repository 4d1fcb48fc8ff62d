"""Finding a country as an officer types it: abbreviations and exact names first, in any language."""

from __future__ import annotations

import pytest

from minutes_app.domain.countries import _OTHER_NAMES, find_countries, is_country_code


@pytest.mark.parametrize(
    ("typed", "lang", "first"),
    [
        ("США", "en", "US"),
        ("США", "ru", "US"),
        ("ABŞ", "az", "US"),
        ("usa", "ru", "US"),
        ("UK", "en", "GB"),
        ("РФ", "az", "RU"),
        ("RF", "en", "RU"),
        ("BƏƏ", "ru", "AE"),
        ("ОАЭ", "az", "AE"),
        ("КНР", "en", "CN"),
        ("ÇXR", "ru", "CN"),
        ("ФРГ", "en", "DE"),
        ("KXDR", "en", "KP"),
        ("КНДР", "az", "KP"),
        ("Russian Federation", "az", "RU"),
        ("Germ", "ru", "DE"),
        ("Герм", "en", "DE"),
    ],
)
def test_the_country_meant_comes_first(typed: str, lang: str, first: str) -> None:
    assert find_countries(typed, lang)[0] == first


def test_names_that_merely_contain_the_abbreviation_still_follow() -> None:
    found = find_countries("США", "ru")
    assert found[0] == "US" and "UM" in found[1:]


def test_names_starting_with_the_text_come_before_other_matches() -> None:
    assert find_countries("UK", "ru")[:2] == ["GB", "UA"]  # the United Kingdom, then Украина


def test_every_other_name_names_a_real_country_and_nothing_finds_nothing() -> None:
    assert all(is_country_code(code) for table in _OTHER_NAMES.values() for code in table.values())
    assert find_countries("", "en") == [] and find_countries("zzqx", "en") == []
