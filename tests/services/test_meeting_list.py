"""The meetings page's rows in SQL (services/meeting_list.py), on both engines: pages read by key match the
whole list in every order, the quick filter's folded words, counts and positions, the list texts kept by
every write, and the default and title orders read from their indexes with no sort of every row."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.dialects import postgresql

from minutes_app.domain import records as r
from minutes_app.domain.filters import MeetingQuery, MeetingWord
from minutes_app.services import Services, meeting_list_text
from minutes_app.services.meeting_list import page_statements
from tests.sql_probe import sqlite_plan

KINDS = ("bilateral_meeting", "forum", "working_group")
STATUSES = ("planned", "held", "minutes_drafted")
COUNTRIES = ("RU", "AZ", "GE", "TR", "")
TITLES = ("Şəki ipək yolu", "Transit corridor", "Визит делегации", "abu Dhabi forum", "Əməkdaşlıq", "Zoning talks")


def _fill(services: Services) -> dict[int, r.Meeting]:
    """23 meetings: shared dates, an undated one, a deleted one, titles in three scripts, a translated title."""
    made = {}
    for n in range(24):
        meeting = services.meetings.save(
            r.Meeting(
                title=f"{TITLES[n % len(TITLES)]} {n % 4}",
                date=None if n == 7 else dt.date(2025, 1 + n % 5, 1 + n % 3),
                kind=KINDS[n % 3],
                status=STATUSES[n % 2 + (n % 5 == 0)],
                countries=[COUNTRIES[n % 5]] if COUNTRIES[n % 5] else [],
                reference_number=f"REF/{n:03d}",
                language="az" if n % 6 == 0 else "en",
                translations={"title": {"ru": f"Перевод {n}"}} if n % 4 == 1 else {},
                follow_ups=[r.FollowUp(description=f"Step {k}", status="open") for k in range(n % 3)],
            )
        )
        assert meeting.id is not None
        made[meeting.id] = meeting
    doomed = next(iter(made))
    services.meetings.delete(doomed)
    del made[doomed]
    return made


def _shown_title(meeting: r.Meeting, lang: str) -> str:
    return meeting_list_text.shown_title(meeting.title, meeting.language, meeting.translations, lang)


def _expected(made: dict[int, r.Meeting], query: MeetingQuery) -> list[int]:
    """The ids in the query's order, worked out in Python: valued rows by (value, id), then the empty ones by id."""

    def value(m: r.Meeting) -> Any:
        if query.sort == "title":
            return _shown_title(m, query.lang).casefold()
        if query.sort in ("kind", "status", "country"):
            code = getattr(m, query.sort) if query.sort != "country" else (m.countries[0] if m.countries else None)
            return None if code is None else query.order.index(code) if query.order else code
        if query.sort == "open_follow_ups":
            return sum(1 for f in m.follow_ups if f.status == "open")
        return m.date

    rows = [(value(m), i) for i, m in made.items()]
    valued = sorted(((v, i) for v, i in rows if v is not None), reverse=query.descending)
    empty = sorted((i for v, i in rows if v is None), reverse=query.descending)
    return [i for _v, i in valued] + empty


def _paged(services: Services, query: MeetingQuery, size: int = 4) -> list[int]:
    ids, key = [], None
    while page := services.meeting_list.page_after(query, key, limit=size):
        if not page.rows:
            break
        ids += [row.id for row in page.rows]
        key = page.last_key
    return ids


QUERIES = [
    MeetingQuery(),
    MeetingQuery(sort="title"),
    MeetingQuery(sort="title", lang="ru"),
    MeetingQuery(sort="kind", order=("working_group", "bilateral_meeting", "forum")),
    MeetingQuery(sort="status"),
    MeetingQuery(sort="country", order=("TR", "GE", "RU", "AZ")),
    MeetingQuery(sort="open_follow_ups"),
]


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: f"{q.sort}-{q.lang}")
@pytest.mark.parametrize("descending", [True, False])
def test_pages_by_key_match_the_whole_order(services: Services, query: MeetingQuery, descending: bool) -> None:
    made = _fill(services)
    query = MeetingQuery(sort=query.sort, lang=query.lang, order=query.order, descending=descending)
    expected = _expected(made, query)
    assert len(expected) == 23
    assert _paged(services, query) == expected
    listing = services.meeting_list
    assert listing.count(query) == 23
    # Where a page starts, found by position (a view scrolled straight there), and each meeting's row.
    for offset in (0, 3, 7, 22):
        key = listing.key_at(query, offset)
        assert key is not None and key.id == expected[offset]
        assert [row.id for row in listing.page_after(query, key, limit=3).rows] == expected[offset + 1 : offset + 4]
    assert listing.key_at(query, 23) is None
    assert [listing.position_of(query, meeting_id) for meeting_id in expected] == list(range(23))


def test_the_rows_carry_what_the_page_shows(services: Services) -> None:
    made = _fill(services)
    rows = services.meeting_list.page_after(MeetingQuery(sort="open_follow_ups"), None, limit=100).rows
    for row in rows:
        meeting = made[row.id]
        assert (row.title, row.date, row.kind, row.status, row.countries) == (
            meeting.title,
            meeting.date,
            meeting.kind,
            meeting.status,
            meeting.countries,
        )
        assert row.open_follow_ups == len(meeting.follow_ups)
        assert row.translations.get("title", {}) == meeting.translations.get("title", {})


def _found(services: Services, *words: MeetingWord) -> set[int]:
    query = MeetingQuery(words=words)
    ids = set(_paged(services, query, size=50))
    assert services.meeting_list.count(query) == len(ids)
    return ids


def test_the_quick_filter_finds_folded_words_in_titles_references_countries_and_dates(services: Services) -> None:
    made = _fill(services)

    def where(test: Any) -> set[int]:
        return {i for i, m in made.items() if test(m)}

    sheki = where(lambda m: m.title.startswith("Şəki"))
    assert sheki and _found(services, MeetingWord("sheki")) == sheki  # Azerbaijani letters, any spelling
    assert _found(services, MeetingWord("shaki"), MeetingWord("ipak")) == sheki
    visit = where(lambda m: m.title.startswith("Визит"))
    assert _found(services, MeetingWord("vizit")) == visit  # Cyrillic, folded to Latin as the query is
    assert _found(services, MeetingWord("perevod")) == where(lambda m: "ru" in m.translations.get("title", {}))
    russia = where(lambda m: m.countries == ["RU"])
    for name in ("russia", "rusiya", "rossiia"):  # the counterpart's name in English, Azerbaijani and Russian
        assert _found(services, MeetingWord(name)) == russia
    assert _found(services, MeetingWord("ref"), MeetingWord("005")) == where(lambda m: m.reference_number == "REF/005")
    # a date's day, month or year: 2025-03-02 is found by "03", "02" and "2025"
    assert _found(services, MeetingWord("03")) == where(
        lambda m: m.date is not None and 3 in (m.date.day, m.date.month)
    ) | where(lambda m: " 03" in " " + m.reference_number.replace("/", " "))
    assert _found(services, MeetingWord("2025")) == where(lambda m: m.date is not None)
    # kind and status words: the interface says which values a word finds
    assert _found(services, MeetingWord("fo", kinds=("forum",))) == where(lambda m: m.kind == "forum") | where(
        lambda m: "forum" in m.title.lower()
    )
    held = _found(services, MeetingWord("held", statuses=("held",)))
    assert held == where(lambda m: m.status == "held")
    assert _found(services, MeetingWord("orum")) == set()  # not the start of a word
    assert _found(services, MeetingWord("nothing")) == set()


def test_the_list_texts_follow_every_write(services: Services) -> None:
    made = _fill(services)
    meeting_id = next(iter(made))
    meeting = services.meetings.get(meeting_id)
    services.meetings.save(replace(meeting, title="Qəbələ görüşü", countries=["DE"]))
    assert _found(services, MeetingWord("qabala")) == {meeting_id}
    for name in ("germany", "almaniya", "germaniia"):
        assert meeting_id in _found(services, MeetingWord(name))
    services.meetings.delete(meeting_id)
    assert _found(services, MeetingWord("qabala")) == set()
    assert meeting_id not in _paged(services, MeetingQuery())


def test_a_store_without_list_texts_gets_them_when_opened(services: Services) -> None:
    from sqlalchemy import delete

    from minutes_app.store import models as m

    made = _fill(services)
    with services.store.writing() as session:
        session.execute(delete(m.MeetingListTextRow))
        session.execute(delete(m.SettingRow).where(m.SettingRow.key == meeting_list_text.VERSION_SETTING))
    with services.store.writing() as session:
        assert meeting_list_text.ensure_current(session)
        assert not meeting_list_text.ensure_current(session)
    assert _paged(services, MeetingQuery(sort="title")) == _expected(made, MeetingQuery(sort="title"))


@pytest.mark.parametrize(
    ("query", "index"),
    [
        (MeetingQuery(), "ix_meeting_live_date"),
        (MeetingQuery(descending=False), "ix_meeting_live_date"),
        (MeetingQuery(sort="title"), "ix_meeting_list_text_title"),
        (MeetingQuery(sort="title", lang="az", descending=False), "ix_meeting_list_text_title_az"),
    ],
    ids=["newest-first", "oldest-first", "title", "title-in-azerbaijani"],
)
def test_the_default_and_title_orders_are_read_from_their_indexes(
    services: Services, query: MeetingQuery, index: str
) -> None:
    """A page in the default order (and the title order) comes from an index in order: no sort of every meeting."""
    _fill(services)
    last = services.meeting_list.page_after(query, None, limit=5).last_key
    dialect = services.store.dialect
    for after in (None, last):
        part = page_statements(query, after, dialect)[0].limit(200)
        if dialect == "sqlite":
            plan = sqlite_plan(services.paths.db_file, part)
            assert index in plan and "TEMP B-TREE" not in plan, plan
            continue
        sql = str(part.compile(dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True}))
        with services.store.reading() as session:
            # a test store is too small for the planner to prefer an index: ask whether the index gives the order
            session.execute(text("SET LOCAL enable_seqscan = off"))
            session.execute(text("SET LOCAL enable_sort = off"))
            plan = "\n".join(row[0] for row in session.execute(text(f"EXPLAIN {sql}")))
        assert index in plan and "Sort" not in plan, plan
