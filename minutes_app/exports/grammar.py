"""The little grammar "Representative of <organisation>" needs in each language.

English wants "the" before a name made of common nouns ("the Asian Development Bank", "the OSCE")
and none before a proper name ("Russian Railways"); Azerbaijani and Russian want the organisation in
the genitive case. Names are recorded in the nominative, so we inflect the ending of the first noun
phrase by rule, and fall back to a neutral form whenever the rule cannot be sure. A name in quotes or
with a legal form (ПАО «Газпром нефть», Azersu LLC) is a proper name: it is never declined.
"""

from __future__ import annotations

import re

from minutes_app.exports.labels import label

# English nouns that make a name common: "the Asian Development Bank", "the Ministry of ...".
_EN_INSTITUTIONS = frozenset(
    """
    administration agency assembly association authority bank board cabinet centre center chamber
    commission committee community conference consortium consulate cooperation corporation council
    court delegation department directorate embassy federation forum foundation fund government
    inspectorate institute institution league mission representation ministry movement nations office organisation
    organization parliament partnership presidency programme program secretariat service treaty
    tribunal union university
    """.split()
)
# Acronyms read as words take no article ("of NATO"); letter-by-letter ones do ("of the OSCE").
_EN_WORD_ACRONYMS = frozenset("ASEAN CERN FIFA INTERPOL NATO OPEC SOCAR UEFA UNESCO UNICEF".split())
# Legal forms that mark a company's own name, in any of our languages.
_LEGAL_FORMS = frozenset(
    """
    ао зао оао пао ооо нао гуп фгуп муп ип тоо ао нк ск ao qsc asc mmc ltd llc llp jsc ojsc cjsc pjsc
    plc inc corp gmbh ag sa spa bv nv kk co
    """.split()
)
_QUOTES = '«»"“”„'


def _words(org: str) -> list[str]:
    return [word.strip(".,()") for word in org.split()]


def is_proper_name(org: str) -> bool:
    """True for a name in quotes or carrying a legal form: it is printed as it is, never declined.

    "Regional Council of the «Movement of the First»" is not one: its head, "Council", is a common noun.
    """
    return org.lstrip()[:1] in _QUOTES or any(w.casefold() in _LEGAL_FORMS for w in _words(org))


def _english(org: str) -> str:
    first, _, rest = org.partition(" ")
    if first == "The" and rest:
        return f"the {rest}"
    if is_proper_name(org):
        return org
    words = _words(org)
    if len(words) == 1 and re.fullmatch(r"[A-Z]{2,6}", words[0]):
        return org if words[0] in _EN_WORD_ACRONYMS else f"the {org}"
    # "Ministry of Foreign Affairs", 'Council "Movement of the First"': the head is "Ministry", "Council"
    head = re.split(r" of |[«\"“„]", org, maxsplit=1)[0]
    if any(word.casefold() in _EN_INSTITUTIONS for word in _words(head)):
        return f"the {org}"
    return org


_AZ_VOWELS = "aıoueəiöü"
_AZ_GENITIVE = {"a": "ın", "ı": "ın", "o": "un", "u": "un", "e": "in", "ə": "in", "i": "in", "ö": "ün", "ü": "ün"}


def _azerbaijani(org: str) -> str | None:
    """`org` with the genitive suffix ("Nazirliyi" -> "Nazirliyinin"), or None when unsure."""
    name = org.rstrip()
    if not name or not name[-1].isalpha() or not name[-1].islower():
        return None  # an abbreviation, a quoted name, a number: leave it uninflected
    last_word = name.rsplit(" ", 1)[-1].lower()
    vowels = [ch for ch in last_word if ch in _AZ_VOWELS]
    if not vowels:
        return None
    suffix = _AZ_GENITIVE[vowels[-1]]
    if name[-1] in _AZ_VOWELS:
        return f"{name}n{suffix}"
    if len(vowels) > 1 and name[-1] == "k":  # birlik -> birliyin
        return f"{name[:-1]}y{suffix}"
    if len(vowels) > 1 and name[-1] == "q":  # ittifaq -> ittifağın
        return f"{name[:-1]}ğ{suffix}"
    return f"{name}{suffix}"


# Russian nominative -> genitive, by ending; the first matching ending wins.
_RU_ADJECTIVE = (
    ("кий", "кого"),
    ("гий", "гого"),
    ("хий", "хого"),
    ("жий", "жего"),
    ("ший", "шего"),
    ("чий", "чего"),
    ("щий", "щего"),
    ("ний", "него"),
    ("ый", "ого"),
    ("ой", "ого"),
    ("ое", "ого"),
    ("ее", "его"),
    ("ая", "ой"),
    ("яя", "ей"),
)
_RU_NOUN = (
    ("ство", "ства"),
    ("ние", "ния"),
    ("тие", "тия"),
    ("ие", "ия"),
    ("ия", "ии"),
    ("ка", "ки"),
    ("га", "ги"),
    ("ха", "хи"),
    ("жа", "жи"),
    ("ша", "ши"),
    ("ча", "чи"),
    ("ща", "щи"),
    ("а", "ы"),
)
_RU_CONSONANTS = "бвгджзклмнпрстфхцчшщ"


def _russian_word(word: str) -> tuple[str, bool] | None:
    """(genitive, is_noun) for one word of an organisation's name, or None when unknown."""
    lower = word.lower()
    for ending, replacement in _RU_ADJECTIVE:
        if lower.endswith(ending) and len(lower) > len(ending) + 1:
            return word[: -len(ending)] + replacement, False
    for ending, replacement in _RU_NOUN:
        if lower.endswith(ending) and len(lower) > len(ending) + 1:
            return word[: -len(ending)] + replacement, True
    if lower[-1:] and lower[-1] in _RU_CONSONANTS and len(lower) > 2:
        return word + "а", True  # совет -> совета, фонд -> фонда
    return None


# Institution nouns whose names decline by rule; any other head noun may be a brand («Газпром нефть»).
_RU_INSTITUTIONS = (
    "агентств",
    "академи",
    "ассамбле",
    "ассоциаци",
    "банк",
    "бюро",
    "ведомств",
    "департамент",
    "дирекци",
    "инспекци",
    "институт",
    "казначейств",
    "коллеги",
    "комисси",
    "комитет",
    "компани",
    "консульств",
    "корпораци",
    "министерств",
    "мисси",
    "объединени",
    "организаци",
    "отдел",
    "палат",
    "парламент",
    "партнёрств",
    "партнерств",
    "посольств",
    "правительств",
    "представительств",
    "секретариат",
    "служб",
    "совет",
    "союз",
    "суд",
    "университет",
    "управлени",
    "учреждени",
    "фонд",
    "центр",
)


def _russian(org: str) -> str | None:
    """`org` with its leading noun phrase in the genitive, or None when unsure."""
    words = org.split(" ")
    first = words[0]
    if is_proper_name(org):
        return org  # ОАО «РЖД», ПАО «Газпром нефть»: the name stays as it is
    if len(first) > 1 and first.isupper():
        return org  # МИД, ОБСЕ: abbreviations do not decline
    if not first[:1].isalpha() or not all("а" <= ch.lower() <= "я" or ch in "ё-" for ch in first):
        return None
    inflected: list[str] = []
    for index, word in enumerate(words):
        result = _russian_word(word)
        if result is None:
            return None
        genitive, is_noun = result
        inflected.append(genitive)
        if is_noun:
            if not word.lower().startswith(_RU_INSTITUTIONS):
                return None  # «Российские железные дороги», «Газпром нефть»: a name, not a description
            return " ".join(inflected + words[index + 1 :])
        if index >= 3:
            return None
    return None


def representative_of(org: str, lang: str) -> str:
    """ "Representative of <org>" in `lang`, with the organisation's name declined where needed."""
    org = org.strip()
    if not org:
        return label("representative", lang)
    if lang == "az":
        genitive = _azerbaijani(org)
        return label("representative_of", lang, org=genitive) if genitive else f"{org} nümayəndəsi"
    if lang == "ru":
        genitive = _russian(org)
        return label("representative_of", lang, org=genitive) if genitive else f"Представитель: {org}"
    return label("representative_of", lang, org=_english(org))


def after_of(org: str, lang: str) -> str | None:
    """`org` as it reads after "of": "the Ministry...", the Russian genitive; None when unsure (ru only)."""
    org = org.strip()
    if lang == "ru":
        return _russian(org) if org else None
    if lang == "en":
        return _english(org)
    return org
