"""The little grammar "Representative of <organisation>" needs in each language.

English wants "the" before most institution names; Azerbaijani and Russian want the organisation
in the genitive case. Names are recorded in the nominative, so we inflect the ending of the first
noun phrase by rule, and fall back to a neutral form whenever the rule cannot be sure.
"""

from __future__ import annotations

from minutes_app.exports.labels import label

# English institution words that take "the": "Representative of the Embassy of ...".
_EN_THE = frozenset(
    """
    administration agency all-russian association authority bank board cabinet central centre
    center chamber commission committee consulate council delegation department embassy european
    eurasian executive federal foundation fund government high institute international islamic
    ministry mission movement national office organisation organization parliament permanent
    presidential regional republic russian secretariat service state trade union united university
    world azerbaijani chechen general joint asian african arab caspian black nordic islamic
    """.split()
)


def _english(org: str) -> str:
    first, _, rest = org.partition(" ")
    if first == "The" and rest:
        return f"the {rest}"
    if first.casefold() not in _EN_THE:
        return org
    return f"the {org}"


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
    ("кий", "кого"), ("гий", "гого"), ("хий", "хого"),
    ("жий", "жего"), ("ший", "шего"), ("чий", "чего"), ("щий", "щего"), ("ний", "него"),
    ("ый", "ого"), ("ой", "ого"),
    ("ое", "ого"), ("ее", "его"),
    ("ая", "ой"), ("яя", "ей"),
)
_RU_NOUN = (
    ("ство", "ства"), ("ние", "ния"), ("тие", "тия"), ("ие", "ия"),
    ("ия", "ии"),
    ("ка", "ки"), ("га", "ги"), ("ха", "хи"), ("жа", "жи"), ("ша", "ши"), ("ча", "чи"), ("ща", "щи"),
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


def _russian(org: str) -> str | None:
    """`org` with its leading noun phrase in the genitive, or None when unsure."""
    words = org.split(" ")
    first = words[0]
    if len(first) > 1 and first.isupper():
        return org  # ПАО, МИД, АО: abbreviations do not decline
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
