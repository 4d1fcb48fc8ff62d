"""Countries, label catalogues, dates and the grammar of "Representative of ..."."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from minutes_app.domain import vocab as domain_vocab
from minutes_app.domain.countries import all_countries, country_name, is_country_code
from minutes_app.exports.grammar import representative_of
from minutes_app.exports.labels import LANGUAGES, catalogue, format_date, format_time_range, label, upper, vocab


def test_country_names_in_three_languages():
    assert country_name("RU", "en") == "Russia"
    assert country_name("ru", "az") == "Rusiya"
    assert country_name("RU", "ru") == "Россия"
    assert country_name("AZ", "az") == "Azərbaycan"
    assert country_name("TR", "az") == "Türkiyə"
    assert country_name("GE", "ru") == "Грузия"
    assert country_name("AQ", "az") == "Antarktida"
    assert country_name("XX", "ru") == "XX"
    assert is_country_code("kz") and not is_country_code("XX") and not is_country_code("")


def test_all_countries_sorted_by_the_languages_alphabet():
    for lang in LANGUAGES:
        countries = all_countries(lang)
        assert len(countries) == 249
        assert len({code for code, _ in countries}) == 249
    az = [name for _, name in all_countries("az")]
    assert az.index("Çin") > az.index("Cibuti")  # Ç follows C
    assert az.index("İran") > az.index("İndoneziya") > az.index("Hindistan")
    ru = [name for _, name in all_countries("ru")]
    assert ru[0] == "Австралия" and ru[-1] == "Япония"
    en = [name for _, name in all_countries("en")]
    assert en[0] == "Afghanistan" and en.index("Åland Islands") < en.index("Albania")


def test_catalogues_have_the_same_keys_and_placeholders():
    english = catalogue("en")
    for lang in ("az", "ru"):
        other = catalogue(lang)
        assert set(other) == set(english)
        for key, text in english.items():
            assert set(re.findall(r"\{(\w+)\}", other[key])) == set(re.findall(r"\{(\w+)\}", text)), key
            assert other[key].strip(), key


def test_every_vocabulary_value_has_a_word():
    pairs = [
        ("status", domain_vocab.FollowUpStatus),
        ("priority", domain_vocab.Priority),
        ("kind", domain_vocab.MeetingKind),
        ("meeting_status", domain_vocab.MeetingStatus),
        ("role", domain_vocab.Role),
        ("side", domain_vocab.Side),
        ("org_kind", domain_vocab.OrganisationKind),
    ]
    for lang in LANGUAGES:
        for prefix, enum in pairs:
            for member in enum:
                assert f"{prefix}.{member.value}" in catalogue(lang), (lang, prefix, member)
        for member in domain_vocab.Confidentiality:
            if member.value:
                assert f"confidentiality.{member.value}" in catalogue(lang)
    assert vocab("status", "in_progress", "ru") == "На исполнении"
    assert vocab("status", "unknown", "en") == "unknown"


def test_dates_and_times():
    day = dt.date(2024, 3, 12)
    assert format_date(day, "en") == "12 March 2024"
    assert format_date(day, "az") == "12 mart 2024-cü il"
    assert format_date(day, "ru") == "12 марта 2024 г."
    assert format_date(dt.date(2024, 8, 1), "ru") == "1 августа 2024 г."
    assert format_date(None, "en") == ""
    assert format_time_range(dt.time(9, 5), dt.time(11, 30)) == "09:05–11:30"
    assert format_time_range(dt.time(9, 5), None) == "09:05"
    assert label("page_of", "ru", page=1, pages=3) == "Страница 1 из 3"
    assert label("representative_of", "xx", org="X") == "Representative of X"  # unknown language: English


def test_azerbaijani_capitals_keep_the_dotted_i():
    assert upper("Xidməti istifadə üçün", "az") == "XİDMƏTİ İSTİFADƏ ÜÇÜN"
    assert upper("Arayış", "az") == "ARAYIŞ"
    assert upper("minutes", "en") == "MINUTES"


@pytest.mark.parametrize(
    ("org", "lang", "expected"),
    [
        (
            "Ministry of Foreign Affairs of the Russian Federation",
            "en",
            "Representative of the Ministry of Foreign Affairs of the Russian Federation",
        ),
        ("Gazprom", "en", "Representative of Gazprom"),
        (
            "Rusiya Federasiyası Xarici İşlər Nazirliyi",
            "az",
            "Rusiya Federasiyası Xarici İşlər Nazirliyinin nümayəndəsi",
        ),
        ("Dünya Bankı", "az", "Dünya Bankının nümayəndəsi"),
        ("Avropa İttifaqı", "az", "Avropa İttifaqının nümayəndəsi"),
        ("SOCAR", "az", "SOCAR nümayəndəsi"),
        (
            "Министерство иностранных дел Российской Федерации",
            "ru",
            "Представитель Министерства иностранных дел Российской Федерации",
        ),
        (
            "Торговое представительство Российской Федерации",
            "ru",
            "Представитель Торгового представительства Российской Федерации",
        ),
        (
            "Торгово-промышленная палата Российской Федерации",
            "ru",
            "Представитель Торгово-промышленной палаты Российской Федерации",
        ),
        ("Российский фонд прямых инвестиций", "ru", "Представитель Российского фонда прямых инвестиций"),
        ("ПАО «Газпром»", "ru", "Представитель ПАО «Газпром»"),
        ("«Движение первых»", "ru", "Представитель «Движение первых»"),
        ("", "ru", "Представитель"),
    ],
)
def test_representative_of_declines_the_organisation(org, lang, expected):
    assert representative_of(org, lang) == expected
