"""The status report's summary counted in SQL equals the summary counted row by row, on a generated store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from benchmarks.generate import Scale, generate
from minutes_app.domain.filters import FollowUpFilter
from minutes_app.domain.vocab import CLOSED_STATUSES
from minutes_app.exports.report_docx import is_overdue
from minutes_app.exports.report_summary import SummaryLine, done_between, summary_lines
from minutes_app.paths import resolve_paths
from minutes_app.services import Services, open_services, search_index
from minutes_app.services.document_texts import localised_rows
from minutes_app.services.report_counts import report_counts
from minutes_app.services.report_scope import in_scope, report_period

TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Services:
    db = Path(tmp_path_factory.mktemp("store")) / "generated.db"
    generate(db, Scale(meetings=300, people=120, organisations=30, follow_ups=2_000, notes_on_the_busiest=5))
    opened = open_services(resolve_paths(db=str(db)))
    yield opened
    opened.close()


def _flat(lines: list[SummaryLine]) -> list[tuple[str, str, int, int, int, bool]]:
    return [
        (str(x.name), getattr(x.name, "lang", ""), x.tally.open, x.tally.overdue, x.tally.done, x.is_total)
        for x in lines
    ]


@pytest.mark.parametrize("lang", ["en", "az", "ru"])
@pytest.mark.parametrize(
    ("flt", "since", "all_closed"),
    [
        (FollowUpFilter(), None, False),
        (FollowUpFilter(), dt.date(2026, 6, 1), True),
        (FollowUpFilter(country="TR"), dt.date(2020, 1, 1), False),
        (FollowUpFilter(statuses=["open", "done"]), None, False),
    ],
)
def test_sql_summary_equals_the_rows_summary(
    services: Services, lang: str, flt: FollowUpFilter, since: dt.date | None, all_closed: bool
) -> None:
    period = report_period(TODAY, since, all_closed=all_closed)
    closed_since = None if all_closed else period.start
    listed = services.follow_ups.list_follow_ups(flt, today=TODAY, with_last_note=False, closed_since=closed_since)
    rows = localised_rows(services, [row for row in listed if in_scope(row, period)])
    by_rows = summary_lines(
        rows,
        lang,
        is_open=lambda r: r.status not in CLOSED_STATUSES,
        is_late=lambda r: is_overdue(r, TODAY),
        done_in_period=lambda r: done_between(r, period.start, period.end),
    )
    counts = report_counts(
        services.store,
        flt,
        today=TODAY,
        lang=lang,
        period_start=period.start,
        period_end=period.end,
        closed_since=closed_since,
    )
    by_sql = counts.lines(lang)
    assert rows and counts.rows == len(rows)
    assert _flat(by_sql[0]) == _flat(by_rows[0])
    assert _flat(by_sql[1]) == _flat(by_rows[1])
    assert by_rows[0][-1].tally.overdue > 0 and by_rows[0][-1].tally.done > 0  # every column is exercised


def test_a_department_met_in_two_languages_is_tagged_alike_whatever_came_first() -> None:
    from minutes_app.exports.localize import Said
    from minutes_app.exports.report_summary import SummaryCounts

    tags = []
    for order in (["az", ""], ["", "az"]):
        counts = SummaryCounts()
        for spoken in order:
            counts.count_department(Said("Protokol şöbəsi", spoken), count=2, is_open=True, late=True, done=False)
        line = counts.lines("en")[1][0]
        assert (line.tally.open, line.tally.overdue, counts.rows) == (4, 4, 4)
        tags.append(line.name.lang)  # type: ignore[attr-defined]
    assert tags == ["", ""]  # the document's own language


def test_the_generated_store_is_indexed_and_stamped_as_this_versions(services: Services) -> None:
    """The generator indexes through search_index.rebuild_and_stamp: the index is full and an open keeps it."""
    with services.store.writing() as session:
        assert search_index.is_current(session)
        assert not search_index.ensure_current(session)
    assert services.search.search("delegation")  # the generated titles are found


def test_the_generated_attendances_name_the_person_s_organisation_as_a_save_does(services: Services) -> None:
    """A save records a named person's organisation at the meeting; the generator writes the same rows.

    Last in this file: it adds a meeting to the module's store and saves three (the counts above are made before).
    """
    from benchmarks.generate import add_large_meeting

    with services.store.writing() as session:
        large = add_large_meeting(session, attendees=40)
    for meeting_id in (1, 150, large):
        read = services.meetings.get(meeting_id)
        people = {p.id: p for p in (services.directory.person(a.person_id) for a in read.attendances if a.person_id)}
        assert read.attendances and all(
            a.organisation_id == people[a.person_id].organisation_id for a in read.attendances
        )
        saved = services.meetings.save(read)
        assert [a.organisation_id for a in saved.attendances] == [a.organisation_id for a in read.attendances]
