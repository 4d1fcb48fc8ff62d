"""Countries by ISO 3166-1 alpha-2 code, with their names in English, Azerbaijani and Russian."""

from __future__ import annotations

import functools
import unicodedata

# (code, English, Azerbaijani, Russian); an empty translation falls back to English.
# Short names as a ministry writes them in running text ("Russia", not "Russian Federation").
_COUNTRIES: tuple[tuple[str, str, str, str], ...] = (
    ('AD', 'Andorra', 'Andorra', 'Андорра'),
    ('AE', 'United Arab Emirates', 'Birləşmiş Ərəb Əmirlikləri', 'Объединённые Арабские Эмираты'),
    ('AF', 'Afghanistan', 'Əfqanıstan', 'Афганистан'),
    ('AG', 'Antigua and Barbuda', '', 'Антигуа и Барбуда'),
    ('AI', 'Anguilla', '', 'Ангвилла'),
    ('AL', 'Albania', 'Albaniya', 'Албания'),
    ('AM', 'Armenia', 'Ermənistan', 'Армения'),
    ('AO', 'Angola', 'Anqola', 'Ангола'),
    ('AQ', 'Antarctica', '', 'Антарктика'),
    ('AR', 'Argentina', 'Argentina', 'Аргентина'),
    ('AS', 'American Samoa', '', 'Американские Самоа'),
    ('AT', 'Austria', 'Avstriya', 'Австрия'),
    ('AU', 'Australia', 'Avstraliya', 'Австралия'),
    ('AW', 'Aruba', '', 'Аруба'),
    ('AX', 'Åland Islands', '', 'Аландские острова'),
    ('AZ', 'Azerbaijan', 'Azərbaycan', 'Азербайджан'),
    ('BA', 'Bosnia and Herzegovina', 'Bosniya və Herseqovina', 'Босния и Герцеговина'),
    ('BB', 'Barbados', 'Barbados', 'Барбадос'),
    ('BD', 'Bangladesh', 'Banqladeş', 'Бангладеш'),
    ('BE', 'Belgium', 'Belçika', 'Бельгия'),
    ('BF', 'Burkina Faso', 'Burkina-Faso', 'Буркина-Фасо'),
    ('BG', 'Bulgaria', 'Bolqarıstan', 'Болгария'),
    ('BH', 'Bahrain', 'Bəhreyn', 'Бахрейн'),
    ('BI', 'Burundi', 'Burundi', 'Бурунди'),
    ('BJ', 'Benin', 'Benin', 'Бенин'),
    ('BL', 'Saint Barthélemy', '', 'Сен-Бартельми'),
    ('BM', 'Bermuda', '', 'Бермуды'),
    ('BN', 'Brunei', 'Bruney', 'Бруней'),
    ('BO', 'Bolivia', 'Boliviya', 'Боливия'),
    ('BQ', 'Bonaire, Sint Eustatius and Saba', '', 'Бонайре, Синт-Эстатиус и Саба'),
    ('BR', 'Brazil', 'Braziliya', 'Бразилия'),
    ('BS', 'Bahamas', 'Baham adaları', 'Багамские Острова'),
    ('BT', 'Bhutan', 'Butan', 'Бутан'),
    ('BV', 'Bouvet Island', '', 'Остров Буве'),
    ('BW', 'Botswana', 'Botsvana', 'Ботсвана'),
    ('BY', 'Belarus', 'Belarus', 'Беларусь'),
    ('BZ', 'Belize', 'Beliz', 'Белиз'),
    ('CA', 'Canada', 'Kanada', 'Канада'),
    ('CC', 'Cocos (Keeling) Islands', '', 'Кокосовые острова'),
    ('CD', 'Democratic Republic of the Congo', 'Konqo Demokratik Respublikası', 'Демократическая Республика Конго'),
    ('CF', 'Central African Republic', 'Mərkəzi Afrika Respublikası', 'Центральноафриканская Республика'),
    ('CG', 'Congo', 'Konqo', 'Конго'),
    ('CH', 'Switzerland', 'İsveçrə', 'Швейцария'),
    ('CI', "Côte d'Ivoire", "Kot-d'İvuar", 'Кот-д’Ивуар'),
    ('CK', 'Cook Islands', '', 'Острова Кука'),
    ('CL', 'Chile', 'Çili', 'Чили'),
    ('CM', 'Cameroon', 'Kamerun', 'Камерун'),
    ('CN', 'China', 'Çin', 'Китай'),
    ('CO', 'Colombia', 'Kolumbiya', 'Колумбия'),
    ('CR', 'Costa Rica', 'Kosta-Rika', 'Коста-Рика'),
    ('CU', 'Cuba', 'Kuba', 'Куба'),
    ('CV', 'Cabo Verde', 'Kabo-Verde', 'Кабо-Верде'),
    ('CW', 'Curaçao', '', 'Кюрасао'),
    ('CX', 'Christmas Island', '', 'Остров Рождества'),
    ('CY', 'Cyprus', 'Kipr', 'Кипр'),
    ('CZ', 'Czechia', 'Çexiya', 'Чехия'),
    ('DE', 'Germany', 'Almaniya', 'Германия'),
    ('DJ', 'Djibouti', 'Cibuti', 'Джибути'),
    ('DK', 'Denmark', 'Danimarka', 'Дания'),
    ('DM', 'Dominica', '', 'Доминика'),
    ('DO', 'Dominican Republic', 'Dominikan Respublikası', 'Доминиканская Республика'),
    ('DZ', 'Algeria', 'Əlcəzair', 'Алжир'),
    ('EC', 'Ecuador', 'Ekvador', 'Эквадор'),
    ('EE', 'Estonia', 'Estoniya', 'Эстония'),
    ('EG', 'Egypt', 'Misir', 'Египет'),
    ('EH', 'Western Sahara', '', 'Западная Сахара'),
    ('ER', 'Eritrea', 'Eritreya', 'Эритрея'),
    ('ES', 'Spain', 'İspaniya', 'Испания'),
    ('ET', 'Ethiopia', 'Efiopiya', 'Эфиопия'),
    ('FI', 'Finland', 'Finlandiya', 'Финляндия'),
    ('FJ', 'Fiji', 'Fici', 'Фиджи'),
    ('FK', 'Falkland Islands', '', 'Фолклендские острова'),
    ('FM', 'Micronesia', '', 'Микронезия'),
    ('FO', 'Faroe Islands', '', 'Фарерские острова'),
    ('FR', 'France', 'Fransa', 'Франция'),
    ('GA', 'Gabon', 'Qabon', 'Габон'),
    ('GB', 'United Kingdom', 'Böyük Britaniya', 'Великобритания'),
    ('GD', 'Grenada', '', 'Гренада'),
    ('GE', 'Georgia', 'Gürcüstan', 'Грузия'),
    ('GF', 'French Guiana', '', 'Французская Гвиана'),
    ('GG', 'Guernsey', '', 'Гернси'),
    ('GH', 'Ghana', 'Qana', 'Гана'),
    ('GI', 'Gibraltar', '', 'Гибралтар'),
    ('GL', 'Greenland', '', 'Гренландия'),
    ('GM', 'Gambia', 'Qambiya', 'Гамбия'),
    ('GN', 'Guinea', 'Qvineya', 'Гвинея'),
    ('GP', 'Guadeloupe', '', 'Гваделупа'),
    ('GQ', 'Equatorial Guinea', 'Ekvatorial Qvineya', 'Экваториальная Гвинея'),
    ('GR', 'Greece', 'Yunanıstan', 'Греция'),
    ('GS', 'South Georgia and the South Sandwich Islands', '', 'Южная Джорджия и Южные Сандвичевы острова'),
    ('GT', 'Guatemala', 'Qvatemala', 'Гватемала'),
    ('GU', 'Guam', '', 'Гуам'),
    ('GW', 'Guinea-Bissau', 'Qvineya-Bisau', 'Гвинея-Бисау'),
    ('GY', 'Guyana', 'Qayana', 'Гайана'),
    ('HK', 'Hong Kong', 'Honkonq', 'Гонконг'),
    ('HM', 'Heard Island and McDonald Islands', '', 'Остров Херд и острова Макдональд'),
    ('HN', 'Honduras', 'Honduras', 'Гондурас'),
    ('HR', 'Croatia', 'Xorvatiya', 'Хорватия'),
    ('HT', 'Haiti', 'Haiti', 'Гаити'),
    ('HU', 'Hungary', 'Macarıstan', 'Венгрия'),
    ('ID', 'Indonesia', 'İndoneziya', 'Индонезия'),
    ('IE', 'Ireland', 'İrlandiya', 'Ирландия'),
    ('IL', 'Israel', 'İsrail', 'Израиль'),
    ('IM', 'Isle of Man', '', 'Остров Мэн'),
    ('IN', 'India', 'Hindistan', 'Индия'),
    ('IO', 'British Indian Ocean Territory', '', 'Британская территория Индийского океана'),
    ('IQ', 'Iraq', 'İraq', 'Ирак'),
    ('IR', 'Iran', 'İran', 'Иран'),
    ('IS', 'Iceland', 'İslandiya', 'Исландия'),
    ('IT', 'Italy', 'İtaliya', 'Италия'),
    ('JE', 'Jersey', '', 'Джерси'),
    ('JM', 'Jamaica', 'Yamayka', 'Ямайка'),
    ('JO', 'Jordan', 'İordaniya', 'Иордания'),
    ('JP', 'Japan', 'Yaponiya', 'Япония'),
    ('KE', 'Kenya', 'Keniya', 'Кения'),
    ('KG', 'Kyrgyzstan', 'Qırğızıstan', 'Киргизия'),
    ('KH', 'Cambodia', 'Kamboca', 'Камбоджа'),
    ('KI', 'Kiribati', '', 'Кирибати'),
    ('KM', 'Comoros', 'Komor adaları', 'Коморские Острова'),
    ('KN', 'Saint Kitts and Nevis', '', 'Сент-Китс и Невис'),
    ('KP', "Democratic People's Republic of Korea", 'Koreya Xalq Demokratik Respublikası', 'Корейская Народно-Демократическая Республика'),
    ('KR', 'Republic of Korea', 'Koreya Respublikası', 'Республика Корея'),
    ('KW', 'Kuwait', 'Küveyt', 'Кувейт'),
    ('KY', 'Cayman Islands', '', 'Каймановы острова'),
    ('KZ', 'Kazakhstan', 'Qazaxıstan', 'Казахстан'),
    ('LA', 'Laos', 'Laos', 'Лаос'),
    ('LB', 'Lebanon', 'Livan', 'Ливан'),
    ('LC', 'Saint Lucia', '', 'Сент-Люсия'),
    ('LI', 'Liechtenstein', 'Lixtenşteyn', 'Лихтенштейн'),
    ('LK', 'Sri Lanka', 'Şri-Lanka', 'Шри-Ланка'),
    ('LR', 'Liberia', 'Liberiya', 'Либерия'),
    ('LS', 'Lesotho', 'Lesoto', 'Лесото'),
    ('LT', 'Lithuania', 'Litva', 'Литва'),
    ('LU', 'Luxembourg', 'Lüksemburq', 'Люксембург'),
    ('LV', 'Latvia', 'Latviya', 'Латвия'),
    ('LY', 'Libya', 'Liviya', 'Ливия'),
    ('MA', 'Morocco', 'Mərakeş', 'Марокко'),
    ('MC', 'Monaco', 'Monako', 'Монако'),
    ('MD', 'Moldova', 'Moldova', 'Молдова'),
    ('ME', 'Montenegro', 'Monteneqro', 'Черногория'),
    ('MF', 'Saint Martin', '', 'Сен-Мартен'),
    ('MG', 'Madagascar', 'Madaqaskar', 'Мадагаскар'),
    ('MH', 'Marshall Islands', '', 'Маршалловы острова'),
    ('MK', 'North Macedonia', 'Şimali Makedoniya', 'Северная Македония'),
    ('ML', 'Mali', 'Mali', 'Мали'),
    ('MM', 'Myanmar', 'Myanma', 'Мьянма'),
    ('MN', 'Mongolia', 'Monqolustan', 'Монголия'),
    ('MO', 'Macao', 'Makao', 'Макао'),
    ('MP', 'Northern Mariana Islands', '', 'Северные Марианские острова'),
    ('MQ', 'Martinique', '', 'Мартиника'),
    ('MR', 'Mauritania', 'Mavritaniya', 'Мавритания'),
    ('MS', 'Montserrat', '', 'Монтсеррат'),
    ('MT', 'Malta', 'Malta', 'Мальта'),
    ('MU', 'Mauritius', 'Mavriki', 'Маврикий'),
    ('MV', 'Maldives', 'Maldiv', 'Мальдивы'),
    ('MW', 'Malawi', 'Malavi', 'Малави'),
    ('MX', 'Mexico', 'Meksika', 'Мексика'),
    ('MY', 'Malaysia', 'Malayziya', 'Малайзия'),
    ('MZ', 'Mozambique', 'Mozambik', 'Мозамбик'),
    ('NA', 'Namibia', 'Namibiya', 'Намибия'),
    ('NC', 'New Caledonia', '', 'Новая Каледония'),
    ('NE', 'Niger', 'Niger', 'Нигер'),
    ('NF', 'Norfolk Island', '', 'Остров Норфолк'),
    ('NG', 'Nigeria', 'Nigeriya', 'Нигерия'),
    ('NI', 'Nicaragua', 'Nikaraqua', 'Никарагуа'),
    ('NL', 'Netherlands', 'Niderland', 'Нидерланды'),
    ('NO', 'Norway', 'Norveç', 'Норвегия'),
    ('NP', 'Nepal', 'Nepal', 'Непал'),
    ('NR', 'Nauru', '', 'Науру'),
    ('NU', 'Niue', '', 'Ниуэ'),
    ('NZ', 'New Zealand', 'Yeni Zelandiya', 'Новая Зеландия'),
    ('OM', 'Oman', 'Oman', 'Оман'),
    ('PA', 'Panama', 'Panama', 'Панама'),
    ('PE', 'Peru', 'Peru', 'Перу'),
    ('PF', 'French Polynesia', '', 'Французская Полинезия'),
    ('PG', 'Papua New Guinea', 'Papua-Yeni Qvineya', 'Папуа — Новая Гвинея'),
    ('PH', 'Philippines', 'Filippin', 'Филиппины'),
    ('PK', 'Pakistan', 'Pakistan', 'Пакистан'),
    ('PL', 'Poland', 'Polşa', 'Польша'),
    ('PM', 'Saint Pierre and Miquelon', '', 'Сен-Пьер и Микелон'),
    ('PN', 'Pitcairn', '', 'Питкэрн'),
    ('PR', 'Puerto Rico', '', 'Пуэрто-Рико'),
    ('PS', 'Palestine', 'Fələstin', 'Палестина'),
    ('PT', 'Portugal', 'Portuqaliya', 'Португалия'),
    ('PW', 'Palau', '', 'Палау'),
    ('PY', 'Paraguay', 'Paraqvay', 'Парагвай'),
    ('QA', 'Qatar', 'Qətər', 'Катар'),
    ('RE', 'Réunion', '', 'Реюньон'),
    ('RO', 'Romania', 'Rumıniya', 'Румыния'),
    ('RS', 'Serbia', 'Serbiya', 'Сербия'),
    ('RU', 'Russia', 'Rusiya', 'Россия'),
    ('RW', 'Rwanda', 'Ruanda', 'Руанда'),
    ('SA', 'Saudi Arabia', 'Səudiyyə Ərəbistanı', 'Саудовская Аравия'),
    ('SB', 'Solomon Islands', '', 'Соломоновы Острова'),
    ('SC', 'Seychelles', 'Seyşel adaları', 'Сейшельские Острова'),
    ('SD', 'Sudan', 'Sudan', 'Судан'),
    ('SE', 'Sweden', 'İsveç', 'Швеция'),
    ('SG', 'Singapore', 'Sinqapur', 'Сингапур'),
    ('SH', 'Saint Helena, Ascension and Tristan da Cunha', '', 'Остров Святой Елены, Остров Вознесения и Тристан-да-Кунья'),
    ('SI', 'Slovenia', 'Sloveniya', 'Словения'),
    ('SJ', 'Svalbard and Jan Mayen', '', 'Шпицберген и Ян-Майен'),
    ('SK', 'Slovakia', 'Slovakiya', 'Словакия'),
    ('SL', 'Sierra Leone', 'Syerra-Leone', 'Сьерра-Леоне'),
    ('SM', 'San Marino', 'San-Marino', 'Сан-Марино'),
    ('SN', 'Senegal', 'Seneqal', 'Сенегал'),
    ('SO', 'Somalia', 'Somali', 'Сомали'),
    ('SR', 'Suriname', 'Surinam', 'Суринам'),
    ('SS', 'South Sudan', 'Cənubi Sudan', 'Южный Судан'),
    ('ST', 'Sao Tome and Principe', '', 'Сан-Томе и Принсипи'),
    ('SV', 'El Salvador', 'Salvador', 'Сальвадор'),
    ('SX', 'Sint Maarten', '', 'Синт-Мартен'),
    ('SY', 'Syria', 'Suriya', 'Сирия'),
    ('SZ', 'Eswatini', 'Esvatini', 'Эсватини'),
    ('TC', 'Turks and Caicos Islands', '', 'Тёркс и Кайкос'),
    ('TD', 'Chad', 'Çad', 'Чад'),
    ('TF', 'French Southern Territories', '', 'Французские Южные территории'),
    ('TG', 'Togo', 'Toqo', 'Того'),
    ('TH', 'Thailand', 'Tailand', 'Таиланд'),
    ('TJ', 'Tajikistan', 'Tacikistan', 'Таджикистан'),
    ('TK', 'Tokelau', '', 'Токелау'),
    ('TL', 'Timor-Leste', '', 'Тимор-Лесте'),
    ('TM', 'Turkmenistan', 'Türkmənistan', 'Туркменистан'),
    ('TN', 'Tunisia', 'Tunis', 'Тунис'),
    ('TO', 'Tonga', '', 'Тонга'),
    ('TR', 'Türkiye', 'Türkiyə', 'Турция'),
    ('TT', 'Trinidad and Tobago', 'Trinidad və Tobaqo', 'Тринидад и Тобаго'),
    ('TV', 'Tuvalu', '', 'Тувалу'),
    ('TW', 'Taiwan', 'Tayvan', 'Тайвань'),
    ('TZ', 'Tanzania', 'Tanzaniya', 'Танзания'),
    ('UA', 'Ukraine', 'Ukrayna', 'Украина'),
    ('UG', 'Uganda', 'Uqanda', 'Уганда'),
    ('UM', 'United States Minor Outlying Islands', '', 'Внешние малые острова США'),
    ('US', 'United States', 'Amerika Birləşmiş Ştatları', 'Соединённые Штаты Америки'),
    ('UY', 'Uruguay', 'Uruqvay', 'Уругвай'),
    ('UZ', 'Uzbekistan', 'Özbəkistan', 'Узбекистан'),
    ('VA', 'Holy See', 'Vatikan', 'Ватикан'),
    ('VC', 'Saint Vincent and the Grenadines', '', 'Сент-Винсент и Гренадины'),
    ('VE', 'Venezuela', 'Venesuela', 'Венесуэла'),
    ('VG', 'British Virgin Islands', '', 'Британские Виргинские острова'),
    ('VI', 'United States Virgin Islands', '', 'Виргинские острова (США)'),
    ('VN', 'Vietnam', 'Vyetnam', 'Вьетнам'),
    ('VU', 'Vanuatu', '', 'Вануату'),
    ('WF', 'Wallis and Futuna', '', 'Уоллис и Футуна'),
    ('WS', 'Samoa', '', 'Самоа'),
    ('YE', 'Yemen', 'Yəmən', 'Йемен'),
    ('YT', 'Mayotte', '', 'Майот'),
    ('ZA', 'South Africa', 'Cənubi Afrika Respublikası', 'Южно-Африканская Республика'),
    ('ZM', 'Zambia', 'Zambiya', 'Замбия'),
    ('ZW', 'Zimbabwe', 'Zimbabve', 'Зимбабве'),
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
    return tuple(sorted(pairs, key=lambda pair: _sort_key(pair[1], lang)))


# Alphabet orders; letters not listed sort after, by code point.
_ALPHABETS = {
    "az": "aAbBcCçÇdDeEəƏfFgGğĞhHxXıIiİjJkKqQlLmMnNoOöÖpPrRsSşŞtTuUüÜvVyYzZ",
    "ru": "аАбБвВгГдДеЕёЁжЖзЗиИйЙкКлЛмМнНоОпПрРсСтТуУфФхХцЦчЧшШщЩъЪыЫьЬэЭюЮяЯ",
}


def _sort_key(name: str, lang: str) -> tuple[int, ...]:
    alphabet = _ALPHABETS.get(lang)
    if alphabet is None:
        folded = unicodedata.normalize("NFKD", name.casefold())
        return tuple(ord(ch) for ch in folded if not unicodedata.combining(ch))
    # Upper and lower case of a letter share one rank; spaces and punctuation sort before letters.
    keys = []
    for ch in name:
        pos = alphabet.find(ch)
        if pos >= 0:
            keys.append(200 + pos // 2)
        elif ch.isalpha():
            keys.append(1000 + ord(ch.casefold()))
        else:
            keys.append(min(ord(ch), 199))
    return tuple(keys)


def collation_key(name: str, lang: str = "en") -> tuple[int, ...]:
    """Sort key for any name (country, department, person) in the alphabet order of `lang`."""
    return _sort_key(name, lang)
