"""The agreed minutes of a meeting in two languages, each text equally authentic, signed by both heads.

Layout "columns": a borderless two-column table, each row the same paragraph in both languages, so the
texts stay aligned across pages; each column ends with both signature blocks in its language.
Layout "consecutive": the two originals one after the other, a page break between them.
"""

from __future__ import annotations

import os
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Emu
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from minutes_app.domain.records import Meeting
from minutes_app.exports.agreed_text import Block, Signatory, agreed_blocks, signatory
from minutes_app.exports.docx_blocks import (
    _el,
    keep_row_whole,
    keep_rows_whole,
    keep_with_next,
    native_hyphens,
    tag_runs,
    text_width,
)
from minutes_app.exports.docx_common import open_template, prepare, sanitize, save, template_guard
from minutes_app.exports.labels import label
from minutes_app.exports.localize import Said, tag, text_of
from minutes_app.exports.template_package import TemplateWarning

LAYOUTS = ("columns", "consecutive")
_SIGNATURE_LINE = "_" * 14  # fits a quarter of the page: a longer line wraps under itself


@template_guard
def write_agreed_minutes(
    meeting: Meeting,
    path: str | os.PathLike[str],
    *,
    first: str,
    second: str,
    layout: str = "columns",
    template: str | os.PathLike[str] | None = None,
    template_warnings: set[TemplateWarning] | None = None,
    author: str = "",
) -> Path:
    """Write the agreed minutes of `meeting` in `first` and `second` to `path` (atomically)."""
    if layout not in LAYOUTS:
        raise ValueError(f"layout must be one of {LAYOUTS}, not {layout!r}")
    if first == second:
        raise ValueError("the agreed minutes need two different languages")
    document = open_template(template, warnings=template_warnings)
    title = text_of(meeting, "title", first, meeting.language)
    heading = label("agreed_minutes_title", first)
    prepare(document, lang=first, title=f"{heading}: {title}" if title else heading, author=author, subject=title)
    texts = {lang: agreed_blocks(meeting, lang, first, second) for lang in (first, second)}
    signatures = {lang: [signatory(meeting, side, lang) for side in ("host", "guest")] for lang in (first, second)}
    if layout == "columns":
        _columns(document, texts[first], texts[second], first, second, signatures)
    else:
        _consecutive(document, texts, signatures, first, second)
    return save(document, path)


def _fill(document: DocxDocument, paragraph: Paragraph, block: Block, lang: str) -> list[Paragraph]:
    """Write `block` into `paragraph` (and new ones after it for further lines), tagged with its language."""
    style_id = document.styles[block.style].style_id
    lang_tag = tag(block.text.lang or lang)
    lines = [line.strip() for line in sanitize(block.text).split("\n") if line.strip()] or [""]
    written = [paragraph]
    for index, line in enumerate(lines):
        if index:
            paragraph = _append_after(paragraph)
            written.append(paragraph)
        paragraph._p.style = style_id
        head, tab, rest = line.partition("\t")
        if tab:
            paragraph.add_run(head)
            paragraph.add_run().add_tab()
            paragraph.add_run(rest)
        else:
            paragraph.add_run(line)
        native_hyphens(paragraph._p)
        tag_runs(paragraph._p, lang_tag)
    return written


def _append_after(paragraph: Paragraph) -> Paragraph:
    """A new empty paragraph right after `paragraph`, in the same container."""
    new = _el("w:p")
    paragraph._p.addnext(new)
    return Paragraph(new, paragraph._parent)


def _borderless(table: Table, widths: list[int]) -> None:
    """No borders, fixed column widths: a layout table the reader does not see."""
    table.autofit = False
    borders = _el("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(_el(f"w:{edge}", val="nil"))
    tbl_pr = table._tbl.tblPr
    later = [tbl_pr.find(qn(f"w:{name}")) for name in ("shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption")]
    following = [element for element in later if element is not None]
    if following:  # the schema's order: tblBorders comes before these
        following[0].addprevious(borders)
    else:
        tbl_pr.append(borders)
    for column, width in zip(table.columns, widths):
        column.width = Emu(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = Emu(width)


def _columns(
    document: DocxDocument,
    left: list[Block],
    right: list[Block],
    first: str,
    second: str,
    signatures: dict[str, list[Signatory | None]],
) -> None:
    total = text_width(document)
    half = [total // 2, total - total // 2]
    table = document.add_table(rows=len(left) + 1, cols=2)
    _borderless(table, half)
    for row, left_block, right_block in zip(table.rows, left, right):
        _fill(document, row.cells[0].paragraphs[0], left_block, first)
        _fill(document, row.cells[1].paragraphs[0], right_block, second)
    last = table.rows[len(left)]
    for cell, lang, width in ((last.cells[0], first, half[0]), (last.cells[1], second, half[1])):
        _signature_table(document, cell, signatures[lang], lang, width)
    # the signatures never stand alone on a page: the closing formula's row goes with them
    if len(left):
        for cell in table.rows[len(left) - 1].cells:
            for paragraph in cell.paragraphs:
                keep_with_next(paragraph)
    keep_row_whole(last)


def _consecutive(
    document: DocxDocument,
    texts: dict[str, list[Block]],
    signatures: dict[str, list[Signatory | None]],
    first: str,
    second: str,
) -> None:
    for index, lang in enumerate((first, second)):
        if index:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        written: list[Paragraph] = []
        for block in texts[lang]:
            written = _fill(document, document.add_paragraph(), block, lang)
        for paragraph in written:
            keep_with_next(paragraph)  # the closing formula stays with the signatures
        _signature_table(document, document, signatures[lang], lang, text_width(document))


def _signature_table(
    document: DocxDocument,
    container: DocxDocument | _Cell,
    signatories: list[Signatory | None],
    lang: str,
    width: int,
) -> None:
    """Both heads of delegation side by side in `container`: "For ...", the line to sign on, name, position.

    The "For ..." lines have a row of their own, so both lines to sign on stand level however the two wrap.
    """
    if isinstance(container, _Cell):
        container.paragraphs[0]._p.style = document.styles["Normal"].style_id
    table = container.add_table(rows=2, cols=2)
    _borderless(table, [width // 2, width - width // 2])
    keep_rows_whole(table)
    for column, person in enumerate(signatories):
        if person is None:
            continue
        _fill(document, table.rows[0].cells[column].paragraphs[0], Block("Minutes Meta", person.for_line), lang)
        for run in table.rows[0].cells[column].paragraphs[0].runs:
            run.bold = True
        keep_with_next(table.rows[0].cells[column].paragraphs[0])  # "For ..." never ends a page alone
        texts = [Said(""), Said(_SIGNATURE_LINE), Said(person.name)]
        if person.position.strip():
            texts.append(person.position)
        inner = table.rows[1].cells[column]
        for index, text in enumerate(texts):
            _fill(
                document,
                inner.paragraphs[0] if index == 0 else inner.add_paragraph(),
                Block("Minutes Meta", text),
                lang,
            )
