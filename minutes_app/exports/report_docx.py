"""The status report of follow-ups: a one-page summary, then the detail by counterpart country and topic or department.

A follow-up from a meeting with several counterpart countries is listed under each of them (the
desk officer for each country expects to see it); the totals count it once. Within each table the
overdue follow-ups come first.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT

from minutes_app.domain.collation import collation_key
from minutes_app.domain.countries import country_name
from minutes_app.domain.records import FollowUpRow
from minutes_app.domain.vocab import CLOSED_STATUSES, NEVER_OVERDUE_STATUSES
from minutes_app.exports import rows as texts
from minutes_app.exports.docx_blocks import TableText, add_heading, add_label_line, add_text, heading_xml
from minutes_app.exports.docx_common import open_template, prepare, save, template_guard
from minutes_app.exports.docx_splice import reserve_body_end, save_with_body
from minutes_app.exports.labels import format_date, label, upper, vocab
from minutes_app.exports.localize import Said, like
from minutes_app.exports.minutes_docx import responsible
from minutes_app.exports.progress import Progress, ProgressCallback
from minutes_app.exports.report_summary import SummaryCounts, add_summary, done_between, summary_lines
from minutes_app.exports.template_package import TemplateWarning

GROUPINGS = ("topic", "department")
_COLUMNS = ("no", "action", "responsible", "priority", "deadline", "status", "meeting", "last_note")
_WIDTHS = (0.9, 5.1, 3.1, 1.7, 2.3, 2.3, 2.9, 3.4)
_TITLE_LIMIT = 60  # a meeting without a reference number is cited by its title, cut to this length


def is_overdue(row: FollowUpRow, today: dt.date) -> bool:
    """True for a follow-up not finished nor deferred whose deadline has passed."""
    return row.status not in NEVER_OVERDUE_STATUSES and row.due_date is not None and row.due_date < today


def report_counts(rows: list[FollowUpRow], today: dt.date, period_start: dt.date | None) -> tuple[int, int, int]:
    """(open, overdue, done in the period) over `rows`; without a period, all done ones count."""
    open_rows = [r for r in rows if r.status not in CLOSED_STATUSES]
    overdue = sum(1 for r in open_rows if is_overdue(r, today))
    done = sum(1 for r in rows if done_between(r, period_start, today))
    return len(open_rows), overdue, done


def meeting_citation(row: FollowUpRow, lang: str) -> Said:
    """The meeting as a report cites it: reference number and date ("ME-2024/017\n12 March 2024").

    A meeting without a reference number is cited by its title, cut short, and its date.
    """
    first: str = row.meeting_reference.strip()
    if not first:
        title = texts.meeting_title(row, lang)
        first = like(title if len(title) <= _TITLE_LIMIT else title[: _TITLE_LIMIT - 1].rstrip() + "…", title)
    return like("\n".join(part for part in (first, format_date(row.meeting_date, lang)) if part), first)


def _groups(
    rows: list[FollowUpRow], group_by: str, lang: str, today: dt.date
) -> list[tuple[str, list[tuple[str, list[FollowUpRow]]]]]:
    """[(country heading, [(topic or department heading, rows)])], named groups sorted, unnamed last."""
    tree: dict[str, dict[str, list[FollowUpRow]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        key = texts.topic(row, lang).strip() if group_by == "topic" else texts.department(row, lang)
        for code in row.countries or [""]:
            tree[code][key].append(row)
    none_label = label("no_topic" if group_by == "topic" else "no_department", lang)

    def order(name: str) -> tuple[bool, tuple[tuple[int, int], ...]]:
        return (name == "", collation_key(name, lang))  # "Şöbə 2" before "Şöbə 10", ş after s

    def overdue_first(row: FollowUpRow) -> tuple[bool, bool, dt.date, int]:
        # overdue, then the rest still open, then the finished ones; each by deadline
        return (not is_overdue(row, today), row.status in CLOSED_STATUSES, row.due_date or dt.date.max, row.id)

    result = []
    countries = sorted(tree, key=lambda code: order(country_name(code, lang) if code else ""))
    for code in countries:
        heading = country_name(code, lang) if code else label("no_country", lang)
        inner = [
            (name or none_label, sorted(tree[code][name], key=overdue_first)) for name in sorted(tree[code], key=order)
        ]
        result.append((heading, inner))
    return result


@template_guard
def write_status_report(
    rows: list[FollowUpRow],
    path: str | os.PathLike[str],
    *,
    lang: str,
    group_by: str = "topic",
    today: dt.date,
    period_start: dt.date | None = None,
    period_end: dt.date | None = None,
    closed_before_left_out: bool = False,
    completed_possible: bool = True,
    summary_only: bool = False,
    counts: SummaryCounts | None = None,
    template: str | os.PathLike[str] | None = None,
    template_warnings: set[TemplateWarning] | None = None,
    author: str = "",
    title: str | None = None,
    filter_description: str = "",
    progress: ProgressCallback | None = None,
) -> Path:
    """Write the status report of `rows` to `path`; `progress(done, total)` returning False cancels.

    `period_start`–`period_end` (default `today`) is the period whose completions count; with
    `closed_before_left_out` the report says that older finished follow-ups are not listed (the
    caller left them out). `completed_possible` False (a selection of unfinished follow-ups only)
    drops the completed column, which could only say 0. `counts`, counted elsewhere (in SQL), stand
    for the rows' own in the summary: a summary-only report of a whole store need not list it.
    """
    if group_by not in GROUPINGS:
        raise ValueError(f"group_by must be one of {GROUPINGS}, not {group_by!r}")
    end = period_end or today
    groups = [] if summary_only else _groups(rows, group_by, lang, today)
    tracker = Progress(sum(len(items) for _, inner in groups for _, items in inner), progress)
    document = open_template(template, warnings=template_warnings)
    _landscape(document)
    heading = title or label("report_title", lang)
    prepare(document, lang=lang, title=heading, author=author)
    add_heading(document, upper(heading, lang), "Title")
    add_heading(document, label("as_of", lang, date=format_date(today, lang)), "Subtitle")
    if period_start is not None:
        add_label_line(document, label("period", lang), f"{format_date(period_start, lang)} – {format_date(end, lang)}")
    add_label_line(document, label("selection", lang), filter_description.strip() or label("selection_all", lang))
    if closed_before_left_out and period_start is not None:
        add_text(document, label("closed_left_out", lang, date=format_date(period_start, lang)), "Minutes Meta")
    if counts is None:
        by_country, by_department = summary_lines(
            rows,
            lang,
            is_open=lambda r: r.status not in CLOSED_STATUSES,
            is_late=lambda r: is_overdue(r, today),
            done_in_period=lambda r: done_between(r, period_start, end),
        )
    else:
        by_country, by_department = counts.lines(lang)
    if not (rows if counts is None else counts.rows):
        add_text(document, label("no_rows", lang))
    else:
        done_caption = label("col.done_period" if period_start else "col.done", lang)
        add_summary(document, by_country, by_department, lang, with_done=completed_possible, done_caption=done_caption)
    if not groups:
        tracker.finish()
        return save(document, path)
    # The detail is written as text and spliced in on saving: as elements it cost five times the rest.
    table = TableText(document, [label(f"col.{key}", lang) for key in _COLUMNS], _WIDTHS)
    reserve_body_end(document)
    detail = []
    for index, (country, inner) in enumerate(groups):
        # the summary keeps its page to itself
        detail.append(heading_xml(document, country, "Heading 1", page_break_before=index == 0))
        for name, items in inner:
            detail.append(heading_xml(document, name, "Heading 2"))
            detail.append(_rows_table(table, items, lang, today, tracker.step))
    tracker.finish()
    return save_with_body(document, path, detail)


def _landscape(document: DocxDocument) -> None:
    for section in document.sections:
        if section.page_width is not None and section.page_height is not None:
            if section.page_width < section.page_height:
                section.page_width, section.page_height = section.page_height, section.page_width
        section.orientation = WD_ORIENT.LANDSCAPE


def _status(row: FollowUpRow, lang: str, late: bool) -> str:
    """The status word; an overdue one marked, a completed one with its date."""
    status = vocab("status", row.status, lang)
    if late:
        return f"{status}\n{label('overdue_mark', lang)}"
    if row.status == "done" and row.completed_on is not None:
        return f"{status}\n{format_date(row.completed_on, lang)}"
    return status


def _rows_table(
    table: TableText, items: list[FollowUpRow], lang: str, today: dt.date, after_row: Callable[[], None]
) -> str:
    """One group's table of follow-ups, overdue cells marked."""
    table_rows = []
    emphasis = []
    for number, row in enumerate(items, start=1):
        late = is_overdue(row, today)
        table_rows.append(
            [
                str(number),
                texts.action(row, lang),
                responsible(texts.owner(row, lang), texts.department(row, lang)),
                vocab("priority", row.priority, lang),
                format_date(row.due_date, lang),
                _status(row, lang, late),
                meeting_citation(row, lang),
                row.last_note.strip(),
            ]
        )
        emphasis.append({4, 5} if late else set())
    return table.xml(table_rows, emphasis=emphasis, after_row=after_row)
