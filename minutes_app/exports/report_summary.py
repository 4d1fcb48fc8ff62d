"""The status report's first page: open, overdue and completed follow-ups per country and per department.

The two tables stand side by side, each cut into balanced columns, so that sixty countries and
twenty-five departments still fit on one landscape page.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape as xml_escape

from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import nsmap, qn
from docx.oxml.parser import parse_xml
from docx.shared import Cm, Emu, Pt
from docx.table import Table, _Cell

from minutes_app.domain.collation import collation_key
from minutes_app.domain.countries import country_name
from minutes_app.domain.records import FollowUpRow
from minutes_app.exports import rows as texts
from minutes_app.exports.docx_blocks import OVERDUE_COLOUR, run_xml, tag_runs, text_width
from minutes_app.exports.docx_common import document_language, sanitize
from minutes_app.exports.labels import label
from minutes_app.exports.localize import Said, tag

SUMMARY_FONT = Pt(8)
# Height of one summary row at SUMMARY_FONT and of what stands above the tables (title, period, selection).
_ROW_HEIGHT = Cm(0.36)
_ABOVE_TABLES = Cm(4.8)
_MIN_ROWS = 12


@dataclass(slots=True)
class Tally:
    """Follow-ups counted for one line of the summary."""

    open: int = 0
    overdue: int = 0
    done: int = 0


@dataclass(slots=True)
class SummaryLine:
    """One line of a summary table: a country or department name and its counts."""

    name: str
    tally: Tally
    is_total: bool = False


def _count(tally: Tally, count: int, is_open: bool, late: bool, done: bool) -> None:
    if is_open:
        tally.open += count
        tally.overdue += count if late else 0
    elif done:
        tally.done += count


@dataclass(slots=True)
class SummaryCounts:
    """What the summary counts, before it is named and sorted: per country code, per department name, in all.

    The SQL summary of a whole store (FollowUpService.report_counts) fills it group by group; the
    report of listed rows fills it row by row with `count_row`. A department name met in several
    languages keeps the first in order ("" the document's own), whichever row came first.
    """

    by_country: dict[str, Tally] = field(default_factory=dict)
    by_department: dict[str, Tally] = field(default_factory=dict)
    department_language: dict[str, str] = field(default_factory=dict)
    total: Tally = field(default_factory=Tally)
    rows: int = 0

    def add(
        self, countries: Sequence[str], department: str, *, count: int, is_open: bool, late: bool, done: bool
    ) -> None:
        """Count `count` follow-ups of the same countries, department and state (each country, once in all)."""
        for code in countries or [""]:
            self.count_country(code, count=count, is_open=is_open, late=late, done=done)
        self.count_department(department, count=count, is_open=is_open, late=late, done=done)

    def count_country(self, code: str, *, count: int, is_open: bool, late: bool, done: bool) -> None:
        """Count `count` follow-ups under the country `code` ("" none)."""
        _count(self.by_country.setdefault(code, Tally()), count, is_open, late, done)

    def count_department(self, department: str, *, count: int, is_open: bool, late: bool, done: bool) -> None:
        """Count `count` follow-ups under `department` (a Said: its language tags the line) and in the total."""
        name = str(department)
        spoken = getattr(department, "lang", "")
        if name not in self.department_language or spoken < self.department_language[name]:
            self.department_language[name] = spoken
        _count(self.by_department.setdefault(name, Tally()), count, is_open, late, done)
        _count(self.total, count, is_open, late, done)
        self.rows += count

    def lines(self, lang: str) -> tuple[list[SummaryLine], list[SummaryLine]]:
        """(per country, per department) lines, each sorted for `lang`, unnamed next to last, the total last."""

        def ordered(found: dict[str, Tally], named: Callable[[str], str], empty: str) -> list[SummaryLine]:
            lines = sorted(
                (SummaryLine(named(key), tally) for key, tally in found.items() if key),
                key=lambda line: collation_key(line.name, lang),
            )
            if "" in found:
                lines.append(SummaryLine(label(empty, lang), found[""]))
            return [*lines, SummaryLine(label("total", lang), self.total, is_total=True)]

        return (
            ordered(self.by_country, lambda code: country_name(code, lang), "no_country"),
            ordered(self.by_department, lambda name: Said(name, self.department_language[name]), "no_department"),
        )


def summary_lines(
    rows: Sequence[FollowUpRow],
    lang: str,
    *,
    is_open: Callable[[FollowUpRow], bool],
    is_late: Callable[[FollowUpRow], bool],
    done_in_period: Callable[[FollowUpRow], bool],
) -> tuple[list[SummaryLine], list[SummaryLine]]:
    """(per country, per department) lines, each sorted for `lang`, unnamed next to last, the total last.

    A follow-up of a meeting with several countries counts under each of them and once in the total.
    """
    counts = SummaryCounts()
    for row in rows:
        opened = is_open(row)
        counts.add(
            row.countries,
            texts.department(row, lang),
            count=1,
            is_open=opened,
            late=opened and is_late(row),
            done=not opened and done_in_period(row),
        )
    return counts.lines(lang)


def _chunks(lines: list[SummaryLine], capacity: int) -> list[list[SummaryLine]]:
    """`lines` cut into the fewest columns of at most `capacity` lines, as even as can be."""
    count = max(1, math.ceil(len(lines) / capacity))
    size = math.ceil(len(lines) / count)
    return [lines[start : start + size] for start in range(0, len(lines), size)]


def _capacity(document: DocxDocument) -> int:
    """How many summary lines fit under the title block on one page of the last section."""
    section = document.sections[-1]
    height = (section.page_height or Cm(21)) - (section.top_margin or 0) - (section.bottom_margin or 0)
    return max(_MIN_ROWS, int((height - _ABOVE_TABLES) / _ROW_HEIGHT) - 1)  # less the header row


def add_summary(
    document: DocxDocument,
    by_country: list[SummaryLine],
    by_department: list[SummaryLine],
    lang: str,
    *,
    with_done: bool,
    done_caption: str,
) -> None:
    """Add the two summary tables side by side; `with_done` False leaves out the completed column."""
    capacity = _capacity(document)
    header_keys = ["col.open", "col.overdue"]
    captions = [label(key, lang) for key in header_keys] + ([done_caption] if with_done else [])
    columns = [
        (label("summary.by_country", lang), label("col.country", lang), chunk)
        for chunk in _chunks(by_country, capacity)
    ] + [
        (label("summary.by_department", lang), label("col.department", lang), chunk)
        for chunk in _chunks(by_department, capacity)
    ]
    # three tables side by side on a landscape page, two on a portrait one; fewer when fewer are needed
    per_row = min(len(columns), 3 if text_width(document) > Cm(20) else 2)
    for start in range(0, len(columns), per_row):
        _layout_row(document, columns[start : start + per_row], per_row, captions, lang)


def _layout_row(
    document: DocxDocument,
    columns: list[tuple[str, str, list[SummaryLine]]],
    per_row: int,
    captions: list[str],
    lang: str,
) -> None:
    """One borderless row holding up to `per_row` summary tables, each under its caption."""
    width = text_width(document)
    gap = int(Cm(0.3))
    inner = (width - gap * (per_row - 1)) // per_row
    # looked up once: python-docx searches the whole styles part on every lookup
    cells_style = _CellStyle(
        str(document.styles["Minutes Table Text"].style_id),
        str(document.styles["Table Grid"].style_id),
        document_language(document),
    )
    layout: Table = document._body.add_table(1, per_row, Emu(width))
    _no_borders(layout)
    layout.alignment = WD_TABLE_ALIGNMENT.CENTER
    layout.autofit = False
    cells = layout.rows[0].cells
    shown_caption = ""
    for cell, (caption, first_column, lines) in zip(cells, columns):
        cell.width = Emu(inner + gap)
        paragraph = cell.paragraphs[0]
        paragraph._p.style = cells_style.style_id
        if caption != shown_caption:  # the second half of the countries needs no caption of its own
            run = paragraph.add_run(sanitize(caption))
            run.bold = True
            tag_runs(run._r, cells_style.lang_tag)
            shown_caption = caption
        _counts_table(cell, cells_style, [first_column, *captions], lines, inner)
    for cell in cells[len(columns) :]:
        cell.width = Emu(inner + gap)


@dataclass(frozen=True, slots=True)
class _CellStyle:
    """The style ids and the language tag every summary cell uses."""

    style_id: str
    table_style_id: str
    lang_tag: str


def _counts_table(cell: _Cell, look: _CellStyle, header: list[str], lines: list[SummaryLine], width: int) -> None:
    numbers = len(header) - 1
    # «просрочено» in bold needs 1.95 cm not to break; the names take the rest, never less than 2.2 cm
    number_width = min(int(Cm(1.95)), (width - int(Cm(2.2))) // numbers)
    name_width = width - number_width * numbers
    widths = [name_width] + [number_width] * (len(header) - 1)
    table = cell.add_table(1, len(header))
    table._tbl.tblPr.style = look.table_style_id
    table_width = table._tbl.tblPr.find(qn("w:tblW"))
    if table_width is not None:  # the cell's own width would leave no gap to the next table
        table_width.set(qn("w:w"), str(Emu(sum(widths)).twips))
        table_width.set(qn("w:type"), "dxa")
    _insert_in_order(table._tbl.tblPr, _cell_margins("57"))  # 1 mm each side: room for the words
    table.autofit = False
    for column, column_width in zip(table.columns, widths):
        column.width = Emu(column_width)
    header_row = table.rows[0]
    _row_rules(header_row, header=True)
    for index, (target, text) in enumerate(zip(header_row.cells, header)):
        _fill(look, target, widths[index], text, bold=True, right=index > 0, shade=True)
    # The lines are written as XML text and parsed at once: python-docx's setters cost 0.1 s per summary.
    twips = [str(Emu(column_width).twips) for column_width in widths]
    body = []
    for line in lines:
        values = [line.name, str(line.tally.open), str(line.tally.overdue), str(line.tally.done)][: len(header)]
        cells = []
        for index, text in enumerate(values):
            late = index == 2 and line.tally.overdue > 0
            cells.append(_cell_xml(look, twips[index], text, bold=line.is_total or late, right=index > 0, colour=late))
        body.append(f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{''.join(cells)}</w:tr>")
    if body:
        table._tbl.extend(list(parse_xml(f'<w:tbl xmlns:w="{nsmap["w"]}">{"".join(body)}</w:tbl>')))
    # Word needs a paragraph after a table in a cell; make it take no room.
    last = cell.paragraphs[-1]
    last.paragraph_format.space_before = last.paragraph_format.space_after = Pt(0)
    last.paragraph_format.line_spacing = Pt(1)


def _fill(
    look: _CellStyle,
    cell: _Cell,
    width: int,
    text: str,
    *,
    bold: bool,
    right: bool,
    shade: bool = False,
    colour: bool = False,
) -> None:
    cell.width = Emu(width)
    paragraph = cell.paragraphs[0]
    paragraph._p.style = look.style_id
    paragraph.paragraph_format.space_before = paragraph.paragraph_format.space_after = Pt(0)
    if right:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = paragraph.add_run(sanitize(text))
    run.font.size = SUMMARY_FONT
    run.bold = bold or None
    if colour:
        run.font.color.rgb = OVERDUE_COLOUR
    own = getattr(text, "lang", "")
    tag_runs(run._r, tag(own) if own else look.lang_tag)
    if shade:
        shading = OxmlElement("w:shd")
        for name, value in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", "E7E6E6")):
            shading.set(qn(name), value)
        cell._tc.get_or_add_tcPr().append(shading)


_RIGHT = '<w:jc w:val="right"/>'


def _cell_xml(look: _CellStyle, width: str, text: str, *, bold: bool, right: bool, colour: bool) -> str:
    """The cell `_fill` makes (not shaded), as WordprocessingML text."""
    own = getattr(text, "lang", "")
    props = ("<w:b/>" if bold else "") + (f'<w:color w:val="{OVERDUE_COLOUR}"/>' if colour else "")
    props += f'<w:sz w:val="{int(SUMMARY_FONT.pt * 2)}"/>'
    return (
        f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/></w:tcPr>'
        f'<w:p><w:pPr><w:pStyle w:val="{xml_escape(look.style_id)}"/><w:spacing w:before="0" w:after="0"/>'
        f"{_RIGHT if right else ''}</w:pPr>"
        f"{run_xml(sanitize(text), tag(own) if own else look.lang_tag, props)}</w:p></w:tc>"
    )


def _row_rules(row: object, *, header: bool) -> None:
    """A row never breaks across pages; the header row repeats at the top of each page."""
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    cant_split = OxmlElement("w:cantSplit")
    tr_pr.append(cant_split)
    if header:
        repeat = OxmlElement("w:tblHeader")
        tr_pr.append(repeat)


def _no_borders(table: Table) -> None:
    """A layout table: no borders whatever the template's default table style draws, no cell padding."""
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    _insert_in_order(tbl_pr, borders)
    _insert_in_order(tbl_pr, _cell_margins("0"))


def _cell_margins(twips: str) -> object:
    """A w:tblCellMar giving every cell `twips` of room left and right."""
    margins = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:w"), twips)
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    return margins


# The order ECMA-376 gives the children of w:tblPr; Word refuses a file that breaks it.
_TBL_PR_ORDER = (
    "tblStyle",
    "tblpPr",
    "tblOverlap",
    "bidiVisual",
    "tblStyleRowBandSize",
    "tblStyleColBandSize",
    "tblW",
    "jc",
    "tblCellSpacing",
    "tblInd",
    "tblBorders",
    "shd",
    "tblLayout",
    "tblCellMar",
    "tblLook",
    "tblCaption",
    "tblDescription",
)


def _insert_in_order(tbl_pr: object, element: object) -> None:
    """Put `element` into `tbl_pr` before the first child the schema places after it."""
    names = [qn(f"w:{name}") for name in _TBL_PR_ORDER]
    later = names[names.index(element.tag) + 1 :]  # type: ignore[attr-defined]
    for child in tbl_pr:  # type: ignore[attr-defined]
        if child.tag in later:
            child.addprevious(element)
            return
    tbl_pr.append(element)  # type: ignore[attr-defined]


def done_between(row: FollowUpRow, start: dt.date | None, end: dt.date) -> bool:
    """True for a completed follow-up finished between `start` (None: any time) and `end`."""
    if row.status != "done":
        return False
    if start is None:
        return True
    return row.completed_on is not None and start <= row.completed_on <= end
