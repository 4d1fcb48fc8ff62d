"""Export minutes from the editor page: language choice, save-first guard, the file written."""

from __future__ import annotations

from pathlib import Path

import docx
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from minutes_app.services import Services
from minutes_app.ui.export_actions import exporter, untranslated_dialog
from minutes_app.ui.main_window import MainWindow
from tests.ui.conftest import TODAY


def _window(qtbot, store: Services, ui_settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(store, ui_settings, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    window.meetings_page.table.setFocus()
    window.meetings_page.table.selectRow(0)
    qtbot.keyClick(window.meetings_page.table, Qt.Key.Key_Return)
    return window


def _text(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def test_russian_minutes_of_the_open_meeting(
    qtbot, monkeypatch, tmp_path: Path, demo_store: Services, ui_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_store, ui_settings)
    bar = window.editor_area.export_bar
    assert bar is not None and bar.isVisible() and bar.language() == "en"  # the meeting's language
    target = tmp_path / "protocol.docx"
    monkeypatch.setattr(exporter, "choose_export_path", lambda *a, **k: target)
    ui_settings.setValue("export/open_after", False)
    bar.use_language("ru")
    # The sample meeting may lack Russian texts: export anyway (the untranslated list has tests of its own).
    monkeypatch.setattr(untranslated_dialog, "ask_untranslated", lambda *a: (untranslated_dialog.EXPORT, None))
    assert bar.export_minutes() == target
    text = _text(target)
    assert "Микаил Джаббаров" in text and "ПРОТОКОЛ" in text.upper()


def test_unsaved_changes_are_saved_first_or_nothing_is_written(
    qtbot, monkeypatch, tmp_path: Path, demo_store: Services, ui_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_store, ui_settings)
    editor = window.editor_area.editor()
    venue = editor.header.venue
    venue.setFocus()
    qtbot.keyClick(venue, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(venue, "Room 401, Ministry of Economy, Baku")
    assert editor.is_dirty()
    target = tmp_path / "minutes.docx"
    monkeypatch.setattr(exporter, "choose_export_path", lambda *a, **k: target)
    ui_settings.setValue("export/open_after", False)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Cancel)
    assert window.editor_area.export_bar.export_minutes() is None
    assert not target.exists() and editor.is_dirty()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Save)
    assert window.editor_area.export_bar.export_minutes() == target
    assert not editor.is_dirty()
    assert "Room 401, Ministry of Economy, Baku" in _text(target)
    assert demo_store.meetings.get(editor.current_meeting_id()).venue == "Room 401, Ministry of Economy, Baku"


def test_the_store_itself_chosen_as_the_target_is_refused_in_words(
    qtbot, monkeypatch, demo_store: Services, ui_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    db = demo_store.paths.db_file
    assert db is not None
    before = db.stat().st_ino
    window = _window(qtbot, demo_store, ui_settings)
    bar = window.editor_area.export_bar
    assert bar is not None
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: warnings.append(text))
    monkeypatch.setattr(exporter, "choose_export_path", lambda *a, **k: db)
    assert bar.export_minutes() is None
    assert len(warnings) == 1 and f"“{db}” is the Minutes App store itself" in warnings[0]
    assert db.stat().st_ino == before  # not renamed over
    assert demo_store.meetings.list_meetings()  # the store still answers
