"""The app warns at start, beside its window, when the data file is on a network file system."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from minutes_app.paths import resolve_paths
from minutes_app.store import network_fs
from minutes_app.ui import app as app_module
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.startup.network_warning_dialog import warn_about_network_store


def test_the_warning_names_the_file_system_and_the_team_server(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    paths = resolve_paths(data_dir=str(tmp_path / "share"))
    box = warn_about_network_store(paths, parent, detect=lambda path: "cifs")
    assert box is not None and box.isVisible() and not box.isModal()
    assert box.icon() == QMessageBox.Icon.Warning
    assert "network file system (cifs)" in box.text() and "team server (PostgreSQL)" in box.text()
    assert str(paths.db_file) in box.text()
    assert warn_about_network_store(paths, parent, detect=lambda path: None) is None


def test_the_app_shows_it_at_start(qtbot, monkeypatch, ui_settings: QSettings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(app_module, "default_ui_settings", lambda: ui_settings)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(network_fs, "network_filesystem", lambda path, **kw: "nfs4")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    warnings: list[str] = []

    def exec_once(self: QApplication) -> int:
        qtbot.waitUntil(
            lambda: any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets())
        )
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                warnings.append(widget.text())
        for thread in threading.enumerate():
            if thread.name == "daily-backup":
                thread.join(timeout=30)
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                widget.close()
                widget.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_once)
    assert app_module.run_gui(resolve_paths(data_dir=str(tmp_path / "data"))) == 0
    assert len(warnings) == 1 and "network file system (nfs4)" in warnings[0]
