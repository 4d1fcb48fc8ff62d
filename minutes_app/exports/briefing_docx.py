"""The briefing note before meeting a counterpart again: past meetings, decisions, open follow-ups, people met."""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from docx.document import Document as DocxDocument

from minutes_app.domain.countries import country_name
from minutes_app.domain.records import Attendance, FollowUpRow, Meeting
from minutes_app.domain.vocab import CLOSED_STATUSES
from minutes_app.exports.docx_blocks import add_heading, add_label_line, add_numbered, add_table, add_text
from minutes_app.exports.docx_common import open_template, prepare, save
from minutes_app.exports.docx_common import template_guard
from minutes_app.exports.labels import format_date, label, upper, vocab
from minutes_app.exports import rows as texts
from minutes_app.exports.localize import like, text_of
from minutes_app.exports.minutes_docx import responsible
from minutes_app.exports.people import head_of, name_of, organisation_of, position_of
from minutes_app.exports.report_docx import is_overdue
from minutes_app.exports.template_package import TemplateWarning


@dataclass(slots=True)
class PersonMet:
    """Someone of the counterpart's side met at one or more meetings, as last seen."""

    name: str
    position: str
    organisation: str
    last_met: dt.date | None
    meetings: int = 1


@dataclass(slots=True)
class BriefingData:
    """What a briefing note is made of; the people met are derived from the meetings' attendances."""

    counterpart: str  # the title's name for it ("Gazprom"); "" names the country in the document's language
    country: str = ""  # ISO 3166-1 alpha-2 of the counterpart, "" when not a country
    meetings: list[Meeting] = field(default_factory=list)
    open_follow_ups: list[FollowUpRow] = field(default_factory=list)

    def people_met(self, lang: str = "en") -> list[PersonMet]:
        """Named people of the counterpart's side, most recently met first, positions as last held."""
        found: dict[object, PersonMet] = {}
        for meeting in sorted(self.meetings, key=_meeting_date):
            side = counterpart_side(meeting, self.country)
            for attendance in meeting.side(side):
                if attendance.person is None or not attendance.present:
                    continue
                key = attendance.person_id if attendance.person_id is not None else name_of(attendance, lang)
                earlier = found.get(key)
                found[key] = PersonMet(
                    name=name_of(attendance, lang),
                    position=position_of(attendance, lang, meeting.language),
                    organisation=organisation_of(attendance, lang),
                    last_met=meeting.date,
                    meetings=(earlier.meetings + 1) if earlier else 1,
                )
        return sorted(found.values(), key=lambda p: (p.last_met or dt.date.min, p.name), reverse=True)


def _meeting_date(meeting: Meeting) -> dt.date:
    return meeting.date or dt.date.min


def counterpart_side(meeting: Meeting, country: str) -> str:
    """The side ("host" or "guest") the counterpart sat on: the one whose organisations are of `country`."""
    if country:
        votes: Counter[str] = Counter()
        for attendance in meeting.attendances:
            if _country_of(attendance) == country.upper() and attendance.side in ("host", "guest"):
                votes[attendance.side] += 1
        if votes:
            return votes.most_common(1)[0][0]
    return "guest"


def _country_of(attendance: Attendance) -> str:
    organisation = attendance.organisation
    return organisation.country.upper() if organisation is not None else ""


@template_guard
def write_briefing(
    data: BriefingData,
    path: str | os.PathLike[str],
    *,
    lang: str,
    today: dt.date,
    template: str | os.PathLike[str] | None = None,
    template_warnings: set[TemplateWarning] | None = None,
    author: str = "",
) -> Path:
    """Write the briefing note on `data.counterpart` to `path` (atomically); ExportError when it cannot."""
    document = open_template(template, warnings=template_warnings)
    counterpart = data.counterpart.strip() or country_name(data.country, lang)
    title = f"{label('briefing_title', lang)}: {counterpart}"
    prepare(document, lang=lang, title=title, author=author, subject=counterpart)
    meetings = sorted(data.meetings, key=_meeting_date, reverse=True)
    follow_ups = [r for r in data.open_follow_ups if r.status not in CLOSED_STATUSES]
    overdue = sum(1 for r in follow_ups if is_overdue(r, today))

    add_heading(document, upper(label("briefing_title", lang), lang), "Title")
    add_heading(document, counterpart, "Subtitle")
    add_label_line(document, label("date", lang), format_date(today, lang))
    last = format_date(meetings[0].date, lang) if meetings and meetings[0].date else "—"
    add_text(document, label("briefing_summary", lang, meetings=len(meetings), last=last,
                             open=len(follow_ups), overdue=overdue))
    _previous_meetings(document, meetings, lang)
    _decisions(document, meetings, lang)
    _open_follow_ups(document, follow_ups, lang, today)
    _people(document, data.people_met(lang), lang)
    return save(document, path)


def _previous_meetings(document: DocxDocument, meetings: list[Meeting], lang: str) -> None:
    add_heading(document, label("previous_meetings", lang), "Heading 1")
    if not meetings:
        add_text(document, label("no_previous_meetings", lang))
        return
    header = [label(key, lang) for key in ("col.no", "date", "col.meeting", "col.host_head", "col.guest_head")]
    rows = [
        [str(n), format_date(m.date, lang), text_of(m, "title", lang, m.language), head_of(m, "host", lang),
         head_of(m, "guest", lang)]
        for n, m in enumerate(meetings, start=1)
    ]
    add_table(document, header, rows, (1.0, 3.0, 4.6, 3.7, 3.7))


def _decisions(document: DocxDocument, meetings: list[Meeting], lang: str) -> None:
    with_decisions = [m for m in meetings if any(d.text.strip() for d in m.decisions)]
    add_heading(document, label("decisions_taken", lang), "Heading 1")
    if not with_decisions:
        add_text(document, label("none_recorded", lang))
        return
    for meeting in with_decisions:
        when = format_date(meeting.date, lang)
        title = text_of(meeting, "title", lang, meeting.language)
        add_heading(document, like(" — ".join(p for p in (when, title) if p), title), "Heading 3")
        decisions = [d for d in meeting.decisions if d.text.strip()]
        for number, decision in enumerate(decisions, start=1):
            text = text_of(decision, "text", lang, meeting.language)
            add_numbered(document, number, like(" ".join(text.split()), text))


def _open_follow_ups(document: DocxDocument, rows: list[FollowUpRow], lang: str, today: dt.date) -> None:
    add_heading(document, label("open_follow_ups", lang), "Heading 1")
    if not rows:
        add_text(document, label("none_recorded", lang))
        return
    rows = sorted(rows, key=lambda r: (not is_overdue(r, today), r.due_date or dt.date.max, r.id))
    keys = ("col.no", "col.action", "col.responsible", "col.deadline", "col.status", "col.meeting")
    mark = label("overdue_mark", lang)
    table_rows, emphasis = [], []
    for number, row in enumerate(rows, start=1):
        late = is_overdue(row, today)
        status = vocab("status", row.status, lang)
        title = texts.meeting_title(row, lang)
        meeting = like("\n".join(p for p in (title, format_date(row.meeting_date, lang)) if p), title)
        table_rows.append([str(number), texts.action(row, lang),
                           responsible(texts.owner(row, lang), texts.department(row, lang)),
                           format_date(row.due_date, lang), f"{status}\n{mark}" if late else status, meeting])
        emphasis.append({3, 4} if late else set())
    add_table(document, [label(k, lang) for k in keys], table_rows, (1.0, 4.0, 3.2, 2.6, 2.4, 3.2),
              emphasis=emphasis)


def _people(document: DocxDocument, people: list[PersonMet], lang: str) -> None:
    add_heading(document, label("people_met", lang), "Heading 1")
    if not people:
        add_text(document, label("none_recorded", lang))
        return
    header = [label(key, lang) for key in ("col.no", "col.name", "col.position", "col.last_met")]
    rows = [
        [str(n), p.name, ", ".join(x for x in (p.position, p.organisation) if x), format_date(p.last_met, lang)]
        for n, p in enumerate(people, start=1)
    ]
    add_table(document, header, rows, (1.0, 4.0, 8.0, 3.0))
