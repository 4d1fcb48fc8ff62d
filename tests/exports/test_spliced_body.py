"""Headings and tables written as XML text and spliced in on saving are the XML python-docx's own path writes."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from docx.oxml.ns import nsmap
from docx.oxml.parser import parse_xml
from docx.shared import Cm, Emu

from minutes_app.exports.docx_blocks import TableText, add_heading, add_table, heading_xml
from minutes_app.exports.docx_common import open_template, prepare, save
from minutes_app.exports.docx_splice import reserve_body_end, save_with_body, spliced
from minutes_app.exports.labels import NO_BREAK_HYPHEN
from minutes_app.exports.localize import Said
from minutes_app.exports.report_summary import _cell_xml, _CellStyle, _fill

HEADER = ["No.", "Action", "Deadline", "Meeting"]
WIDTHS = [1, 4, 2, 3]
ROWS = [
    ["1", "Send the <draft> & notes", f"2026{NO_BREAK_HYPHEN}11{NO_BREAK_HYPHEN}20", "Встреча\n12 мая 2024 г."],
    ["2", Said("Təqdim etmək", "az"), "", " padded "],
]
HEADINGS = [
    ("Türkiyə", "Heading 1", True),
    (Said("Nəqliyyat", "az"), "Heading 2", False),
    (" spaced & <odd> ", "Heading 2", False),
    ("tab\there\nand a line", "Heading 2", False),
]


def _document_xml(path: Path) -> bytes:
    with zipfile.ZipFile(path) as package:
        return package.read("word/document.xml")


def _new_document():  # type: ignore[no-untyped-def]
    document = open_template()
    prepare(document, lang="en", title="Report", author="Leyla")
    return document


def test_spliced_headings_and_tables_are_byte_identical_to_python_docx(tmp_path: Path) -> None:
    built = _new_document()
    for text, style, page_break in HEADINGS:
        paragraph = add_heading(built, text, style)
        if page_break:
            paragraph.paragraph_format.page_break_before = True
        add_table(built, HEADER, ROWS, WIDTHS, emphasis=[{2}, set()])
    save(built, tmp_path / "built.docx")

    as_text = _new_document()
    table = TableText(as_text, HEADER, WIDTHS)
    reserve_body_end(as_text)
    steps: list[int] = []
    parts = []
    for text, style, page_break in HEADINGS:
        parts.append(heading_xml(as_text, text, style, page_break_before=page_break))
        parts.append(table.xml(ROWS, emphasis=[{2}, set()], after_row=lambda: steps.append(1)))
    save_with_body(as_text, tmp_path / "spliced.docx", parts)

    assert _document_xml(tmp_path / "spliced.docx") == _document_xml(tmp_path / "built.docx")
    assert len(steps) == len(HEADINGS) * len(ROWS)


def test_the_rest_of_the_package_is_kept(tmp_path: Path) -> None:
    document = _new_document()
    reserve_body_end(document)
    save_with_body(document, tmp_path / "empty.docx", [])
    plain = _new_document()
    save(plain, tmp_path / "plain.docx")
    with zipfile.ZipFile(tmp_path / "empty.docx") as ours, zipfile.ZipFile(tmp_path / "plain.docx") as theirs:
        assert ours.namelist() == theirs.namelist()
        assert all(info.compress_type == zipfile.ZIP_DEFLATED for info in ours.infolist())
        for name in ours.namelist():
            if name != "docProps/core.xml":  # holds the time of saving
                assert ours.read(name) == theirs.read(name), name


def test_a_document_without_the_marker_is_refused() -> None:
    with pytest.raises(ValueError):
        spliced(b"<w:document><w:body/></w:document>", "<w:p/>")


def _without_declarations(element: object) -> str:
    from lxml import etree

    return re.sub(r'\s+xmlns(?::[\w.-]+)?="[^"]*"', "", etree.tostring(element, encoding="unicode"))


@pytest.mark.parametrize(
    ("text", "bold", "right", "colour"),
    [
        ("Türkiyə", False, False, False),
        (Said("Отдел протокола", "ru"), True, False, False),
        ("27", True, True, True),
        (" a\ttab & <b> ", False, True, False),
    ],
)
def test_summary_cells_written_as_text_match_the_cells_python_docx_fills(
    text: str, bold: bool, right: bool, colour: bool
) -> None:
    document = _new_document()
    look = _CellStyle("MinutesTableText", "TableGrid", "en-GB")
    width = int(Cm(2.5))
    cell = document.add_table(1, 1).rows[0].cells[0]
    _fill(look, cell, width, text, bold=bold, right=right, colour=colour)
    xml = _cell_xml(look, str(Emu(width).twips), text, bold=bold, right=right, colour=colour)
    ours = parse_xml(f'<w:tr xmlns:w="{nsmap["w"]}">{xml}</w:tr>')[0]
    assert _without_declarations(ours) == _without_declarations(cell._tc)
