"""The styles our documents use, found in a template however it spells them, or added when it lacks them.

Found: by name case-insensitively or by style id, since LibreOffice writes "Heading 1" where Word
writes "heading 1" (python-docx finds only the latter); the style found is given Word's spelling so
every later lookup by name succeeds. Added: with everything they need set on themselves, since
they inherit the template's Normal, which in a ministry's template is often justified with a
first-line indent: a centred title or a heading must not move with it.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.text.parfmt import CT_PPr
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Pt
from docx.styles import BabelFish
from docx.styles.style import BaseStyle

# Styles we use, made when missing: name -> (size pt, bold, italic, space before, after, alignment)
PARAGRAPH_STYLES: dict[str, tuple[float, bool, bool, float, float, WD_ALIGN_PARAGRAPH]] = {
    "Title": (14, True, False, 0, 4, WD_ALIGN_PARAGRAPH.CENTER),
    "Subtitle": (13, True, False, 0, 12, WD_ALIGN_PARAGRAPH.CENTER),
    "Heading 1": (13, True, False, 14, 6, WD_ALIGN_PARAGRAPH.LEFT),
    "Heading 2": (12, True, False, 10, 4, WD_ALIGN_PARAGRAPH.LEFT),
    "Heading 3": (12, True, True, 8, 3, WD_ALIGN_PARAGRAPH.LEFT),
    "Minutes Marking": (11, True, False, 0, 6, WD_ALIGN_PARAGRAPH.RIGHT),
    "Minutes Meta": (12, False, False, 0, 2, WD_ALIGN_PARAGRAPH.LEFT),
    "Minutes Numbered": (12, False, False, 0, 4, WD_ALIGN_PARAGRAPH.LEFT),
    "Minutes Table Text": (10.5, False, False, 1, 1, WD_ALIGN_PARAGRAPH.LEFT),
    "Minutes Footer": (9, False, False, 0, 0, WD_ALIGN_PARAGRAPH.CENTER),
}
# Outline level (0 = level 1) of each heading: Word's navigation pane, tables of contents, PDF bookmarks.
OUTLINE_LEVELS = {"Heading 1": 0, "Heading 2": 1, "Heading 3": 2}
# What follows w:outlineLvl in w:pPr (the schema's order).
_AFTER_OUTLINE_LEVEL = ("w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
# Styles written with a single line spacing whatever the template's Normal says.
_SINGLE_SPACED = {
    "Title",
    "Subtitle",
    "Heading 1",
    "Heading 2",
    "Heading 3",
    "Minutes Marking",
    "Minutes Table Text",
    "Minutes Footer",
}
_TYPE_WORDS = {
    "paragraph": "a paragraph style",
    "character": "a character style",
    "table": "a table style",
    "numbering": "a list style",
}


def ensure_styles(document: DocxDocument) -> None:
    """Find or add every style our documents use; ValueError naming the style when the template's cannot serve."""
    _find_normal(document)
    for name in PARAGRAPH_STYLES:
        if not _adopt(document, name, "paragraph"):
            _add_paragraph_style(document, name)
    for name, level in OUTLINE_LEVELS.items():
        _give_outline_level(document.styles[name].element.get_or_add_pPr(), level)
    if not _adopt(document, "Table Grid", "table"):
        _add_table_grid(document.styles.add_style("Table Grid", WD_STYLE_TYPE.TABLE))


def _styles(document: DocxDocument) -> list[BaseOxmlElement]:
    return list(document.styles.element.iterchildren(qn("w:style")))


def _name_of(style: object) -> str:
    name = style.find(qn("w:name"))  # type: ignore[attr-defined]
    return name.get(qn("w:val"), "") if name is not None else ""


def _set_name(style: object, name: str) -> None:
    element = style.find(qn("w:name"))  # type: ignore[attr-defined]
    if element is None:
        element = OxmlElement("w:name")
        style.insert(0, element)  # type: ignore[attr-defined]
    element.set(qn("w:val"), name)


def _adopt(document: DocxDocument, name: str, kind: str) -> bool:
    """Find the template's style `name` however it is spelt and give it Word's name; False when it has none."""
    wanted = BabelFish.ui2internal(name)
    styles = _styles(document)
    candidates = (
        [s for s in styles if _name_of(s) == wanted]
        + [s for s in styles if _name_of(s).casefold() == wanted.casefold()]
        + [s for s in styles if (s.get(qn("w:styleId")) or "").casefold() == name.replace(" ", "").casefold()]
    )
    if not candidates:
        return False
    found = next((s for s in candidates if (s.get(qn("w:type")) or "paragraph") == kind), None)
    if found is None:  # ours could not be added either: its name or id would be taken twice
        found = candidates[0]
        own_kind = found.get(qn("w:type")) or "paragraph"
        raise ValueError(
            f"its style “{_name_of(found) or name}” is {_TYPE_WORDS.get(own_kind, own_kind)}, where the documents need "
            f"{_TYPE_WORDS[kind]} of that name; rename it or change its type in Word"
        )
    _set_name(found, wanted)
    return True


def _find_normal(document: DocxDocument) -> None:
    """Make sure a default paragraph style is named Normal, adding one to a stripped-down file."""
    if _adopt(document, "Normal", "paragraph"):
        return
    styles = document.styles
    default = styles.default(WD_STYLE_TYPE.PARAGRAPH)
    if default is not None:  # named otherwise ("Default Paragraph Style"): Word's name lets us find it
        _set_name(default.element, "Normal")
        return
    normal = styles.add_style("Normal", WD_STYLE_TYPE.PARAGRAPH)
    normal.element.set(qn("w:default"), "1")
    normal.font.size = Pt(12)


def _add_paragraph_style(document: DocxDocument, name: str) -> None:
    """Add our style `name`, stating its alignment, indents and spacing rather than inheriting Normal's."""
    size, bold, italic, before, after, alignment = PARAGRAPH_STYLES[name]
    styles = document.styles
    style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles["Normal"]
    style.next_paragraph_style = styles["Normal"]
    style.quick_style = True
    font = style.font
    font.size, font.bold, font.italic = Pt(size), bold, italic
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    fmt.alignment = alignment
    fmt.left_indent = fmt.right_indent = fmt.first_line_indent = Cm(0)
    if name in _SINGLE_SPACED:
        fmt.line_spacing = 1.0
    if name.startswith(("Heading", "Title", "Subtitle")):
        fmt.keep_with_next = True
    if name == "Minutes Numbered":
        fmt.left_indent, fmt.first_line_indent = Cm(0.75), Cm(-0.75)
        fmt.tab_stops.add_tab_stop(Cm(0.75))


def _give_outline_level(p_pr: CT_PPr, level: int) -> None:
    """Give a heading style its outline level unless the template set one."""
    if p_pr.find(qn("w:outlineLvl")) is not None:
        return
    element = OxmlElement("w:outlineLvl")
    element.set(qn("w:val"), str(level))
    p_pr.insert_element_before(element, *_AFTER_OUTLINE_LEVEL)


def _add_table_grid(style: BaseStyle) -> None:
    """Give a new table style single black borders and small cell margins."""
    tbl_pr = OxmlElement("w:tblPr")
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "single")
        element.set(qn("w:sz"), "4")
        element.set(qn("w:space"), "0")
        element.set(qn("w:color"), "000000")
        borders.append(element)
    tbl_pr.append(borders)
    margins = OxmlElement("w:tblCellMar")
    for edge, width in (("left", "85"), ("right", "85")):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:w"), width)
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    tbl_pr.append(margins)
    style.element.append(tbl_pr)
