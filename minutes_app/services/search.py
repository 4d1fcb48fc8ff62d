"""Search over everything: folded word prefixes through the search index, hits grouped by kind."""

from __future__ import annotations

import re
from collections.abc import Sequence

from minutes_app.domain import records as r
from minutes_app.domain.textfold import index_terms, query_terms
from minutes_app.services import search_index
from minutes_app.store.database import Store

#: Group titles of the kinds, in the order hits are returned.
KIND_LABELS = {
    "meeting": "Meetings",
    "person": "People",
    "organisation": "Organisations",
    "agenda_item": "Agenda items",
    "decision": "Decisions",
    "follow_up": "Follow-ups",
    "note": "Notes",
}
MAX_LIMIT_PER_KIND = 1000
SNIPPET_CHARS = 160
# A snippet looks for the match in this much of the text only: a hit's text can be 200 KB, and
# folding all of it for every hit would cost more than the search itself.
_SNIPPET_SCAN_CHARS = 20_000
_SNIPPET_LEAD = 50  # characters shown before the match
_WORD = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")


class SearchService:
    """Search the index; every query is one read transaction."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def search(self, query: str, *, limit_per_kind: int = 50) -> list[r.SearchHit]:
        """Records matching every word of `query` as a word prefix, grouped by kind (see KIND_LABELS).

        Insensitive to case, diacritics and script (textfold). Any text is a query; text without
        letters or digits finds nothing. Within a kind: newest meeting first, people and
        organisations by name.
        """
        terms = query_terms(query)
        if not terms:
            return []
        limit = max(1, min(int(limit_per_kind), MAX_LIMIT_PER_KIND))
        hits: list[r.SearchHit] = []
        words: dict[str, bool] = {}  # shared across snippets: the same words recur in every hit
        with self.store.reading() as session:
            for row in search_index.IndexQuery(session, terms).first(limit):
                hits.append(
                    r.SearchHit(
                        kind=row.kind, record_id=row.record_id, meeting_id=row.meeting_id,
                        title=row.title, snippet=snippet(row.detail, terms, cache=words),
                        date=row.date, follow_up_id=row.follow_up_id,
                    )
                )
        return hits


def snippet(text: str, terms: Sequence[str], *, width: int = SNIPPET_CHARS, cache: dict[str, bool] | None = None) -> str:
    """About `width` characters of `text` on one line, around the first word a term matches.

    Falls back to the start of the text when the match is not in it (it was in the title) or
    lies beyond the first 20 000 characters.
    """
    cache = {} if cache is None else cache
    start = 0
    for found in _WORD.finditer(text, 0, _SNIPPET_SCAN_CHARS):
        word = found.group()
        hit = cache.get(word)
        if hit is None:
            variants = index_terms(word).split()
            hit = cache[word] = any(v.startswith(t) for v in variants for t in terms)
        if hit:
            start = found.start()
            break
    begin = max(0, start - _SNIPPET_LEAD)
    if begin:
        # Start at a word boundary rather than inside a word.
        space = text.find(" ", begin, start)
        begin = space + 1 if space != -1 else start
    piece = " ".join(text[begin : begin + width * 2].split())
    if len(piece) > width:
        piece = piece[: width - 1].rsplit(" ", 1)[0] + " …"
    elif begin + width * 2 < len(text):
        piece += " …"
    return ("… " + piece) if begin else piece
