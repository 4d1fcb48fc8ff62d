"""Opening a Word template safely and preparing it for one of our documents, then saving it.

Template choice (documented for officers in the template's README): we keep the template's
headers, footers, page setup and styles (its letterhead). Its body is kept too, so a letterhead
drawn in the body of the first page survives; if the body contains a paragraph reading exactly
``{{content}}``, that paragraph and everything after it is dropped and our text goes there, so
a template may carry sample text after the marker. Trailing empty paragraphs are removed.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import os
import re
import zipfile
from collections.abc import Callable
from contextvars import ContextVar
from pathlib import Path
from typing import ParamSpec, TypeVar

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm
from docx.text.paragraph import Paragraph
from lxml import etree

import minutes_app
from minutes_app import live_store
from minutes_app.domain.errors import ExportError, LiveStoreFileError
from minutes_app.exports.docx_package import finish_package
from minutes_app.exports.docx_styles import ensure_styles
from minutes_app.exports.labels import label
from minutes_app.exports.localize import SPELLING
from minutes_app.exports.template_package import TemplateWarning, clean_package
from minutes_app.fsutil import atomic_path
from minutes_app.resource_files import resources_dir

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
                raise ExportError(f"The template {path} contains macros (.docm); save it as a plain .docx in Word")
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
    _TEMPLATE_OPEN.set(True)
    return document


_P = ParamSpec("_P")
_R = TypeVar("_R")
# What python-docx and lxml raise on a template whose XML is unlike anything Word or LibreOffice write.
_TEMPLATE_FAULTS = (KeyError, ValueError, AttributeError, IndexError, TypeError, etree.LxmlError)


# Set once the template is open: a fault before that (a wrong argument) is not the template's.
_TEMPLATE_OPEN: ContextVar[bool] = ContextVar("template_open", default=False)


def template_guard(write: Callable[_P, _R]) -> Callable[_P, _R]:
    """Turn a failure caused by the user's template (keyword `template`) into ExportError naming it, never a traceback."""

    @functools.wraps(write)
    def guarded(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        token = _TEMPLATE_OPEN.set(False)
        try:
            return write(*args, **kwargs)
        except _TEMPLATE_FAULTS as exc:
            template = kwargs.get("template")
            if not template or not _TEMPLATE_OPEN.get():  # our own template, or not yet opened: the program's fault
                raise
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ExportError(f"The template {template} cannot be used: {reason}") from exc
        finally:
            _TEMPLATE_OPEN.reset(token)

    return guarded


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
    """Drop the template's body from the ``{{content}}`` marker on, and trailing empty paragraphs.

    The marker may stand in a table cell (letterheads are often tables): the cell keeps what comes
    before it, and the document goes on after that table.
    """
    body = document.element.body
    marker = next((p for p in body.iter(qn("w:p")) if _text_of(p).strip().lower() == CONTENT_MARKER), None)
    if marker is not None:
        _drop_from(marker, body)
    children = [child for child in body.iterchildren() if child.tag != qn("w:sectPr")]
    for child in reversed(children):
        if child.tag != qn("w:p") or _text_of(child).strip() or _has_content(child):
            break
        body.remove(child)


def _drop_from(marker: BaseOxmlElement, body: BaseOxmlElement) -> None:
    """Remove `marker`, what follows it in its container, and the body's blocks after the one holding it."""
    container = marker.getparent()
    for element in [marker, *marker.itersiblings()]:
        if element.tag != qn("w:sectPr"):
            container.remove(element)
    if container is not body and container.find(qn("w:p")) is None:
        container.append(OxmlElement("w:p"))  # a table cell must end with a paragraph
    block = container
    while block is not body and block.getparent() is not body:
        block = block.getparent()
    if block is not body:
        for element in list(block.itersiblings()):
            if element.tag != qn("w:sectPr"):
                body.remove(element)


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


def set_properties(document: DocxDocument, *, title: str, author: str, subject: str = "", lang: str = "en") -> None:
    """Write fresh core properties: none of the template's (its comments, keywords, dates...) survive."""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    props = document.core_properties
    for element in list(props._element):
        props._element.remove(element)
    props.title = sanitize(title)[:255]
    if subject:
        props.subject = sanitize(subject)[:255]
    props.author = sanitize(author)[:255] or minutes_app.APP_NAME
    props.last_modified_by = props.author
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
    finish_package(document)
    with atomic_path(path) as tmp:
        document.save(str(tmp))
    return Path(path)
