"""Build resources/templates/minutes-default.docx, the restrained ministry look used without a template.

Run from the repository root:  PYTHONPATH=. .venv/bin/python minutes_app/resources/templates/build_default_template.py
A4, Times New Roman 12, black headings, bordered tables, a thin rule under an empty header.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from minutes_app.exports.docx_package import app_properties_xml, modernise_settings  # noqa: E402
from minutes_app.exports.docx_styles import ensure_styles  # noqa: E402
from minutes_app.exports.template_package import clean_package  # noqa: E402

FONT = "Times New Roman"
BLACK = RGBColor(0, 0, 0)


def _plain_font(style_element: object, size: float | None = None) -> None:
    """Replace theme fonts by Times New Roman so the style prints the same everywhere."""
    r_pr = style_element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for attribute in list(fonts.attrib):
        del fonts.attrib[attribute]
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)


def _style(
    document: DocxDocument,
    name: str,
    size: float,
    *,
    bold: bool = False,
    italic: bool = False,
    before: float = 0,
    after: float = 0,
    align: WD_ALIGN_PARAGRAPH | None = None,
    caps: bool = False,
) -> None:
    style = document.styles[name]
    _plain_font(style.element)
    font = style.font
    font.size, font.bold, font.italic, font.all_caps = Pt(size), bold, italic, caps
    font.color.rgb = BLACK
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    fmt.line_spacing = 1.0
    if align is not None:
        fmt.alignment = align
    p_pr = style.element.find(qn("w:pPr"))
    if p_pr is not None:
        for border in p_pr.findall(qn("w:pBdr")):
            p_pr.remove(border)
    r_pr = style.element.find(qn("w:rPr"))
    if r_pr is not None:
        for tag in ("w:kern", "w:spacing", "w:u"):
            for element in r_pr.findall(qn(tag)):
                r_pr.remove(element)


_AFTER_BORDERS = (
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)


def _header_rule(document: DocxDocument) -> None:
    """An empty header paragraph with a thin grey rule under it."""
    paragraph = document.sections[0].header.paragraphs[0]
    p_pr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "4"), ("w:color", "7F7F7F")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph.paragraph_format.space_after = Pt(0)
    # The schema's order: w:pBdr after w:pStyle and the keep/widow settings, before w:spacing.
    p_pr.insert_element_before(borders, *_AFTER_BORDERS)
    run = paragraph.add_run("")
    run.font.size = Pt(8)


def build() -> bytes:
    """The template as bytes."""
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
    section.left_margin, section.right_margin = Cm(2.5), Cm(1.5)
    section.header_distance, section.footer_distance = Cm(1.0), Cm(1.0)

    normal = document.styles["Normal"]
    _plain_font(normal.element)
    normal.font.size = Pt(12)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.08
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    normal.paragraph_format.widow_control = True

    _style(document, "Title", 14, bold=True, after=4, align=WD_ALIGN_PARAGRAPH.CENTER)
    _style(document, "Subtitle", 13, bold=True, after=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    _style(document, "Heading 1", 13, bold=True, before=16, after=6, align=WD_ALIGN_PARAGRAPH.LEFT)
    _style(document, "Heading 2", 12, bold=True, before=8, after=4, align=WD_ALIGN_PARAGRAPH.LEFT)
    _style(document, "Heading 3", 12, bold=True, italic=True, before=8, after=3, align=WD_ALIGN_PARAGRAPH.LEFT)
    ensure_styles(document)
    for name in ("Minutes Marking", "Minutes Meta", "Minutes Numbered", "Minutes Table Text", "Minutes Footer"):
        _plain_font(document.styles[name].element)
    _header_rule(document)

    modernise_settings(document.settings.element)
    props = document.core_properties
    props.author = props.last_modified_by = "Minutes App"
    props.title = props.subject = props.comments = props.keywords = props.category = ""
    props.created = props.modified = dt.datetime(2025, 1, 1)

    buffer = io.BytesIO()
    document.save(buffer)
    return _clean_package(buffer.getvalue())


def _clean_package(data: bytes) -> bytes:
    """Drop what python-docx's default package leaves over (thumbnail, bibliography part, stylesWithEffects...)."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        data, _warnings = clean_package(source, HERE / "minutes-default.docx")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/app.xml":
                content = app_properties_xml()
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, content)  # fixed dates: rebuilding gives the same bytes
    return out.getvalue()


def main() -> None:
    """Write the template beside this script."""
    target = HERE / "minutes-default.docx"
    target.write_bytes(build())
    print(target)


if __name__ == "__main__":
    main()
