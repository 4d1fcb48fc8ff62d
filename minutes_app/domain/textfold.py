"""Search terms that ignore case, diacritics and script ("text folding").

Names reach the Minutes App in three spellings: English ("Aliyev",
"Jabbarov"), Azerbaijani Latin ("Əliyev", "Cabbarov") and Russian
("Алиев", "Джаббаров").  A user searches with whichever spelling they know,
in whichever script their keyboard is set to.  SQLite FTS5's ``unicode61``
tokenizer only folds case and (optionally) some diacritics: it knows nothing
of Azerbaijani ə or dotless ı, of Cyrillic ё/й, nor of the fact that
Azerbaijani "c", English "j" and Russian "дж" are the same sound.  So every
record stores an *index text* built here, and every query is folded here
too; the database then only compares plain ``[a-z0-9]`` words.

Two layers
==========

1. **Canonical fold** (:func:`fold_word`), applied to *both* sides.  It is a
   fixed, context-free map from each character to ASCII: lower-case (İ and I
   both give ``i``), strip diacritics (é→e, ö→o), Azerbaijani letters
   (ə→a, ı→i, ş→sh, ç→ch, ğ→g, ö→o, ü→u), and Cyrillic through one scheme
   (ж→zh, х→kh, ц→ts, ч→ch, ш→sh, щ→shch, ю→yu, я→ya, й→y, ы→y, ё→e, э→e,
   ъ/ь dropped).  Because it is character by character, the fold of a prefix
   is a prefix of the fold: whatever the user has typed so far keeps
   matching while they type.

2. **Spelling variants** (:func:`index_terms`), applied to the *index side
   only*.  For every word of a record we also store the spellings a user of
   another convention would type: ə as ``a`` or ``e``; Azerbaijani c as
   ``j``/``dzh``; x as ``kh``; ş as ``sh``/``s``; ç as ``ch``/``c``; ğ as
   ``g``/``gh``; ı as ``i``/``y``; ü as ``yu``; q as ``g``/``k``; h as
   ``g``/``kh`` (Həsən ~ Гасан, Fərhad ~ Фархад); the glide y between vowels
   dropped (Əliyev ~ Алиев, Mikayıl ~ Микаил); and for Cyrillic words the
   usual English/passport forms (дж→j, х→x/h, й→i, -ий→y, е→ye after a
   vowel, и→yi after a vowel, ю→iu/u, я→ia/a, ё→yo/o, ...).

A query is folded to exactly one canonical term per word and matches a record
when **every query term is a prefix of some index term** (see
:func:`matches`).

Why the variants live on the index side
---------------------------------------

* The record knows what it contains: an ə in "Əliyev" is certainly an ə,
  whereas an "e" typed in a query could be anything.  Only the side that
  has the information can expand it correctly.
* Queries stay one term per word, so an FTS5 query is a plain AND of
  ``"term"*`` prefix queries and a PostgreSQL query a plain AND of ``LIKE``
  clauses: no OR-explosion, no query-side combinatorics.
* The query stays literal (the user's own letters, folded), so incremental
  prefix typing behaves: "k", "kh", "kha" all keep finding "Xəlilov",
  because "khalilov" is stored.  Collapsing digraphs on both sides (kh→x)
  would instead lose the match at "k" and regain it at "kh".
* The cost is paid once at write time, and it is bounded: at most
  :data:`MAX_VARIANTS_PER_WORD` terms per word.

Variants are chosen per *letter class* and applied uniformly within a word
(all ə of a word become ``a``, or all become ``e``): people spell a name
consistently, and it keeps the count small.  Every alternative has a cost
(usual, less usual, rare); a word's spellings are emitted cheapest first
(the canonical fold first) and cut at the cap, so the likely spellings are
always kept and the rare combinations are the ones dropped.

Decisions and known limits
--------------------------

* ə folds canonically to ``a`` (the official romanisation: Aliyev,
  Mammadov, Khalilov, Ganja).  "eliyev" still finds "Əliyev" through the
  index variant.  Consequently a query *typed with ə* does not find a record
  whose spelling used "e" for it: **"şəki" does not find "Sheki"** (nor
  "Шеки"); "sheki", "şeki", "seki" and "шеки" find all three.  Making ə
  canonical ``e`` would instead lose "Əliyev" → "Aliyev", which matters more.
* The same asymmetry holds in general: a record in a spelling that has lost
  a distinction is found by that spelling but not by the richer one
  ("Cingiz" is not found by "çingiz", "Guseyn" not by "huseyn", "Kuliev"
  not by "quliyev"), since the record cannot know what was lost.
* A spelling that needs several rare changes at once can fall beyond the
  cap (Russian "Гаджиев" does not find "Hacıyev"; "hajiyev" does).
* Russian spellings that mix a and e for ə within one word (Məmmədov ~
  Мамедов) or drop doubled consonants are not covered.
* Irregular exonyms are not covered (Bakı ~ Baku).
* Hyphens and apostrophes separate words: "Abdulla-zadə" is two words.
* Letters of other scripts (Greek, Arabic, CJK, ...) are not transliterated;
  each is kept as ``u`` + five hex digits of its (lower-case, diacritic-free)
  code point, so such text is still searchable by its exact letters.
* Any change to the rules changes stored index texts: bump
  :data:`FOLD_VERSION` and rebuild them.

Using it with the stores
------------------------

SQLite (FTS5)::

    CREATE VIRTUAL TABLE record_search USING fts5(
        index_text, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3');
    -- write: index_text = index_terms(searchable_text)
    -- read:  terms = query_terms(user_text)
    --        if not terms: no filter (show everything)
    --        MATCH ' '.join(f'"{t}"*' for t in terms)   -- implicit AND

PostgreSQL (same stored text, one clause per query term, AND-ed)::

    (' ' || index_text) LIKE '% ' || %(term)s || '%'

Terms contain only ``[a-z0-9]``, so they never need quoting or escaping
for FTS5 syntax nor for ``LIKE`` wildcards (``%``, ``_``).
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from functools import lru_cache

__all__ = [
    "FOLD_VERSION",
    "MAX_QUERY_CHARS",
    "MAX_QUERY_TERMS",
    "MAX_TERM_LENGTH",
    "MAX_VARIANTS_PER_WORD",
    "fold_word",
    "index_terms",
    "matches",
    "query_terms",
]

#: Version of the folding rules; stored index texts built by another
#: version must be rebuilt.
FOLD_VERSION = 1
#: At most this many index terms (canonical fold included) per word.
MAX_VARIANTS_PER_WORD = 16
#: At most this many terms are taken from a query.
MAX_QUERY_TERMS = 32
#: Index and query terms are cut to this many characters.
MAX_TERM_LENGTH = 64
#: Only this much of a query is looked at (32 terms never need more).
MAX_QUERY_CHARS = 4096

# Words longer than this get only their canonical fold (no variants).
_MAX_VARIANT_WORD_LENGTH = 48
# Bound on the spellings tried per word (duplicates and empties included).
_MAX_VARIANT_ATTEMPTS = 256

# --------------------------------------------------------------------------
# Layer 1: the canonical, context-free, per-character fold.
# Keys are lower-case; anything not listed goes through _fold_other().

_CANONICAL = {
    # Azerbaijani Latin (ö, ü would also fall out of the generic rule).
    "ə": "a",
    "ı": "i",
    "ş": "sh",
    "ç": "ch",
    "ğ": "g",
    "ö": "o",
    "ü": "u",
    # Russian
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    # Azerbaijani Cyrillic (as their Azerbaijani Latin counterparts)
    "ә": "a",
    "ҹ": "c",
    "һ": "h",
    "ғ": "g",
    "ө": "o",
    "ү": "u",
    "ҝ": "g",
    "ј": "y",
    "қ": "q",
    # Ukrainian, Belarusian, Kazakh, Serbian odds and ends
    "і": "i",
    "ї": "yi",
    "є": "ye",
    "ґ": "g",
    "ў": "u",
    "ң": "ng",
    "ұ": "u",
    "ђ": "dj",
    "љ": "lj",
    "њ": "nj",
    "ћ": "c",
    "џ": "dz",
    "ѕ": "dz",
    # Latin letters without a canonical decomposition
    "ß": "ss",
    "æ": "ae",
    "œ": "oe",
    "ø": "o",
    "đ": "d",
    "ð": "d",
    "þ": "th",
    "ł": "l",
    "ħ": "h",
    "ŋ": "ng",
    "ĸ": "q",
}

_LATIN_NAME_RE = re.compile(r"LATIN (?:SMALL|CAPITAL) (?:LETTER|LIGATURE) ([A-Z]{1,2})(?: |$)")
_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _fold_other(ch: str) -> str:
    """Fold one character that is not in the tables (result cached)."""
    out = []
    for c in ch.lower():
        category = unicodedata.category(c)
        if category[0] == "N":
            digit = unicodedata.decimal(c, None)
            if digit is not None:
                out.append(str(digit))
            continue
        if category[0] != "L" or category == "Lm":
            continue  # marks, punctuation, symbols, modifier letters (ʼ, ʻ)
        base = "".join(b for b in unicodedata.normalize("NFD", c) if not unicodedata.combining(b))
        for b in base.lower():
            if b in _ASCII_ALNUM:
                out.append(b)
            elif b in _CANONICAL:
                out.append(_CANONICAL[b])
            else:
                match = _LATIN_NAME_RE.match(unicodedata.name(b, ""))
                if match:
                    out.append(match.group(1).lower())
                elif unicodedata.category(b)[0] == "L" and unicodedata.category(b) != "Lm":
                    out.append(f"u{ord(b):05x}")  # other scripts: keep, exactly
    return "".join(out)


class _FoldTable(dict[int, str]):
    """``str.translate`` table that computes unknown characters on demand."""

    def __missing__(self, key: int) -> str:
        value = _fold_other(chr(key))
        if len(self) < 65536:  # bounded, whatever text comes in
            self[key] = value
        return value


_FOLD = _FoldTable({ord(k): v for k, v in _CANONICAL.items()})
_FOLD.update({ord(c): c for c in _ASCII_ALNUM})


def _normalise(text: str) -> str:
    """NFKC (full-width, ligatures, composed accents), then lower-case."""
    return unicodedata.normalize("NFKC", text).replace("İ", "i").lower()


def fold_word(word: str) -> str:
    """Return the canonical fold of *word*: only ``[a-z0-9]``, maybe empty.

    Lower-cases (Azerbaijani İ and I, like English I, give ``i``), strips
    diacritics, maps Azerbaijani letters to ASCII (ə→a, ı→i, ş→sh, ç→ch,
    ğ→g, ö→o, ü→u) and transliterates Cyrillic with one fixed scheme
    (Джаббаров → ``dzhabbarov``, Ёлкин → ``elkin``, Эдельгериев →
    ``edelgeriev``).  Anything that is not a letter or digit is dropped.

    The map is per character, so the fold of a prefix is a prefix of the
    fold.  This is the form of every query term, and always one of the
    index terms of the same word.
    """
    return _normalise(word).translate(_FOLD)


# --------------------------------------------------------------------------
# Layer 2: spelling variants, for the index side only.

# For every rule: the alternative spellings, canonical fold first, each with
# a cost (1 = usual, 2 = less usual, 3 = rare).  Variants of a word are
# emitted in order of total cost, so the usual ones survive the cap.
_RULES: dict[str, tuple[tuple[str, int], ...]] = {
    # English digraphs <-> Azerbaijani / Russian letters
    "sh": (("sh", 0), ("s", 1)),
    "ch": (("ch", 0), ("c", 1)),
    "kh": (("kh", 0), ("x", 1), ("h", 2)),
    "gh": (("gh", 0), ("g", 1)),
    "zh": (("zh", 0), ("j", 2)),
    # Latin letters read the Azerbaijani / English / Russian way
    "c": (("c", 0), ("j", 1), ("dzh", 1)),  # Cabbarov ~ Jabbarov ~ Джаббаров
    "j": (("j", 0), ("dzh", 1), ("c", 1), ("zh", 2)),  # Azerbaijani j is ж
    "x": (("x", 0), ("kh", 1), ("ks", 2)),  # Xəlilov ~ Khalilov; Maxim ~ Максим
    "q": (("q", 0), ("g", 1), ("k", 1)),  # Qarayev ~ Гараев, Quliyev ~ Кулиев
    "h": (("h", 0), ("g", 2), ("kh", 2)),  # Həsən ~ Гасан, Fərhad ~ Фархад
    "y": (("y", 0), ("", 1)),  # glide: Əliyev ~ Алиев, Mikayıl ~ Микаил
    # Azerbaijani letters
    "ə": (("a", 0), ("e", 1)),
    "ı": (("i", 0), ("y", 2)),
    "ş": (("sh", 0), ("s", 1)),
    "ç": (("ch", 0), ("c", 1)),
    "ğ": (("g", 0), ("gh", 1)),
    "ö": (("o", 0), ("e", 2)),  # Göyçay ~ Гёйчай (ё folds to e)
    "ü": (("u", 0), ("yu", 2)),  # Gül ~ Гюль
    # Russian
    "дж": (("dzh", 0), ("j", 1), ("c", 1)),
    "кс": (("ks", 0), ("x", 1)),  # Максим ~ Maxim
    "ий": (("iy", 0), ("y", 1), ("ii", 2), ("i", 2)),  # word-final: Dmitry, Dmitrii
    "ый": (("yy", 0), ("y", 1)),  # word-final
    "й": (("y", 0), ("i", 1)),
    "е": (("e", 0), ("ye", 1)),  # initial / after a vowel: Aliyev
    "и": (("i", 0), ("yi", 1)),  # after a vowel: Mikayil
    "ё": (("e", 0), ("yo", 1), ("o", 2)),  # Гёйчай ~ Göyçay, Хрущёв ~ Khrushchov
    "г": (("g", 0), ("h", 2), ("q", 3)),
    "к": (("k", 0), ("q", 2)),
    "х": (("kh", 0), ("x", 1), ("h", 2)),
    "ш": (("sh", 0), ("s", 1)),
    "ч": (("ch", 0), ("c", 1)),
    "ж": (("zh", 0), ("j", 2)),
    "ц": (("ts", 0), ("c", 2)),
    "щ": (("shch", 0), ("sch", 2)),
    "ю": (("yu", 0), ("iu", 2), ("u", 2)),
    "я": (("ya", 0), ("ia", 2), ("a", 2)),  # Гянджа ~ Ganja
    "ы": (("y", 0), ("i", 2)),
    # Azerbaijani Cyrillic
    "ә": (("a", 0), ("e", 1)),
    "ҹ": (("c", 0), ("j", 1), ("dzh", 1)),
    "һ": (("h", 0), ("g", 2), ("kh", 2)),
    "ғ": (("g", 0), ("gh", 1)),
    "ө": (("o", 0), ("e", 2)),
    "ү": (("u", 0), ("yu", 2)),
    "қ": (("q", 0), ("g", 1), ("k", 1)),
}
_RULE_ALTS = {key: tuple(s for s, _ in alts) for key, alts in _RULES.items()}
_RULE_COSTS = {key: tuple(c for _, c in alts) for key, alts in _RULES.items()}

_LAT_VOWELS = "aeiouəıöü"
_CYR_VOWELS = "аеёиоуыэюяәөүі"

# Applied to a normalised (NFKC, lower-case) word; alternatives are tried in
# order at each position, so digraphs and word-final forms come first.
_RULES_RE = re.compile(
    "|".join(
        [
            "sh",
            "ch",
            "kh",
            "gh",
            "zh",
            "c(?!k)",  # not English "ck"
            "[jxq]",
            "(?<![cgkpstwz])h",  # not th, ph, wh, ...
            f"(?<=[{_LAT_VOWELS}])y(?=[{_LAT_VOWELS}])",  # glide between vowels
            "^y(?=e)",  # Yerevan ~ Ереван
            "[əışçğöü]",
            "дж",
            "кс",
            "ий$",
            "ый$",
            "й",
            f"(?:^|(?<=[{_CYR_VOWELS}ъь]))е",
            f"(?<=[{_CYR_VOWELS}ь])и",
            "[гкхшчжцщюяёыәҹһғөүқ]",
        ]
    )
)

# Words: runs of letters and digits (with any combining marks that did not
# compose under NFKC).  Everything else, including "_", separates words.
_WORD_RE = re.compile(r"(?:[^\W_]|[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f])+")


@lru_cache(maxsize=16384)
def _word_variants(word: str) -> tuple[str, ...]:
    """Index terms of one normalised word: canonical fold first, then variants.

    The word is cut into plain runs and rule matches; every distinct rule
    key is one class whose alternative is chosen once for the whole word.
    Choice vectors are visited best-first by total cost (ties: fewer
    deviating classes, then choice-vector order), which yields the canonical
    fold, then the cheapest spellings, until the cap.
    """
    # Segments: (alternatives, class index); plain runs use index -1, whose
    # choice (the extra last slot of a choice vector) is always 0.
    segments: list[tuple[tuple[str, ...], int]] = []
    class_of: dict[str, int] = {}
    alts: list[tuple[str, ...]] = []
    costs: list[tuple[int, ...]] = []
    pos = 0
    if len(word) <= _MAX_VARIANT_WORD_LENGTH:
        for m in _RULES_RE.finditer(word):
            start = m.start()
            if start > pos:
                segments.append(((word[pos:start].translate(_FOLD),), -1))
            key = m.group()
            index = class_of.get(key)
            if index is None:
                index = class_of[key] = len(alts)
                alts.append(_RULE_ALTS[key])
                costs.append(_RULE_COSTS[key])
            segments.append((alts[index], index))
            pos = m.end()
    if pos < len(word):
        segments.append(((word[pos:].translate(_FOLD),), -1))

    def build(vector: tuple[int, ...]) -> str:
        choice = (*vector, 0)
        return "".join([a[choice[c]] for a, c in segments])[:MAX_TERM_LENGTH]

    k = len(alts)
    start_vector = (0,) * k
    canonical = build(start_vector)
    if not canonical:
        return ()
    terms = [canonical]
    if not k:
        return (canonical,)
    seen = {canonical}
    # Alternatives are listed by non-decreasing cost, so stepping one class
    # to its next alternative never lowers the cost: best-first is exact.
    heap = [(0, 0, start_vector)]
    queued = {start_vector}
    attempts = 0
    while heap:
        cost, deviations, vector = heapq.heappop(heap)
        if attempts:  # the start vector is the canonical fold, already in
            term = build(vector)
            if term and term not in seen:
                seen.add(term)
                terms.append(term)
                if len(terms) >= MAX_VARIANTS_PER_WORD:
                    break
        attempts += 1
        if attempts >= _MAX_VARIANT_ATTEMPTS:
            break
        for c in range(k):
            current = vector[c]
            if current + 1 < len(alts[c]):
                step = (*vector[:c], current + 1, *vector[c + 1 :])
                if step not in queued:
                    queued.add(step)
                    heapq.heappush(
                        heap,
                        (
                            cost + costs[c][current + 1] - costs[c][current],
                            deviations + (current == 0),
                            step,
                        ),
                    )
    return tuple(terms)


def index_terms(text: str) -> str:
    """Return the index text of *text*: its search terms, space-separated.

    *text* is split into words (runs of Unicode letters and digits; any
    punctuation, quote, ``*``, ``-``, ``_`` or space separates).  For every
    word this emits its canonical fold (see :func:`fold_word`) followed by
    the spellings a user of another convention would type (e.g. "Əliyev"
    gives ``aliyev eliyev aliev eliev``), at most
    :data:`MAX_VARIANTS_PER_WORD` per word, each cut to
    :data:`MAX_TERM_LENGTH` characters.  Terms are ``[a-z0-9]+``, in order
    of first appearance, without duplicates.  Store the result in the FTS5
    table / PostgreSQL column; it is meant for machines, not for display.
    """
    seen: dict[str, None] = {}
    for m in _WORD_RE.finditer(_normalise(text)):
        for term in _word_variants(m.group()):
            seen[term] = None
    return " ".join(seen)


def query_terms(query: str) -> list[str]:
    """Return the canonical search terms of a user's *query*.

    The query is split into words like :func:`index_terms` does and each
    word is folded to one canonical term (:func:`fold_word`), cut to
    :data:`MAX_TERM_LENGTH` characters; duplicates are dropped and at most
    :data:`MAX_QUERY_TERMS` terms are returned (only the first
    ``MAX_QUERY_CHARS`` characters are read).  Terms contain only
    ``[a-z0-9]``, so each is safe as an FTS5 ``"term"*`` prefix query and in
    a SQL ``LIKE`` pattern.  Accepts any string and never raises; text
    without letters or digits gives ``[]`` (meaning: no filter).
    """
    terms: dict[str, None] = {}
    for m in _WORD_RE.finditer(_normalise(query[:MAX_QUERY_CHARS])):
        term = m.group().translate(_FOLD)[:MAX_TERM_LENGTH]
        if term:
            terms[term] = None
            if len(terms) >= MAX_QUERY_TERMS:
                break
    return list(terms)


def matches(query: str, text: str) -> bool:
    """Tell whether *text* is found by *query*: the reference semantics.

    True when every term of ``query_terms(query)`` is a prefix of some term
    of ``index_terms(text)``; a query without terms matches everything.
    This is what the FTS5 ``"t1"* "t2"*`` query and the PostgreSQL
    ``LIKE '% t%'`` clauses compute; use it in tests and as the spec of any
    other back end.
    """
    terms = query_terms(query)
    if not terms:
        return True
    index = index_terms(text).split()
    return all(any(t.startswith(q) for t in index) for q in terms)
