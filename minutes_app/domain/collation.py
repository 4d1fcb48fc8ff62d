"""Sort keys for names as a reader of each language expects them, with numbers in natural order.

Azerbaijani: ç after c, ə after e, ğ after g, x after h, ı before i, q after k, ö after o, ş after s,
ü after u. Russian: ё after е. English: accents ignored. Latin and Cyrillic names can share a list
(a department written in Russian among Azerbaijani ones): the document language's own script comes
first. Digit runs compare as numbers, so "Department 2" comes before "Department 10".
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

# Letters in alphabetical order, lower case; upper case shares the rank. "w" is no Azerbaijani letter
# but appears in foreign names: it sorts after "v", as in the Latin alphabet.
_LATIN = {
    "az": "abcçdeəfgğhxıijkqlmnoöprsştuüvwyz",
    "en": "abcdefghijklmnopqrstuvwxyz",
}
_CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
_DIGITS = re.compile(r"(\d+)")

# One element of a key: (class, rank). Spaces and punctuation come first, then numbers, then letters.
_PUNCT, _NUMBER, _LETTER, _OTHER = 0, 1, 2, 3


@functools.cache
def _ranks(lang: str) -> dict[str, int]:
    """Letter -> rank for `lang`: its own script first, then the other one."""
    latin = _LATIN["az"] if lang == "az" else _LATIN["en"]
    scripts = (_CYRILLIC, latin) if lang == "ru" else (latin, _CYRILLIC)
    ranks: dict[str, int] = {}
    for letter in "".join(scripts):
        ranks.setdefault(letter, len(ranks))
    if lang == "az":
        # the Azerbaijani capital of ı is I, of i is İ
        ranks["I"] = ranks["ı"]
        ranks["İ"] = ranks["i"]
    return ranks


def _letter(ch: str, ranks: dict[str, int]) -> tuple[int, int]:
    rank = ranks.get(ch)
    if rank is None:
        rank = ranks.get(ch.lower())
    if rank is None:
        base = unicodedata.normalize("NFKD", ch.lower())[:1]  # é -> e, å -> a
        rank = ranks.get(base)
    if rank is None:
        return (_OTHER, ord(ch.casefold()[:1] or ch))
    return (_LETTER, rank)


@functools.lru_cache(maxsize=1 << 16)  # the same names are sorted again at every refresh of a list
def collation_key(text: str, lang: str = "az") -> tuple[tuple[int, int], ...]:
    """A key sorting `text` in `lang`'s alphabetical order (default Azerbaijani), numbers by value."""
    ranks = _ranks(lang if lang in ("az", "ru") else "en")
    key: list[tuple[int, int]] = []
    for index, part in enumerate(_DIGITS.split(text.strip())):
        if index % 2:
            key.append((_NUMBER, int(part)))
            continue
        for ch in part:
            if ch.isalpha():
                key.append(_letter(ch, ranks))
            elif ch.isspace():
                key.append((_PUNCT, 32))
            else:
                key.append((_PUNCT, ord(ch)))
    return tuple(key)


def sort_names(items: list[T], name: Callable[[T], str], lang: str = "az") -> list[T]:
    """`items` sorted by `name(item)` in `lang`'s order; equal keys keep their order."""
    return sorted(items, key=lambda item: collation_key(name(item), lang))
