"""The status report's summary counted in SQL: a few hundred groups read instead of every follow-up.

The summary of the whole store at five times the ministry's size listed 250,000 follow-ups to count
them (10 s). Here the database groups them by what decides their lines (counterpart country; the
department as written, the meeting's language and the department's translation) and by what decides
their columns (open, overdue, completed in the period); each group is then named by the same code
that names a listed row, so the counts and names are those of the row-by-row summary.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import Integer, and_, case, func, literal, not_, null, select, union_all
from sqlalchemy.sql.expression import ColumnElement

from minutes_app.domain.filters import FollowUpFilter
from minutes_app.domain.records import FollowUpRow
from minutes_app.domain.vocab import FollowUpStatus
from minutes_app.services.followups import _CLOSED, _restricted, closed_since_condition, overdue_condition
from minutes_app.services.translated_sql import translation_in
from minutes_app.store import models as m
from minutes_app.store.database import Store

if TYPE_CHECKING:
    from minutes_app.exports.report_summary import SummaryCounts


def _flag(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return case((condition, 1), else_=0).cast(Integer)


def report_counts(
    store: Store,
    flt: FollowUpFilter,
    *,
    today: dt.date,
    lang: str,
    period_start: dt.date,
    period_end: dt.date,
    closed_since: dt.date | None,
) -> SummaryCounts:
    """The summary's counts of the follow-ups `flt` selects, finished ones closed before `closed_since` left out.

    Open: not finished; overdue: open and past its deadline (report_docx.is_overdue); completed: done
    with a completion date within the period (report_summary.done_between).
    """
    from minutes_app.exports import rows as texts
    from minutes_app.exports.report_summary import SummaryCounts

    fu = m.FollowUpRow
    is_open = fu.status.not_in(_CLOSED)
    done = and_(
        fu.status == FollowUpStatus.DONE.value,
        fu.completed_on.is_not(None),
        fu.completed_on >= period_start,
        fu.completed_on <= period_end,
    )
    selected = select(
        fu.id.label("id"),
        fu.meeting_id.label("meeting_id"),
        fu.department.label("department"),
        m.MeetingRow.language.label("language"),
        translation_in(fu.translations, "department", lang).label("translation"),
        _flag(is_open).label("open"),
        _flag(and_(is_open, overdue_condition(today))).label("late"),
        _flag(and_(not_(is_open), done)).label("done"),
    ).join(m.MeetingRow, m.MeetingRow.id == fu.meeting_id)
    selected = _restricted(selected, flt, today)
    if closed_since is not None:
        selected = selected.where(closed_since_condition(closed_since))
    # read once: both groupings scan the follow-ups, the rows and their translations (SQLite 3.35+, PostgreSQL 12+)
    base = selected.cte("report_base").prefix_with("MATERIALIZED")
    states = (base.c.open, base.c.late, base.c.done)
    by_country = (
        select(literal("country"), m.MeetingCountryRow.country, null(), null(), *states, func.count())
        .select_from(base)
        .outerjoin(m.MeetingCountryRow, m.MeetingCountryRow.meeting_id == base.c.meeting_id)
        .group_by(m.MeetingCountryRow.country, *states)
    )
    by_department = select(
        literal("department"), base.c.department, base.c.language, base.c.translation, *states, func.count()
    ).group_by(base.c.department, base.c.language, base.c.translation, *states)
    counts = SummaryCounts()
    with store.reading() as session:
        groups = session.execute(union_all(by_country, by_department)).all()
    for grouping, name, language, translation, opened, late, finished, count in groups:
        state = {"is_open": bool(opened), "late": bool(late), "done": bool(finished)}
        if grouping == "country":
            counts.count_country(name or "", count=count, **state)
            continue
        # named exactly as a listed row would be (see FollowUpService.list_follow_ups and tracker_row)
        row = FollowUpRow(0, 0, "", None, [], "", None, "", name, None, "", "", "", None, None, None)
        row.language = language or "en"
        row.translations = {"department": {lang: str(translation)}} if translation is not None else {}
        counts.count_department(texts.department(row, lang), count=count, **state)
    return counts
