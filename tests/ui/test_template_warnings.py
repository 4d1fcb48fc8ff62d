"""The GUI tells the person, in their language, what was left out of their Word template."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
import zipfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from minutes_app.domain import records as r
from minutes_app.exports.progress import ProgressCallback
from minutes_app.exports.template_package import TemplateWarning
from minutes_app.paths import AppPaths
from minutes_app.services import open_services
from minutes_app.services.documents import DocumentService
from minutes_app.ui.export_actions.exporter import Exporter, ExportKind

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "exports"))
from test_template_safety import _hostile_template


def test_an_export_with_a_hostile_template_says_what_was_left_out(
    qtbot, monkeypatch, sqlite_paths: AppPaths, ui_settings: QSettings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    services = open_services(sqlite_paths)
    try:
        template = _hostile_template(tmp_path / "letterhead.docx")
        services.settings.save(dataclasses.replace(services.settings.get(), minutes_template=str(template)))
        meeting = services.meetings.save(r.Meeting(title="Trade talks", date=dt.date(2024, 5, 1)))
        removed: set[TemplateWarning] = set()

        def write(path: Path, _progress: ProgressCallback) -> Path:
            return DocumentService(services).minutes(meeting.id, path, lang="en", template_warnings=removed)  # type: ignore[arg-type]

        exporter = Exporter(parent, ui_settings)
        kind = ExportKind("minutes", "Save the minutes", "Word documents (*.docx)", ".docx", "m.docx")
        written = exporter.write_to(tmp_path / "m.docx", kind, write, template_warnings=removed)
    finally:
        services.close()
    assert written is not None and zipfile.is_zipfile(written)
    assert len(warned) == 1 and "macros" in warned[0] and "outside" in warned[0]


def test_a_template_with_outside_fields_says_they_were_unlinked(
    qtbot, monkeypatch, sqlite_paths: AppPaths, ui_settings: QSettings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from test_template_fields import _fields_template

    parent = QWidget()
    qtbot.addWidget(parent)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    services = open_services(sqlite_paths)
    try:
        template = _fields_template(tmp_path / "letterhead.docx")
        meeting = services.meetings.save(r.Meeting(title="Trade talks", date=dt.date(2024, 5, 1)))
        removed: set[TemplateWarning] = set()

        def write(path: Path, _progress: ProgressCallback) -> Path:
            return DocumentService(services).minutes(
                meeting.id, path, lang="en", template=template, template_warnings=removed
            )  # type: ignore[arg-type]

        kind = ExportKind("minutes", "Save the minutes", "Word documents (*.docx)", ".docx", "m.docx")
        written = Exporter(parent, ui_settings).write_to(tmp_path / "m.docx", kind, write, template_warnings=removed)
    finally:
        services.close()
    assert written is not None and zipfile.is_zipfile(written)
    assert len(warned) == 1 and "INCLUDEPICTURE" in warned[0] and "last showed" in warned[0]
