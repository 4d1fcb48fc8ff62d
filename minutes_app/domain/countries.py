"""Countries by ISO 3166-1 alpha-2 code, with their names in English, Azerbaijani and Russian."""

from __future__ import annotations

import functools

from minutes_app.domain.collation import collation_key
from minutes_app.domain.textfold import index_terms, query_terms

# (code, English, Azerbaijani, Russian); every country has all three.
# Short names as a ministry writes them in running text ("Russia", not "Russian Federation").
_COUNTRIES: tuple[tuple[str, str, str, str], ...] = (
    ("AD", "Andorra", "Andorra", "Андорра"),
    ("AE", "United Arab Emirates", "Birləşmiş Ərəb Əmirlikləri", "Объединённые Арабские Эмираты"),
    ("AF", "Afghanistan", "Əfqanıstan", "Афганистан"),
    ("AG", "Antigua and Barbuda", "Antiqua və Barbuda", "Антигуа и Барбуда"),
    ("AI", "Anguilla", "Angilya", "Ангвилла"),
    ("AL", "Albania", "Albaniya", "Албания"),
    ("AM", "Armenia", "Ermənistan", "Армения"),
    ("AO", "Angola", "Anqola", "Ангола"),
    ("AQ", "Antarctica", "Antarktida", "Антарктика"),
    ("AR", "Argentina", "Argentina", "Аргентина"),
    ("AS", "American Samoa", "Amerika Samoası", "Американские Самоа"),
    ("AT", "Austria", "Avstriya", "Австрия"),
    ("AU", "Australia", "Avstraliya", "Австралия"),
    ("AW", "Aruba", "Aruba", "Аруба"),
    ("AX", "Åland Islands", "Aland adaları", "Аландские острова"),
    ("AZ", "Azerbaijan", "Azərbaycan", "Азербайджан"),
    ("BA", "Bosnia and Herzegovina", "Bosniya və Herseqovina", "Босния и Герцеговина"),
    ("BB", "Barbados", "Barbados", "Барбадос"),
    ("BD", "Bangladesh", "Banqladeş", "Бангладеш"),
    ("BE", "Belgium", "Belçika", "Бельгия"),
    ("BF", "Burkina Faso", "Burkina-Faso", "Буркина-Фасо"),
    ("BG", "Bulgaria", "Bolqarıstan", "Болгария"),
    ("BH", "Bahrain", "Bəhreyn", "Бахрейн"),
    ("BI", "Burundi", "Burundi", "Бурунди"),
    ("BJ", "Benin", "Benin", "Бенин"),
    ("BL", "Saint Barthélemy", "Sen-Bartelemi", "Сен-Бартельми"),
    ("BM", "Bermuda", "Bermud adaları", "Бермуды"),
    ("BN", "Brunei", "Bruney", "Бруней"),
    ("BO", "Bolivia", "Boliviya", "Боливия"),
    ("BQ", "Bonaire, Sint Eustatius and Saba", "Boneyr, Sint-Estatius və Saba", "Бонайре, Синт-Эстатиус и Саба"),
    ("BR", "Brazil", "Braziliya", "Бразилия"),
    ("BS", "Bahamas", "Baham adaları", "Багамские Острова"),
    ("BT", "Bhutan", "Butan", "Бутан"),
    ("BV", "Bouvet Island", "Buve adası", "Остров Буве"),
    ("BW", "Botswana", "Botsvana", "Ботсвана"),
    ("BY", "Belarus", "Belarus", "Беларусь"),
    ("BZ", "Belize", "Beliz", "Белиз"),
    ("CA", "Canada", "Kanada", "Канада"),
    ("CC", "Cocos (Keeling) Islands", "Kokos (Kilinq) adaları", "Кокосовые острова"),
    ("CD", "Democratic Republic of the Congo", "Konqo Demokratik Respublikası", "Демократическая Республика Конго"),
    ("CF", "Central African Republic", "Mərkəzi Afrika Respublikası", "Центральноафриканская Республика"),
    ("CG", "Congo", "Konqo", "Конго"),
    ("CH", "Switzerland", "İsveçrə", "Швейцария"),
    ("CI", "Côte d'Ivoire", "Kot-d'İvuar", "Кот-д’Ивуар"),
    ("CK", "Cook Islands", "Kuk adaları", "Острова Кука"),
    ("CL", "Chile", "Çili", "Чили"),
    ("CM", "Cameroon", "Kamerun", "Камерун"),
    ("CN", "China", "Çin", "Китай"),
    ("CO", "Colombia", "Kolumbiya", "Колумбия"),
    ("CR", "Costa Rica", "Kosta-Rika", "Коста-Рика"),
    ("CU", "Cuba", "Kuba", "Куба"),
    ("CV", "Cabo Verde", "Kabo-Verde", "Кабо-Верде"),
    ("CW", "Curaçao", "Kürasao", "Кюрасао"),
    ("CX", "Christmas Island", "Milad adası", "Остров Рождества"),
    ("CY", "Cyprus", "Kipr", "Кипр"),
    ("CZ", "Czechia", "Çexiya", "Чехия"),
    ("DE", "Germany", "Almaniya", "Германия"),
    ("DJ", "Djibouti", "Cibuti", "Джибути"),
    ("DK", "Denmark", "Danimarka", "Дания"),
    ("DM", "Dominica", "Dominika", "Доминика"),
    ("DO", "Dominican Republic", "Dominikan Respublikası", "Доминиканская Республика"),
    ("DZ", "Algeria", "Əlcəzair", "Алжир"),
    ("EC", "Ecuador", "Ekvador", "Эквадор"),
    ("EE", "Estonia", "Estoniya", "Эстония"),
    ("EG", "Egypt", "Misir", "Египет"),
    ("EH", "Western Sahara", "Qərbi Sahara", "Западная Сахара"),
    ("ER", "Eritrea", "Eritreya", "Эритрея"),
    ("ES", "Spain", "İspaniya", "Испания"),
    ("ET", "Ethiopia", "Efiopiya", "Эфиопия"),
    ("FI", "Finland", "Finlandiya", "Финляндия"),
    ("FJ", "Fiji", "Fici", "Фиджи"),
    ("FK", "Falkland Islands", "Folklend adaları", "Фолклендские острова"),
    ("FM", "Micronesia", "Mikroneziya", "Микронезия"),
    ("FO", "Faroe Islands", "Farer adaları", "Фарерские острова"),
    ("FR", "France", "Fransa", "Франция"),
    ("GA", "Gabon", "Qabon", "Габон"),
    ("GB", "United Kingdom", "Böyük Britaniya", "Великобритания"),
    ("GD", "Grenada", "Qrenada", "Гренада"),
    ("GE", "Georgia", "Gürcüstan", "Грузия"),
    ("GF", "French Guiana", "Fransa Qvianası", "Французская Гвиана"),
    ("GG", "Guernsey", "Gernsi", "Гернси"),
    ("GH", "Ghana", "Qana", "Гана"),
    ("GI", "Gibraltar", "Cəbəllütariq", "Гибралтар"),
    ("GL", "Greenland", "Qrenlandiya", "Гренландия"),
    ("GM", "Gambia", "Qambiya", "Гамбия"),
    ("GN", "Guinea", "Qvineya", "Гвинея"),
    ("GP", "Guadeloupe", "Qvadelupa", "Гваделупа"),
    ("GQ", "Equatorial Guinea", "Ekvatorial Qvineya", "Экваториальная Гвинея"),
    ("GR", "Greece", "Yunanıstan", "Греция"),
    (
        "GS",
        "South Georgia and the South Sandwich Islands",
        "Cənubi Corciya və Cənubi Sendviç adaları",
        "Южная Джорджия и Южные Сандвичевы острова",
    ),
    ("GT", "Guatemala", "Qvatemala", "Гватемала"),
    ("GU", "Guam", "Quam", "Гуам"),
    ("GW", "Guinea-Bissau", "Qvineya-Bisau", "Гвинея-Бисау"),
    ("GY", "Guyana", "Qayana", "Гайана"),
    ("HK", "Hong Kong", "Honkonq", "Гонконг"),
    ("HM", "Heard Island and McDonald Islands", "Herd adası və Makdonald adaları", "Остров Херд и острова Макдональд"),
    ("HN", "Honduras", "Honduras", "Гондурас"),
    ("HR", "Croatia", "Xorvatiya", "Хорватия"),
    ("HT", "Haiti", "Haiti", "Гаити"),
    ("HU", "Hungary", "Macarıstan", "Венгрия"),
    ("ID", "Indonesia", "İndoneziya", "Индонезия"),
    ("IE", "Ireland", "İrlandiya", "Ирландия"),
    ("IL", "Israel", "İsrail", "Израиль"),
    ("IM", "Isle of Man", "Men adası", "Остров Мэн"),
    ("IN", "India", "Hindistan", "Индия"),
    (
        "IO",
        "British Indian Ocean Territory",
        "Britaniyanın Hind okeanındakı ərazisi",
        "Британская территория Индийского океана",
    ),
    ("IQ", "Iraq", "İraq", "Ирак"),
    ("IR", "Iran", "İran", "Иран"),
    ("IS", "Iceland", "İslandiya", "Исландия"),
    ("IT", "Italy", "İtaliya", "Италия"),
    ("JE", "Jersey", "Cersi", "Джерси"),
    ("JM", "Jamaica", "Yamayka", "Ямайка"),
    ("JO", "Jordan", "İordaniya", "Иордания"),
    ("JP", "Japan", "Yaponiya", "Япония"),
    ("KE", "Kenya", "Keniya", "Кения"),
    ("KG", "Kyrgyzstan", "Qırğızıstan", "Киргизия"),
    ("KH", "Cambodia", "Kamboca", "Камбоджа"),
    ("KI", "Kiribati", "Kiribati", "Кирибати"),
    ("KM", "Comoros", "Komor adaları", "Коморские Острова"),
    ("KN", "Saint Kitts and Nevis", "Sent-Kits və Nevis", "Сент-Китс и Невис"),
    (
        "KP",
        "Democratic People's Republic of Korea",
        "Koreya Xalq Demokratik Respublikası",
        "Корейская Народно-Демократическая Республика",
    ),
    ("KR", "Republic of Korea", "Koreya Respublikası", "Республика Корея"),
    ("KW", "Kuwait", "Küveyt", "Кувейт"),
    ("KY", "Cayman Islands", "Kayman adaları", "Каймановы острова"),
    ("KZ", "Kazakhstan", "Qazaxıstan", "Казахстан"),
    ("LA", "Laos", "Laos", "Лаос"),
    ("LB", "Lebanon", "Livan", "Ливан"),
    ("LC", "Saint Lucia", "Sent-Lüsiya", "Сент-Люсия"),
    ("LI", "Liechtenstein", "Lixtenşteyn", "Лихтенштейн"),
    ("LK", "Sri Lanka", "Şri-Lanka", "Шри-Ланка"),
    ("LR", "Liberia", "Liberiya", "Либерия"),
    ("LS", "Lesotho", "Lesoto", "Лесото"),
    ("LT", "Lithuania", "Litva", "Литва"),
    ("LU", "Luxembourg", "Lüksemburq", "Люксембург"),
    ("LV", "Latvia", "Latviya", "Латвия"),
    ("LY", "Libya", "Liviya", "Ливия"),
    ("MA", "Morocco", "Mərakeş", "Марокко"),
    ("MC", "Monaco", "Monako", "Монако"),
    ("MD", "Moldova", "Moldova", "Молдова"),
    ("ME", "Montenegro", "Monteneqro", "Черногория"),
    ("MF", "Saint Martin", "Sen-Marten", "Сен-Мартен"),
    ("MG", "Madagascar", "Madaqaskar", "Мадагаскар"),
    ("MH", "Marshall Islands", "Marşall adaları", "Маршалловы острова"),
    ("MK", "North Macedonia", "Şimali Makedoniya", "Северная Македония"),
    ("ML", "Mali", "Mali", "Мали"),
    ("MM", "Myanmar", "Myanma", "Мьянма"),
    ("MN", "Mongolia", "Monqolustan", "Монголия"),
    ("MO", "Macao", "Makao", "Макао"),
    ("MP", "Northern Mariana Islands", "Şimali Marian adaları", "Северные Марианские острова"),
    ("MQ", "Martinique", "Martinika", "Мартиника"),
    ("MR", "Mauritania", "Mavritaniya", "Мавритания"),
    ("MS", "Montserrat", "Monserrat", "Монтсеррат"),
    ("MT", "Malta", "Malta", "Мальта"),
    ("MU", "Mauritius", "Mavriki", "Маврикий"),
    ("MV", "Maldives", "Maldiv", "Мальдивы"),
    ("MW", "Malawi", "Malavi", "Малави"),
    ("MX", "Mexico", "Meksika", "Мексика"),
    ("MY", "Malaysia", "Malayziya", "Малайзия"),
    ("MZ", "Mozambique", "Mozambik", "Мозамбик"),
    ("NA", "Namibia", "Namibiya", "Намибия"),
    ("NC", "New Caledonia", "Yeni Kaledoniya", "Новая Каледония"),
    ("NE", "Niger", "Niger", "Нигер"),
    ("NF", "Norfolk Island", "Norfolk adası", "Остров Норфолк"),
    ("NG", "Nigeria", "Nigeriya", "Нигерия"),
    ("NI", "Nicaragua", "Nikaraqua", "Никарагуа"),
    ("NL", "Netherlands", "Niderland", "Нидерланды"),
    ("NO", "Norway", "Norveç", "Норвегия"),
    ("NP", "Nepal", "Nepal", "Непал"),
    ("NR", "Nauru", "Nauru", "Науру"),
    ("NU", "Niue", "Niue", "Ниуэ"),
    ("NZ", "New Zealand", "Yeni Zelandiya", "Новая Зеландия"),
    ("OM", "Oman", "Oman", "Оман"),
    ("PA", "Panama", "Panama", "Панама"),
    ("PE", "Peru", "Peru", "Перу"),
    ("PF", "French Polynesia", "Fransa Polineziyası", "Французская Полинезия"),
    ("PG", "Papua New Guinea", "Papua-Yeni Qvineya", "Папуа — Новая Гвинея"),
    ("PH", "Philippines", "Filippin", "Филиппины"),
    ("PK", "Pakistan", "Pakistan", "Пакистан"),
    ("PL", "Poland", "Polşa", "Польша"),
    ("PM", "Saint Pierre and Miquelon", "Sen-Pyer və Mikelon", "Сен-Пьер и Микелон"),
    ("PN", "Pitcairn", "Pitkern adaları", "Питкэрн"),
    ("PR", "Puerto Rico", "Puerto-Riko", "Пуэрто-Рико"),
    ("PS", "Palestine", "Fələstin", "Палестина"),
    ("PT", "Portugal", "Portuqaliya", "Португалия"),
    ("PW", "Palau", "Palau", "Палау"),
    ("PY", "Paraguay", "Paraqvay", "Парагвай"),
    ("QA", "Qatar", "Qətər", "Катар"),
    ("RE", "Réunion", "Reyunyon", "Реюньон"),
    ("RO", "Romania", "Rumıniya", "Румыния"),
    ("RS", "Serbia", "Serbiya", "Сербия"),
    ("RU", "Russia", "Rusiya", "Россия"),
    ("RW", "Rwanda", "Ruanda", "Руанда"),
    ("SA", "Saudi Arabia", "Səudiyyə Ərəbistanı", "Саудовская Аравия"),
    ("SB", "Solomon Islands", "Solomon adaları", "Соломоновы Острова"),
    ("SC", "Seychelles", "Seyşel adaları", "Сейшельские Острова"),
    ("SD", "Sudan", "Sudan", "Судан"),
    ("SE", "Sweden", "İsveç", "Швеция"),
    ("SG", "Singapore", "Sinqapur", "Сингапур"),
    (
        "SH",
        "Saint Helena, Ascension and Tristan da Cunha",
        "Müqəddəs Yelena, Askenson və Tristan-da-Kunya adaları",
        "Остров Святой Елены, Остров Вознесения и Тристан-да-Кунья",
    ),
    ("SI", "Slovenia", "Sloveniya", "Словения"),
    ("SJ", "Svalbard and Jan Mayen", "Svalbard və Yan-Mayen", "Шпицберген и Ян-Майен"),
    ("SK", "Slovakia", "Slovakiya", "Словакия"),
    ("SL", "Sierra Leone", "Syerra-Leone", "Сьерра-Леоне"),
    ("SM", "San Marino", "San-Marino", "Сан-Марино"),
    ("SN", "Senegal", "Seneqal", "Сенегал"),
    ("SO", "Somalia", "Somali", "Сомали"),
    ("SR", "Suriname", "Surinam", "Суринам"),
    ("SS", "South Sudan", "Cənubi Sudan", "Южный Судан"),
    ("ST", "Sao Tome and Principe", "San-Tome və Prinsipi", "Сан-Томе и Принсипи"),
    ("SV", "El Salvador", "Salvador", "Сальвадор"),
    ("SX", "Sint Maarten", "Sint-Marten", "Синт-Мартен"),
    ("SY", "Syria", "Suriya", "Сирия"),
    ("SZ", "Eswatini", "Esvatini", "Эсватини"),
    ("TC", "Turks and Caicos Islands", "Törks və Kaykos adaları", "Тёркс и Кайкос"),
    ("TD", "Chad", "Çad", "Чад"),
    ("TF", "French Southern Territories", "Fransanın Cənub əraziləri", "Французские Южные территории"),
    ("TG", "Togo", "Toqo", "Того"),
    ("TH", "Thailand", "Tailand", "Таиланд"),
    ("TJ", "Tajikistan", "Tacikistan", "Таджикистан"),
    ("TK", "Tokelau", "Tokelau", "Токелау"),
    ("TL", "Timor-Leste", "Şərqi Timor", "Тимор-Лесте"),
    ("TM", "Turkmenistan", "Türkmənistan", "Туркменистан"),
    ("TN", "Tunisia", "Tunis", "Тунис"),
    ("TO", "Tonga", "Tonqa", "Тонга"),
    ("TR", "Türkiye", "Türkiyə", "Турция"),
    ("TT", "Trinidad and Tobago", "Trinidad və Tobaqo", "Тринидад и Тобаго"),
    ("TV", "Tuvalu", "Tuvalu", "Тувалу"),
    ("TW", "Taiwan", "Tayvan", "Тайвань"),
    ("TZ", "Tanzania", "Tanzaniya", "Танзания"),
    ("UA", "Ukraine", "Ukrayna", "Украина"),
    ("UG", "Uganda", "Uqanda", "Уганда"),
    ("UM", "United States Minor Outlying Islands", "ABŞ-ın Kiçik Kənar adaları", "Внешние малые острова США"),
    ("US", "United States", "Amerika Birləşmiş Ştatları", "Соединённые Штаты Америки"),
    ("UY", "Uruguay", "Uruqvay", "Уругвай"),
    ("UZ", "Uzbekistan", "Özbəkistan", "Узбекистан"),
    ("VA", "Holy See", "Vatikan", "Ватикан"),
    ("VC", "Saint Vincent and the Grenadines", "Sent-Vinsent və Qrenadin adaları", "Сент-Винсент и Гренадины"),
    ("VE", "Venezuela", "Venesuela", "Венесуэла"),
    ("VG", "British Virgin Islands", "Britaniya Virgin adaları", "Британские Виргинские острова"),
    ("VI", "United States Virgin Islands", "ABŞ Virgin adaları", "Виргинские острова (США)"),
    ("VN", "Vietnam", "Vyetnam", "Вьетнам"),
    ("VU", "Vanuatu", "Vanuatu", "Вануату"),
    ("WF", "Wallis and Futuna", "Uollis və Futuna", "Уоллис и Футуна"),
    ("WS", "Samoa", "Samoa", "Самоа"),
    ("YE", "Yemen", "Yəmən", "Йемен"),
    ("YT", "Mayotte", "Mayotta", "Майот"),
    ("ZA", "South Africa", "Cənubi Afrika Respublikası", "Южно-Африканская Республика"),
    ("ZM", "Zambia", "Zambiya", "Замбия"),
    ("ZW", "Zimbabwe", "Zimbabve", "Зимбабве"),
)

_LANG_INDEX = {"en": 1, "az": 2, "ru": 3}
_BY_CODE: dict[str, tuple[str, str, str, str]] = {row[0]: row for row in _COUNTRIES}


def _normal(code: str) -> str:
    return (code or "").strip().upper()


def is_country_code(code: str) -> bool:
    """True when `code` is an ISO 3166-1 alpha-2 code of a country (case-insensitive)."""
    return _normal(code) in _BY_CODE


def country_name(code: str, lang: str = "en") -> str:
    """The country's name in `lang` (English when not translated); an unknown code is returned as given."""
    row = _BY_CODE.get(_normal(code))
    if row is None:
        return code
    return row[_LANG_INDEX.get(lang, 1)] or row[1]


def all_countries(lang: str = "en") -> list[tuple[str, str]]:
    """Every (code, name) pair in `lang`, sorted by name as a reader of that language expects."""
    return list(_sorted_countries(lang))


@functools.cache
def _sorted_countries(lang: str) -> tuple[tuple[str, str], ...]:
    pairs = [(code, country_name(code, lang)) for code in _BY_CODE]
    return tuple(sorted(pairs, key=lambda pair: collation_key(pair[1], lang)))


# Abbreviations and official long forms an officer types, per language; each one names exactly one country.
# Typed exactly, they win over every name that merely starts with the same letters ("США" is the United
# States, not "Внешние малые острова США").
_OTHER_NAMES: dict[str, dict[str, str]] = {
    "en": {
        "USA": "US",
        "United States of America": "US",
        "UK": "GB",
        "Great Britain": "GB",
        "Britain": "GB",
        "UAE": "AE",
        "PRC": "CN",
        "People's Republic of China": "CN",
        "FRG": "DE",
        "Federal Republic of Germany": "DE",
        "Russian Federation": "RU",
        "DPRK": "KP",
        "North Korea": "KP",
        "ROK": "KR",
        "South Korea": "KR",
        "Turkey": "TR",
        "Czech Republic": "CZ",
        "KSA": "SA",
        "RSA": "ZA",
    },
    "az": {
        "ABŞ": "US",
        "Amerika Birləşmiş Ştatları": "US",
        "BK": "GB",
        "Birləşmiş Krallıq": "GB",
        "BƏƏ": "AE",
        "ÇXR": "CN",
        "Çin Xalq Respublikası": "CN",
        "AFR": "DE",
        "Almaniya Federativ Respublikası": "DE",
        "RF": "RU",
        "Rusiya Federasiyası": "RU",
        "KXDR": "KP",
        "Şimali Koreya": "KP",
        "Cənubi Koreya": "KR",
        "CAR": "ZA",
    },
    "ru": {
        "США": "US",
        "Соединённые Штаты": "US",
        "Соединённое Королевство": "GB",
        "ОАЭ": "AE",
        "КНР": "CN",
        "Китайская Народная Республика": "CN",
        "ФРГ": "DE",
        "Федеративная Республика Германия": "DE",
        "РФ": "RU",
        "Российская Федерация": "RU",
        "КНДР": "KP",
        "Северная Корея": "KP",
        "Южная Корея": "KR",
        "ЮАР": "ZA",
    },
}


def other_names(code: str) -> list[str]:
    """The abbreviations and long forms of a country in every language ("США", "ABŞ", "USA" for US)."""
    wanted = _normal(code)
    return [name for table in _OTHER_NAMES.values() for name, c in table.items() if c == wanted]


def _key(text: str) -> str:
    """A typed or stored name folded for comparison: any case, diacritics or script ("ABŞ" = "absh")."""
    return " ".join(query_terms(text))


@functools.cache
def _exact_keys() -> dict[str, str]:
    """Folded exact name, abbreviation or ISO code -> the country's code."""
    keys: dict[str, str] = {}
    for row in _COUNTRIES:
        for name in row[1:]:
            keys.setdefault(_key(name), row[0])
    for table in _OTHER_NAMES.values():
        for name, code in table.items():
            keys[_key(name)] = code  # an abbreviation is meant as this country, whatever else it spells
    for row in _COUNTRIES:
        keys.setdefault(row[0].lower(), row[0])
    return keys


@functools.cache
def _search_terms() -> dict[str, tuple[str, ...]]:
    """Each country's search terms: its names in every language and its other names."""
    return {row[0]: tuple(index_terms(" ".join([*row[1:], *other_names(row[0])])).split()) for row in _COUNTRIES}


def country_named(text: str) -> str | None:
    """The code of the country `text` names exactly (a name, abbreviation or ISO code in any language), else None."""
    return _exact_keys().get(_key(text))


def find_countries(query: str, lang: str = "en") -> list[str]:
    """The codes of the countries `query` finds, best first: an exact name or abbreviation in any
    language, then names in `lang` starting with it, then any other match; each group sorted by name."""
    key = _key(query)
    if not key:
        return []
    exact = country_named(query)
    terms = key.split()
    starting: list[str] = []
    others: list[str] = []
    for code, name in _sorted_countries(lang):
        if code == exact:
            continue
        if _key(name).startswith(key):
            starting.append(code)
        elif all(any(term.startswith(wanted) for term in _search_terms()[code]) for wanted in terms):
            others.append(code)
    return ([exact] if exact else []) + starting + others
