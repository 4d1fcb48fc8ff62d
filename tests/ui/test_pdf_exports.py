"""PDF in the GUI: the actions appear only where a converter exists, write the PDF and name the converter."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog

from minutes_app.services import Services, pdf
from minutes_app.ui.export_actions import exporter, untranslated_dialog
from minutes_app.ui.export_actions.open_after import set_open_after_export
from minutes_app.ui.main_window import FOLLOW_UPS, MainWindow
from minutes_app.ui.tracker import export_menu
from minutes_app.ui.tracker.report_options import ReportOptions
from tests.ui.conftest import TODAY
from tests.ui.test_dossier import choose_country, open_dossier


class FakeOffice:
    """Stands in for LibreOffice: the "PDF" holds the text of the Word document it was given."""

    name = "LibreOffice"

    def __init__(self) -> None:
        self.converted: list[Path] = []

    def convert(self, docx_path: Path, pdf_path: Path) -> None:
        self.converted.append(docx_path)
        text = "\n".join(p.text for p in docx.Document(str(docx_path)).paragraphs)
        pdf_path.write_bytes(b"%PDF-1.7\n" + text.encode())


@pytest.fixture
def office(monkeypatch: pytest.MonkeyPatch) -> FakeOffice:
    fake = FakeOffice()
    monkeypatch.setattr(pdf, "pdf_converter", lambda: fake)
    return fake


def _editor_window(qtbot, services: Services, ui_settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(services, ui_settings, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    window.meetings_page.table.setFocus()
    window.meetings_page.table.selectRow(0)
    qtbot.keyClick(window.meetings_page.table, Qt.Key.Key_Return)
    return window


def test_minutes_as_pdf_from_the_export_menu(
    qtbot, monkeypatch, tmp_path: Path, office: FakeOffice, demo_store: Services, ui_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    set_open_after_export(ui_settings, False)
    window = _editor_window(qtbot, demo_store, ui_settings)
    bar = window.editor_area.export_bar
    assert bar is not None and bar.pdf_action in bar.export_button.menu().actions()
    assert bar.pdf_action.isVisible()
    target = tmp_path / "protocol.pdf"
    monkeypatch.setattr(exporter, "choose_export_path", lambda *a, **k: target)
    monkeypatch.setattr(untranslated_dialog, "ask_untranslated", lambda *a: (untranslated_dialog.EXPORT, None))
    bar.use_language("en")
    bar.pdf_action.trigger()
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert target.read_bytes().startswith(b"%PDF") and b"Mikayil Jabbarov" in target.read_bytes()
    assert office.converted and not office.converted[0].exists()  # the temporary .docx is gone
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".docx")) == ["protocol.pdf"]
    assert window.statusBar().currentMessage() == f"Saved {target}. Converted with LibreOffice."


def test_report_and_briefing_as_pdf(
    qtbot, monkeypatch, tmp_path: Path, office: FakeOffice, make_window, demo_store: Services, ui_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    set_open_after_export(ui_settings, False)
    window: MainWindow = make_window(demo_store)
    answers = iter([tmp_path / "report", tmp_path / "briefing"])  # the suffix .pdf is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(next(answers)), ""))
    monkeypatch.setattr(
        export_menu, "ask_report_options", lambda parent, lang, today=None: ReportOptions(group_by="topic", lang="en")
    )
    window.show_page(FOLLOW_UPS)
    menu = window.follow_ups_page.export_menu
    assert menu.report_pdf_action.isVisible()
    menu.report_pdf_action.trigger()
    report = tmp_path / "report.pdf"
    qtbot.waitUntil(report.exists, timeout=10_000)
    assert b"STATUS REPORT" in report.read_bytes()
    assert window.statusBar().currentMessage() == f"Saved {report}. Converted with LibreOffice."

    page = open_dossier(qtbot, window)
    choose_country(qtbot, page, "Russia")
    page.language_combo.setCurrentIndex(page.language_combo.findData("en"))
    assert page.briefing_pdf_action in page.briefing_button.menu().actions() and page.briefing_pdf_action.isVisible()
    page.briefing_pdf_action.trigger()
    briefing = tmp_path / "briefing.pdf"
    qtbot.waitUntil(briefing.exists, timeout=10_000)
    assert briefing.read_bytes().startswith(b"%PDF")
    assert ui_settings.value("export/last_folder/briefing_pdf") == str(tmp_path)


def test_no_converter_no_pdf_actions(qtbot, monkeypatch, demo_store: Services, ui_settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(pdf, "pdf_converter", lambda: None)
    window = _editor_window(qtbot, demo_store, ui_settings)
    bar = window.editor_area.export_bar
    assert bar is not None and not bar.pdf_action.isVisible()
    assert not window.follow_ups_page.export_menu.report_pdf_action.isVisible()
    assert not window.dossier_page.briefing_pdf_action.isVisible()
    assert bar.agreed_action.isVisible()  # the Word exports stay
