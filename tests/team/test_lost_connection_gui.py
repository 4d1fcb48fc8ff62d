"""Issue 17: the team server goes away while the app runs: a banner, one log line, no traceback; it connects again."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from minutes_app.services import open_services, team_server
from minutes_app.services.team_server import ServerConnection
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.startup import crash_reporting
from tests.team.tcp_proxy import Proxy


@pytest.mark.qt_no_exception_capture
def test_a_lost_connection_shows_a_banner_and_connects_again(  # type: ignore[no-untyped-def]
    qtbot, folders: tuple[Path, Path], server_db: dict[str, object], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    proxy = Proxy((str(server_db["host"]), int(str(server_db["port"]))))
    server = ServerConnection(
        name="ministry-pg",
        host="127.0.0.1",
        port=proxy.port,
        database=str(server_db["database"]),
        user=str(server_db["user"]),
        tls_mode="disable",
    )
    services = open_services(team_server.paths_for(server, folders[1], None))
    window = MainWindow(services, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    log_file = crash_reporting.configure_logging(tmp_path / "logs")
    dialogs: list[str] = []
    monkeypatch.setattr(crash_reporting.QMessageBox, "critical", lambda *args: dialogs.append(str(args[2])))
    monkeypatch.setattr(sys, "excepthook", crash_reporting.CrashReporter(log_file))
    assert not window.connection_banner.isVisible()
    try:
        proxy.cut()
        window.refresh_action.trigger()  # the officer's next action finds the server gone
        assert window.connection_banner.isVisible()
        assert dialogs == []  # a banner, not an "Unexpected error" box
        assert log_file is not None
        logged = log_file.read_text(encoding="utf-8")
        assert "the database cannot be reached" in logged and "Traceback" not in logged

        proxy.restore()
        button = window.connection_banner.retry_button
        QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())
        assert not window.connection_banner.isVisible()  # the reload reconnected: nothing brought it back
        assert dialogs == []
        assert "Traceback" not in log_file.read_text(encoding="utf-8")
    finally:
        window.close()
        services.close()
        proxy.cut()
        for handler in list(logging.getLogger("minutes_app").handlers):
            if getattr(handler, "baseFilename", "").startswith(str(tmp_path)):
                logging.getLogger("minutes_app").removeHandler(handler)
                handler.close()
