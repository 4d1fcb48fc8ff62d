"""run_gui from start to end: the store opened (or refused with its file untouched), the window shown, the daily backup."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from minutes_app.paths import AppPaths, resolve_paths
from minutes_app.services import backups, open_services
from minutes_app.services.demo import load_demo
from minutes_app.store import sqlite_files
from minutes_app.ui import app as app_module
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.startup.store_error_dialog import StoreErrorDialog


@pytest.fixture(autouse=True)
def isolated_start(monkeypatch, ui_settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    """Keep run_gui away from the real preferences and the process-wide excepthook."""
    monkeypatch.setattr(app_module, "default_ui_settings", lambda: ui_settings)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


def _run_once(monkeypatch) -> list[MainWindow]:  # type: ignore[no-untyped-def]
    """Replace the event loop by: note the windows shown, close them, return 0."""
    shown: list[MainWindow] = []

    def exec_once(self: QApplication) -> int:
        from PySide6.QtTest import QTest

        QTest.qWait(app_module.AFTER_FIRST_PAINT_MS + 200)  # the steps that follow the first paint
        for thread in threading.enumerate():
            if thread.name == "daily-backup":
                thread.join(timeout=30)
        QApplication.processEvents()  # the backup's status message
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                shown.append(widget)
                widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_once)
    return shown


def test_a_fresh_store_opens_offers_the_sample_and_is_backed_up(qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    paths = resolve_paths(data_dir=str(tmp_path / "fresh"))
    shown = _run_once(monkeypatch)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append(text))
    assert app_module.run_gui(paths) == 0
    assert len(shown) == 1
    assert shown[0].meetings_page.model.rowCount() == 1  # the sample meeting, accepted at the first start
    assert len(told) == 1 and told[0].startswith("The sample meeting was loaded: 1 meeting, ")
    assert len(sqlite_files.list_backups(paths.backups_dir)) == 1
    assert (paths.log_dir / "minutes-app.log").exists()
    shown[0].deleteLater()


def test_a_file_of_random_bytes_is_refused_and_left_as_it_was(qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    data.mkdir()
    payload = os.urandom(8192)
    (data / "minutes.db").write_bytes(payload)
    paths: AppPaths = resolve_paths(data_dir=str(data))
    shown = _run_once(monkeypatch)
    monkeypatch.setattr(StoreErrorDialog, "exec", lambda self: self.quit_button.click() or 0)
    assert app_module.run_gui(paths) == 1
    assert shown == []
    assert (data / "minutes.db").read_bytes() == payload
    assert sorted(p.name for p in data.iterdir()) == ["logs", "minutes.db"]


def test_restore_from_the_menu_reopens_on_the_restored_data(qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    paths = resolve_paths(data_dir=str(tmp_path / "data"))
    services = open_services(paths)
    empty_backup = backups.backup_now(paths, keep=10)  # before the sample meeting
    load_demo(services)
    services.close()
    shown: list[MainWindow] = []

    def exec_once(self: QApplication) -> int:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        shown.append(window)
        if len(shown) == 1:
            assert window.meetings_page.model.rowCount() == 1
            window.close()
            window.restore_requested.emit(empty_backup)  # what File > Restore from backup… does once confirmed
        else:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_once)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    assert app_module.run_gui(paths) == 0
    assert len(shown) == 2
    assert shown[1].meetings_page.model.rowCount() == 0  # the data of the backup
    assert list(paths.backups_dir.glob("minutes-pre-restore-*.db"))  # the data before the restore is kept
    for window in shown:
        window.deleteLater()
