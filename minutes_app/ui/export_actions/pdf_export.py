"""PDF exports in the GUI: offered only where a converter exists; the status bar names the program that converted."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from minutes_app.exports.progress import ProgressCallback
from minutes_app.services import pdf
from minutes_app.ui.export_actions.exporter import Exporter, ExportKind

# The Word template's package (and lxml) is imported by the export itself, not when the window opens.
if TYPE_CHECKING:
    from minutes_app.exports.template_package import TemplateWarning

# Writes the Word document to the path given (a temporary .docx the PDF is made from).
DocxJob = Callable[[Path, ProgressCallback], Path]


def pdf_available() -> bool:
    """True when this machine has Word (Windows) or LibreOffice to convert with."""
    return pdf.pdf_converter() is not None


def pdf_kind(key: str, caption: str, suggested_stem: str) -> ExportKind:
    """The save dialog of a PDF export: remembered apart from the .docx folder of the same document."""
    return ExportKind(
        key + "_pdf",
        caption,
        QCoreApplication.translate("ExportActions", "PDF documents (*.pdf)"),
        ".pdf",
        suggested_stem + ".pdf",
    )


def converted_message(path: Path, converter: str) -> str:
    """ "Saved <path>. Converted with LibreOffice." for the status bar."""
    return (
        QCoreApplication.translate("ExportActions", "Saved %1. Converted with %2.")
        .replace("%1", str(path))
        .replace("%2", converter)
    )


def export_pdf(
    exporter: Exporter,
    kind: ExportKind,
    write_docx: DocxJob,
    *,
    cancellable: bool = False,
    template_warnings: set[TemplateWarning] | None = None,
) -> Path | None:
    """Ask where, write the Word document to a temporary file, convert it and move the PDF there; the path or None."""
    used: list[str] = []

    def write(path: Path, progress: ProgressCallback) -> Path:
        written = pdf.export_pdf(lambda docx: write_docx(docx, progress), path)
        used.append(written.converter)
        return written.path

    return exporter.export(
        kind,
        write,
        cancellable=cancellable,
        template_warnings=template_warnings,
        saved_message=lambda path: converted_message(path, used[-1] if used else "?"),
    )
