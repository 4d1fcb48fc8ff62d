"""run_gui shows the window before the integrity check, and a damaged store is still reported before any write."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from minutes_app.paths import AppPaths
from minutes_app.services import open_services, session_marker
from minutes_app.services.demo import load_demo
from minutes_app.ui import app as app_module
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.startup.store_error_dialog import StoreErrorDialog
from tests.store.damaged_store import damage_a_table


@pytest.fixture(autouse=True)
def isolated_start(monkeypatch, ui_settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    """Keep run_gui away from the real preferences and the process-wide excepthook."""
    monkeypatch.setattr(app_module, "default_ui_settings", lambda: ui_settings)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


def _sessions(monkeypatch, qtbot, paths: AppPaths) -> list[MainWindow]:  # type: ignore[no-untyped-def]
    """Replace the event loop by: note the window shown, wait until the check ends (and what follows), close it."""
    shown: list[MainWindow] = []

    def exec_until_checked(self: QApplication) -> int:
        window = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible() and w.services.paths == paths
        )  # not a window an earlier test left open
        shown.append(window)
        gate = window.services.store.integrity
        assert gate is not None and not gate.done  # the window came first
        qtbot.waitUntil(lambda: gate.done, timeout=30_000)
        qtbot.wait(50)  # the verdict reaches the GUI thread
        if window.isVisible():
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_until_checked)
    return shown


def _quit_on_the_store_dialog(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    reasons: list[str] = []

    def quit_dialog(self: StoreErrorDialog) -> int:
        reasons.append(self.text())
        self.quit_button.click()
        return 0

    monkeypatch.setattr(StoreErrorDialog, "exec", quit_dialog)
    return reasons


def test_a_store_found_damaged_after_the_first_paint_closes_the_window_and_is_reported(
    qtbot, monkeypatch, sqlite_paths: AppPaths
) -> None:  # type: ignore[no-untyped-def]
    damaged = damage_a_table(sqlite_paths)
    shown = _sessions(monkeypatch, qtbot, sqlite_paths)
    reasons = _quit_on_the_store_dialog(monkeypatch)
    assert app_module.run_gui(sqlite_paths) == 1
    assert len(shown) == 1 and not shown[0].isVisible()  # shown at once, hidden when the check failed
    assert len(reasons) == 1 and "damaged" in reasons[0]
    assert sqlite_paths.db_file is not None and sqlite_paths.db_file.read_bytes() == damaged
    shown[0].deleteLater()


def test_a_sound_store_runs_its_check_beside_the_window_and_leaves_no_marker(
    qtbot, monkeypatch, sqlite_paths: AppPaths
) -> None:  # type: ignore[no-untyped-def]
    services = open_services(sqlite_paths)
    load_demo(services)  # a store with meetings: no sample offer to answer
    services.close()
    shown = _sessions(monkeypatch, qtbot, sqlite_paths)
    reasons = _quit_on_the_store_dialog(monkeypatch)
    assert app_module.run_gui(sqlite_paths) == 0
    assert len(shown) == 1 and reasons == []
    assert shown[0].services.store.integrity is not None and shown[0].services.store.integrity.failure is None
    marker = session_marker.marker_path(sqlite_paths)
    assert marker is not None and not marker.exists()  # a clean end
    shown[0].deleteLater()


def test_after_an_unclean_shutdown_the_check_comes_before_the_window(
    qtbot, monkeypatch, sqlite_paths: AppPaths
) -> None:  # type: ignore[no-untyped-def]
    damaged = damage_a_table(sqlite_paths)
    marker = session_marker.marker_path(sqlite_paths)
    assert marker is not None
    crashed = subprocess.Popen([sys.executable, "-c", "pass"])
    crashed.wait()
    marker.write_text(str(crashed.pid), encoding="ascii")  # the last session never closed
    shown = _sessions(monkeypatch, qtbot, sqlite_paths)
    reasons = _quit_on_the_store_dialog(monkeypatch)
    assert app_module.run_gui(sqlite_paths) == 1
    assert shown == []  # the damage was reported before any window
    assert len(reasons) == 1 and "damaged" in reasons[0]
    assert sqlite_paths.db_file is not None and sqlite_paths.db_file.read_bytes() == damaged
