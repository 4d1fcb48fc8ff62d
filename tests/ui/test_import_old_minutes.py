"""File > Import old minutes: a .docx becomes a saved meeting, opened in the editor with what was found."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from minutes_app.services import Services
from minutes_app.services.documents import DocumentService
from minutes_app.ui.main_window import EDITOR, MainWindow
from tests.ui.conftest import TODAY


def _file_action(window: MainWindow, text: str):  # type: ignore[no-untyped-def]
    file_menu = window.menuBar().actions()[0].menu()
    return next(a for a in file_menu.actions() if a.text() == text)


def test_old_minutes_open_in_the_editor(
    qtbot, monkeypatch, tmp_path: Path, demo_store: Services, ui_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "old").mkdir()
    source = DocumentService(demo_store).minutes(1, tmp_path / "old" / "protokol.docx", lang="ru")
    window = MainWindow(demo_store, ui_settings, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    asked: list[str] = []

    def open_name(parent, caption, folder, file_types):  # type: ignore[no-untyped-def]
        asked.append(file_types)
        return str(source), file_types

    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_name)
    _file_action(window, "&Import old minutes (.docx)…").trigger()
    assert asked == ["Word documents (*.docx)"]
    qtbot.waitUntil(lambda: window.current_page_key() == EDITOR, timeout=5_000)
    editor = window.editor_area.editor()
    meeting = demo_store.meetings.get(editor.current_meeting_id())
    assert meeting.id == 2 and meeting.title.startswith("Встреча министра экономики")
    assert not editor.is_dirty()  # saved as a draft ("minutes drafted"), nothing to lose on closing
    assert window.statusBar().currentMessage() == (
        "Imported protokol.docx with 2 participant(s); check it and fill in the rest."
    )
    assert window.meetings_page.table.model().rowCount() == 2
    assert ui_settings.value("export/last_folder/old_minutes") == str(source.parent)


def test_a_file_that_is_not_word_is_refused_in_words(
    qtbot, monkeypatch, tmp_path: Path, demo_store: Services, ui_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "scan.docx"
    bad.write_bytes(b"%PDF-1.4")
    window = MainWindow(demo_store, ui_settings, today=TODAY)
    qtbot.addWidget(window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(bad), ""))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    assert window.old_minutes_import.run() is None
    assert warnings and "not a Word document" in warnings[0]
    assert len(demo_store.meetings.list_meetings()) == 1
