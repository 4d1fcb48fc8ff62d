"""What a status report covers: its period (by default the last twelve months) and which finished follow-ups it lists."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from minutes_app.domain.errors import ValidationError
from minutes_app.domain.records import FollowUpRow
from minutes_app.domain.vocab import CLOSED_STATUSES


def year_before(day: dt.date) -> dt.date:
    """The same day a year earlier (28 February for a 29th)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


@dataclass(frozen=True, slots=True)
class ReportPeriod:
    """The report's period; finished follow-ups closed before `start` are left out unless `all_closed`."""

    start: dt.date
    end: dt.date
    all_closed: bool = False


def report_period(
    today: dt.date,
    since: dt.date | None = None,
    until: dt.date | None = None,
    *,
    all_closed: bool = False,
) -> ReportPeriod:
    """The period asked for, by default the twelve months up to `until` (itself by default `today`)."""
    end = until or today
    start = since or year_before(end)
    if start > end:
        raise ValidationError("--since", f"the period starts ({start.isoformat()}) after it ends ({end.isoformat()})")
    return ReportPeriod(start, end, all_closed)


def closed_on(row: FollowUpRow) -> dt.date | None:
    """The day a finished follow-up was closed: its completion date, else its last change; None if open."""
    if row.status not in CLOSED_STATUSES:
        return None
    if row.status == "done" and row.completed_on is not None:
        return row.completed_on
    return row.updated_at.date() if row.updated_at is not None else row.meeting_date


def in_scope(row: FollowUpRow, period: ReportPeriod) -> bool:
    """True for a follow-up the report lists: any unfinished one, a finished one closed in or after the period."""
    if period.all_closed:
        return True
    closed = closed_on(row)
    return closed is None or closed >= period.start
