"""Follow-up rows as a spreadsheet: CSV (UTF-8 with BOM, for Excel) and XLSX with real date cells."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

import minutes_app
from minutes_app.domain.countries import country_name
from minutes_app.domain.errors import ExportError
from minutes_app.domain.records import FollowUpRow
from minutes_app.exports import rows as texts
from minutes_app.exports.docx_common import sanitize
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

# What Excel and LibreOffice read as the start of a formula (CSV injection), full-width forms included.
_FORMULA_START = frozenset("=+-@\uff1d\uff0b\uff0d\uff20")
# Characters a formula may follow: a cell starting with them is read as the formula that comes after.
_LEADING_BLANKS = " \t\r\n\u00a0\u3000"

# The list separator of Excel in each language's regional settings (Russian and Azerbaijani: ";").
DELIMITERS = {"en": ",", "az": ";", "ru": ";"}
ALLOWED_DELIMITERS = (",", ";", "\t")


def delimiter_for(lang: str) -> str:
    """The CSV delimiter Excel expects in `lang`'s regional settings."""
    return DELIMITERS.get(lang, ",")


def header(lang: str) -> list[str]:
    """The column headings in `lang`."""
    return [label(key, lang) for key, _, _ in COLUMNS]


def neutralise(text: str) -> str:
    """`text` with an apostrophe before it when a spreadsheet would read it as a formula (CSV injection).

    Every cell starting with =, +, -, @ (or their full-width forms), a tab or a line break is
    quoted, also behind leading spaces; negative numbers too, since every cell here is text.
    """
    if not text:
        return text
    if text[0] in "\t\r\n" or text.lstrip(_LEADING_BLANKS)[:1] in _FORMULA_START:
        return "'" + text
    return text


def _csv_cell(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()  # Excel reads ISO dates in every locale
    if isinstance(value, int):
        return str(value)
    return neutralise(sanitize(str(value)))


def write_csv(
    rows: Sequence[FollowUpRow],
    path: str | os.PathLike[str],
    *,
    lang: str,
    delimiter: str | None = None,
) -> Path:
    """Write `rows` as CSV in UTF-8 with a BOM and a header row (Excel opens it with the right letters).

    The delimiter is the one Excel expects in `lang` (`delimiter_for`) unless given: ",", ";" or a tab.
    """
    chosen = delimiter_for(lang) if delimiter is None else delimiter
    if chosen not in ALLOWED_DELIMITERS:
        raise ExportError(f"The CSV delimiter must be a comma, a semicolon or a tab, not {chosen!r}")

    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=chosen, quoting=csv.QUOTE_MINIMAL)
            writer.writerow([neutralise(text) for text in header(lang)])
            for row in rows:
                writer.writerow([_csv_cell(value(row, lang)) for _, value, _ in COLUMNS])

    return write_atomically(path, write)


# Named fonts: Excel and LibreOffice show the header the same on every computer.
HEADER_FONT = Font(name="Calibri", size=11, bold=True)
BODY_FONT = Font(name="Calibri", size=11)
_LANGUAGE_TAGS = {"en": "en-GB", "az": "az-Latn-AZ", "ru": "ru-RU"}


def _print_setup(sheet: Worksheet) -> None:
    """Landscape A4, every column on one page width, the header row repeated on every page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as the rows need
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    sheet.print_options.gridLines = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.oddFooter.center.text = "&P / &N"


def write_xlsx(rows: Sequence[FollowUpRow], path: str | os.PathLike[str], *, lang: str) -> Path:
    """Write `rows` as an Excel workbook: named bold header, wrapped text, real date cells, ready to print."""
    workbook = Workbook()
    sheet = workbook.active
    assert isinstance(sheet, Worksheet)  # a new workbook always has one worksheet
    sheet.title = label("follow_ups", lang)[:31]
    sheet.append(header(lang))
    for cell in sheet[1]:
        cell.font = HEADER_FONT
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    wrapped = Alignment(vertical="top", wrap_text=True)
    date_format = "d mmm yyyy" if lang == "en" else "dd.mm.yyyy"
    for index, (_, _, width) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for row_number, row in enumerate(rows, start=2):
        for column, (_, value, _) in enumerate(COLUMNS, start=1):
            content = value(row, lang)
            cell = sheet.cell(row=row_number, column=column)
            cell.font = BODY_FONT
            cell.alignment = wrapped
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
    _print_setup(sheet)
    properties = workbook.properties
    properties.creator = minutes_app.APP_NAME
    properties.lastModifiedBy = minutes_app.APP_NAME
    properties.title = label("follow_ups", lang)
    properties.language = _LANGUAGE_TAGS.get(lang, lang)
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    properties.created = properties.modified = now
    buffer = io.BytesIO()
    workbook.save(buffer)
    data = _with_app_properties(buffer.getvalue())
    return write_atomically(path, lambda tmp: tmp.write_bytes(data))


_APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    f"<Application>{escape(minutes_app.APP_NAME)}</Application><DocSecurity>0</DocSecurity>"
    "</Properties>"
)


def _with_app_properties(package: bytes) -> bytes:
    """The workbook with this app's docProps/app.xml (openpyxl writes its own name and version there)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = _APP_XML.encode("utf-8") if item.filename == "docProps/app.xml" else source.read(item)
            target.writestr(item, data)
    return out.getvalue()
