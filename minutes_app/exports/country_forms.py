"""How a country is named on a side of the minutes and under a signature, in each language.

Per country: the English adjective ("From the Azerbaijani side"), the Russian adjective in the
genitive feminine («С азербайджанской стороны»), the Azerbaijani name used before "tərəfindən"
(«Azərbaycan tərəfindən»), and the state's official name for the signature line in English
("the Republic of Azerbaijan"), Azerbaijani (nominative, before "Hökuməti adından") and Russian
(genitive, after «За Правительство»).
"""

from __future__ import annotations

from typing import NamedTuple

from minutes_app.domain.countries import country_name


class CountryForms(NamedTuple):
    """The forms of one country's name the minutes need."""

    en_adjective: str
    ru_adjective: str  # genitive feminine, agreeing with «стороны»
    az_name: str
    en_state: str
    az_state: str
    ru_state: str  # genitive


_F = CountryForms

FORMS: dict[str, CountryForms] = {
    "AZ": _F(
        "Azerbaijani",
        "азербайджанской",
        "Azərbaycan",
        "the Republic of Azerbaijan",
        "Azərbaycan Respublikası",
        "Азербайджанской Республики",
    ),
    "RU": _F(
        "Russian", "российской", "Rusiya", "the Russian Federation", "Rusiya Federasiyası", "Российской Федерации"
    ),
    "TR": _F(
        "Turkish", "турецкой", "Türkiyə", "the Republic of Türkiye", "Türkiyə Respublikası", "Турецкой Республики"
    ),
    "GE": _F("Georgian", "грузинской", "Gürcüstan", "Georgia", "Gürcüstan", "Грузии"),
    "KZ": _F(
        "Kazakh",
        "казахстанской",
        "Qazaxıstan",
        "the Republic of Kazakhstan",
        "Qazaxıstan Respublikası",
        "Республики Казахстан",
    ),
    "UZ": _F(
        "Uzbek",
        "узбекской",
        "Özbəkistan",
        "the Republic of Uzbekistan",
        "Özbəkistan Respublikası",
        "Республики Узбекистан",
    ),
    "TM": _F("Turkmen", "туркменской", "Türkmənistan", "Turkmenistan", "Türkmənistan", "Туркменистана"),
    "KG": _F(
        "Kyrgyz", "кыргызской", "Qırğızıstan", "the Kyrgyz Republic", "Qırğız Respublikası", "Кыргызской Республики"
    ),
    "TJ": _F(
        "Tajik",
        "таджикской",
        "Tacikistan",
        "the Republic of Tajikistan",
        "Tacikistan Respublikası",
        "Республики Таджикистан",
    ),
    "BY": _F(
        "Belarusian", "белорусской", "Belarus", "the Republic of Belarus", "Belarus Respublikası", "Республики Беларусь"
    ),
    "UA": _F("Ukrainian", "украинской", "Ukrayna", "Ukraine", "Ukrayna", "Украины"),
    "CN": _F(
        "Chinese",
        "китайской",
        "Çin",
        "the People's Republic of China",
        "Çin Xalq Respublikası",
        "Китайской Народной Республики",
    ),
    "IR": _F(
        "Iranian",
        "иранской",
        "İran",
        "the Islamic Republic of Iran",
        "İran İslam Respublikası",
        "Исламской Республики Иран",
    ),
    "US": _F(
        "American",
        "американской",
        "ABŞ",
        "the United States of America",
        "Amerika Birləşmiş Ştatları",
        "Соединённых Штатов Америки",
    ),
    "GB": _F(
        "British",
        "британской",
        "Böyük Britaniya",
        "the United Kingdom of Great Britain and Northern Ireland",
        "Böyük Britaniya və Şimali İrlandiya Birləşmiş Krallığı",
        "Соединённого Королевства Великобритании и Северной Ирландии",
    ),
    "DE": _F(
        "German",
        "германской",
        "Almaniya",
        "the Federal Republic of Germany",
        "Almaniya Federativ Respublikası",
        "Федеративной Республики Германия",
    ),
    "FR": _F("French", "французской", "Fransa", "the French Republic", "Fransa Respublikası", "Французской Республики"),
    "IT": _F(
        "Italian", "итальянской", "İtaliya", "the Italian Republic", "İtaliya Respublikası", "Итальянской Республики"
    ),
    "JP": _F("Japanese", "японской", "Yaponiya", "Japan", "Yaponiya", "Японии"),
    "KR": _F("Korean", "корейской", "Koreya", "the Republic of Korea", "Koreya Respublikası", "Республики Корея"),
    "IN": _F("Indian", "индийской", "Hindistan", "the Republic of India", "Hindistan Respublikası", "Республики Индия"),
    "PK": _F(
        "Pakistani",
        "пакистанской",
        "Pakistan",
        "the Islamic Republic of Pakistan",
        "Pakistan İslam Respublikası",
        "Исламской Республики Пакистан",
    ),
    "AE": _F(
        "Emirati",
        "эмиратской",
        "Birləşmiş Ərəb Əmirlikləri",
        "the United Arab Emirates",
        "Birləşmiş Ərəb Əmirlikləri",
        "Объединённых Арабских Эмиратов",
    ),
    "SA": _F(
        "Saudi",
        "саудовской",
        "Səudiyyə Ərəbistanı",
        "the Kingdom of Saudi Arabia",
        "Səudiyyə Ərəbistanı Krallığı",
        "Королевства Саудовская Аравия",
    ),
    "QA": _F("Qatari", "катарской", "Qətər", "the State of Qatar", "Qətər Dövləti", "Государства Катар"),
    "EG": _F(
        "Egyptian",
        "египетской",
        "Misir",
        "the Arab Republic of Egypt",
        "Misir Ərəb Respublikası",
        "Арабской Республики Египет",
    ),
    "IL": _F("Israeli", "израильской", "İsrail", "the State of Israel", "İsrail Dövləti", "Государства Израиль"),
    "HU": _F("Hungarian", "венгерской", "Macarıstan", "Hungary", "Macarıstan", "Венгрии"),
    "PL": _F("Polish", "польской", "Polşa", "the Republic of Poland", "Polşa Respublikası", "Республики Польша"),
    "RO": _F("Romanian", "румынской", "Rumıniya", "Romania", "Rumıniya", "Румынии"),
    "BG": _F(
        "Bulgarian",
        "болгарской",
        "Bolqarıstan",
        "the Republic of Bulgaria",
        "Bolqarıstan Respublikası",
        "Республики Болгария",
    ),
    "RS": _F("Serbian", "сербской", "Serbiya", "the Republic of Serbia", "Serbiya Respublikası", "Республики Сербия"),
    "GR": _F(
        "Greek", "греческой", "Yunanıstan", "the Hellenic Republic", "Yunanıstan Respublikası", "Греческой Республики"
    ),
    "AT": _F(
        "Austrian",
        "австрийской",
        "Avstriya",
        "the Republic of Austria",
        "Avstriya Respublikası",
        "Австрийской Республики",
    ),
    "CH": _F(
        "Swiss",
        "швейцарской",
        "İsveçrə",
        "the Swiss Confederation",
        "İsveçrə Konfederasiyası",
        "Швейцарской Конфедерации",
    ),
    "NL": _F(
        "Dutch",
        "нидерландской",
        "Niderland",
        "the Kingdom of the Netherlands",
        "Niderland Krallığı",
        "Королевства Нидерландов",
    ),
    "BE": _F("Belgian", "бельгийской", "Belçika", "the Kingdom of Belgium", "Belçika Krallığı", "Королевства Бельгия"),
    "ES": _F("Spanish", "испанской", "İspaniya", "the Kingdom of Spain", "İspaniya Krallığı", "Королевства Испания"),
    "PT": _F(
        "Portuguese",
        "португальской",
        "Portuqaliya",
        "the Portuguese Republic",
        "Portuqaliya Respublikası",
        "Португальской Республики",
    ),
    "SE": _F("Swedish", "шведской", "İsveç", "the Kingdom of Sweden", "İsveç Krallığı", "Королевства Швеция"),
    "NO": _F("Norwegian", "норвежской", "Norveç", "the Kingdom of Norway", "Norveç Krallığı", "Королевства Норвегия"),
    "FI": _F(
        "Finnish",
        "финляндской",
        "Finlandiya",
        "the Republic of Finland",
        "Finlandiya Respublikası",
        "Финляндской Республики",
    ),
    "DK": _F("Danish", "датской", "Danimarka", "the Kingdom of Denmark", "Danimarka Krallığı", "Королевства Дания"),
    "CZ": _F("Czech", "чешской", "Çexiya", "the Czech Republic", "Çexiya Respublikası", "Чешской Республики"),
    "SK": _F(
        "Slovak", "словацкой", "Slovakiya", "the Slovak Republic", "Slovakiya Respublikası", "Словацкой Республики"
    ),
    "LT": _F(
        "Lithuanian", "литовской", "Litva", "the Republic of Lithuania", "Litva Respublikası", "Литовской Республики"
    ),
    "LV": _F(
        "Latvian", "латвийской", "Latviya", "the Republic of Latvia", "Latviya Respublikası", "Латвийской Республики"
    ),
    "EE": _F(
        "Estonian", "эстонской", "Estoniya", "the Republic of Estonia", "Estoniya Respublikası", "Эстонской Республики"
    ),
    "MD": _F(
        "Moldovan", "молдавской", "Moldova", "the Republic of Moldova", "Moldova Respublikası", "Республики Молдова"
    ),
    "AM": _F(
        "Armenian",
        "армянской",
        "Ermənistan",
        "the Republic of Armenia",
        "Ermənistan Respublikası",
        "Республики Армения",
    ),
    "AF": _F("Afghan", "афганской", "Əfqanıstan", "Afghanistan", "Əfqanıstan", "Афганистана"),
    "IQ": _F("Iraqi", "иракской", "İraq", "the Republic of Iraq", "İraq Respublikası", "Республики Ирак"),
    "KW": _F("Kuwaiti", "кувейтской", "Küveyt", "the State of Kuwait", "Küveyt Dövləti", "Государства Кувейт"),
    "OM": _F("Omani", "оманской", "Oman", "the Sultanate of Oman", "Oman Sultanlığı", "Султаната Оман"),
    "BH": _F("Bahraini", "бахрейнской", "Bəhreyn", "the Kingdom of Bahrain", "Bəhreyn Krallığı", "Королевства Бахрейн"),
    "JO": _F(
        "Jordanian",
        "иорданской",
        "İordaniya",
        "the Hashemite Kingdom of Jordan",
        "İordaniya Haşimilər Krallığı",
        "Иорданского Хашимитского Королевства",
    ),
}


def forms(country: str) -> CountryForms | None:
    """The forms of `country` (ISO code, any case), or None when the catalogue lacks it."""
    return FORMS.get(country.strip().upper())


# The official name in the Russian nominative («Российская Федерация»), for a label line of the minutes.
RU_OFFICIAL: dict[str, str] = {
    "AZ": "Азербайджанская Республика",
    "RU": "Российская Федерация",
    "TR": "Турецкая Республика",
    "GE": "Грузия",
    "KZ": "Республика Казахстан",
    "UZ": "Республика Узбекистан",
    "TM": "Туркменистан",
    "KG": "Кыргызская Республика",
    "TJ": "Республика Таджикистан",
    "BY": "Республика Беларусь",
    "UA": "Украина",
    "CN": "Китайская Народная Республика",
    "IR": "Исламская Республика Иран",
    "US": "Соединённые Штаты Америки",
    "GB": "Соединённое Королевство Великобритании и Северной Ирландии",
    "DE": "Федеративная Республика Германия",
    "FR": "Французская Республика",
    "IT": "Итальянская Республика",
    "JP": "Япония",
    "KR": "Республика Корея",
    "IN": "Республика Индия",
    "PK": "Исламская Республика Пакистан",
    "AE": "Объединённые Арабские Эмираты",
    "SA": "Королевство Саудовская Аравия",
    "QA": "Государство Катар",
    "EG": "Арабская Республика Египет",
    "IL": "Государство Израиль",
    "HU": "Венгрия",
    "PL": "Республика Польша",
    "RO": "Румыния",
    "BG": "Республика Болгария",
    "RS": "Республика Сербия",
    "GR": "Греческая Республика",
    "AT": "Австрийская Республика",
    "CH": "Швейцарская Конфедерация",
    "NL": "Королевство Нидерландов",
    "BE": "Королевство Бельгия",
    "ES": "Королевство Испания",
    "PT": "Португальская Республика",
    "SE": "Королевство Швеция",
    "NO": "Королевство Норвегия",
    "FI": "Финляндская Республика",
    "DK": "Королевство Дания",
    "CZ": "Чешская Республика",
    "SK": "Словацкая Республика",
    "LT": "Литовская Республика",
    "LV": "Латвийская Республика",
    "EE": "Эстонская Республика",
    "MD": "Республика Молдова",
    "AM": "Республика Армения",
    "AF": "Афганистан",
    "IQ": "Республика Ирак",
    "KW": "Государство Кувейт",
    "OM": "Султанат Оман",
    "BH": "Королевство Бахрейн",
    "JO": "Иорданское Хашимитское Королевство",
}


def official_name(country: str, lang: str) -> str:
    """The state's full official name in `lang`, nominative ("Russian Federation", «Rusiya Federasiyası»).

    Countries the catalogue lacks keep their short name.
    """
    found = forms(country)
    if found is None:
        return country_name(country, lang)
    code = country.strip().upper()
    if lang == "ru":
        return RU_OFFICIAL[code]
    if lang == "az":
        return found.az_state
    return found.en_state.removeprefix("the ")
