"""File > Connect to a team server…: the connection's fields, a test in a worker thread, saving and connecting."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from minutes_app.paths import AppPaths
from minutes_app.services import server_passwords, team_server
from minutes_app.services.server_list import ServerList
from minutes_app.services.team_server import ServerConnection, ServerConnectionError, ServerLook
from minutes_app.ui.team.server_words import failure_text, schema_text


class _TestSignals(QObject):
    """Carries the worker's answer back to the dialog's thread (queued across threads)."""

    finished = Signal(object)  # a ServerLook or a ServerConnectionError


class _ConnectionTest(QRunnable):
    """Connects once to the server in a pool thread, so the dialog stays responsive while it waits."""

    def __init__(self, server: ServerConnection, password: str) -> None:
        super().__init__()
        self.server = server
        self.password = password
        self.signals = _TestSignals()

    def run(self) -> None:
        try:
            answer: ServerLook | ServerConnectionError = team_server.check_server(self.server, self.password)
        except ServerConnectionError as failed:
            answer = failed
        self.signals.finished.emit(answer)


class ConnectDialog(QDialog):
    """The fields of one team server; Test connection, Save, and Connect (which saves too)."""

    tested = Signal()  # a connection test has finished and its answer is shown

    def __init__(
        self,
        data_dir: Path,
        parent: QWidget | None = None,
        *,
        servers: ServerList | None = None,
        server: ServerConnection | None = None,
        editing: bool = False,
    ) -> None:
        super().__init__(parent)
        # Editing a saved connection: its name before any change, and the password stays unless one is typed.
        self._editing = server.name if editing and server is not None else None
        self.setWindowTitle(self.tr("Edit team server") if self._editing else self.tr("Connect to a team server"))
        self._data_dir = data_dir
        self._servers = servers if servers is not None else ServerList()
        self._chosen: AppPaths | None = None
        self._running: _ConnectionTest | None = None

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. ministry server"))
        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText(self.tr("e.g. db.ministry.local"))
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(team_server.DEFAULT_PORT)
        self.database_edit = QLineEdit()
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_box = QCheckBox(self.tr("Keep the password in this computer's keyring"))
        has_keyring = server_passwords.keyring_available()
        self.remember_box.setChecked(has_keyring)
        self.remember_box.setEnabled(has_keyring)
        if not has_keyring:
            self.remember_box.setToolTip(
                self.tr("This computer has no keyring: the password is asked at each connection and never saved.")
            )
        self.tls_combo = QComboBox()
        captions = {
            "disable": self.tr("Off (only on a trusted network)"),
            "prefer": self.tr("Use when the server offers it"),
            "require": self.tr("Required"),
            "verify-full": self.tr("Required, and check the server's certificate"),
        }
        for mode in team_server.TLS_MODES:
            self.tls_combo.addItem(captions[mode], mode)
        self.tls_combo.setCurrentIndex(team_server.TLS_MODES.index("prefer"))
        self.ca_edit = QLineEdit()
        self.ca_browse = QPushButton(self.tr("Browse…"))
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(self.ca_browse)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Host:"), self.host_edit)
        form.addRow(self.tr("P&ort:"), self.port_spin)
        form.addRow(self.tr("&Database:"), self.database_edit)
        form.addRow(self.tr("&User:"), self.user_edit)
        form.addRow(self.tr("Pass&word:"), self.password_edit)
        form.addRow("", self.remember_box)
        form.addRow(self.tr("&Encryption (TLS):"), self.tls_combo)
        # A label beside a layout gets no buddy of its own: without one its "&" would show as written.
        ca_label = QLabel(self.tr("&CA certificate:"))
        ca_label.setBuddy(self.ca_edit)
        form.addRow(ca_label, ca_row)

        self.result_label = QLabel()
        self.result_label.setObjectName("connectionResult")
        self.result_label.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.test_button = self.buttons.addButton(self.tr("&Test connection"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = self.buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.ActionRole)
        self.connect_button = self.buttons.addButton(self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        if self._editing is not None:
            self.connect_button.hide()  # editing saves and closes; connecting is File > Switch to
            self.save_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)

        self.test_button.clicked.connect(self.test_connection)
        self.save_button.clicked.connect(self.save)
        self.connect_button.clicked.connect(self.connect_to_server)
        self.buttons.rejected.connect(self.reject)
        self.ca_browse.clicked.connect(self._choose_ca_file)
        self.tls_combo.currentIndexChanged.connect(self._update_ca_row)
        if server is not None:
            self.show_server(server)
        self._update_ca_row()

    # The fields ----------------------------------------------------------------------------

    def show_server(self, server: ServerConnection) -> None:
        """Fill the fields with a saved team server (the password comes from the keyring when kept there)."""
        self.name_edit.setText(server.name)
        self.host_edit.setText(server.host)
        self.port_spin.setValue(server.port)
        self.database_edit.setText(server.database)
        self.user_edit.setText(server.user)
        self.tls_combo.setCurrentIndex(max(0, self.tls_combo.findData(server.tls_mode)))
        self.ca_edit.setText(server.ca_file)
        kept = server_passwords.stored_password(server.name)
        if self._editing is not None:
            # Never shown again: an empty field keeps the kept password; typing one replaces it.
            self.password_edit.setText("")
            self.password_edit.setPlaceholderText(
                self.tr("Unchanged (kept in the keyring): type to replace")
                if kept
                else self.tr("Not kept: asked at each connection")
            )
            self.remember_box.setChecked(bool(kept) and self.remember_box.isEnabled())
        else:
            self.password_edit.setText(kept or "")

    def server(self) -> ServerConnection:
        """The team server the fields describe (a missing name is made from the host and database)."""
        host = self.host_edit.text().strip()
        database = self.database_edit.text().strip()
        name = self.name_edit.text().strip() or (f"{database}@{host}" if host and database else "")
        mode = str(self.tls_combo.currentData())
        return ServerConnection(
            name=name,
            host=host,
            port=self.port_spin.value(),
            database=database,
            user=self.user_edit.text().strip(),
            tls_mode=mode,
            ca_file=self.ca_edit.text().strip() if mode == "verify-full" else "",
        )

    def chosen_paths(self) -> AppPaths | None:
        """The store to open after Connect (password held in memory only), or None."""
        return self._chosen

    def _update_ca_row(self) -> None:
        verify = self.tls_combo.currentData() == "verify-full"
        self.ca_edit.setEnabled(verify)
        self.ca_browse.setEnabled(verify)

    def _choose_ca_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("CA certificate"),
            self.ca_edit.text(),
            self.tr("Certificates (*.crt *.pem *.cer);;All files (*)"),
        )
        if chosen:
            self.ca_edit.setText(chosen)

    def _incomplete(self) -> bool:
        """Say what is missing in the result line; True when something is."""
        server = self.server()
        missing = [
            (not server.host, self.tr("the host")),
            (not server.database, self.tr("the database")),
            (not server.user, self.tr("the user")),
            (server.tls_mode == "verify-full" and not server.ca_file, self.tr("the CA certificate")),
        ]
        named = [label for is_missing, label in missing if is_missing]
        if named:
            self.result_label.setText(self.tr("Fill in %1.").replace("%1", ", ".join(named)))
            return True
        if server.tls_mode == "verify-full" and not Path(server.ca_file).is_file():
            self.result_label.setText(
                self.tr("The CA certificate file “%1” does not exist.").replace("%1", server.ca_file)
            )
            return True
        return False

    # The buttons ---------------------------------------------------------------------------

    def test_connection(self) -> None:
        """Connect once in a worker thread; the server's version or the failure in words appears below the fields."""
        if self._incomplete() or self._running is not None:
            return
        self._running = _ConnectionTest(self.server(), self._password())
        self._running.signals.finished.connect(self._show_test_result)
        self.test_button.setEnabled(False)
        self.result_label.setText(self.tr("Connecting to %1…").replace("%1", self.server().where()))
        QThreadPool.globalInstance().start(self._running)

    def _show_test_result(self, answer: object) -> None:
        self._running = None
        self.test_button.setEnabled(True)
        if isinstance(answer, ServerConnectionError):
            self.result_label.setText(failure_text(answer))
        elif isinstance(answer, ServerLook):
            connected = self.tr("Connected: PostgreSQL %1.").replace("%1", answer.server_version)
            self.result_label.setText(f"{connected} {schema_text(answer)}")
        self.tested.emit()

    def _password(self) -> str:
        """The password typed, or (editing, nothing typed) the one kept for the connection."""
        typed = self.password_edit.text()
        if typed or self._editing is None:
            return typed
        return server_passwords.stored_password(self._editing) or ""

    def save(self) -> bool:
        """Save the team server under its name (the password only in the keyring, when asked and available)."""
        if self._incomplete():
            return False
        server = self.server()
        if self._editing is not None:
            return self._save_edited(server)
        self._servers.save(server)
        password = self.password_edit.text()
        kept = False
        if self.remember_box.isChecked() and password:
            kept = server_passwords.remember_password(server.name, password)
        elif not self.remember_box.isChecked():
            server_passwords.forget_password(server.name)
        saved = self.tr("Saved as “%1”.").replace("%1", server.name)
        if password and not kept:
            saved += " " + self.tr("The password was not saved: it will be asked at each connection.")
        self.result_label.setText(saved)
        return True

    def _save_edited(self, server: ServerConnection) -> bool:
        """Replace the connection being edited (renamed too); its password moves with it unless one was typed."""
        old_name = self._editing
        assert old_name is not None
        if server.name != old_name and self._servers.get(server.name) is not None:
            self.result_label.setText(
                self.tr("A team server called “%1” is saved already: choose another name.").replace("%1", server.name)
            )
            return False
        self._servers.replace(old_name, server)
        typed = self.password_edit.text()
        if not self.remember_box.isChecked():
            server_passwords.forget_password(old_name)
            server_passwords.forget_password(server.name)
        elif typed:
            if server_passwords.remember_password(server.name, typed) and server.name != old_name:
                server_passwords.forget_password(old_name)
        else:
            server_passwords.move_password(old_name, server.name)
        self._editing = server.name
        self.result_label.setText(self.tr("Saved as “%1”.").replace("%1", server.name))
        self.accept()
        return True

    def connect_to_server(self) -> None:
        """Save the team server and close, leaving the store to open in chosen_paths()."""
        if not self.save():
            return
        server = self.server()
        self._chosen = team_server.paths_for(server, self._data_dir, self.password_edit.text())
        self.accept()
