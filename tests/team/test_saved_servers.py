"""Saved team servers: edited and deleted in the GUI (File > Saved team servers), listed and removed on the
command line; the keyring password follows an edit (kept, moved with a new name, replaced when typed) and
goes with a deletion."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from minutes_app.cli.main import main
from minutes_app.paths import resolve_paths
from minutes_app.services import server_passwords
from minutes_app.services.server_list import ServerList
from minutes_app.services.team_server import ServerConnection
from minutes_app.ui.team.connect_dialog import ConnectDialog
from minutes_app.ui.team.store_menu import StoreMenu

SECRET = "Kept-Pw-8812"
SERVICE = server_passwords.SERVICE


def _servers() -> ServerList:
    servers = ServerList()
    servers.save(ServerConnection(name="ministry", host="db.ministry.local", database="minutes", user="a.mammadov"))
    servers.save(ServerConnection(name="embassy", host="10.0.0.7", database="minutes", user="r.aliyev"))
    assert server_passwords.remember_password("ministry", SECRET)
    return servers


@pytest.fixture
def menu(qtbot, folders: tuple[Path, Path], memory_keyring) -> StoreMenu:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    paths = resolve_paths(data_dir=str(folders[1] / "minutes-app"))
    return StoreMenu(paths, window, servers=_servers())


def _action(menu: StoreMenu, server: str, label: str):  # type: ignore[no-untyped-def]
    menu.fill_manage_menu()
    entry = next(a.menu() for a in menu.manage_menu.actions() if a.text() == server)
    return next(a for a in entry.actions() if a.text() == label)


def _click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def _retype(field: QWidget, text: str) -> None:
    field.setFocus()
    field.selectAll()  # type: ignore[attr-defined]
    QTest.keyClicks(field, text)


def _edit(qtbot, menu: StoreMenu, name: str) -> ConnectDialog:  # type: ignore[no-untyped-def]
    _action(menu, name, "&Edit…").trigger()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ConnectDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_edit_keeps_the_password_unless_one_is_typed_and_a_new_name_takes_it_along(
    qtbot, menu: StoreMenu, memory_keyring
) -> None:  # type: ignore[no-untyped-def]
    dialog = _edit(qtbot, menu, "ministry")
    assert dialog.windowTitle() == "Edit team server" and not dialog.connect_button.isVisible()
    assert dialog.host_edit.text() == "db.ministry.local"
    assert dialog.password_edit.text() == "" and "Unchanged" in dialog.password_edit.placeholderText()
    _retype(dialog.host_edit, "db2.ministry.local")
    _click(dialog.save_button)
    assert not dialog.isVisible()
    assert ServerList().get("ministry") == ServerConnection(
        name="ministry", host="db2.ministry.local", database="minutes", user="a.mammadov"
    )
    assert memory_keyring[(SERVICE, "ministry")] == SECRET  # nothing typed: kept

    dialog = _edit(qtbot, menu, "ministry")
    _retype(dialog.name_edit, "embassy")  # taken: refused, nothing changed
    _click(dialog.save_button)
    assert dialog.isVisible() and "is saved already" in dialog.result_label.text()
    _retype(dialog.name_edit, "ministry-main")
    _click(dialog.save_button)
    assert [s.name for s in ServerList().all()] == ["embassy", "ministry-main"]
    assert memory_keyring == {(SERVICE, "ministry-main"): SECRET}  # moved with the name

    dialog = _edit(qtbot, menu, "ministry-main")
    _retype(dialog.password_edit, "New-Pw-1")
    _click(dialog.save_button)
    assert memory_keyring == {(SERVICE, "ministry-main"): "New-Pw-1"}
    switch_entries = [a.text() for a in menu.switch_menu.actions()]
    assert any("ministry-main" in text for text in switch_entries)


def test_delete_asks_first_and_takes_the_keyring_password_along(qtbot, menu: StoreMenu, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    def answer(label: str) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, lambda: answer(label))
            return
        seen.append(box.text())
        button = next((b for b in box.buttons() if b.text().replace("&", "") == label), None)
        if button is None:  # never leave the box open: the test would hang
            box.reject()
            return
        _click(button)

    seen: list[str] = []
    QTimer.singleShot(0, lambda: answer("Cancel"))
    _action(menu, "ministry", "&Delete…").trigger()
    assert seen == ["Delete the saved team server “ministry” (db.ministry.local:5432/minutes)?"]
    assert ServerList().get("ministry") is not None and (SERVICE, "ministry") in memory_keyring

    QTimer.singleShot(0, lambda: answer("Delete"))
    _action(menu, "ministry", "&Delete…").trigger()
    assert [s.name for s in ServerList().all()] == ["embassy"]
    assert memory_keyring == {}
    assert not any("ministry" in a.text() for a in menu.switch_menu.actions())


def test_cli_lists_and_removes_saved_servers(
    folders: tuple[Path, Path], memory_keyring, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    _servers()
    assert main(["servers", "list"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "embassy\tr.aliyev@10.0.0.7:5432/minutes\tTLS prefer\tpassword asked at each connection",
        "ministry\ta.mammadov@db.ministry.local:5432/minutes\tTLS prefer\tpassword in the keyring",
    ]
    assert SECRET not in "".join(out)
    assert main(["servers", "remove", "nowhere"]) == 1
    assert "no team server called 'nowhere' is saved; saved: embassy, ministry" in capsys.readouterr().err
    assert main(["servers", "remove", "ministry"]) == 0
    assert [s.name for s in ServerList().all()] == ["embassy"] and memory_keyring == {}
    assert main(["servers", "list", "--json"]) == 0
    assert '"name": "embassy"' in capsys.readouterr().out
