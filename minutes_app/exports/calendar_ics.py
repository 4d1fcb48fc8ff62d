"""Meetings and follow-up deadlines as an iCalendar file that Outlook and Thunderbird import.

Everything is a VEVENT (Outlook imports VTODO poorly): a meeting with its times, or all day when
they are not known; a deadline as a free all-day event. UIDs derive from record ids, so importing
a newer export updates the events instead of duplicating them; SEQUENCE follows the record version.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import zoneinfo
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from icalendar import Calendar, Event

import minutes_app
from minutes_app.domain.countries import country_name
from minutes_app.domain.errors import ExportError
from minutes_app.domain.records import FollowUpRow, Meeting, MeetingSummary
from minutes_app.exports import rows as texts
from minutes_app.exports.docx_common import sanitize
from minutes_app.exports.labels import format_date, label, vocab
from minutes_app.exports.minutes_docx import responsible
from minutes_app.fsutil import write_atomically

UID_DOMAIN = "minutes-app.invalid"
PRODID = f"-//{minutes_app.APP_NAME}//{minutes_app.__version__}//EN"


def _uid(kind: str, record_id: object, fallback: str) -> str:
    if record_id is None:
        record_id = hashlib.sha1(fallback.encode("utf-8")).hexdigest()[:16]
    return f"{kind}-{record_id}@{UID_DOMAIN}"


def _zone(name: str | None) -> dt.tzinfo | None:
    if not name:
        return None
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise ExportError(f"Unknown time zone {name!r}") from exc


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
    meeting: Meeting | MeetingSummary | Any, lang: str, stamp: dt.datetime, tz: dt.tzinfo | None = None
) -> Event | None:
    """The VEVENT of one meeting (full record or list row), or None when it has no date; floating times without `tz`."""
    date = getattr(meeting, "date", None)
    if date is None:
        return None
    event = Event()
    event.add("uid", _uid("meeting", getattr(meeting, "id", None), f"{date}{meeting.title}"))
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
    event.add("sequence", int(getattr(meeting, "version", 0) or 0))
    return event


def follow_up_event(row: FollowUpRow, lang: str, stamp: dt.datetime) -> Event | None:
    """The all-day VEVENT of one follow-up's deadline, or None when it has no deadline."""
    if row.due_date is None:
        return None
    event = Event()
    event.add("uid", _uid("follow-up", row.id, f"{row.meeting_id}{row.description}"))
    event.add("dtstamp", stamp)
    event.add("dtstart", row.due_date)
    _add_end(event, row.due_date, dt.timedelta(days=1))
    action = " ".join(_text(texts.action(row, lang)).split())
    short = action if len(action) <= 120 else action[:119].rstrip() + "…"
    event.add("summary", label("ics.follow_up_due", lang, action=short))
    details = [action]
    who = responsible(texts.owner(row, lang), texts.department(row, lang))
    if who:
        details.append(label("ics.responsible", lang, who=_text(who)))
    details.append(f"{label('col.status', lang)}: {vocab('status', row.status, lang)}")
    meeting = " — ".join(p for p in (format_date(row.meeting_date, lang), _text(texts.meeting_title(row, lang))) if p)
    if meeting:
        details.append(f"{label('meeting', lang)}: {meeting}")
    event.add("description", "\n".join(details))
    event.add("transp", "TRANSPARENT")
    event.add("x-microsoft-cdo-busystatus", "FREE")
    if row.status == "cancelled":
        event.add("status", "CANCELLED")
    event.add("sequence", int(row.version or 0))
    return event


def build_calendar(
    meetings: Sequence[Meeting | MeetingSummary | Any],
    follow_ups: Sequence[FollowUpRow],
    *,
    lang: str = "en",
    tz: str | None = None,
) -> Calendar:
    """The calendar holding every dated meeting and every follow-up deadline."""
    zone = _zone(tz)
    stamp = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", minutes_app.APP_NAME)
    for meeting in meetings:
        event = meeting_event(meeting, lang, stamp, zone)
        if event is not None:
            calendar.add_component(event)
    for row in follow_ups:
        event = follow_up_event(row, lang, stamp)
        if event is not None:
            calendar.add_component(event)
    if zone is not None:
        calendar.add_missing_timezones()  # Outlook needs the VTIMEZONE a TZID names (icalendar >= 6)
    return calendar


def write_ics(
    meetings: Sequence[Meeting | MeetingSummary | Any],
    follow_ups: Sequence[FollowUpRow],
    path: str | os.PathLike[str],
    *,
    lang: str = "en",
    tz: str | None = None,
) -> Path:
    """Write meetings and follow-up deadlines to an .ics file at `path` (atomically); `tz` e.g. "Asia/Baku"."""
    data = build_calendar(meetings, follow_ups, lang=lang, tz=tz).to_ical()

    def write(tmp: Path) -> None:
        tmp.write_bytes(data)

    return write_atomically(path, write)
