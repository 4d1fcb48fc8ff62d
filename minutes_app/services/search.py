"""Search over everything: folded word prefixes through the search index, hits grouped by kind."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Row,
    Select,
    Text,
    bindparam,
    column,
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
    checked_terms,
    fts_match,
    kind_range,
    newest_first,
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
#: The same when every term is one or two letters: the GIN index is slow for those (it merges the
#: lists of every word they start: 120-240 ms), and such a term is common, so a longer window finds
#: enough; read as text, 1,500 entries a kind cost about what 300 tsvectors did.
PG_SHORT_WINDOW = 1500
#: How far a kind walks on past its window, read as text, when the window's matches say that is enough.
PG_WALK = 3000
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
        # One statement reads every kind's window and where it ends (each round trip to the server
        # costs more than reading a window: this was three queries per kind, 21 a keystroke). It is
        # written as text: building it with SQLAlchemy's expressions took longer than running it.
        size = PG_WINDOW if any(len(term) > 2 for term in self.terms) else PG_SHORT_WINDOW
        found, ends = self._windows(dict.fromkeys(KINDS), size, dict.fromkeys(KINDS, limit))
        # A kind whose window matched, but too few, walks on where the window's share of matches says
        # PG_WALK entries will do: cheaper than the GIN index, whose lists are long for a common term.
        walks = {
            kind: end
            for kind, end in ends.items()
            if 0 < len(found[kind]) < limit and (limit - len(found[kind])) * size <= len(found[kind]) * PG_WALK
        }
        if walks:
            more, walk_ends = self._windows(walks, PG_WALK, {kind: limit - len(found[kind]) for kind in walks})
            for kind in walks:
                found[kind] += more[kind]
                ends.pop(kind)
                if kind in walk_ends:
                    ends[kind] = walk_ends[kind]
        beyond = [kind for kind in ends if len(found[kind]) < limit]  # a full window holding too few
        if beyond:
            # Past the window only the GIN index is quick: walking the ids, or the whole table,
            # would build a tsvector for every row (measured: 0.1 s for a name on 30 000 notes).
            # PostgreSQL cannot estimate per kind how rare a term is, so it is told (both in one trip).
            self.session.execute(
                text("SELECT set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)")
            )
            # The kind's first matches, the window's included: they replace those found in it.
            for kind in beyond:
                found[kind] = []
            for row in self.session.execute(
                text(" UNION ALL ".join(_beyond_sql(k, self.terms, limit) for k in beyond))
            ):
                found[row.kind].append(row)
        for kind, hits in found.items():  # past the window is further along the kind's order
            hits.sort(key=lambda hit: hit.entry_id, reverse=newest_first(kind))
        return [row for kind in KINDS for row in found[kind]]

    def _windows(
        self, starts: Mapping[str, int | None], size: int, limits: Mapping[str, int]
    ) -> tuple[dict[str, list[Row[Any]]], dict[str, int]]:
        """Per kind, the matches among `size` entries after `starts`' id (None: from the first), and the last entry's id.

        A kind has no last entry when it ended before `size` entries: then its matches are all there are.
        """
        parts = [_window_sql(kind, self.terms, limits[kind], size, after) for kind, after in starts.items()]
        found: dict[str, list[Row[Any]]] = {kind: [] for kind in starts}
        ends: dict[str, int] = {}
        for row in self.session.execute(text(" UNION ALL ".join(parts))):
            if row.part == _END:
                ends[row.kind] = int(row.entry_id)
            else:
                found[row.kind].append(row)
        return found, ends

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


# The PostgreSQL statements. Terms are [a-z0-9] (checked_terms), kinds and ids are the app's own:
# nothing a person typed is written into them unchecked.
_MATCH, _BEYOND, _END = 0, 1, 2  # what a row is: a hit in the window, a hit past it, where the window ends
_PG_HIT = "kind, record_id, meeting_id, follow_up_id, date, title, detail, id AS entry_id"


def _direction(kind: str) -> str:
    return "DESC" if newest_first(kind) else "ASC"


def _window_sql(kind: str, terms: Sequence[str], limit: int, size: int, after: int | None = None) -> str:
    """The kind's matches among its `size` entries after entry `after` (a window), and (a row of its own) the window's last id.

    In the window each entry's terms are searched as text: a term is a prefix of one of the entry's
    terms when " term" occurs in " " + its terms (terms are [a-z0-9], one space apart), the
    tsquery's prefix match without building a tsvector for every entry.
    """
    low, high = kind_range(kind)
    if after is not None:
        low, high = (low, after - 1) if newest_first(kind) else (after + 1, high)
    order = f"ORDER BY id {_direction(kind)}"
    in_kind = f"FROM search_entry WHERE id BETWEEN {int(low)} AND {int(high)} {order}"
    each = " AND ".join(_has_prefix(term) for term in checked_terms(terms))
    return (
        f"(SELECT {_MATCH} AS part, {_PG_HIT} FROM (SELECT * {in_kind} LIMIT {int(size)}) AS w "
        f"WHERE {each} {order} LIMIT {int(limit)}) UNION ALL "
        f"(SELECT {_END}, '{kind}', NULL, NULL, NULL, NULL, NULL, NULL, id {in_kind} OFFSET {int(size) - 1} LIMIT 1)"
    )


def _beyond_sql(kind: str, terms: Sequence[str], limit: int) -> str:
    """The kind's first `limit` matches, through its GIN index alone: cheap when matches are few.

    No id range: with one, PostgreSQL may read the range from the primary key and build a tsvector
    for each entry in it (measured: 67 ms for a name's prefix over 2,700 people).
    """
    # The index is asked for the longer terms only: a one- or two-letter prefix makes it merge the
    # lists of every word it starts (80 ms for "aliyev t"); the short terms are checked on the rows it finds.
    checked = checked_terms(terms)
    indexed = [t for t in checked if len(t) > 2] or [max(checked, key=len)]
    query = " & ".join(f"''{term}'':*" for term in indexed)
    rest = "".join(f"AND {_has_prefix(term)} " for term in checked if term not in indexed)
    return (
        f"(SELECT {_BEYOND} AS part, {_PG_HIT} FROM search_entry "
        f"WHERE kind = '{kind}' "  # selects the kind's partial GIN index
        f"AND array_to_tsvector(string_to_array(index_text, ' ')) @@ CAST('{query}' AS tsquery) {rest}"
        f"ORDER BY id {_direction(kind)} LIMIT {int(limit)})"
    )


def _has_prefix(term: str) -> str:
    """SQL: `term` starts one of the entry's terms (they are [a-z0-9], one space apart), read as text."""
    return f"strpos(' ' || index_text, ' {term}') > 0"


def _in_order(kind: str, stmt: Select[Any], id_column: ColumnElement[int]) -> Select[Any]:
    return stmt.order_by(id_column.desc() if newest_first(kind) else id_column.asc())
