"""Opening a Word template safely and preparing it for one of our documents, then saving it.

Template choice (documented for officers in the template's README): we keep the template's
headers, footers, page setup and styles (its letterhead). Its body is kept too, so a letterhead
drawn in the body of the first page survives; if the body contains a paragraph reading exactly
``{{content}}``, that paragraph and everything after it is dropped and our text goes there, so
a template may carry sample text after the marker. Trailing empty paragraphs are removed.
"""

from __future__ import annotations

import datetime as dt
import importlib.resources
import io
import os
import re
import zipfile
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.styles.style import BaseStyle
from docx.text.paragraph import Paragraph

import minutes_app
from minutes_app import live_store
from minutes_app.domain.errors import ExportError, LiveStoreFileError
from minutes_app.exports.labels import label
from minutes_app.exports.localize import SPELLING
from minutes_app.exports.template_package import TemplateWarning, clean_package
from minutes_app.fsutil import atomic_path

CONTENT_MARKER = "{{content}}"
MAX_TEMPLATE_BYTES = 50 * 1024 * 1024

_DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_DOTX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_MACRO_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"

_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def sanitize(text: str | None) -> str:
    """`text` without the characters Word's XML cannot hold (control characters, lone surrogates)."""
    if not text:
        return ""
    return _BAD_CHARS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def resources_dir() -> Path:
    """The folder of bundled resources, in a source checkout or an installed package."""
    beside = Path(minutes_app.__file__).resolve().parent.parent / "resources"
    if beside.is_dir():
        return beside
    return Path(str(importlib.resources.files("minutes_app") / "resources"))


def default_template_path() -> Path:
    """The bundled default template."""
    return resources_dir() / "templates" / "minutes-default.docx"


def _read_template(path: Path) -> tuple[bytes, set[TemplateWarning]]:
    """The template's bytes, cleaned of outside links and macros, after the checks a damaged or hostile file must fail."""
    refused = live_store.refusal(path)  # read with open(), the store would lose this process's locks
    if refused:
        raise LiveStoreFileError(refused, str(path))
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ExportError(f"The template {path} does not exist") from None
    except OSError as exc:
        raise ExportError(f"The template {path} cannot be read: {exc.strerror or exc}") from exc
    if path.is_dir():
        raise ExportError(f"The template {path} is a folder, not a Word document")
    if size > MAX_TEMPLATE_BYTES:
        raise ExportError(
            f"The template {path} is too large ({size // (1024 * 1024)} MB; at most "
            f"{MAX_TEMPLATE_BYTES // (1024 * 1024)} MB)"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExportError(f"The template {path} cannot be read: {exc.strerror or exc}") from exc
    not_docx = (
        f"The template {path} is not a Word .docx document (an old .doc or another file must "
        "first be saved as .docx in Word)"
    )
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ExportError(not_docx)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            if "word/document.xml" not in names or "[Content_Types].xml" not in names:
                raise ExportError(not_docx)
            types = archive.read("[Content_Types].xml").decode("utf-8", "replace")
            if _MACRO_MAIN in types:
                raise ExportError(
                    f"The template {path} contains macros (.docm); save it as a plain .docx in Word"
                )
            # A Word template (.dotx) differs from a document only in its main part's content type.
            return clean_package(archive, path, type_swaps={_DOTX_MAIN: _DOCX_MAIN})
    except ExportError:
        raise
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise ExportError(f"The template {path} is damaged: {exc}") from exc


def open_template(
    template: str | os.PathLike[str] | None = None, *, warnings: set[TemplateWarning] | None = None
) -> DocxDocument:
    """Open the user's template (or the bundled default) ready for writing; ExportError when unusable."""
    path = Path(template) if template else default_template_path()
    data, removed = _read_template(path)
    if warnings is not None:
        warnings |= removed
    try:
        document = Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors...
        raise ExportError(f"The template {path} cannot be opened as a Word document: {exc}") from exc
    try:
        ensure_styles(document)
        _ensure_section(document)
        _prepare_body(document)
    except (KeyError, ValueError, AttributeError) as exc:
        raise ExportError(f"The template {path} cannot be used: {exc}") from exc
    return document


# Styles we use, made when missing: name -> (size pt, bold, italic, space before, after, alignment)
_PARAGRAPH_STYLES: dict[str, tuple[float, bool, bool, float, float, WD_ALIGN_PARAGRAPH | None]] = {
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


def ensure_styles(document: DocxDocument) -> None:
    """Add every style our documents use that the template lacks, so no KeyError can follow."""
    styles = document.styles
    present = {style.name for style in styles}
    if "Normal" not in present:  # a stripped-down file: give it the default paragraph style
        normal = styles.add_style("Normal", WD_STYLE_TYPE.PARAGRAPH)
        normal.element.set(qn("w:default"), "1")
        normal.font.size = Pt(12)
        present.add("Normal")
    for name, (size, bold, italic, before, after, alignment) in _PARAGRAPH_STYLES.items():
        if name in present:
            continue
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.next_paragraph_style = styles["Normal"]
        font = style.font
        font.size, font.bold, font.italic = Pt(size), bold, italic
        fmt = style.paragraph_format
        fmt.space_before, fmt.space_after = Pt(before), Pt(after)
        if alignment is not None:
            fmt.alignment = alignment
        if name.startswith(("Heading", "Title", "Subtitle")):
            fmt.keep_with_next = True
        if name == "Minutes Numbered":
            fmt.left_indent, fmt.first_line_indent = Cm(0.75), Cm(-0.75)
            fmt.tab_stops.add_tab_stop(Cm(0.75))
        if name in ("Minutes Table Text", "Minutes Footer"):
            fmt.line_spacing = 1.0
            fmt.first_line_indent = Cm(0)
    if "Table Grid" not in present:
        _add_table_grid(styles.add_style("Table Grid", WD_STYLE_TYPE.TABLE))


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


def _ensure_section(document: DocxDocument) -> None:
    """Give a file without page setup an A4 page with our margins."""
    if document.element.body.sectPr is not None:
        return
    document.element.body.get_or_add_sectPr()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin = section.bottom_margin = Cm(2.0)
    section.left_margin, section.right_margin = Cm(2.5), Cm(1.5)
    section.header_distance = section.footer_distance = Cm(1.0)


def _prepare_body(document: DocxDocument) -> None:
    """Drop the template's body from the ``{{content}}`` marker on, and trailing empty paragraphs."""
    body = document.element.body
    children = [child for child in body.iterchildren() if child.tag != qn("w:sectPr")]
    for index, child in enumerate(children):
        if child.tag == qn("w:p") and _text_of(child).strip().lower() == CONTENT_MARKER:
            for element in children[index:]:
                body.remove(element)
            children = children[:index]
            break
    for child in reversed(children):
        if child.tag != qn("w:p") or _text_of(child).strip() or _has_content(child):
            break
        body.remove(child)


def _text_of(element: object) -> str:
    return "".join(t.text or "" for t in element.iter(qn("w:t")))  # type: ignore[attr-defined]


def _has_content(paragraph: object) -> bool:
    """True when an empty-looking paragraph holds a picture, a section break or a field."""
    for tag in ("w:drawing", "w:pict", "w:object", "w:sectPr", "w:fldChar", "w:fldSimple"):
        if next(paragraph.iter(qn(tag)), None) is not None:  # type: ignore[attr-defined]
            return True
    return False


_SPELLING = SPELLING


def prepare(document: DocxDocument, *, lang: str, title: str, author: str, subject: str = "") -> None:
    """Set the core properties, the spelling language and the "Page X of Y" footer."""
    set_properties(document, title=title, author=author, subject=subject, lang=lang)
    _set_language(document, lang)
    add_page_footer(document, lang)


def set_properties(
    document: DocxDocument, *, title: str, author: str, subject: str = "", lang: str = "en"
) -> None:
    """Fill the core properties, clearing what the template carried (its comments, keywords...)."""
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0, tzinfo=None)
    props = document.core_properties
    props.title = sanitize(title)[:255]
    props.subject = sanitize(subject)[:255]
    props.author = sanitize(author)[:255] or minutes_app.APP_NAME
    props.last_modified_by = props.author
    props.comments = ""
    props.keywords = ""
    props.category = ""
    props.content_status = ""
    props.identifier = ""
    props.version = ""
    props.language = _SPELLING.get(lang, lang)
    props.revision = 1
    props.created = now
    props.modified = now


def _set_language(document: DocxDocument, lang: str) -> None:
    """Make Word check spelling (and LibreOffice hyphenate) in the document's language."""
    defaults = child_of(document.styles.element, "w:docDefaults", first=True)
    run_properties = child_of(child_of(defaults, "w:rPrDefault", first=True), "w:rPr")
    child_of(run_properties, "w:lang").set(qn("w:val"), _SPELLING.get(lang, "en-GB"))


def child_of(parent: BaseOxmlElement, tag: str, *, first: bool = False) -> BaseOxmlElement:
    """The `tag` child of `parent` (e.g. "w:rPr"), added first or last when there is none."""
    found: BaseOxmlElement | None = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        if first:
            parent.insert(0, found)
        else:
            parent.append(found)
    return found


def document_language(document: DocxDocument) -> str:
    """The Word language tag `prepare` gave the document ("en-GB" when none was set)."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")) if defaults is not None else None
    run_properties = run_defaults.find(qn("w:rPr")) if run_defaults is not None else None
    language = run_properties.find(qn("w:lang")) if run_properties is not None else None
    value = language.get(qn("w:val")) if language is not None else None
    return value or SPELLING["en"]


def add_page_footer(document: DocxDocument, lang: str) -> None:
    """Add "Page X of Y" (PAGE/NUMPAGES fields) to every footer that has no page number yet."""
    odd_even = document.settings.odd_and_even_pages_header_footer
    for index, section in enumerate(document.sections):
        if index and section.footer.is_linked_to_previous:
            continue  # it shows the previous section's footer, page number included
        footers = [section.footer]
        if section.different_first_page_header_footer:
            footers.append(section.first_page_footer)
        if odd_even:
            footers.append(section.even_page_footer)
        for footer in footers:
            if any("PAGE" in (t.text or "") for t in footer._element.iter(qn("w:instrText"))):
                continue
            if any("PAGE" in (f.get(qn("w:instr")) or "") for f in footer._element.iter(qn("w:fldSimple"))):
                continue
            paragraph = footer.add_paragraph(style=document.styles["Minutes Footer"])
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            template = label("page_of", lang)
            for piece in re.split(r"(\{page\}|\{pages\})", template):
                if piece == "{page}":
                    _add_field(paragraph, "PAGE")
                elif piece == "{pages}":
                    _add_field(paragraph, "NUMPAGES")
                elif piece:
                    paragraph.add_run(piece)


def _add_field(paragraph: Paragraph, instruction: str) -> None:
    """Append a complex field (begin, instruction, separate, cached "1", end) to `paragraph`."""

    def run_with(child: BaseOxmlElement) -> None:
        run = OxmlElement("w:r")
        run.append(child)
        paragraph._p.append(run)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    begin.set(qn("w:dirty"), "true")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} \\* MERGEFORMAT "
    run_with(instr)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    cached = OxmlElement("w:t")
    cached.text = "1"
    run_with(cached)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def save(document: DocxDocument, path: str | os.PathLike[str]) -> Path:
    """Write `document` to `path` atomically: a failed save leaves any existing file untouched."""
    with atomic_path(path) as tmp:
        document.save(str(tmp))
    return Path(path)
