"""Folded type-ahead matching: any case, diacritics or script ("Cabbarov" finds "Mikayil Jabbarov").

Uses the app's text folding (minutes_app.domain.textfold); without it, falls back to case and
diacritic folding only.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable


def _plain_fold(text: str) -> list[str]:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ı", "i").replace("ə", "e")
    return "".join(c if c.isalnum() else " " for c in stripped).split()


def _load() -> tuple[Callable[[str], list[str]], Callable[[str], list[str]]]:
    try:
        from minutes_app.domain.textfold import index_terms, query_terms
    except ImportError:
        return _plain_fold, _plain_fold
    return (lambda text: index_terms(text).split()), query_terms


_index_terms, _query_terms = _load()


def index_of(text: str) -> list[str]:
    """The terms a record's text is found by; compute once per record and keep."""
    return _index_terms(text)


def query_of(text: str) -> list[str]:
    """The terms of what the user typed."""
    return _query_terms(text)


def found(query: list[str], index: list[str]) -> bool:
    """True when every query term starts some index term (an empty query finds everything)."""
    return all(any(term.startswith(wanted) for term in index) for wanted in query)


def matches(query: str, text: str) -> bool:
    """True when `query` finds `text`."""
    return found(query_of(query), index_of(text))
