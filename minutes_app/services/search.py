"""Search over everything: folded word prefixes through the search index, hits grouped by kind."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Row,
    Select,
    String,
    Text,
    bindparam,
    column,
    func,
    literal_column,
    select,
    table,
    text,
)
from sqlalchemy.orm import Session

from minutes_app.domain import records as r
from minutes_app.domain.textfold import index_terms, query_terms
from minutes_app.services.search_index import (
    ENTRY,
    FTS,
    KINDS,
    PG_TERMS,
    PrefixQuery,
    checked_terms,
    fts_match,
    kind_range,
    literal_value,
    newest_first,
    tsquery_match,
)
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

#: FTS5 keeps prefix indexes up to this length (migration 0002: prefix='1 2 3').
PREFIX_INDEXED = 3
#: A longer query term is looked up as the (at most this many) indexed words it starts.
MAX_EXPANSION = 64
#: On PostgreSQL, how many entries of a kind are read in order before the GIN index takes over.
PG_WINDOW = 300
_VOCABULARY = table("search_vocab", column("term", Text()))
_HIT_COLUMNS = ("kind", "record_id", "meeting_id", "follow_up_id", "date", "title", "detail")


class SearchService:
    """Search the index; every query is one read transaction."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def search(self, query: str, *, limit_per_kind: int = 50, snippets: bool = True) -> list[r.SearchHit]:
        """Records matching every word of `query` as a word prefix, grouped by kind (see KIND_LABELS).

        Insensitive to case, diacritics and script (textfold). Any text is a query; text without
        letters or digits finds nothing. Within a kind: newest meeting first, people and
        organisations by name. `limit_per_kind` is held between 1 and MAX_LIMIT_PER_KIND.
        Without `snippets`, each hit carries the text its snippet would be cut from (`detail`) instead,
        for a caller that shows only some of them (`snippet(hit.detail, query_terms(query))`).
        """
        terms = query_terms(query)
        if not terms:
            return []
        limit = max(1, min(int(limit_per_kind), MAX_LIMIT_PER_KIND))
        words: dict[str, bool] = {}  # shared across snippets: the same words recur in every hit
        with self.store.reading() as session:
            rows = _KindWalk(session, terms).first(limit)
        return [
            r.SearchHit(
                kind=row.kind,
                record_id=row.record_id,
                meeting_id=row.meeting_id,
                title=row.title,
                snippet=snippet(row.detail, terms, cache=words) if snippets else "",
                detail="" if snippets else row.detail,
                date=row.date,
                follow_up_id=row.follow_up_id,
            )
            for row in rows
        ]


def snippet(
    text: str, terms: Sequence[str], *, width: int = SNIPPET_CHARS, cache: dict[str, bool] | None = None
) -> str:
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


def fts_query(conn: Session, terms: Sequence[str]) -> str:
    """The FTS5 query for `terms`; "" when a term starts no indexed word, so nothing can match.

    FTS5 answers a prefix longer than its prefix indexes by merging the lists of every word
    with that prefix before returning a row (measured: 9 ms for a common word, paid again for
    each kind). Such a term is looked up in the vocabulary instead and asked for as an OR of
    whole words, which FTS5 reads lazily and stops at the LIMIT.
    """
    parts = []
    for term in checked_terms(terms):
        words: list[str] = []
        if len(term) > PREFIX_INDEXED:
            # Terms are [a-z0-9]: every word starting with `term` sorts below term + "{".
            words = list(
                conn.scalars(
                    select(_VOCABULARY.c.term)
                    .where(_VOCABULARY.c.term >= term, _VOCABULARY.c.term < term + "{")
                    .limit(MAX_EXPANSION + 1)
                )
            )
            if not words:
                return ""
        if words and len(words) <= MAX_EXPANSION:
            parts.append("(" + " OR ".join(f'"{w}"' for w in checked_terms(words)) + ")")
        else:
            parts.append(f'"{term}"*')
    return " AND ".join(parts)


class _KindWalk:
    """One search: the terms prepared once for the store's database, then the first hits per kind.

    Every kind is an id range ordered as it is listed (search_index.entry_id), so the first hits
    are found by walking the range until enough match, not by collecting every match.
    """

    def __init__(self, session: Session, terms: Sequence[str]) -> None:
        self.session = session
        self.terms = checked_terms(terms)
        self.sqlite = session.get_bind().dialect.name == "sqlite"
        self.fts = fts_query(session, self.terms) if self.sqlite else ""

    def first(self, limit: int) -> list[Row[Any]]:
        """The first `limit` matching entries of every kind, in the kind's order, kinds in KINDS order."""
        if self.sqlite:
            return [row for kind in KINDS for row in self._first_sqlite(kind, limit)] if self.fts else []
        found = {kind: list(self._first_in_window(kind, limit)) for kind in KINDS}
        beyond: dict[str, int] = {}
        for kind in KINDS:
            end = self._window_end(kind) if len(found[kind]) < limit else None
            if end is not None:
                beyond[kind] = end
        if beyond:
            # Past the window only the GIN index is quick: walking the ids, or the whole table,
            # would build a tsvector for every row (measured: 0.1 s for a name on 30 000 notes).
            # PostgreSQL cannot estimate per kind how rare a term is, so it is told.
            self.session.execute(text("SET LOCAL enable_seqscan = off"))
            self.session.execute(text("SET LOCAL enable_indexscan = off"))
            for kind, end in beyond.items():
                found[kind] += self._first_beyond(kind, end, limit - len(found[kind]))
        return [row for kind in KINDS for row in found[kind]]

    def _first_sqlite(self, kind: str, limit: int) -> Sequence[Row[Any]]:
        # FTS5 walks its lists in rowid order and stops at the LIMIT; "search_entry.id IN
        # (matches)" would first collect every match of the kind.
        low, high = kind_range(kind)
        matching = select(FTS.c.rowid.label("id")).where(
            fts_match(bindparam("fts", self.fts)), FTS.c.rowid.between(low, high)
        )
        first = _in_order(kind, matching, FTS.c.rowid).limit(limit).subquery("first_matches")
        stmt = select(*[ENTRY.c[name] for name in _HIT_COLUMNS]).join(first, first.c.id == ENTRY.c.id)
        return self.session.execute(_in_order(kind, stmt, ENTRY.c.id)).all()

    def _first_in_window(self, kind: str, limit: int) -> Sequence[Row[Any]]:
        """Matches among the first PG_WINDOW entries of the kind: cheap when matches are many."""
        low, high = kind_range(kind)
        in_kind = ENTRY.c.id.between(literal_value(low, BigInteger()), literal_value(high, BigInteger()))
        window = _in_order(kind, select(ENTRY).where(in_kind), ENTRY.c.id).limit(PG_WINDOW).subquery("window")
        vector = func.array_to_tsvector(func.string_to_array(window.c.index_text, literal_column("' '")))
        stmt = select(*[window.c[name] for name in _HIT_COLUMNS]).where(
            tsquery_match(vector, literal_value(self.terms, PrefixQuery()))
        )
        return self.session.execute(_in_order(kind, stmt, window.c.id).limit(limit)).all()

    def _window_end(self, kind: str) -> int | None:
        """The id of the last entry in the kind's window; None when the kind is smaller."""
        low, high = kind_range(kind)
        stmt = _in_order(kind, select(ENTRY.c.id).where(ENTRY.c.id.between(low, high)), ENTRY.c.id)
        end = self.session.scalar(stmt.offset(PG_WINDOW - 1).limit(1))
        return int(end) if end is not None else None

    def _first_beyond(self, kind: str, end: int, limit: int) -> Sequence[Row[Any]]:
        """Matches past the window, through the kind's GIN index: cheap when matches are few."""
        low, high = kind_range(kind)
        low, high = (low, end - 1) if newest_first(kind) else (end + 1, high)
        stmt = select(*[ENTRY.c[name] for name in _HIT_COLUMNS]).where(
            ENTRY.c.kind == literal_value(kind, String()),  # selects the kind's partial GIN index
            ENTRY.c.id.between(literal_value(low, BigInteger()), literal_value(high, BigInteger())),
            tsquery_match(PG_TERMS, literal_value(self.terms, PrefixQuery())),
        )
        return self.session.execute(_in_order(kind, stmt, ENTRY.c.id).limit(limit)).all()


def _in_order(kind: str, stmt: Select[Any], id_column: ColumnElement[int]) -> Select[Any]:
    return stmt.order_by(id_column.desc() if newest_first(kind) else id_column.asc())
