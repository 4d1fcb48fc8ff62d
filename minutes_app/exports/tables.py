"""Follow-up rows as a spreadsheet: CSV (UTF-8 with BOM, for Excel) and XLSX with real date cells."""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

import minutes_app
from minutes_app.domain.countries import country_name
from minutes_app.domain.records import FollowUpRow
from minutes_app.exports.docx_common import sanitize
from minutes_app.exports import rows as texts
from minutes_app.exports.labels import label, vocab
from minutes_app.fsutil import write_atomically

Value = str | int | dt.date | None

# (label key, value of a row, column width in characters)
COLUMNS: tuple[tuple[str, Callable[[FollowUpRow, str], Value], int], ...] = (
    ("col.id", lambda r, lang: r.id, 7),
    ("col.action", lambda r, lang: str(texts.action(r, lang)), 60),
    ("col.owner", lambda r, lang: texts.owner(r, lang), 24),
    ("col.department", lambda r, lang: str(texts.department(r, lang)), 28),
    ("col.deadline", lambda r, lang: r.due_date, 13),
    ("col.status", lambda r, lang: vocab("status", r.status, lang), 14),
    ("col.priority", lambda r, lang: vocab("priority", r.priority, lang), 11),
    ("col.topic", lambda r, lang: texts.topic(r, lang), 22),
    ("col.countries", lambda r, lang: ", ".join(country_name(c, lang) for c in r.countries), 20),
    ("col.meeting", lambda r, lang: str(texts.meeting_title(r, lang)), 40),
    ("col.meeting_date", lambda r, lang: r.meeting_date, 13),
    ("col.completed_on", lambda r, lang: r.completed_on, 13),
    ("col.last_note", lambda r, lang: r.last_note, 40),
    ("col.counterpart_contact", lambda r, lang: r.counterpart_contact, 24),
)

_FORMULA_START = ("=", "+", "@", "-", "\t")


def header(lang: str) -> list[str]:
    """The column headings in `lang`."""
    return [label(key, lang) for key, _, _ in COLUMNS]


def _csv_cell(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()  # Excel reads ISO dates in every locale
    text = sanitize(str(value))
    # A cell starting like a formula would be run by Excel: quote it (CSV injection).
    if text.startswith(_FORMULA_START) and not text.lstrip("-").startswith(" "):
        return "'" + text
    return text


def write_csv(rows: Sequence[FollowUpRow], path: str | os.PathLike[str], *, lang: str, delimiter: str = ",") -> Path:
    """Write `rows` as CSV in UTF-8 with a BOM and a header row (Excel opens it with the right letters)."""

    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
            writer.writerow(header(lang))
            for row in rows:
                writer.writerow([_csv_cell(value(row, lang)) for _, value, _ in COLUMNS])

    return write_atomically(path, write)


def write_xlsx(rows: Sequence[FollowUpRow], path: str | os.PathLike[str], *, lang: str) -> Path:
    """Write `rows` as an Excel workbook: bold frozen header, filters, widths, real date cells."""
    workbook = Workbook()
    sheet = workbook.active
    assert isinstance(sheet, Worksheet)  # a new workbook always has one worksheet
    sheet.title = label("follow_ups", lang)[:31]
    sheet.append(header(lang))
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    date_format = "d mmm yyyy" if lang == "en" else "dd.mm.yyyy"
    for index, (_, _, width) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for row_number, row in enumerate(rows, start=2):
        for column, (_, value, _) in enumerate(COLUMNS, start=1):
            content = value(row, lang)
            cell = sheet.cell(row=row_number, column=column)
            if isinstance(content, dt.date):
                cell.value = content
                cell.number_format = date_format
            elif isinstance(content, int):
                cell.value = content
            elif content:
                cell.value = sanitize(content)
                cell.data_type = "s"  # never a formula, whatever the text starts with
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{max(1, len(rows) + 1)}"
    workbook.properties.creator = minutes_app.APP_NAME
    workbook.properties.lastModifiedBy = minutes_app.APP_NAME
    workbook.properties.title = label("follow_ups", lang)
    return write_atomically(path, lambda tmp: workbook.save(str(tmp)))
