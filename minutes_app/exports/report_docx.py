"""The status report of follow-ups: counts, then the rows by counterpart country and topic or department.

A follow-up from a meeting with several counterpart countries is listed under each of them (the
desk officer for each country expects to see it); the counts at the top count it once.
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
from minutes_app.domain.vocab import CLOSED_STATUSES
from minutes_app.exports.docx_blocks import add_heading, add_label_line, add_table, add_text
from minutes_app.exports.docx_common import open_template, prepare, save
from minutes_app.exports.docx_common import template_guard
from minutes_app.exports.labels import format_date, label, upper, vocab
from minutes_app.exports import rows as texts
from minutes_app.exports.localize import like
from minutes_app.exports.minutes_docx import responsible
from minutes_app.exports.progress import Progress, ProgressCallback
from minutes_app.exports.template_package import TemplateWarning

GROUPINGS = ("topic", "department")
_WIDTHS = (1.0, 5.8, 3.2, 2.2, 2.5, 3.5, 3.8)


def is_overdue(row: FollowUpRow, today: dt.date) -> bool:
    """True for a follow-up not finished whose deadline has passed."""
    return row.status not in CLOSED_STATUSES and row.due_date is not None and row.due_date < today


def report_counts(rows: list[FollowUpRow], today: dt.date, period_start: dt.date | None) -> tuple[int, int, int]:
    """(open, overdue, done in the period) over `rows`; without a period, all done ones count."""
    open_rows = [r for r in rows if r.status not in CLOSED_STATUSES]
    overdue = sum(1 for r in open_rows if is_overdue(r, today))
    done = sum(
        1
        for r in rows
        if r.status == "done"
        and (period_start is None or (r.completed_on is not None and period_start <= r.completed_on <= today))
    )
    return len(open_rows), overdue, done


def _groups(
    rows: list[FollowUpRow], group_by: str, lang: str
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

    def by_deadline(row: FollowUpRow) -> tuple[bool, dt.date, int]:
        return (row.due_date is None, row.due_date or dt.date.max, row.id)

    result = []
    countries = sorted(tree, key=lambda code: order(country_name(code, lang) if code else ""))
    for code in countries:
        heading = country_name(code, lang) if code else label("no_country", lang)
        inner = [
            (name or none_label, sorted(tree[code][name], key=by_deadline))
            for name in sorted(tree[code], key=order)
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
    template: str | os.PathLike[str] | None = None,
    template_warnings: set[TemplateWarning] | None = None,
    author: str = "",
    title: str | None = None,
    filter_description: str = "",
    progress: ProgressCallback | None = None,
) -> Path:
    """Write the status report of `rows` to `path`; `progress(done, total)` returning False cancels."""
    if group_by not in GROUPINGS:
        raise ValueError(f"group_by must be one of {GROUPINGS}, not {group_by!r}")
    groups = _groups(rows, group_by, lang)
    tracker = Progress(sum(len(items) for _, inner in groups for _, items in inner), progress)
    document = open_template(template, warnings=template_warnings)
    _landscape(document)
    heading = title or label("report_title", lang)
    prepare(document, lang=lang, title=heading, author=author)
    add_heading(document, upper(heading, lang), "Title")
    add_heading(document, label("as_of", lang, date=format_date(today, lang)), "Subtitle")
    if period_start is not None:
        period = f"{format_date(period_start, lang)} – {format_date(today, lang)}"
        add_label_line(document, label("period", lang), period)
    if filter_description.strip():
        add_label_line(document, label("selection", lang), filter_description)
    open_count, overdue, done = report_counts(rows, today, period_start)
    add_label_line(document, label("count.open", lang), str(open_count))
    add_label_line(document, label("count.overdue", lang), str(overdue))
    add_label_line(document, label("count.done_period" if period_start else "count.done", lang), str(done))
    if not rows:
        add_text(document, label("no_rows", lang))
    for country, inner in groups:
        add_heading(document, country, "Heading 1")
        for name, items in inner:
            add_heading(document, name, "Heading 2")
            _write_rows(document, items, lang, today, tracker.step)
    tracker.finish()
    return save(document, path)


def _landscape(document: DocxDocument) -> None:
    for section in document.sections:
        if section.page_width is not None and section.page_height is not None:
            if section.page_width < section.page_height:
                section.page_width, section.page_height = section.page_height, section.page_width
        section.orientation = WD_ORIENT.LANDSCAPE


def _write_rows(
    document: DocxDocument, items: list[FollowUpRow], lang: str, today: dt.date, after_row: Callable[[], None]
) -> None:
    keys = ("no", "action", "responsible", "deadline", "status", "meeting", "last_note")
    header = [label(f"col.{key}", lang) for key in keys]
    table_rows = []
    emphasis = []
    mark = label("overdue_mark", lang)
    for number, row in enumerate(items, start=1):
        late = is_overdue(row, today)
        title = texts.meeting_title(row, lang)
        meeting = like("\n".join(part for part in (title, format_date(row.meeting_date, lang)) if part), title)
        status = vocab("status", row.status, lang)
        table_rows.append([
            str(number),
            texts.action(row, lang),
            responsible(texts.owner(row, lang), texts.department(row, lang)),
            format_date(row.due_date, lang),
            f"{status}\n{mark}" if late else status,
            meeting,
            row.last_note.strip(),
        ])
        emphasis.append({3, 4} if late else set())
    add_table(document, header, table_rows, _WIDTHS, emphasis=emphasis, after_row=after_row)
