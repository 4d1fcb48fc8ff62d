"""Reading the cells of a spreadsheet (.xlsx through openpyxl, .csv in UTF-8 or Windows-1251) as plain rows."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from minutes_app.domain.errors import ValidationError
from minutes_app.domain.sheet_columns import column_index
from minutes_app.domain.sheet_values import parse_cell_date

Cell = object  # str, int, float, datetime, date, bool or None: what openpyxl or the csv reader gives
SUPPORTED_SUFFIXES = (".xlsx", ".xlsm", ".csv")  # .xls: no maintained reader is installed (xlrd is not)
_MERGE = re.compile(rb'<mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')
# A header row: the first with this many non-empty text cells.
HEADER_TEXT_CELLS = 3


@dataclass(slots=True)
class SheetData:
    """One sheet's cells as rows (row 1 first), with the names of all the file's sheets."""

    sheet_names: list[str]
    sheet: str
    rows: list[list[Cell]]
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # 1-based (row1, col1, row2, col2)


def read_sheet(path: str | Path, sheet: str | None = None) -> SheetData:
    """The cells of one sheet of `path` (the first when `sheet` is None); ValidationError in words otherwise."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise ValidationError(
            "file", "old .xls files cannot be read: save the sheet as .xlsx (Excel Workbook) or .csv and import that"
        )
    if suffix not in SUPPORTED_SUFFIXES:
        raise ValidationError("file", f"{path.name} is not a spreadsheet this app reads (.xlsx or .csv)")
    try:
        if suffix == ".csv":
            return SheetData([path.stem], path.stem, _read_csv(path.read_bytes()))
        return _read_xlsx(path, sheet)
    except OSError as exc:
        raise ValidationError("file", f"{path.name} cannot be read: {exc.strerror or exc}") from None
    except (zipfile.BadZipFile, KeyError) as exc:
        raise ValidationError("file", f"{path.name} is not a readable Excel workbook ({exc})") from None


def _read_xlsx(path: Path, sheet: str | None) -> SheetData:
    import openpyxl

    # read_only streams the rows; data_only gives a formula cell's value as Excel last computed it.
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        names = list(book.sheetnames)
        name = sheet if sheet is not None else names[0]
        if name not in names:
            raise ValidationError("sheet", f"{path.name} has no sheet {name!r} (sheets: {', '.join(names)})")
        ws = book[name]
        rows = [list(row) for row in ws.iter_rows(values_only=True)]
        merges = _merges(path, getattr(ws, "_worksheet_path", ""))
    finally:
        book.close()
    return SheetData(names, name, rows, merges)


def _merges(path: Path, member: str) -> list[tuple[int, int, int, int]]:
    """The merged ranges of a sheet, read from its XML: read-only openpyxl does not give them."""
    if not member:
        return []
    with zipfile.ZipFile(path) as archive:
        data = archive.read(member.lstrip("/"))
    return [
        (int(r1), column_index(c1.decode()) + 1, int(r2), column_index(c2.decode()) + 1)
        for c1, r1, c2, r2 in _MERGE.findall(data)
    ]


def decode_csv(data: bytes) -> str:
    """The text of a CSV file: UTF-8 with or without a byte-order mark, otherwise Windows-1251."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1251")


def _read_csv(data: bytes) -> list[list[Cell]]:
    text = decode_csv(data)
    sample = "\n".join(text.splitlines()[:20])
    # Excel in a Russian or Azerbaijani locale writes ";"; elsewhere ",".
    delimiter = ";" if sample.count(";") >= sample.count(",") and ";" in sample else ","
    return [list(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]


def detect_header_row(rows: list[list[Cell]]) -> int:
    """The 1-based number of the header row (1 if none is found).

    The first row with at least three non-empty text cells; when the next row has more text cells
    it is taken instead: a row of group headings ("Meeting", "Follow-up") stands above the column names.
    """
    counts = [_text_cells(row) for row in rows[:50]]
    for index, count in enumerate(counts):
        if count >= HEADER_TEXT_CELLS:
            if index + 1 < len(counts) and counts[index + 1] > count and _only_names(rows[index + 1]):
                return index + 2
            return index + 1
    return 1


def _only_names(row: list[Cell]) -> bool:
    """True for a row of column names: no numbers, no dates, neither as cells nor as text (a data row has some)."""
    for cell in row:
        if isinstance(cell, int | float | dt.date):
            return False
        if isinstance(cell, str) and cell.strip():
            try:
                if parse_cell_date(cell) is not None:
                    return False
            except ValueError:
                pass
    return True


def _text_cells(row: list[Cell]) -> int:
    return sum(1 for c in row if isinstance(c, str) and c.strip() and not _is_number(c))


def _is_number(text: str) -> bool:
    return text.strip().replace(".", "", 1).isdigit()


def header_names(data: SheetData, header_row: int) -> list[str]:
    """The header of each column: a merged cell's text fills every column it spans; an empty cell takes the row above's."""
    width = max((len(row) for row in data.rows), default=0)
    wanted = (header_row - 1, header_row)
    grid: dict[tuple[int, int], Cell] = {}
    for r in wanted:
        if 0 < r <= len(data.rows):
            for c, value in enumerate(data.rows[r - 1], start=1):
                grid[(r, c)] = value
    for r1, c1, r2, c2 in data.merges:
        value = data.rows[r1 - 1][c1 - 1] if r1 <= len(data.rows) and c1 <= len(data.rows[r1 - 1]) else None
        for r in range(max(r1, wanted[0]), min(r2, wanted[1]) + 1):
            for c in range(c1, c2 + 1):
                grid[(r, c)] = value
    names: list[str] = []
    for c in range(1, width + 1):
        own = _text(grid.get((header_row, c)))
        names.append(own or _text(grid.get((header_row - 1, c))))
    return names


def _text(value: object) -> str:
    return "" if value is None else " ".join(str(value).split())
