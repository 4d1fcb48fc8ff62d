"""A new interface language chosen in Settings: the main window speaks it at once, and "Restart now" starts the app again."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QProcess, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from minutes_app.paths import resolve_paths
from minutes_app.ui import app as app_module
from minutes_app.ui.common.ui_settings import LANGUAGE_KEY, PAGE_KEY
from minutes_app.ui.main_window import FOLLOW_UPS, MainWindow
from minutes_app.ui.settings.settings_dialog import SettingsDialog
from minutes_app.ui.startup import restart as restart_module
from minutes_app.ui.startup.restart import RESTART_NOW_NAME, restart_command


def _answer_restart(restart_now: bool, seen: list[str]) -> None:
    """Click "Restart now" or "Later" in the restart question once it shows."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        button = box.findChild(QPushButton, RESTART_NOW_NAME)
        if not restart_now:
            button = next(b for b in box.findChildren(QPushButton) if b.objectName() != RESTART_NOW_NAME)
        assert button is not None
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(20, answer)


def _choose_language_in_settings(window: MainWindow, language: str) -> None:
    """File > Settings…, pick the interface language, click Save."""
    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    combo = dialog.interface_language_combo
    combo.setCurrentIndex(combo.findData(language))
    QTest.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_a_new_language_shows_at_once_in_the_main_window(
    qtbot, demo_window: MainWindow, ui_settings: QSettings, english_again
) -> None:  # type: ignore[no-untyped-def]
    assert demo_window.menuBar().actions()[0].text() == "&File"
    seen: list[str] = []
    _answer_restart(False, seen)
    _choose_language_in_settings(demo_window, "ru")
    qtbot.waitUntil(lambda: demo_window.menuBar().actions()[0].text() == "&Файл")
    assert len(seen) == 1 and "Русский" in seen[0]
    assert ui_settings.value(LANGUAGE_KEY) == "ru"
    assert [a.text() for a in demo_window.menuBar().actions()] == ["&Файл", "&Правка", "&Вид", "&Справка"]
    assert demo_window.navigation.item(0).text() == "Встречи"
    assert demo_window.new_meeting_action.text() == "&Новая встреча"
    assert demo_window.undo_action.text().startswith("&Отменить")
    assert demo_window.location_label.text().startswith("Мой компьютер: ")
    header = demo_window.meetings_page.table.model().headerData(0, Qt.Orientation.Horizontal)
    assert header == "Дата" and demo_window.meetings_page.table.horizontalHeader().isVisible()
    assert demo_window.texts_language.combo.itemText(0) != "Original"
    assert QLocale().language() == QLocale.Language.Russian  # dates and numbers follow
    assert demo_window.isVisible()  # "Later": the officer goes on working


def test_switching_back_to_english_restores_the_english_texts(qtbot, demo_window: MainWindow, english_again) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    _answer_restart(False, seen)
    _choose_language_in_settings(demo_window, "az")
    qtbot.waitUntil(lambda: demo_window.navigation.item(0).text() == "Görüşlər")
    _answer_restart(False, seen)
    _choose_language_in_settings(demo_window, "en")
    qtbot.waitUntil(lambda: demo_window.navigation.item(0).text() == "Meetings")
    assert demo_window.menuBar().actions()[0].text() == "&File" and len(seen) == 2


def test_restart_now_keeps_the_layout_closes_the_window_and_asks_for_a_restart(
    qtbot, demo_window: MainWindow, ui_settings: QSettings, english_again
) -> None:  # type: ignore[no-untyped-def]
    demo_window.show_page(FOLLOW_UPS)
    seen: list[str] = []
    _answer_restart(True, seen)
    with qtbot.waitSignal(demo_window.restart_requested):
        _choose_language_in_settings(demo_window, "az")
    assert not demo_window.isVisible()
    assert ui_settings.value(PAGE_KEY) == FOLLOW_UPS and ui_settings.value(LANGUAGE_KEY) == "az"


def test_the_same_language_again_asks_nothing(qtbot, monkeypatch, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "exec", lambda self: (_ for _ in ()).throw(AssertionError("asked")))
    _choose_language_in_settings(demo_window, "en")
    assert demo_window.menuBar().actions()[0].text() == "&File" and demo_window.isVisible()


def test_restart_starts_the_same_program_with_the_same_arguments(
    qtbot, monkeypatch, tmp_path: Path, ui_settings: QSettings, english_again
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(app_module, "default_ui_settings", lambda: ui_settings)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        QProcess, "startDetached", lambda program, arguments: started.append((program, arguments)) or True
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    windows: list[MainWindow] = []

    def exec_once(self: QApplication) -> int:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        windows.append(window)
        assert window.restart()  # what "Restart now" does
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_once)
    assert app_module.run_gui(resolve_paths(data_dir=str(tmp_path / "data"))) == 0
    assert started == [(sys.executable, sys.orig_argv[1:])] and len(windows) == 1
    windows[0].deleteLater()


def test_a_bundle_restarts_itself(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/MinutesApp/MinutesApp")
    monkeypatch.setattr(sys, "argv", ["/opt/MinutesApp/MinutesApp", "--data-dir", "/srv/minutes"])
    assert restart_command() == ("/opt/MinutesApp/MinutesApp", ["--data-dir", "/srv/minutes"])


def test_a_restart_that_fails_says_what_to_do(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QProcess, "startDetached", lambda program, arguments: False)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: told.append(text))
    assert not restart_module.start_again()
    restart_module.report_failed_restart(None)
    assert told and "Start it again as usual" in told[0]
