"""Help > User guide: F1 opens the bundled guide in the interface language; every guide lists the window's real keys."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.user_guide import GUIDE_LANGUAGES, guide_file


def _guide_text(language: str) -> str:
    return guide_file(language).read_text(encoding="utf-8")


def test_f1_opens_the_user_guide(demo_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    demo_window.activateWindow()
    QTest.keyClick(demo_window, Qt.Key.Key_F1)
    guide = demo_window._guide
    assert guide is not None
    qtbot.waitExposed(guide)
    text = guide.browser.toPlainText()
    assert "Recording a meeting" in text and "Ctrl+W" in text and "Back up now" in text
    assert guide.language == "en"


def test_the_help_menu_offers_the_guide(demo_window: MainWindow) -> None:
    help_menu = next(a.menu() for a in demo_window.menuBar().actions() if a.text() == "&Help")
    assert demo_window.guide_action in help_menu.actions()  # type: ignore[union-attr]
    assert demo_window.guide_action.shortcut() == QKeySequence("F1")


def test_the_guide_opens_in_the_interface_language(demo_window: MainWindow, interface_in, qtbot) -> None:  # type: ignore[no-untyped-def]
    interface_in("ru")
    guide = demo_window.open_user_guide()
    assert guide.language == "ru" and "Регистрация встречи" in guide.browser.toPlainText()
    interface_in("az")
    guide = demo_window.open_user_guide()  # the same window, now in the new language
    assert guide is demo_window._guide
    assert guide.language == "az" and "Görüşün qeydə alınması" in guide.browser.toPlainText()


@pytest.mark.parametrize("language", GUIDE_LANGUAGES)
def test_each_guide_lists_the_keys_the_window_really_has(demo_window: MainWindow, language: str) -> None:
    listed = set(re.findall(r"<td>([^<]*(?:Ctrl|F\d)[^<]*)</td>", _guide_text(language)))
    keys = {part.strip() for row in listed for part in row.replace(" … ", ", ").split(", ")}
    actions = [
        demo_window.new_meeting_action,
        demo_window.save_action,
        demo_window.close_meeting_action,
        demo_window.find_action,
        demo_window.filter_action,
        demo_window.undo_action,
        demo_window.redo_action,
        demo_window.refresh_action,
        demo_window.settings_action,
        demo_window.quit_action,
        demo_window.guide_action,
    ]
    for action in actions:
        for shortcut in action.shortcuts():
            assert shortcut.toString() in keys, (
                f"{shortcut.toString()} ({action.text()}) missing from the {language} guide"
            )
    assert "Ctrl+Tab" in keys and "Ctrl+1" in keys and "Ctrl+6" in keys
    assert {"Ctrl+Tab", "Ctrl+Shift+Tab"} <= keys


def test_the_guides_cover_the_same_sections() -> None:
    sections = {language: re.findall(r'<h2 id="([a-z-]+)"', _guide_text(language)) for language in GUIDE_LANGUAGES}
    assert sections["en"] == ["first-steps", "recording", "tracking", "exports", "backups", "keys"]
    assert sections["az"] == sections["en"] and sections["ru"] == sections["en"]


def test_the_guide_falls_back_to_english() -> None:
    assert guide_file("de") == guide_file("en") and Path(guide_file("en")).is_file()
