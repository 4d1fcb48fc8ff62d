"""CSV and XLSX exports of follow-up rows."""

from __future__ import annotations

import csv
import datetime as dt
import zipfile

import pytest
from export_samples import follow_up_rows
from openpyxl import load_workbook

from minutes_app.domain.errors import ExportError
from minutes_app.exports.tables import delimiter_for, header, neutralise, write_csv, write_xlsx


def test_csv_has_bom_header_and_rows(tmp_path):
    rows = follow_up_rows(6)
    rows[0].description = '=HYPERLINK("http://x")'
    rows[1].description = "Line one\nline two\x0b"
    path = write_csv(rows, tmp_path / "f.csv", lang="ru")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle, delimiter=";"))
    assert table[0] == header("ru")
    assert table[0][:6] == ["ID", "Мероприятие", "Исполнитель", "Подразделение", "Срок", "Статус"]
    assert len(table) == 7
    assert table[1][1] == '\'=HYPERLINK("http://x")'  # never run as a formula by Excel
    assert table[2][1] == "Line one\nline two"
    assert table[2][4] == rows[1].due_date.isoformat()
    assert table[1][5] == "Не выполнено" and table[1][8] == "Россия"


@pytest.mark.parametrize(
    ("lang", "delimiter", "start"),
    [
        ("az", ";", "ID;Tədbir;İcraçı;"),
        ("ru", ";", "ID;Мероприятие;Исполнитель;"),
        ("en", ",", "ID,Action,Owner,"),
    ],
)
def test_csv_delimiter_follows_the_language(tmp_path, lang, delimiter, start):
    assert delimiter_for(lang) == delimiter
    path = write_csv(follow_up_rows(2), tmp_path / "f.csv", lang=lang)
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith(start)
    with open(path, encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle, delimiter=delimiter))
    assert table[0] == header(lang) and all(len(row) == len(header(lang)) for row in table)


def test_csv_delimiter_can_be_chosen(tmp_path):
    comma = write_csv(follow_up_rows(2), tmp_path / "a.csv", lang="ru", delimiter=",")
    assert comma.read_text(encoding="utf-8-sig").startswith("ID,Мероприятие,")
    tab = write_csv(follow_up_rows(2), tmp_path / "b.csv", lang="en", delimiter="\t")
    assert tab.read_text(encoding="utf-8-sig").startswith("ID\tAction\t")
    target = tmp_path / "c.csv"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(ExportError, match="comma, a semicolon or a tab"):
        write_csv(follow_up_rows(2), target, lang="en", delimiter="|")
    assert target.read_text(encoding="utf-8") == "old"


@pytest.mark.parametrize(
    "text",
    [
        "=1+1",
        "+7 994 12 555",
        "-5",
        "- 2+3",
        "-2+3",
        "@SUM(A1:A2)",
        "\t=1+1",
        "\r=1+1",
        "\n=1+1",
        " =1+1",
        "   +1",
        " - 2+3",
        "\u00a0=1+1",
        "\u3000@A1",
        "＝1+1",
        "＋1",
        "－1",
        "＠A1",
        '=HYPERLINK("http://x")',
        "-",
        "\t-5",
    ],
)
def test_every_formula_start_is_neutralised(tmp_path, text):
    assert neutralise(text) == "'" + text
    rows = follow_up_rows(1)
    rows[0].description = rows[0].department = rows[0].last_note = text
    path = write_csv(rows, tmp_path / "f.csv", lang="en")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        body = list(csv.reader(handle))[1]
    heads = header("en")
    for column in ("Action", "Department", "Last note"):
        cell = body[heads.index(column)]
        assert cell.startswith("'") and cell[1:].strip() == text.strip()  # only the apostrophe was added


@pytest.mark.parametrize("text", ["Send the draft", "2+3", "a=b", "Leyla - Investment", "'quoted", "", "Şuşa"])
def test_ordinary_text_is_left_alone(text):
    assert neutralise(text) == text


def test_a_lone_tab_or_line_break_is_quoted():
    assert neutralise("\t") == "'\t" and neutralise("\r\n") == "'\r\n"


def test_numbers_and_dates_are_not_quoted(tmp_path):
    rows = follow_up_rows(2)
    path = write_csv(rows, tmp_path / "f.csv", lang="en")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        body = list(csv.reader(handle))[2]
    assert body[0] == "2" and body[4] == rows[1].due_date.isoformat()


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


@pytest.mark.parametrize(("lang", "tag"), [("en", "en-GB"), ("az", "az-Latn-AZ"), ("ru", "ru-RU")])
def test_xlsx_is_ready_to_read_and_print(tmp_path, lang, tag):
    rows = follow_up_rows(30)
    path = write_xlsx(rows, tmp_path / "f.xlsx", lang=lang)
    workbook = load_workbook(path)
    sheet = workbook.active
    for cell in sheet[1]:
        assert (cell.font.name, cell.font.bold, cell.font.size) == ("Calibri", True, 11)
        assert cell.alignment.wrap_text and cell.alignment.vertical == "top"
    body = [cell for row in sheet.iter_rows(min_row=2) for cell in row]
    assert all(c.alignment.wrap_text and c.font.name == "Calibri" for c in body)
    assert [sheet.column_dimensions[letter].width for letter in "ABE"] == [7, 60, 13]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:N{len(rows) + 1}"
    setup = sheet.page_setup
    assert setup.orientation == "landscape" and setup.paperSize == 9  # A4
    assert (setup.fitToWidth, setup.fitToHeight) == (1, 0) and sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$1:$1"  # the header row on every printed page
    properties = workbook.properties
    assert (properties.creator, properties.lastModifiedBy) == ("Minutes App", "Minutes App")
    assert properties.title == header_title(lang) and properties.language == tag
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            assert b"openpyxl" not in package.read(name).lower(), name
        assert b"<Application>Minutes App</Application>" in package.read("docProps/app.xml")


def header_title(lang: str) -> str:
    from minutes_app.exports.labels import label

    return label("follow_ups", lang)


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
