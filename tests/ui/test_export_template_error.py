"""A template Word or LibreOffice made oddly: the exporter says so in one line naming the template, never a traceback."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from PySide6.QtCore import QSettings
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "exports"))
from export_samples import seed_meeting

from minutes_app.exports.minutes_docx import write_minutes
from minutes_app.exports.progress import ProgressCallback
from minutes_app.ui.export_actions.exporter import Exporter, ExportKind

KIND = ExportKind("minutes", "Export the minutes", "Word documents (*.docx)", ".docx", "minutes.docx")


def _odd_template(path: Path) -> Path:
    """A template whose "Title" is a character style: the minutes need a paragraph style of that name."""
    document = Document()
    for style in list(document.styles.element.iterchildren(qn("w:style"))):
        if style.get(qn("w:styleId")) in ("Title", "TitleChar"):
            document.styles.element.remove(style)
    document.styles.add_style("Title", WD_STYLE_TYPE.CHARACTER)
    document.save(str(path))
    return path


def test_a_template_problem_is_shown_in_one_line(monkeypatch, qtbot, tmp_path: Path, ui_settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: pytest.fail("nothing should open"))
    template = _odd_template(tmp_path / "ministry.docx")
    target = tmp_path / "minutes.docx"

    def write(path: Path, progress: ProgressCallback) -> Path:
        return write_minutes(seed_meeting(), path, lang="en", template=template)

    assert Exporter(parent, ui_settings).write_to(target, KIND, write) is None
    assert len(shown) == 1
    reason = shown[0].split("\n\n")[1]
    assert reason.startswith(f"The template {template} cannot be used: its style “Title” is a character style")
    assert "\n" not in reason and "Traceback" not in shown[0]
    assert not target.exists()
