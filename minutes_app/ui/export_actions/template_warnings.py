"""Telling the person what was left out of their Word template (outside links, macros, fields) on its way into a document."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

# The Word template's package (and lxml) is imported by the export itself, not when the window opens.
if TYPE_CHECKING:
    from minutes_app.exports.template_package import TemplateWarning


def template_warning_text(warnings: Iterable[TemplateWarning]) -> str:
    """Translated sentences, one per kind of thing removed from the template."""
    from minutes_app.exports.template_package import TemplateWarning

    found = set(warnings)
    lines = []
    if TemplateWarning.EXTERNAL_LINKS_REMOVED in found:
        lines.append(
            QCoreApplication.translate(
                "TemplateWarnings",
                "Your Word template links to files or addresses outside it (a template on a server, pictures from "
                "the web, links to network shares). Word would fetch them when the document is opened, so they "
                "were left out of the document.",
            )
        )
    if TemplateWarning.MACROS_REMOVED in found:
        lines.append(
            QCoreApplication.translate(
                "TemplateWarnings",
                "Your Word template contains macros; they were left out of the document.",
            )
        )
    if TemplateWarning.FIELDS_REMOVED in found:
        lines.append(
            QCoreApplication.translate(
                "TemplateWarnings",
                "Your Word template contains fields that fetch outside files or start other programs (such as "
                "INCLUDEPICTURE, LINK or DDE). They were replaced by the text or picture they last showed.",
            )
        )
    return "\n\n".join(lines)


def show_template_warnings(parent: QWidget | None, title: str, warnings: Iterable[TemplateWarning]) -> None:
    """A warning box saying what the template lost; the document itself was written."""
    text = template_warning_text(warnings)
    if text:
        QMessageBox.warning(parent, title, text)
