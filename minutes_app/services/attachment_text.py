"""The searchable text of an attached file: .txt and .docx (python-docx); other types have none.

PDF text is not extracted: no maintained PDF library is installed with the app (pypdf or
pdfminer.six would add one), so a PDF is found by its name only.
"""

from __future__ import annotations

import logging
import zipfile
from pathlib import Path
from typing import BinaryIO

# Enough for the search index (search_index.MAX_TEXT_CHARS); the rest of a long file is not read.
MAX_TEXT_CHARS = 200_000
# A .txt read for search stops here: a log file of gigabytes is still attached, only partly indexed.
_MAX_TXT_BYTES = 4 * MAX_TEXT_CHARS
EXTRACTED_SUFFIXES = frozenset({".txt", ".docx"})

log = logging.getLogger(__name__)


def can_extract(file_name: str) -> bool:
    """True when the text of a file with this name is read into the search index."""
    return Path(file_name).suffix.lower() in EXTRACTED_SUFFIXES


def extract_text(file_name: str, stream: BinaryIO) -> str:
    """The text of the file read from `stream` (at its start), or "" when its type has none or it cannot be read."""
    suffix = Path(file_name).suffix.lower()
    try:
        if suffix == ".txt":
            return _plain_text(stream.read(_MAX_TXT_BYTES))
        if suffix == ".docx":
            return _docx_text(stream)
    except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
        # A damaged file is still attached; only its words are not searchable. The log names the type, not the file.
        log.info("no text read from a %s attachment: %s", suffix, type(exc).__name__)
    return ""


def _plain_text(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1251"):
        try:
            return _clean(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    return _clean(data.decode("utf-8", errors="replace"))


def _docx_text(stream: BinaryIO) -> str:
    import docx  # python-docx: imported here, the app starts without it loaded

    document = docx.Document(stream)
    parts: list[str] = []
    size = 0
    for paragraph in document.paragraphs:
        parts.append(paragraph.text)
        size += len(paragraph.text)
        if size > MAX_TEXT_CHARS:
            break
    for table in document.tables:
        if size > MAX_TEXT_CHARS:
            break
        for row in table.rows:
            for cell in row.cells:
                parts.append(cell.text)
                size += len(cell.text)
    return _clean("\n".join(parts))


def _clean(text: str) -> str:
    """Text without NUL and other control characters (they break both databases' text), at most MAX_TEXT_CHARS."""
    text = text[:MAX_TEXT_CHARS]
    return "".join(c if c in "\n\t" or c >= " " else " " for c in text).replace("\ufffe", " ").replace("\uffff", " ")
