"""A language switch while the store does not answer changes the words and says why the rows were not read."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication

from minutes_app.services import Services
from minutes_app.store import failures
from minutes_app.ui.main_window import MainWindow
from tests.ui.conftest import TODAY, FakeMeetingEditor


def test_a_language_switch_with_the_store_unreachable_is_reported_not_raised(  # type: ignore[no-untyped-def]
    qtbot, sqlite_services: Services, ui_settings: QSettings, monkeypatch
) -> None:
    window = MainWindow(sqlite_services, ui_settings, editor_factory=FakeMeetingEditor, today=TODAY)
    qtbot.addWidget(window)
    window.show()

    def unreachable() -> None:
        raise failures.store_error(failures.UNAVAILABLE)  # as a read of a server that went away raises

    monkeypatch.setattr(window, "refresh_current_page", unreachable)
    QApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))  # an exception here fails the test (pytest-qt)
    assert "cannot be reached" in window.statusBar().currentMessage()
