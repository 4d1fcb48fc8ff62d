"""Meetings and follow-up deadlines as an iCalendar file that Outlook and Thunderbird import.

Everything is a VEVENT (Outlook imports VTODO poorly): a meeting with its times, or all day when
they are not known; a deadline as a free all-day event with a reminder. Times are in a named time
zone with its VTIMEZONE, never floating. UIDs derive from record ids and the installation's id, so
importing a newer export updates the events instead of duplicating them (and two installations never
collide); SEQUENCE follows the record version. Done and cancelled follow-ups stay in the calendar,
marked as such, so an event imported earlier is updated rather than left showing open work.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import zoneinfo
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from icalendar import Alarm, Calendar, Event, Timezone

import minutes_app
from minutes_app.domain.countries import country_name
from minutes_app.domain.errors import ExportError
from minutes_app.domain.records import FollowUpRow, Meeting, MeetingSummary
from minutes_app.domain.vocab import FollowUpStatus
from minutes_app.exports import rows as texts
from minutes_app.exports.docx_common import sanitize
from minutes_app.exports.labels import format_date, label, vocab
from minutes_app.exports.minutes_docx import responsible
from minutes_app.fsutil import write_atomically

DEFAULT_TIME_ZONE = "Asia/Baku"
DEFAULT_REMINDER_DAYS = 1
MAX_REMINDER_DAYS = 30
PRODID = f"-//{minutes_app.APP_NAME}//{minutes_app.__version__}//EN"
# The VTIMEZONE describes the zone's rules up to this year at most (stored dates stop at 2200;
# icalendar cannot compute rules near year 9999, and clients continue the last rule anyway).
_LAST_RULE_YEAR = 2200


def _uid(kind: str, record_id: object, fallback: str, installation_id: str) -> str:
    if record_id is None:
        record_id = hashlib.sha1(fallback.encode("utf-8")).hexdigest()[:16]
    return f"{kind}-{record_id}@{installation_id}.{minutes_app.APP_ID}"


def time_zone(name: str) -> zoneinfo.ZoneInfo:
    """The zone named `name` (e.g. "Asia/Baku"); ExportError when this computer does not know it."""
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, TypeError) as exc:
        raise ExportError(f"Unknown time zone {name!r} (use a name such as Asia/Baku or Europe/Moscow)") from exc


def twelve_months_before(today: dt.date) -> dt.date:
    """The same day a year earlier (28 February for 29 February): the calendar's default start."""
    try:
        return today.replace(year=today.year - 1)
    except ValueError:
        return today.replace(year=today.year - 1, day=28)


def _add_end(event: Event, start: dt.date | dt.datetime, length: dt.timedelta) -> None:
    """DTEND `length` after `start`; left out on the calendar's last day, where RFC 5545 reads one day (or no time)."""
    try:
        end = start + length
    except OverflowError:
        return
    event.add("dtend", end)


def _text(value: str) -> str:
    return sanitize(value).strip()


def meeting_event(
    meeting: Meeting | MeetingSummary | Any, lang: str, stamp: dt.datetime, tz: dt.tzinfo, installation_id: str
) -> Event | None:
    """The VEVENT of one meeting (full record or list row) with its times in `tz`, or None when it has no date."""
    date = getattr(meeting, "date", None)
    if date is None:
        return None
    event = Event()
    event.add("uid", _uid("meeting", getattr(meeting, "id", None), f"{date}{meeting.title}", installation_id))
    event.add("dtstamp", stamp)
    start_time, end_time = getattr(meeting, "start_time", None), getattr(meeting, "end_time", None)
    if start_time is not None:
        start = dt.datetime.combine(date, start_time).replace(tzinfo=tz)
        end = dt.datetime.combine(date, end_time).replace(tzinfo=tz) if end_time is not None else None
        event.add("dtstart", start)
        if end is not None and end > start:
            event.add("dtend", end)
        else:
            _add_end(event, start, dt.timedelta(hours=1))
    else:
        event.add("dtstart", date)
        _add_end(event, date, dt.timedelta(days=1))
        event.add("transp", "TRANSPARENT")
    event.add("summary", _text(meeting.title) or label("meeting", lang))
    venue = _text(getattr(meeting, "venue", "") or "")
    if venue:
        event.add("location", venue)
    details = []
    if getattr(meeting, "reference_number", ""):
        details.append(label("ics.meeting_ref", lang, ref=_text(meeting.reference_number)))
    if getattr(meeting, "kind", ""):
        details.append(vocab("kind", meeting.kind, lang))
    countries = getattr(meeting, "countries", None) or []
    if countries:
        details.append(", ".join(country_name(code, lang) for code in countries))
    if details:
        event.add("description", "\n".join(details))
    event.add("status", "CONFIRMED")
    event.add("sequence", int(getattr(meeting, "version", 0) or 0))
    return event


def _reminder(summary: str, days: int) -> Alarm:
    """A display alarm `days` days before the deadline's day begins."""
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", dt.timedelta(days=-days))
    return alarm


def follow_up_event(
    row: FollowUpRow, lang: str, stamp: dt.datetime, installation_id: str, reminder_days: int = DEFAULT_REMINDER_DAYS
) -> Event | None:
    """The all-day VEVENT of one follow-up's deadline, or None when it has no deadline.

    Open work is reminded of `reminder_days` before (0: no reminder); done work is CONFIRMED and
    cancelled work CANCELLED (the statuses a VEVENT has), both named in the title and without reminder.
    """
    if row.due_date is None:
        return None
    event = Event()
    event.add("uid", _uid("follow-up", row.id, f"{row.meeting_id}{row.description}", installation_id))
    event.add("dtstamp", stamp)
    event.add("dtstart", row.due_date)
    _add_end(event, row.due_date, dt.timedelta(days=1))
    action = " ".join(_text(texts.action(row, lang)).split())
    short = action if len(action) <= 120 else action[:119].rstrip() + "…"
    status = vocab("status", row.status, lang)
    closed = row.status in (FollowUpStatus.DONE, FollowUpStatus.CANCELLED)
    summary = f"{status}: {short}" if closed else label("ics.follow_up_due", lang, action=short)
    event.add("summary", summary)
    details = [action]
    who = responsible(texts.owner(row, lang), texts.department(row, lang))
    if who:
        details.append(label("ics.responsible", lang, who=_text(who)))
    details.append(f"{label('col.status', lang)}: {status}")
    meeting = " — ".join(p for p in (format_date(row.meeting_date, lang), _text(texts.meeting_title(row, lang))) if p)
    if meeting:
        details.append(f"{label('meeting', lang)}: {meeting}")
    event.add("description", "\n".join(details))
    event.add("categories", [status])
    event.add("transp", "TRANSPARENT")
    event.add("x-microsoft-cdo-busystatus", "FREE")
    event.add("status", "CANCELLED" if row.status == FollowUpStatus.CANCELLED else "CONFIRMED")
    event.add("sequence", int(row.version or 0))
    if not closed and reminder_days > 0:
        event.add_component(_reminder(summary, reminder_days))
    return event


def _vtimezone(zone: zoneinfo.ZoneInfo, starts: Sequence[dt.datetime]) -> Timezone:
    """The VTIMEZONE of `zone` over the years of `starts` (a short component: only the rules in use)."""
    first = max(dt.date(1900, 1, 1), min(starts).date().replace(month=1, day=1) - dt.timedelta(days=1))
    last = dt.date(min(max(starts).year + 1, _LAST_RULE_YEAR), 12, 31)
    component = Timezone.from_tzinfo(zone, zone.key, first, last)
    component.pop("COMMENT", None)  # icalendar's note on the years covered, not meant for a reader
    return component


def build_calendar(
    meetings: Sequence[Meeting | MeetingSummary | Any],
    follow_ups: Sequence[FollowUpRow],
    *,
    installation_id: str,
    lang: str = "en",
    tz: str = DEFAULT_TIME_ZONE,
    reminder_days: int = DEFAULT_REMINDER_DAYS,
    since: dt.date | None = None,
) -> Calendar:
    """The calendar of the dated meetings and follow-up deadlines from `since` on (all when None)."""
    if not isinstance(installation_id, str) or not installation_id.strip():
        raise ExportError("The calendar needs this installation's id for its event UIDs")
    if not 0 <= int(reminder_days) <= MAX_REMINDER_DAYS:
        raise ExportError(f"A reminder is 0 to {MAX_REMINDER_DAYS} days before the deadline, not {reminder_days}")
    zone = time_zone(tz)
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", minutes_app.APP_NAME)
    calendar.add("x-wr-timezone", zone.key)
    events: list[Event] = []
    for meeting in meetings:
        date = getattr(meeting, "date", None)
        if since is None or (date is not None and date >= since):
            event = meeting_event(meeting, lang, stamp, zone, installation_id)
            if event is not None:
                events.append(event)
    for row in follow_ups:
        if since is None or (row.due_date is not None and row.due_date >= since):
            event = follow_up_event(row, lang, stamp, installation_id, int(reminder_days))
            if event is not None:
                events.append(event)
    timed = [e.decoded("dtstart") for e in events if isinstance(e.decoded("dtstart"), dt.datetime)]
    if timed:  # Outlook needs the VTIMEZONE that a TZID names, before the events
        calendar.add_component(_vtimezone(zone, timed))
    for event in events:
        calendar.add_component(event)
    return calendar


def write_ics(
    meetings: Sequence[Meeting | MeetingSummary | Any],
    follow_ups: Sequence[FollowUpRow],
    path: str | os.PathLike[str],
    *,
    installation_id: str,
    lang: str = "en",
    tz: str = DEFAULT_TIME_ZONE,
    reminder_days: int = DEFAULT_REMINDER_DAYS,
    since: dt.date | None = None,
) -> Path:
    """Write meetings and follow-up deadlines to an .ics file at `path` (atomically); `tz` e.g. "Asia/Baku"."""
    data = build_calendar(
        meetings,
        follow_ups,
        installation_id=installation_id,
        lang=lang,
        tz=tz,
        reminder_days=reminder_days,
        since=since,
    ).to_ical()

    def write(tmp: Path) -> None:
        tmp.write_bytes(data)

    return write_atomically(path, write)
