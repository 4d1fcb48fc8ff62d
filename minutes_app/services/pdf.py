"""PDF exports: which converter this machine has (looked up once), and a document written through it."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from minutes_app.domain.errors import ExportError
from minutes_app.exports.pdf_convert import NO_CONVERTER, Converter, find_converter, write_pdf


@functools.cache
def pdf_converter() -> Converter | None:
    """The converter found on this machine (Word on Windows, else LibreOffice), or None; looked up once."""
    return find_converter()


def forget_converter() -> None:
    """Look the converter up again next time (after installing LibreOffice; tests)."""
    pdf_converter.cache_clear()


def is_pdf(path: str | os.PathLike[str]) -> bool:
    """True when `path` names a PDF file."""
    return Path(path).suffix.lower() == ".pdf"


@dataclass(frozen=True, slots=True)
class PdfWritten:
    """A PDF written, and the program that converted it ("LibreOffice", "Microsoft Word")."""

    path: Path
    converter: str


def export_pdf(
    write_docx: Callable[[Path], object], target: str | os.PathLike[str], converter: Converter | None = None
) -> PdfWritten:
    """Write the Word document `write_docx(path)` makes as the PDF `target`; ExportError when nothing converts."""
    chosen = converter or pdf_converter()
    if chosen is None:
        raise ExportError(NO_CONVERTER)
    return PdfWritten(write_pdf(write_docx, target, chosen), chosen.name)
