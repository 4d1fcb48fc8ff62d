"""CSV and XLSX exports of follow-up rows."""

from __future__ import annotations

import csv
import datetime as dt

from openpyxl import load_workbook

from export_samples import follow_up_rows
from minutes_app.exports.tables import write_csv, write_xlsx
from minutes_app.exports.tables import header


def test_csv_has_bom_header_and_rows(tmp_path):
    rows = follow_up_rows(6)
    rows[0].description = "=HYPERLINK(\"http://x\")"
    rows[1].description = "Line one\nline two\x0b"
    path = write_csv(rows, tmp_path / "f.csv", lang="ru")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0] == header("ru")
    assert table[0][:6] == ["ID", "Мероприятие", "Исполнитель", "Подразделение", "Срок", "Статус"]
    assert len(table) == 7
    assert table[1][1] == "'=HYPERLINK(\"http://x\")"  # never run as a formula by Excel
    assert table[2][1] == "Line one\nline two"
    assert table[2][4] == rows[1].due_date.isoformat()
    assert table[1][5] == "Не выполнено" and table[1][8] == "Россия"


def test_csv_semicolon_for_excel_locales(tmp_path):
    path = write_csv(follow_up_rows(2), tmp_path / "f.csv", lang="az", delimiter=";")
    first = path.read_text(encoding="utf-8-sig").splitlines()[0]
    assert first.startswith("ID;Tədbir;İcraçı;")


def test_xlsx_header_frozen_bold_with_real_dates(tmp_path):
    rows = follow_up_rows(8)
    rows[0].description = "=1+1"
    path = write_xlsx(rows, tmp_path / "f.xlsx", lang="en")
    sheet = load_workbook(path).active
    assert [c.value for c in sheet[1]] == header("en")
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["B"].width == 60
    deadline = sheet.cell(row=3, column=5)
    assert isinstance(deadline.value, dt.datetime) and deadline.value.date() == rows[1].due_date
    assert deadline.is_date and "yy" in deadline.number_format
    assert sheet.cell(row=2, column=2).value == "=1+1" and sheet.cell(row=2, column=2).data_type == "s"
    assert sheet.max_row == 9
    assert load_workbook(path).properties.creator == "Minutes App"


def test_failed_table_export_keeps_the_old_file(tmp_path):
    target = tmp_path / "f.csv"
    target.write_text("old", encoding="utf-8")

    class Broken:
        def __getattr__(self, name):
            raise RuntimeError("broken row")

    try:
        write_csv([Broken()], target, lang="en")  # type: ignore[list-item]
    except RuntimeError:
        pass
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.csv"]
