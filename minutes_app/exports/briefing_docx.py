"""The briefing note before meeting a counterpart again: past meetings in short, follow-ups, people met.

The counterpart is a country or an organisation. Each earlier meeting is summarised by the first
sentences of its discussion and its decisions; the follow-ups, open and completed, cite their
meeting by reference number and date; each person's position is printed once, in the people met.
"""

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
from minutes_app.exports import rows as texts
from minutes_app.exports.docx_blocks import add_heading, add_label_line, add_numbered, add_table, add_text
from minutes_app.exports.docx_common import open_template, prepare, save, template_guard
from minutes_app.exports.labels import format_date, label, upper, vocab
from minutes_app.exports.localize import like, text_of
from minutes_app.exports.minutes_docx import responsible
from minutes_app.exports.people import name_of, names_organisation, organisation_of, position_of, present
from minutes_app.exports.report_docx import is_overdue, meeting_citation
from minutes_app.exports.short_text import first_sentences
from minutes_app.exports.template_package import TemplateWarning

# A briefing note stays short: the latest meetings are summarised, the latest completed actions listed.
SUMMARISED_MEETINGS = 10
LISTED_DONE = 15


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
    country: str = ""  # ISO 3166-1 alpha-2 of the counterpart (an organisation's country), "" when unknown
    meetings: list[Meeting] = field(default_factory=list)
    follow_ups: list[FollowUpRow] = field(default_factory=list)  # open and finished ones
    organisation_id: int | None = None  # set for an organisation's briefing: its people are the ones met

    def people_met(self, lang: str = "en") -> list[PersonMet]:
        """Named people of the counterpart, most recently met first, positions as last held.

        For a country, the people on the side it sat on; for an organisation, its own people on any side.
        """
        found: dict[object, PersonMet] = {}
        for meeting in sorted(self.meetings, key=_meeting_date):
            if self.organisation_id is not None:
                attending = [a for a in meeting.attendances if _belongs_to(a, self.organisation_id)]
            else:
                attending = meeting.side(counterpart_side(meeting, self.country))
            for attendance in attending:
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


def _belongs_to(attendance: Attendance, organisation_id: int) -> bool:
    """True when the participant came for the organisation, or is one of its people and came for no other."""
    if attendance.organisation_id is not None:
        return attendance.organisation_id == organisation_id
    return attendance.person is not None and attendance.person.organisation_id == organisation_id


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
    open_rows = [r for r in data.follow_ups if r.status not in CLOSED_STATUSES]
    done_rows = [r for r in data.follow_ups if r.status == "done"]
    overdue = sum(1 for r in open_rows if is_overdue(r, today))

    add_heading(document, upper(label("briefing_title", lang), lang), "Title")
    add_heading(document, counterpart, "Subtitle")
    add_label_line(document, label("date", lang), format_date(today, lang))
    last = format_date(meetings[0].date, lang) if meetings and meetings[0].date else "—"
    add_text(
        document,
        label("briefing_summary", lang, meetings=len(meetings), last=last, open=len(open_rows), overdue=overdue),
    )
    people = data.people_met(lang)
    _previous_meetings(document, meetings, lang, people)
    _discussed(document, meetings, lang)
    _open_follow_ups(document, open_rows, lang, today)
    _done_follow_ups(document, done_rows, lang)
    _people(document, people, lang)
    return save(document, path)


def _dated_reference(meeting: Meeting, lang: str) -> str:
    """ "12 March 2024\nME-2024/017": the date, and the reference number when there is one."""
    return "\n".join(part for part in (format_date(meeting.date, lang), meeting.reference_number.strip()) if part)


def _head(meeting: Meeting, side: str, lang: str, positioned: set[str]) -> str:
    """Who led `side`: "Name, position" the first time the person appears, the name alone after that.

    `positioned` holds the names whose position is already printed (the people met have theirs in
    their own table), so each person's position is printed once.
    """
    people = present(meeting, side)
    if not people:
        return ""
    head = people[0]
    name = name_of(head, lang)
    position = position_of(head, lang, meeting.language)
    if head.person is None or not position or name in positioned:
        return name
    positioned.add(name)
    return like(f"{name}, {position}", position)


def _previous_meetings(document: DocxDocument, meetings: list[Meeting], lang: str, people: list[PersonMet]) -> None:
    add_heading(document, label("previous_meetings", lang), "Heading 1")
    if not meetings:
        add_text(document, label("no_previous_meetings", lang))
        return
    header = [label(key, lang) for key in ("col.no", "date", "col.meeting", "col.host_head", "col.guest_head")]
    positioned = {person.name for person in people}
    rows = [
        [
            str(n),
            _dated_reference(m, lang),
            text_of(m, "title", lang, m.language),
            _head(m, "host", lang, positioned),
            _head(m, "guest", lang, positioned),
        ]
        for n, m in enumerate(meetings, start=1)
    ]
    add_table(document, header, rows, (1.0, 3.2, 6.2, 3.3, 3.3))


def discussion_in_short(meeting: Meeting, lang: str) -> str:
    """The first sentences of the meeting's discussion summary in `lang` (else of its agenda notes)."""
    summary = text_of(meeting, "summary", lang, meeting.language)
    if not summary.strip():
        notes = [text_of(item, "notes", lang, meeting.language) for item in meeting.agenda]
        summary = like(" ".join(n for n in notes if n.strip()), next((n for n in notes if n.strip()), ""))
    return like(first_sentences(summary), summary)


def _discussed(document: DocxDocument, meetings: list[Meeting], lang: str) -> None:
    """Each of the latest meetings: what was discussed, in short, then what was decided."""
    add_heading(document, label("discussed_and_agreed", lang), "Heading 1")
    if not meetings:
        add_text(document, label("none_recorded", lang))
        return
    if len(meetings) > SUMMARISED_MEETINGS:
        add_text(document, label("latest_of", lang, shown=SUMMARISED_MEETINGS, total=len(meetings)))
    for meeting in meetings[:SUMMARISED_MEETINGS]:
        when = format_date(meeting.date, lang)
        title = text_of(meeting, "title", lang, meeting.language)
        add_heading(document, like(" — ".join(p for p in (when, title) if p), title), "Heading 3")
        short = discussion_in_short(meeting, lang)
        if short:
            add_text(document, short)
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
        table_rows.append(
            [
                str(number),
                texts.action(row, lang),
                responsible(texts.owner(row, lang), texts.department(row, lang)),
                format_date(row.due_date, lang),
                f"{status}\n{mark}" if late else status,
                meeting_citation(row, lang),
            ]
        )
        emphasis.append({3, 4} if late else set())
    add_table(document, [label(k, lang) for k in keys], table_rows, (1.0, 4.5, 3.1, 2.6, 2.4, 3.4), emphasis=emphasis)


def _done_follow_ups(document: DocxDocument, rows: list[FollowUpRow], lang: str) -> None:
    """The latest completed follow-ups, most recent first: what the counterpart can be thanked for."""
    add_heading(document, label("done_follow_ups", lang), "Heading 1")
    if not rows:
        add_text(document, label("none_recorded", lang))
        return
    rows = sorted(rows, key=lambda r: (r.completed_on or dt.date.min, r.id), reverse=True)
    keys = ("col.no", "col.action", "col.responsible", "col.completed_on", "col.meeting")
    table_rows = [
        [
            str(n),
            texts.action(row, lang),
            responsible(texts.owner(row, lang), texts.department(row, lang)),
            format_date(row.completed_on, lang),
            meeting_citation(row, lang),
        ]
        for n, row in enumerate(rows[:LISTED_DONE], start=1)
    ]
    add_table(document, [label(k, lang) for k in keys], table_rows, (1.0, 5.6, 3.2, 2.8, 3.4))
    if len(rows) > LISTED_DONE:
        add_text(document, label("more_done", lang, count=len(rows) - LISTED_DONE))


def _people(document: DocxDocument, people: list[PersonMet], lang: str) -> None:
    add_heading(document, label("people_met", lang), "Heading 1")
    if not people:
        add_text(document, label("none_recorded", lang))
        return
    header = [label(key, lang) for key in ("col.no", "col.name", "col.position", "col.last_met")]
    rows = [[str(n), p.name, _position_line(p), format_date(p.last_met, lang)] for n, p in enumerate(people, start=1)]
    add_table(document, header, rows, (1.0, 4.0, 8.0, 3.0))


def _position_line(person: PersonMet) -> str:
    """ "Position, organisation", the organisation left out when the position already names it."""
    if person.organisation and not names_organisation(person.position, person.organisation):
        return like(", ".join(x for x in (person.position, person.organisation) if x), person.position)
    return person.position
