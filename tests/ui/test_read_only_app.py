"""The app on a data folder it cannot write: it starts (log or no log), says it is read-only, and every save says why not."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from minutes_app.paths import AppPaths
from minutes_app.services import Services, open_services
from minutes_app.services.demo import load_demo
from minutes_app.store import failures, read_only
from minutes_app.ui import app as app_module
from minutes_app.ui.editor import ask
from minutes_app.ui.main_window import EDITOR, MainWindow
from minutes_app.ui.startup.after_store_opens import offer_sample_meeting
from minutes_app.ui.startup.crash_reporting import install_crash_reporter, log
from minutes_app.ui.startup.store_error_dialog import StoreErrorDialog
from tests.ui.conftest import TODAY
from tests.ui.test_app import _run_once

READ_ONLY = failures.SENTENCES[failures.READ_ONLY]


@pytest.fixture
def no_writing(monkeypatch: pytest.MonkeyPatch) -> None:
    """This user cannot write the data folder (replaced check: tests run as root, who writes anywhere)."""
    monkeypatch.setattr(read_only, "can_write", lambda folder, db_file: False)


@pytest.fixture
def keep_logging_as_it_was() -> Iterator[None]:
    """The app's logger and excepthook come back as they were."""
    handlers, hook = list(log.handlers), sys.excepthook
    yield
    for handler in log.handlers[:]:
        if handler not in handlers:
            log.removeHandler(handler)
    sys.excepthook = hook


@pytest.fixture
def read_only_demo(sqlite_paths: AppPaths, monkeypatch: pytest.MonkeyPatch) -> Iterator[Services]:
    """The sample meeting in a store opened read-only."""
    writable = open_services(sqlite_paths)
    load_demo(writable)
    writable.close()
    monkeypatch.setattr(read_only, "can_write", lambda folder, db_file: False)
    services = open_services(sqlite_paths)
    assert services.store.read_only
    yield services
    services.close()


def test_a_log_folder_that_cannot_be_written_does_not_stop_the_app(
    tmp_path: Path, keep_logging_as_it_was: None, capsys
) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "logs").write_text("a file where the log folder should be")  # mkdir fails, for root too
    reporter = install_crash_reporter(tmp_path / "logs")
    assert reporter.log_file is None
    logging.getLogger("minutes_app.test").warning("still heard")
    assert "still heard" in capsys.readouterr().err


def test_the_app_starts_read_only_on_a_folder_it_cannot_write(
    qtbot, monkeypatch, sqlite_paths: AppPaths, no_writing: None, keep_logging_as_it_was: None
) -> None:  # type: ignore[no-untyped-def]
    (sqlite_paths.data_dir / "logs").write_text("not a folder")  # the log cannot be written either
    refused: list[str] = []
    monkeypatch.setattr(
        StoreErrorDialog, "exec", lambda self: refused.append(self.text()) or self.quit_button.click() or 0
    )
    shown = _run_once(monkeypatch)
    assert app_module.run_gui(sqlite_paths) == 0
    assert refused == [] and len(shown) == 1
    window = shown[0]
    assert window.services.store.read_only
    assert not window.read_only_banner.isHidden()
    assert "read-only" in window.read_only_banner.text()
    assert list(sqlite_paths.backups_dir.glob("*")) == []  # no backup attempted into the folder
    window.deleteLater()


def test_a_writable_store_shows_no_banner(qtbot, demo_store: Services, ui_settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_store, ui_settings, today=TODAY)
    qtbot.addWidget(window)
    assert window.read_only_banner.isHidden()


def test_saving_in_a_read_only_store_says_why_and_keeps_the_editor(
    qtbot, monkeypatch, read_only_demo: Services, ui_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(read_only_demo, ui_settings, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()  # window shortcuts such as Ctrl+S reach only the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    shown: list[str] = []

    def answer(parent, title, text, answers, *, default, informative="", icon=None):  # type: ignore[no-untyped-def]
        shown.append(informative)
        return ask.Answer.SAVE if ask.Answer.SAVE in answers else default

    monkeypatch.setattr(ask, "ask", answer)
    table = window.meetings_page.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    editor = window.editor_area.editor()
    editor.header.title.setFocus()
    editor.header.title.end(False)
    qtbot.keyClicks(editor.header.title, " (revised)")
    assert editor.is_dirty(), window.statusBar().currentMessage()
    assert QApplication.focusWidget() is editor.header.title
    QTest.keyClick(editor.header.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert shown == [READ_ONLY]
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert shown == [READ_ONLY, READ_ONLY]
    assert window.close() is False  # Save on closing fails the same way: the window stays
    assert shown == [READ_ONLY, READ_ONLY, "Save them before closing?", READ_ONLY]
    assert window.current_page_key() == EDITOR and editor.header.title.text().endswith(" (revised)")


def test_an_empty_read_only_store_is_not_offered_the_sample(
    qtbot, monkeypatch, sqlite_paths: AppPaths, no_writing: None, ui_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    services = open_services(sqlite_paths)
    try:
        monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("offered a write the store cannot take"))
        assert offer_sample_meeting(services, None) is False
    finally:
        services.close()


def test_the_start_up_summary_in_a_read_only_store_cannot_be_turned_off_and_says_why(
    qtbot, make_window, read_only_demo: Services
) -> None:  # type: ignore[no-untyped-def]
    from minutes_app.ui.startup.after_store_opens import show_follow_up_summary

    window = make_window(read_only_demo)
    dialog = show_follow_up_summary(read_only_demo, window, window.show_follow_ups_preset, today=TODAY)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    box = dialog.remind_check
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())  # a real click: nothing is written
    assert not box.isEnabled() and box.isChecked()
    assert "read-only" in box.toolTip()
    assert read_only_demo.settings.get().reminders is True
    dialog.close()
