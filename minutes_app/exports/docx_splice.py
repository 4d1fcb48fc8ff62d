"""Body content written as WordprocessingML text and put into the document part as the package is saved.

A status report's detail is thousands of table rows. Built as lxml elements, then serialised
again by python-docx, the 12 MB of XML of 5,000 rows costs more than everything else in the
report; written as text, it is neither parsed nor serialised: it is spliced in where a marker
paragraph stands at the end of the body, and the package is written once more with it.
"""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Iterable
from pathlib import Path

from docx.document import Document as DocxDocument

from minutes_app.exports.docx_package import finish_package
from minutes_app.fsutil import atomic_path

_MARKER = "minutes-app-spliced-body-9d1c27"
# How python-docx serialises the marker paragraph: the w prefix is declared on the document element.
_MARKER_XML = f"<w:p><w:r><w:t>{_MARKER}</w:t></w:r></w:p>".encode()
_DOCUMENT_PART = "word/document.xml"


def reserve_body_end(document: DocxDocument) -> None:
    """Mark the end of the body (before its section properties) as the place the spliced text goes.

    Nothing may be added to the body afterwards: it would stand before the spliced text.
    """
    document.add_paragraph(_MARKER)


def _around_marker(document_xml: bytes) -> tuple[bytes, bytes]:
    """The document part before and after the marker paragraph."""
    before, found, after = document_xml.partition(_MARKER_XML)
    if not found or _MARKER_XML in after:
        raise ValueError("the document has not exactly one place reserved for the spliced body text")
    return before, after


def spliced(document_xml: bytes, body_text: str) -> bytes:
    """`document_xml` with the marker paragraph replaced by `body_text` (WordprocessingML, w prefix)."""
    before, after = _around_marker(document_xml)
    return before + body_text.encode("utf-8") + after


def save_with_body(document: DocxDocument, path: str | os.PathLike[str], body_parts: Iterable[str]) -> Path:
    """Write `document` to `path` atomically, the text of `body_parts` standing where `reserve_body_end` marked."""
    finish_package(document)
    package = io.BytesIO()
    document.save(package)
    package.seek(0)
    with atomic_path(path) as tmp, zipfile.ZipFile(package) as source:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as target:
            for info in source.infolist():  # same names, order, dates and compression as python-docx wrote
                data = source.read(info)
                if info.filename != _DOCUMENT_PART:
                    target.writestr(info, data)
                    continue
                before, after = _around_marker(data)
                with target.open(info, "w") as part:  # written as it goes: the body is never joined into one copy
                    part.write(before)
                    for text in body_parts:
                        part.write(text.encode("utf-8"))
                    part.write(after)
    return Path(path)
