"""Building blocks our Word documents are made of: text paragraphs, label lines, numbered items, tables.

Every text goes through `sanitize`. Tables are made with ``add_table(rows=n)`` and filled row by
row through ``row.cells`` (``table.cell(r, c)`` rebuilds the grid on every call: far too slow).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from xml.sax.saxutils import escape as xml_escape

from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import nsmap, qn
from docx.oxml.parser import oxml_parser, parse_xml
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Emu, RGBColor
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph
from lxml import etree

from minutes_app.exports.docx_common import child_of, document_language, sanitize
from minutes_app.exports.labels import NO_BREAK_HYPHEN
from minutes_app.exports.localize import tag

OVERDUE_COLOUR = RGBColor(0x9C, 0x00, 0x06)
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_NS_DECLARATION = re.compile(r'\s+xmlns(?::[\w.-]+)?="[^"]*"')


def text_width(document: DocxDocument) -> int:
    """The width between the margins of the last section, in EMU."""
    sections = document.sections
    if len(sections) == 0:
        return 6_120_000  # 17 cm
    section = sections[-1]
    width = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
    return int(width) if width > 0 else 6_120_000


def language_tag(document: DocxDocument, text: str) -> str:
    """The Word language tag for `text`: its own language when it is a fallback, else the document's."""
    own = getattr(text, "lang", "")
    return tag(own) if own else document_language(document)


def tag_runs(element: BaseOxmlElement, lang_tag: str) -> None:
    """Give every run under `element` the language `lang_tag`, so Word checks its spelling in that language.

    Every run is tagged, not only fallbacks: a user's template may set another language in its styles.
    """
    for run in element.iter(_clark("w:r")):
        child_of(child_of(run, "w:rPr", first=True), "w:lang").set(_clark("w:val"), lang_tag)


def styled_paragraph(document: DocxDocument, style: str, text: str = "") -> Paragraph:
    """Append a paragraph in `style` with `text` (already sanitized), its runs tagged with its language.

    The style id is written directly: python-docx's `style=` argument scans every style on each
    call, which made a 1 MB summary (6,000 paragraphs) take 7 s.
    """
    paragraph = document.add_paragraph(text)
    paragraph._p.style = _style_id(document, style)
    if text:
        tag_runs(paragraph._p, language_tag(document, text))
    return paragraph


def add_text(document: DocxDocument, text: str, style: str = "Normal") -> list[Paragraph]:
    """Add `text` as one paragraph per non-empty line (a 1 MB summary becomes many paragraphs)."""
    style_id = document.styles[style].style_id
    lang_tag = language_tag(document, text)
    paragraphs = []
    for line in sanitize(text).split("\n"):
        line = line.strip()
        if line:
            paragraph = document.add_paragraph(line)
            paragraph._p.style = style_id
            tag_runs(paragraph._p, lang_tag)
            paragraphs.append(paragraph)
    return paragraphs


def add_heading(document: DocxDocument, text: str, style: str = "Heading 1") -> Paragraph:
    """Add a heading paragraph in `style` (a style the template is guaranteed to have)."""
    paragraph = styled_paragraph(document, style, sanitize(text))
    tag_runs(paragraph._p, language_tag(document, text))
    return paragraph


def add_label_line(document: DocxDocument, caption: str, value: str) -> Paragraph:
    """Add "Caption:<tab>value" with the caption in bold, values aligned on one tab stop."""
    paragraph = styled_paragraph(document, "Minutes Meta")
    indent = Emu(int(text_width(document) * 0.27))
    paragraph.paragraph_format.tab_stops.add_tab_stop(indent)
    paragraph.paragraph_format.left_indent = indent
    paragraph.paragraph_format.first_line_indent = -indent
    tag_runs(paragraph.add_run(f"{sanitize(caption)}:")._r, document_language(document))
    paragraph.runs[0].bold = True
    tag_runs(paragraph.add_run("\t" + sanitize(value).replace("\n", " "))._r, language_tag(document, value))
    return paragraph


def add_numbered(document: DocxDocument, number: int | str, text: str, *, bold: bool = False) -> Paragraph:
    """Add "1.<tab>text" with a hanging indent; numbers are text, so any template shows them."""
    paragraph = styled_paragraph(document, "Minutes Numbered")
    run = paragraph.add_run(f"{number}.\t{sanitize(text)}")
    run.bold = bold or None
    tag_runs(run._r, language_tag(document, text))
    return paragraph


@functools.cache
def _clark(tag: str) -> str:
    return str(qn(tag))


_W_NSMAP = {"w": nsmap["w"]}


def _el(tag: str, **attributes: str) -> BaseOxmlElement:
    """A new w: element; OxmlElement's own version re-parses the tag on every call."""
    element: BaseOxmlElement = oxml_parser.makeelement(_clark(tag), nsmap=_W_NSMAP)
    for name, value in attributes.items():
        element.set(_clark(f"w:{name}"), value)
    return element


def _set_cell_text(
    cell: _Cell,
    text: str,
    style_id: str,
    *,
    bold: bool = False,
    colour: str = "",
    keep_with_next: bool = False,
    lang_tag: str = "",
) -> Paragraph:
    """Put `text` in the cell's (empty) first paragraph; newlines become line breaks.

    Written as XML directly: python-docx's `paragraph.style = ...` and `run.bold = ...` search
    and rebuild the properties on every call, which made a 5,000-row report take 20 s.
    """
    paragraph: Paragraph = cell.paragraphs[0]
    _fill_paragraph(
        paragraph._p, text, style_id, bold=bold, colour=colour, keep_with_next=keep_with_next, lang_tag=lang_tag
    )
    return paragraph


def _fill_paragraph(
    p: BaseOxmlElement,
    text: str,
    style_id: str,
    *,
    bold: bool = False,
    colour: str = "",
    keep_with_next: bool = False,
    lang_tag: str = "",
) -> None:
    """Give the empty paragraph `p` its style and one run of `text` (see _set_cell_text)."""
    p_pr = _el("w:pPr")
    p_pr.append(_el("w:pStyle", val=style_id))
    if keep_with_next:
        p_pr.append(_el("w:keepNext"))
    p.insert(0, p_pr)
    run = _el("w:r")
    if bold or colour or lang_tag:
        r_pr = _el("w:rPr")
        if bold:
            r_pr.append(_el("w:b"))
        if colour:
            r_pr.append(_el("w:color", val=colour))
        if lang_tag:
            r_pr.append(_el("w:lang", val=lang_tag))
        run.append(r_pr)
    # "2024 г." must not break before "г." in a narrow column
    for index, line in enumerate(sanitize(text).replace(" г.", "\u00a0г.").split("\n")):
        if index:
            run.append(_el("w:br"))
        if line:
            t = _el("w:t")
            t.text = line
            t.set(_XML_SPACE, "preserve")
            run.append(t)
    native_hyphens(run)
    p.append(run)


def native_hyphens(element: BaseOxmlElement) -> None:
    """Write each non-breaking hyphen (U+2011) under `element` as Word's own `w:noBreakHyphen`.

    Word draws U+2011 only when the font has it; its own element always shows as a hyphen and reads as "-".
    """
    for t in list(element.iter(_clark("w:t"))):
        if not t.text or NO_BREAK_HYPHEN not in t.text:
            continue
        parts = t.text.split(NO_BREAK_HYPHEN)
        t.text = parts[0]
        anchor = t
        for part in parts[1:]:
            hyphen = _el("w:noBreakHyphen")
            anchor.addnext(hyphen)
            anchor = hyphen
            if part:
                piece = _el("w:t")
                piece.text = part
                piece.set(_XML_SPACE, "preserve")
                anchor.addnext(piece)
                anchor = piece


def _shade(cell: _Cell, fill: str) -> None:
    # New cells already have a tcPr holding their width; shading goes after it.
    cell._tc.get_or_add_tcPr().append(_el("w:shd", val="clear", color="auto", fill=fill))


def _repeat_as_header(row: object) -> None:
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def keep_row_whole(row: _Row) -> None:
    """Let `row` not break across a page (`w:cantSplit`): a row is read as one entry."""
    tr_pr = row._tr.get_or_add_trPr()
    if tr_pr.find(_clark("w:cantSplit")) is None:
        tr_pr.append(_el("w:cantSplit"))


def keep_rows_whole(table: Table) -> None:
    """Let no row of `table` break across a page."""
    for row in table.rows:
        keep_row_whole(row)


def keep_with_next(paragraph: Paragraph) -> None:
    """Keep `paragraph` on the page of the one after it (`w:keepNext`)."""
    paragraph.paragraph_format.keep_with_next = True


def keep_last_block_with_next(document: DocxDocument) -> None:
    """Keep the body's last paragraph, or the last row of its last table, with what comes next."""
    body = document.element.body
    last = next((child for child in reversed(body) if child.tag in (_clark("w:p"), _clark("w:tbl"))), None)
    if last is None:
        return
    if last.tag == _clark("w:p"):
        keep_with_next(Paragraph(last, document._body))
        return
    rows = last.findall(_clark("w:tr"))
    if rows:
        for p in rows[-1].iter(_clark("w:p")):
            keep_with_next(Paragraph(p, document._body))


def _table_shell(
    document: DocxDocument, header: Sequence[str], widths: Sequence[float]
) -> tuple[Table, list[str], str, str]:
    """A bordered table holding only its shaded header row; with its column widths in twips, cell style and tag."""
    total = text_width(document)
    column_widths = [Emu(int(total * w / sum(widths))) for w in widths]
    # The body's own add_table, not Document.add_table: the latter looks the default table
    # style up by scanning every style, which cost 0.8 s over the 600 tables of a report.
    table: Table = document._body.add_table(1, len(header), Emu(total))
    table._tbl.tblPr.style = _style_id(document, "Table Grid")
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, column_widths):
        column.width = width
    cell_style = _style_id(document, "Minutes Table Text")
    own_tag = document_language(document)
    twips = [str(int(w.twips)) for w in column_widths]
    header_row = table.rows[0]
    _repeat_as_header(header_row)
    for cell, caption in zip(_cells(header_row, table, twips), header):
        _set_cell_text(cell, caption, cell_style, bold=True, keep_with_next=True, lang_tag=own_tag)
        _shade(cell, "E7E6E6")
    keep_row_whole(header_row)
    return table, twips, cell_style, own_tag


def add_table(
    document: DocxDocument,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    emphasis: Sequence[set[int]] | None = None,
    after_row: Callable[[], None] | None = None,
) -> Table:
    """Add a bordered table: a shaded header row repeated on each page, then `rows`.

    `widths` are fractions of the text width; `emphasis[i]` names the columns of row i to print
    bold in the overdue colour; `after_row()` is called after each row (progress, cancellation).
    """
    # python-docx makes the table and its header row; the body rows are built as XML below: its
    # cells, rows and paragraphs objects cost ten times the XML they write (5,000 rows: 2.4 s).
    table, twips, cell_style, own_tag = _table_shell(document, header, widths)
    tbl = table._tbl
    heads = _cell_heads(twips, cell_style)
    chunk: list[str] = []
    for index, values in enumerate(rows):
        chunk.append(_row_xml(values, heads, emphasis[index] if emphasis else set(), own_tag))
        if after_row is not None:
            after_row()
        if len(chunk) == 200 or index == len(rows) - 1:  # parsed in batches: one parse, not thousands of elements
            body = parse_xml(f'<w:tbl xmlns:w="{nsmap["w"]}">{"".join(chunk)}</w:tbl>')
            tbl.extend(list(body))
            chunk = []
    return table


class TableText:
    """Tables of one header and one set of widths, written as WordprocessingML text (see docx_splice).

    The same XML `add_table` builds: the header row is built once by python-docx and serialised,
    each table's rows are written as text.
    """

    def __init__(self, document: DocxDocument, header: Sequence[str], widths: Sequence[float]) -> None:
        table, twips, style_id, self._own_tag = _table_shell(document, header, widths)
        self._heads = _cell_heads(twips, style_id)
        element = table._tbl
        text = etree.tostring(element, encoding="unicode")
        element.getparent().remove(element)
        # serialised alone, the table declares every namespace of the document it will stand in again
        opening, rest = text.split(">", 1)
        self._head = _NS_DECLARATION.sub("", opening) + ">" + rest.removesuffix("</w:tbl>")

    def xml(
        self,
        rows: Sequence[Sequence[str]],
        *,
        emphasis: Sequence[set[int]] | None = None,
        after_row: Callable[[], None] | None = None,
    ) -> str:
        """One table of `rows` under the header, as `add_table` would add it."""
        parts = [self._head]
        for index, values in enumerate(rows):
            parts.append(_row_xml(values, self._heads, emphasis[index] if emphasis else set(), self._own_tag))
            if after_row is not None:
                after_row()
        parts.append("</w:tbl>")
        return "".join(parts)


def heading_xml(document: DocxDocument, text: str, style: str, *, page_break_before: bool = False) -> str:
    """The paragraph `add_heading` adds, as WordprocessingML text (see docx_splice)."""
    props = f'<w:pStyle w:val="{xml_escape(_style_id(document, style))}"/>'
    if page_break_before:
        props += "<w:pageBreakBefore/>"
    clean = sanitize(text)
    run = run_xml(clean, language_tag(document, text)) if clean else ""  # python-docx adds no run for no text
    return f"<w:p><w:pPr>{props}</w:pPr>{run}</w:p>"


def run_xml(text: str, lang_tag: str, props: str = "") -> str:
    """The run python-docx writes for `text` (sanitized), its properties `props` then its language.

    A tab becomes w:tab, a line end w:br, the rest w:t.
    """
    content = []
    for piece in re.split(r"(\t|\r|\n)", text):
        if piece == "\t":
            content.append("<w:tab/>")
        elif piece in ("\r", "\n"):
            content.append("<w:br/>")
        elif piece:
            space = ' xml:space="preserve"' if len(piece.strip()) < len(piece) else ""
            content.append(f"<w:t{space}>{xml_escape(piece)}</w:t>")
    return f'<w:r><w:rPr>{props}<w:lang w:val="{xml_escape(lang_tag)}"/></w:rPr>{"".join(content)}</w:r>'


def _cell_heads(twips: Sequence[str], style_id: str) -> list[str]:
    """What opens each column's cell up to its run, the same for every row of a table."""
    return [
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
        f'<w:p><w:pPr><w:pStyle w:val="{xml_escape(style_id)}"/></w:pPr><w:r>'
        for width in twips
    ]


_EMPHASIS = f'<w:b/><w:color w:val="{OVERDUE_COLOUR}"/>'
_PRESERVED = '<w:t xml:space="preserve">'


@functools.cache
def _lang_xml(lang_tag: str) -> str:
    return f'<w:lang w:val="{xml_escape(lang_tag)}"/>' if lang_tag else ""


def _row_xml(values: Sequence[str], heads: Sequence[str], marked: set[int], own_tag: str) -> str:
    """One body row as WordprocessingML text: the same cells _set_cell_text writes, kept whole on a page."""
    cells = ["<w:tr><w:trPr><w:cantSplit/></w:trPr>"]
    for column, (value, head) in enumerate(zip(values, heads)):
        said = getattr(value, "lang", "")
        props = (_EMPHASIS if column in marked else "") + _lang_xml(tag(said) if said else own_tag)
        # "2024 г." must not break before "г." in a narrow column; escaping keeps line ends and hyphens
        text = xml_escape(sanitize(value).replace(" г.", "\u00a0г."))
        if "\n" not in text and NO_BREAK_HYPHEN not in text:  # the usual cell: one line of plain text
            content = f"{_PRESERVED}{text}</w:t>" if text else ""
        else:
            content = _lines_xml(text)
        cells.append(
            f"{head}<w:rPr>{props}</w:rPr>{content}</w:r></w:p></w:tc>"
            if props
            else f"{head}{content}</w:r></w:p></w:tc>"
        )
    cells.append("</w:tr>")
    return "".join(cells)


def _lines_xml(text: str) -> str:
    """Escaped `text` as run content: a w:br between lines, Word's own w:noBreakHyphen for U+2011."""
    lines = []
    for number, line in enumerate(text.split("\n")):
        if number:
            lines.append("<w:br/>")
        if line:
            parts = [f"{_PRESERVED}{part}</w:t>" if part else "" for part in line.split(NO_BREAK_HYPHEN)]
            if not parts[0]:
                parts[0] = f"{_PRESERVED}</w:t>"
            lines.append("<w:noBreakHyphen/>".join(parts))
    return "".join(lines)


def _style_id(document: DocxDocument, name: str) -> str:
    """The id of a style the template is known to have (docx_common.ensure_styles adds them).

    Remembered on the document: python-docx finds a style by name by scanning every style, and a
    report asks for the same few styles for each of its hundreds of tables and headings.
    """
    known: dict[str, str] = vars(document).setdefault("_minutes_style_ids", {})
    if name not in known:
        known[name] = str(document.styles[name].style_id)
    return known[name]


def _cells(row: object, table: Table, twips: Sequence[str]) -> list[_Cell]:
    """The row's cells with their widths set on the XML directly.

    The new cells already carry a `w:tcW`; setting its attribute is far cheaper than
    python-docx's `cell.width`, which searches and rebuilds the cell properties each time.
    """
    cells = []
    for tc, width in zip(row._tr.tc_lst, twips):  # type: ignore[attr-defined]
        tc.tcPr.tcW.set(qn("w:w"), width)
        tc.tcPr.tcW.set(qn("w:type"), "dxa")
        cells.append(_Cell(tc, table))
    return cells


def add_plain_table(document: DocxDocument, rows: Sequence[Sequence[str]], widths: Sequence[float]) -> Table:
    """Add a borderless layout table (a signature block) kept whole on one page; the first row is bold."""
    total = text_width(document)
    column_widths = [Emu(int(total * w / sum(widths))) for w in widths]
    table: Table = document.add_table(rows=len(rows), cols=len(widths))
    table.autofit = False
    for column, width in zip(table.columns, column_widths):
        column.width = width
    style = document.styles["Minutes Meta"]
    for index, (row, values) in enumerate(zip(table.rows, rows)):
        for cell, value, width in zip(row.cells, values, column_widths):
            cell.width = width
            lines = sanitize(value).split("\n")
            paragraph = cell.paragraphs[0]
            paragraph.style = style
            for number, line in enumerate(lines):
                if number:
                    paragraph = cell.add_paragraph(style=style)
                run = paragraph.add_run(line)
                if index == 0:
                    run.bold = True
                tag_runs(run._r, language_tag(document, value))
                if index < len(rows) - 1:
                    keep_with_next(paragraph)  # the block stays together
    keep_rows_whole(table)
    return table
