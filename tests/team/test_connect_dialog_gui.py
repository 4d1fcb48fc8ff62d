"""Issue 17, connecting, in the GUI: the connection dialog against the real server, saving, connecting, switching back."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from minutes_app.paths import AppPaths, resolve_paths
from minutes_app.services import Services, open_services, server_passwords
from minutes_app.services.server_list import ServerList
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.startup.crash_reporting import configure_logging
from minutes_app.ui.team.connect_dialog import ConnectDialog
from minutes_app.ui.team.server_opening import open_team_server
from tests.team.conftest import PASSWORD, files_containing


def _click(qtbot, button: QPushButton) -> None:  # type: ignore[no-untyped-def]
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def _window(qtbot, services: Services, settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _fill(dialog: ConnectDialog, db: dict[str, object], name: str) -> None:
    QTest.keyClicks(dialog.name_edit, name)
    QTest.keyClicks(dialog.host_edit, str(db["host"]))
    dialog.port_spin.selectAll()
    QTest.keyClicks(dialog.port_spin, str(db["port"]))
    QTest.keyClicks(dialog.database_edit, str(db["database"]))
    QTest.keyClicks(dialog.user_edit, str(db["user"]))
    # The test server trusts local logins and ignores it: the password is typed to prove it goes nowhere.
    QTest.keyClicks(dialog.password_edit, PASSWORD)
    dialog.tls_combo.setCurrentIndex(dialog.tls_combo.findData("disable"))


def _connect_switch_and_back(qtbot, folders: tuple[Path, Path], server_db: dict[str, object]) -> None:  # type: ignore[no-untyped-def]
    config, data = folders
    data_dir = data / "minutes-app"
    configure_logging(data_dir / "logs")  # the app's log file, grepped at the end
    logging.getLogger("minutes_app").setLevel(logging.DEBUG)
    settings = QSettings(str(config / "MinutesApp" / "Minutes App.conf"), QSettings.Format.IniFormat)
    local = resolve_paths(data_dir=str(data_dir))
    window = _window(qtbot, open_services(local), settings)
    assert window.windowTitle() == "Minutes App — My computer"
    assert window.location_label.text().startswith("My computer: ")

    dialog = window.store_menu.open_connect_dialog()
    qtbot.waitExposed(dialog)
    _fill(dialog, server_db, "ministry-pg")
    with qtbot.waitSignal(dialog.tested, timeout=15_000):
        _click(qtbot, dialog.test_button)
    shown = dialog.result_label.text()
    assert shown.startswith("Connected: PostgreSQL ") and "empty" in shown, shown
    assert PASSWORD not in shown

    _click(qtbot, dialog.save_button)
    assert dialog.result_label.text().startswith("Saved as “ministry-pg”.")
    saved = ServerList().get("ministry-pg")
    assert saved is not None and saved.database == server_db["database"] and saved.tls_mode == "disable"

    with qtbot.waitSignal(window.store_switch_requested, timeout=5_000) as switched:
        _click(qtbot, dialog.connect_button)
    target = switched.args[0]
    assert isinstance(target, AppPaths) and target.server_name == "ministry-pg" and target.password == PASSWORD
    window.services.close()

    # What the app does next (ui/app.py): open the server (its empty database gets the schema) in a new window.
    server_services = open_team_server(target, None)
    assert server_services is not None
    server_window = _window(qtbot, server_services, settings)
    where = f"{server_db['host']}:{server_db['port']}/{server_db['database']}"
    assert server_window.windowTitle() == f"Minutes App — Team server: ministry-pg ({where})"
    assert server_window.location_label.text() == f"Team server: ministry-pg ({where})"
    server_window.store_menu.fill_switch_menu()
    entries = {action.text(): action for action in server_window.store_menu.switch_menu.actions() if action.text()}
    assert entries[f"Team server: ministry-pg ({where})"].isChecked()
    with qtbot.waitSignal(server_window.store_switch_requested, timeout=5_000) as back:
        entries["My computer"].trigger()
    assert back.args == [None]
    assert not server_window.isVisible()
    server_services.close()

    home = _window(qtbot, open_services(local), settings)
    assert home.windowTitle() == "Minutes App — My computer"
    home.close()
    home.services.close()
    settings.sync()
    assert files_containing(config, PASSWORD) == []
    assert files_containing(data, PASSWORD) == []
    assert (data_dir / "logs").is_dir()


def test_connect_dialog_without_a_keyring(qtbot, folders, server_db, no_keyring) -> None:  # type: ignore[no-untyped-def]
    _connect_switch_and_back(qtbot, folders, server_db)


def test_connect_dialog_keeps_the_password_in_the_keyring(qtbot, folders, server_db, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    _connect_switch_and_back(qtbot, folders, server_db)
    assert server_passwords.stored_password("ministry-pg") == PASSWORD  # in the keyring, and in no file


def test_a_server_that_does_not_answer_is_shown_in_words(qtbot, folders, silent_port: int, no_keyring) -> None:  # type: ignore[no-untyped-def]
    dialog = ConnectDialog(folders[1], None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.remember_box.isEnabled()  # no keyring: nothing offers to keep the password
    _fill(dialog, {"host": "127.0.0.1", "port": silent_port, "database": "minutes", "user": "officer"}, "silent")
    with qtbot.waitSignal(dialog.tested, timeout=20_000):
        _click(qtbot, dialog.test_button)
        assert not dialog.test_button.isEnabled()  # the dialog waits in a worker thread, not frozen
    shown = dialog.result_label.text()
    assert shown.startswith("The server did not answer in time"), shown
    assert PASSWORD not in shown


@pytest.fixture(autouse=True)
def _detach_log_files() -> object:
    logger = logging.getLogger("minutes_app")
    before, level = list(logger.handlers), logger.level
    yield
    for handler in [h for h in logger.handlers if h not in before]:
        logger.removeHandler(handler)
        handler.close()
    logger.setLevel(level)
