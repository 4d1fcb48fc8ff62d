"""Exporting from the editor in a language the meeting is incomplete in: the list of untranslated texts, going to one,
exporting anyway; and the agreed minutes asked for in two languages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from minutes_app.services import Services
from minutes_app.ui.export_actions import exporter
from minutes_app.ui.export_actions.agreed_minutes_dialog import AgreedMinutesDialog
from minutes_app.ui.export_actions.untranslated_dialog import UntranslatedDialog
from minutes_app.ui.main_window import MainWindow
from tests.ui.conftest import TODAY
from tests.ui.test_editor_translation_view import english_only


def click(widget: QWidget, point: Any = None) -> None:
    """A left click (the widget's centre unless told)."""
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point or widget.rect().center())


def when_shown(
    kind: type[QDialog], act: Callable[[Any], None], then: list[Callable[[Any], None]] | None = None
) -> list[str]:
    """Answer the next modal dialog of `kind` with `act` (and the ones after it with `then`); the texts seen.

    Whatever goes wrong, the dialog is closed, so a failing test fails instead of waiting forever."""
    seen: list[str] = []
    steps = [(kind, act), *((QDialog, step) for step in (then or []))]

    def answer() -> None:
        if not steps:
            return
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, answer)
            return
        expected, step = steps.pop(0)
        try:
            assert isinstance(dialog, expected), f"{type(dialog).__name__} shown, {expected.__name__} expected"
            if isinstance(dialog, UntranslatedDialog):
                seen.extend(dialog.list.item(i).text() for i in range(dialog.list.count()))
            step(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()
        if steps:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    return seen


def open_window(qtbot, store: Services, ui_settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(store, ui_settings, today=TODAY)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    window.meetings_page.table.setFocus()
    window.meetings_page.table.selectRow(0)
    qtbot.keyClick(window.meetings_page.table, Qt.Key.Key_Return)
    return window


def click_entry(text: str) -> Callable[[UntranslatedDialog], None]:
    def act(dialog: UntranslatedDialog) -> None:
        row = next(i for i in range(dialog.list.count()) if dialog.list.item(i).text() == text)
        index = dialog.list.model().index(row, 0)
        dialog.list.scrollTo(index)
        click(dialog.list.viewport(), dialog.list.visualRect(index).center())

    return act


def test_the_untranslated_texts_are_listed_and_clicking_one_goes_to_it(  # type: ignore[no-untyped-def]
    qtbot,
    monkeypatch,
    tmp_path: Path,
    sqlite_services: Services,
    ui_settings: QSettings,
) -> None:
    english_only(sqlite_services)
    window = open_window(qtbot, sqlite_services, ui_settings)
    editor = window.editor_area.editor()
    bar = window.editor_area.export_bar
    assert bar is not None and editor is not None
    target = tmp_path / "ru.docx"
    monkeypatch.setattr(exporter, "choose_export_path", lambda *a, **k: target)
    bar.use_language("ru")
    seen = when_shown(UntranslatedDialog, click_entry("Agenda item 2: notes"))
    assert bar.export_minutes() is None
    assert not target.exists()
    assert "Meeting: title" in seen and "Decision 1: text" in seen and "Follow-up 1: action" in seen
    assert any(text.startswith("Participant 1 (") and text.endswith("): position") for text in seen)
    # The editor shows that text's translation, ready for typing.
    assert editor.translation_language() == "ru"
    assert editor.tabs.currentWidget() is editor.agenda_page
    assert editor.agenda.view.currentIndex().row() == 1
    window.activateWindow()  # as the window manager does once the dialog is gone
    notes = editor.agenda.translated.editors["notes"]
    assert window.focusWidget() is notes
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.agenda.translated.editors["notes"])


def test_export_anyway_writes_the_original_texts_and_cancel_writes_nothing(  # type: ignore[no-untyped-def]
    qtbot,
    monkeypatch,
    tmp_path: Path,
    sqlite_services: Services,
    ui_settings: QSettings,
) -> None:
    meeting = english_only(sqlite_services)
    window = open_window(qtbot, sqlite_services, ui_settings)
    bar = window.editor_area.export_bar
    assert bar is not None
    target = tmp_path / "ru.docx"
    monkeypatch.setattr(exporter, "choose_export_path", lambda *a, **k: target)
    ui_settings.setValue("export/open_after", False)
    bar.use_language("ru")
    when_shown(UntranslatedDialog, lambda dialog: click(dialog.buttons.button(dialog.buttons.StandardButton.Cancel)))
    assert bar.export_minutes() is None and not target.exists()
    when_shown(UntranslatedDialog, lambda dialog: click(dialog.export_button))
    assert bar.export_minutes() == target
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert meeting.agenda[1].notes.splitlines()[0] in text  # the original stands in for the missing translation


def test_the_agreed_minutes_are_asked_for_in_two_languages(  # type: ignore[no-untyped-def]
    qtbot,
    monkeypatch,
    tmp_path: Path,
    sqlite_services: Services,
    ui_settings: QSettings,
) -> None:
    """The editor asks for two different languages and the layout, then writes the real agreed minutes."""
    meeting = english_only(sqlite_services)
    window = open_window(qtbot, sqlite_services, ui_settings)
    bar = window.editor_area.export_bar
    assert bar is not None
    target = tmp_path / "agreed.docx"
    monkeypatch.setattr(exporter, "choose_export_path", lambda *a, **k: target)
    ui_settings.setValue("export/open_after", False)

    def choose(dialog: AgreedMinutesDialog) -> None:
        assert dialog.first_language() == "en"  # the meeting's own language first
        dialog.first_combo.setCurrentIndex(dialog.first_combo.findData("az"))
        dialog.second_combo.setCurrentIndex(dialog.second_combo.findData("az"))
        click(dialog.export_button)
        assert dialog.isVisible() and dialog.message.text() == "Choose two different languages."
        dialog.second_combo.setCurrentIndex(dialog.second_combo.findData("ru"))
        click(dialog.consecutive_button)
        click(dialog.export_button)

    seen = when_shown(AgreedMinutesDialog, choose, then=[lambda dialog: click(dialog.export_button)])
    assert bar.agreed_action in bar.export_button.menu().actions()
    bar.agreed_action.trigger()
    assert target.exists()
    assert "Azərbaycanca — Meeting: title" in seen and "Русский — Meeting: title" in seen
    # Consecutive layout: two originals in one file, so the meeting's (untranslated) title stands twice.
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert text.count(meeting.title) >= 2
