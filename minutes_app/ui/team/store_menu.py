"""File > Connect to a team server…, File > Switch to ("My computer" and each saved team server), and
File > Saved team servers (Edit… and Delete… of each)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from minutes_app.paths import AppPaths
from minutes_app.services import server_passwords, team_server
from minutes_app.services.server_list import ServerList
from minutes_app.ui.team.connect_dialog import ConnectDialog

LOCAL = None  # the "My computer" target of switch_requested


class StoreMenu(QObject):
    """The team server entries of the File menu; `switch_requested` carries the AppPaths to open, or None for My computer."""

    switch_requested = Signal(object)

    def __init__(self, paths: AppPaths, parent: QWidget, servers: ServerList | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._window = parent
        self.servers = servers if servers is not None else ServerList()
        self.connect_action = QAction(self.tr("C&onnect to a team server…"), parent)
        self.connect_action.triggered.connect(self.open_connect_dialog)
        self.switch_menu = QMenu(self.tr("S&witch to"), parent)
        self.switch_menu.aboutToShow.connect(self.fill_switch_menu)
        self.manage_menu = QMenu(self.tr("Saved team ser&vers"), parent)
        self.manage_menu.aboutToShow.connect(self.fill_manage_menu)
        self.fill_switch_menu()
        self.fill_manage_menu()

    def fill_switch_menu(self) -> None:
        """My computer, then each saved team server; the open store is checked."""
        self.switch_menu.clear()
        group = QActionGroup(self.switch_menu)
        local = self.switch_menu.addAction(self.tr("My computer"))
        local.setCheckable(True)
        local.setChecked(self._paths.is_sqlite)
        local.triggered.connect(lambda: self._request(LOCAL))
        group.addAction(local)
        servers = self.servers.all()
        if servers:
            self.switch_menu.addSeparator()
        for server in servers:
            action = self.switch_menu.addAction(
                self.tr("Team server: %1 (%2)").replace("%1", server.name).replace("%2", server.where())
            )
            action.setCheckable(True)
            action.setChecked(self._paths.server_name == server.name)
            action.triggered.connect(
                lambda _=False, s=server: self._request(team_server.paths_for(s, self._paths.data_dir, None))
            )
            group.addAction(action)

    def fill_manage_menu(self) -> None:
        """One submenu per saved team server, with Edit… and Delete…."""
        self.manage_menu.clear()
        servers = self.servers.all()
        if not servers:
            self.manage_menu.addAction(self.tr("No team server saved yet")).setEnabled(False)
        for server in servers:
            entry = self.manage_menu.addMenu(server.name)
            entry.setToolTip(server.where())
            entry.addAction(self.tr("&Edit…")).triggered.connect(lambda _=False, n=server.name: self.edit_server(n))
            entry.addAction(self.tr("&Delete…")).triggered.connect(lambda _=False, n=server.name: self.delete_server(n))

    def edit_server(self, name: str) -> ConnectDialog | None:
        """Open the saved team server `name` for editing (window-modal); None when it is no longer saved."""
        server = self.servers.get(name)
        if server is None:
            return None
        dialog = ConnectDialog(self._paths.data_dir, self._window, servers=self.servers, server=server, editing=True)
        dialog.accepted.connect(self.fill_switch_menu)
        dialog.open()
        return dialog

    def delete_server(self, name: str) -> bool:
        """Forget the saved team server `name` and its keyring password, after confirmation; True when done."""
        server = self.servers.get(name)
        if server is None:
            return False
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete team server"),
            self.tr("Delete the saved team server “%1” (%2)?").replace("%1", name).replace("%2", server.where()),
            QMessageBox.StandardButton.Cancel,
            self._window,
        )
        box.setInformativeText(
            self.tr("Its password is removed from the keyring too. Nothing on the server itself is changed.")
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not delete:
            return False
        self.servers.remove(name)
        server_passwords.forget_password(name)
        self.fill_switch_menu()
        return True

    def _request(self, target: AppPaths | None) -> None:
        if target is None and self._paths.is_sqlite:
            return  # already on My computer
        if target is not None and target.server_name == self._paths.server_name and not self._paths.is_sqlite:
            return
        self.switch_requested.emit(target)

    def open_connect_dialog(self) -> ConnectDialog:
        """Open the connection dialog (window-modal); Connect asks to switch to that server."""
        dialog = ConnectDialog(self._paths.data_dir, self._window, servers=self.servers)
        dialog.accepted.connect(lambda: self._connected(dialog))
        dialog.open()
        return dialog

    def _connected(self, dialog: ConnectDialog) -> None:
        chosen = dialog.chosen_paths()
        if chosen is not None:
            self.switch_requested.emit(chosen)
