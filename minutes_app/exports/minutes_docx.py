"""The official minutes of one meeting as a Word document, in the order DOMAIN.md describes.

Absent participants are left out: the minutes record who took part.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from docx.document import Document as DocxDocument

from minutes_app.domain.countries import country_name
from minutes_app.domain.records import FollowUp, Meeting
from minutes_app.exports.docx_blocks import add_heading, add_label_line, add_numbered, add_plain_table, add_table, add_text
from minutes_app.exports.docx_common import open_template, prepare, save, sanitize
from minutes_app.exports.labels import format_date, format_time_range, label, upper, vocab
from minutes_app.exports.people import participant_line, present
from minutes_app.exports.template_package import TemplateWarning

_SIDES = ("host", "guest", "other")


def write_minutes(
    meeting: Meeting,
    path: str | os.PathLike[str],
    *,
    lang: str = "en",
    template: str | os.PathLike[str] | None = None,
    template_warnings: set[TemplateWarning] | None = None,
    prepared_by: str = "",
    prepared_by_position: str = "",
    author: str = "",
    country_names: Callable[[str, str], str] = country_name,
) -> Path:
    """Write the minutes of `meeting` in `lang` to `path` (atomically); ExportError when it cannot."""
    document = open_template(template, warnings=template_warnings)
    title = f"{label('minutes_title', lang)}: {meeting.title}" if meeting.title else label("minutes_title", lang)
    prepare(document, lang=lang, title=title, author=author or prepared_by, subject=meeting.title)
    _write_heading(document, meeting, lang, country_names)
    _write_participants(document, meeting, lang)
    _write_agenda(document, meeting, lang)
    _write_discussion(document, meeting, lang)
    _write_decisions(document, meeting, lang)
    _write_follow_ups(document, meeting.follow_ups, lang)
    _write_signatures(document, meeting, lang, prepared_by or meeting.prepared_by, prepared_by_position)
    return save(document, path)


def _write_heading(
    document: DocxDocument, meeting: Meeting, lang: str, country_names: Callable[[str, str], str]
) -> None:
    if meeting.confidentiality:
        add_text(document, upper(vocab("confidentiality", meeting.confidentiality, lang), lang), "Minutes Marking")
    add_heading(document, upper(label("minutes_title", lang), lang), "Title")
    if meeting.title:
        add_heading(document, meeting.title, "Subtitle")
    if meeting.reference_number:
        add_label_line(document, label("reference_no", lang), meeting.reference_number)
    if meeting.date:
        add_label_line(document, label("date", lang), format_date(meeting.date, lang))
    if meeting.start_time:
        add_label_line(document, label("time", lang), format_time_range(meeting.start_time, meeting.end_time))
    if meeting.venue.strip():
        add_label_line(document, label("venue", lang), meeting.venue)
    if meeting.countries:
        names = ", ".join(country_names(code, lang) for code in meeting.countries)
        add_label_line(document, label("counterpart", lang), names)


def _write_participants(document: DocxDocument, meeting: Meeting, lang: str) -> None:
    sides = [(side, present(meeting, side)) for side in _SIDES]
    sides = [(side, people) for side, people in sides if people]
    if not sides:
        return
    add_heading(document, label("participants", lang), "Heading 1")
    for side, people in sides:
        add_heading(document, label(f"side.{side}", lang), "Heading 2")
        for number, attendance in enumerate(people, start=1):
            add_numbered(document, number, participant_line(attendance, lang))


def _write_agenda(document: DocxDocument, meeting: Meeting, lang: str) -> None:
    items = [item for item in meeting.agenda if item.title.strip()]
    if not items:
        return
    add_heading(document, label("agenda", lang), "Heading 1")
    for number, item in enumerate(items, start=1):
        add_numbered(document, number, item.title.strip())


def _write_discussion(document: DocxDocument, meeting: Meeting, lang: str) -> None:
    noted = [(n, item) for n, item in enumerate(meeting.agenda, start=1) if item.notes.strip()]
    summary = meeting.summary.strip()
    if not noted and not summary:
        return
    add_heading(document, label("discussion", lang), "Heading 1")
    for number, item in noted:
        add_heading(document, f"{number}. {item.title.strip()}" if item.title.strip() else f"{number}.", "Heading 3")
        add_text(document, item.notes)
    if summary:
        if noted:
            add_heading(document, label("general_discussion", lang), "Heading 3")
        add_text(document, summary)


def _write_decisions(document: DocxDocument, meeting: Meeting, lang: str) -> None:
    decisions = [d for d in meeting.decisions if d.text.strip()]
    if not decisions:
        return
    add_heading(document, label("decisions", lang), "Heading 1")
    for number, decision in enumerate(decisions, start=1):
        add_numbered(document, number, " ".join(decision.text.split()))


def responsible(owner: str, department: str) -> str:
    """ "Owner, Department", either alone, or "" when neither is known."""
    return ", ".join(part.strip() for part in (owner, department) if part.strip())


def _write_follow_ups(document: DocxDocument, follow_ups: list[FollowUp], lang: str) -> None:
    if not follow_ups:
        return
    add_heading(document, label("follow_ups", lang), "Heading 1")
    header = [label(f"col.{key}", lang) for key in ("no", "action", "responsible", "deadline", "status")]
    rows = [
        [
            str(number),
            sanitize(f.description).strip(),
            responsible(f.owner_name, f.department),
            format_date(f.due_date, lang),
            vocab("status", f.status, lang),
        ]
        for number, f in enumerate(follow_ups, start=1)
    ]
    add_table(document, header, rows, widths=(1.0, 4.9, 3.0, 2.3, 1.8))


def _write_signatures(document: DocxDocument, meeting: Meeting, lang: str, prepared_by: str, position: str) -> None:
    blank = "_" * 22
    prepared = "\n".join(part for part in (prepared_by.strip(), position.strip()) if part)
    approved = meeting.approved_by.strip()
    signature = f"{label('signature', lang)}: {blank}"
    dated = f"{label('signature_date', lang)}: {blank}"
    document.add_paragraph()
    add_plain_table(
        document,
        [
            [f"{label('prepared_by', lang)}:", f"{label('approved_by', lang)}:"],
            [prepared or blank, approved or blank],
            [signature, signature],
            [dated, dated],
        ],
        widths=(1, 1),
    )
