"""The official minutes of one meeting as a Word document, in the order DOMAIN.md describes.

Absent participants are left out: the minutes record who took part. The follow-up table records what
was agreed (action, responsible, deadline), not how far it has got since: signed minutes exported again
next month must read the same, and at the meeting every follow-up was new. The live status belongs to
the status report.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from docx.document import Document as DocxDocument

from minutes_app.domain.records import FollowUp, Meeting
from minutes_app.exports.country_forms import official_name
from minutes_app.exports.docx_blocks import (
    add_heading,
    add_label_line,
    add_numbered,
    add_plain_table,
    add_table,
    add_text,
    keep_last_block_with_next,
    keep_with_next,
)
from minutes_app.exports.docx_common import open_template, prepare, sanitize, save, template_guard
from minutes_app.exports.labels import format_date, format_time_range, label, unbreakable, upper, vocab
from minutes_app.exports.localize import Said, like, text_of
from minutes_app.exports.people import participant_line, present
from minutes_app.exports.sides import side_heading
from minutes_app.exports.template_package import TemplateWarning

_SIDES = ("host", "guest", "other")


@template_guard
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
    country_names: Callable[[str, str], str] = official_name,
) -> Path:
    """Write the minutes of `meeting` in `lang` to `path` (atomically); ExportError when it cannot."""
    document = open_template(template, warnings=template_warnings)
    meeting_title = text_of(meeting, "title", lang, meeting.language)
    title = f"{label('minutes_title', lang)}: {meeting_title}" if meeting_title else label("minutes_title", lang)
    prepare(document, lang=lang, title=title, author=author or prepared_by, subject=meeting_title)
    _write_heading(document, meeting, lang, country_names)
    _write_participants(document, meeting, lang)
    _write_agenda(document, meeting, lang)
    _write_discussion(document, meeting, lang)
    _write_decisions(document, meeting, lang)
    _write_follow_ups(document, meeting, lang)
    signer = _prepared_by(meeting, lang, prepared_by)
    _write_signatures(document, meeting, lang, signer, prepared_by_position)
    _write_annexes(document, meeting, lang)
    return save(document, path)


def _prepared_by(meeting: Meeting, lang: str, given: str) -> Said:
    """Who prepared the minutes, in `lang` when the meeting's own "prepared by" is the one given."""
    if not given or given == meeting.prepared_by:
        return text_of(meeting, "prepared_by", lang, meeting.language)
    return Said(given)


def _write_heading(
    document: DocxDocument, meeting: Meeting, lang: str, country_names: Callable[[str, str], str]
) -> None:
    if meeting.confidentiality:
        add_text(document, upper(vocab("confidentiality", meeting.confidentiality, lang), lang), "Minutes Marking")
    add_heading(document, upper(label("minutes_title", lang), lang), "Title")
    title = text_of(meeting, "title", lang, meeting.language)
    if title:
        add_heading(document, title, "Subtitle")
    if meeting.reference_number:
        add_label_line(document, label("reference_no", lang), meeting.reference_number)
    if meeting.date:
        add_label_line(document, label("date", lang), format_date(meeting.date, lang))
    if meeting.start_time:
        add_label_line(document, label("time", lang), format_time_range(meeting.start_time, meeting.end_time))
    if meeting.venue.strip():
        add_label_line(document, label("venue", lang), text_of(meeting, "venue", lang, meeting.language))
    if meeting.countries:
        names = ", ".join(country_names(code, lang) for code in meeting.countries)
        caption = "counterparts" if len(meeting.countries) > 1 else "counterpart"
        add_label_line(document, label(caption, lang), names)


def _write_participants(document: DocxDocument, meeting: Meeting, lang: str) -> None:
    sides = [(side, present(meeting, side)) for side in _SIDES]
    sides = [(side, people) for side, people in sides if people]
    if not sides:
        return
    add_heading(document, label("participants", lang), "Heading 1")
    for side, people in sides:
        add_heading(document, side_heading(meeting, side, lang), "Heading 2")
        for number, attendance in enumerate(people, start=1):
            add_numbered(document, number, participant_line(attendance, lang, meeting.language))


def _write_agenda(document: DocxDocument, meeting: Meeting, lang: str) -> None:
    items = [item for item in meeting.agenda if item.title.strip()]
    if not items:
        return
    add_heading(document, label("agenda", lang), "Heading 1")
    for number, item in enumerate(items, start=1):
        title = text_of(item, "title", lang, meeting.language)
        add_numbered(document, number, like(title.strip(), title))


def _write_discussion(document: DocxDocument, meeting: Meeting, lang: str) -> None:
    noted = [(n, item) for n, item in enumerate(meeting.agenda, start=1) if item.notes.strip()]
    summary = text_of(meeting, "summary", lang, meeting.language)
    if not noted and not summary.strip():
        return
    add_heading(document, label("discussion", lang), "Heading 1")
    for number, item in noted:
        title = text_of(item, "title", lang, meeting.language)
        add_heading(document, like(f"{number}. {title.strip()}", title) if title.strip() else f"{number}.", "Heading 3")
        add_text(document, text_of(item, "notes", lang, meeting.language))
    if summary.strip():
        if noted:
            add_heading(document, label("general_discussion", lang), "Heading 3")
        add_text(document, summary)


def _write_decisions(document: DocxDocument, meeting: Meeting, lang: str) -> None:
    decisions = [d for d in meeting.decisions if d.text.strip()]
    if not decisions:
        return
    add_heading(document, label("decisions", lang), "Heading 1")
    for number, decision in enumerate(decisions, start=1):
        text = text_of(decision, "text", lang, meeting.language)
        add_numbered(document, number, like(" ".join(text.split()), text))


def responsible(owner: str, department: str) -> str:
    """ "Owner, Department", either alone, or "" when neither is known; tagged as the department is."""
    return like(", ".join(part.strip() for part in (owner, department) if part.strip()), department)


def owner_in(follow_up: FollowUp, meeting: Meeting, lang: str) -> str:
    """The follow-up's owner spelled for `lang`: the directory's spelling, else as recorded."""
    if follow_up.owner_names.get(lang, "").strip():
        return follow_up.owner_names[lang].strip()
    if follow_up.owner_id is not None:
        for attendance in meeting.attendances:
            if attendance.person is not None and attendance.person_id == follow_up.owner_id:
                return attendance.person.name_in(lang)
    return follow_up.owner_name


def _write_follow_ups(document: DocxDocument, meeting: Meeting, lang: str) -> None:
    follow_ups = meeting.follow_ups
    if not follow_ups:
        return
    add_heading(document, label("follow_up_plan", lang), "Heading 1")
    header = [label(f"col.{key}", lang) for key in ("no", "action", "responsible", "deadline")]
    rows = []
    for number, f in enumerate(follow_ups, start=1):
        action = text_of(f, "description", lang, meeting.language)
        department = text_of(f, "department", lang, meeting.language)
        rows.append(
            [
                str(number),
                like(sanitize(action).strip(), action),
                responsible(owner_in(f, meeting, lang), department),
                unbreakable(format_date(f.due_date, lang)),
            ]
        )
    # the deadline column holds "30 sentyabr 2026-cı il" on one line
    add_table(document, header, rows, widths=(0.9, 6.9, 4.3, 3.2))


def _write_annexes(document: DocxDocument, meeting: Meeting, lang: str) -> None:
    """ "Annex 1: letter.pdf" lines at the end, for the attachments the officer ticked as annexes."""
    if not meeting.annexes:
        return
    document.add_paragraph()
    for number, name in enumerate(meeting.annexes, start=1):
        add_text(document, f"{label('annex', lang, number=number)}: {sanitize(name)}")


def _write_signatures(document: DocxDocument, meeting: Meeting, lang: str, prepared_by: str, position: str) -> None:
    blank = "_" * 22
    prepared = like("\n".join(part for part in (prepared_by.strip(), position.strip()) if part), prepared_by)
    approved_by = text_of(meeting, "approved_by", lang, meeting.language)
    approved = like(approved_by.strip(), approved_by)
    signature = f"{label('signature', lang)}: {blank}"
    dated = f"{label('signature_date', lang)}: {blank}"
    # the signature block never starts a page on its own: it stays with the last table row or paragraph
    keep_last_block_with_next(document)
    keep_with_next(document.add_paragraph())
    add_plain_table(
        document,
        [
            [f"{label('prepared_by', lang)}:", f"{label('approved_by', lang)}:"],
            [prepared if prepared else blank, approved if approved else blank],
            [signature, signature],
            [dated, dated],
        ],
        widths=(1, 1),
    )
