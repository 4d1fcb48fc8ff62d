"""Opening a team server as the app's store: the password (keyring or asked), its schema (create, update after consent, refuse newer)."""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox, QWidget

from minutes_app.domain.errors import StoreError
from minutes_app.paths import AppPaths
from minutes_app.services import Services, open_services, server_passwords, team_server
from minutes_app.services.team_server import ServerConnectionError
from minutes_app.ui.common.error_messages import describe_error
from minutes_app.ui.team.server_words import failure_text

log = logging.getLogger(__name__)


def with_password(paths: AppPaths, parent: QWidget | None) -> AppPaths | None:
    """`paths` with the saved server's password from the keyring, or asked for now; None when the officer cancels."""
    if paths.password is not None or paths.server_name is None:
        return paths
    kept = server_passwords.stored_password(paths.server_name)
    if kept is not None:
        return dataclasses.replace(paths, password=kept)
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("TeamServer", "Team server password"),
        QCoreApplication.translate("TeamServer", "Password for the team server “%1”:").replace("%1", paths.server_name),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return None
    return dataclasses.replace(paths, password=text or None)


def _upgrade_question(paths: AppPaths, revision: str | None) -> str:
    from urllib.parse import urlsplit

    where = urlsplit(paths.db_url.replace("postgresql+psycopg", "postgresql", 1))
    example = (
        f"pg_dump --format=custom --file=minutes-before-update.dump --host={where.hostname or 'HOST'} "
        f"--port={where.port or team_server.DEFAULT_PORT} --username=ADMIN {where.path.lstrip('/') or 'DATABASE'}"
    )
    return (
        QCoreApplication.translate(
            "TeamServer",
            "The team server holds Minutes App data in an older format (schema %1). This version must update it "
            "before use; colleagues with an older version of the app cannot use it afterwards.",
        ).replace("%1", revision or "?")
        + "\n\n"
        + QCoreApplication.translate(
            "TeamServer",
            "The server's backups are the database administrator's (DBA's) job: ask them to take one before you "
            "continue, for example:",
        )
        + f"\n{example}\n\n"
        + QCoreApplication.translate("TeamServer", "Update the data on the team server now?")
    )


def open_team_server(paths: AppPaths, parent: QWidget | None) -> Services | None:
    """The services over the team server at `paths`, or None after telling the officer why not (no traceback)."""
    title = QCoreApplication.translate("TeamServer", "Team server")
    ready = with_password(paths, parent)
    if ready is None:
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        look = team_server.check_paths(ready, timeout=10)
    except ServerConnectionError as failed:
        QApplication.restoreOverrideCursor()
        log.warning("cannot reach the team server %s: %s", ready.display_location(), failed.reason)
        QMessageBox.warning(parent, title, failure_text(failed))
        return None
    QApplication.restoreOverrideCursor()
    if look.schema == team_server.NEWER:
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate(
                "TeamServer",
                "The team server's data was updated by a newer version of Minutes App (schema %1). "
                "This version cannot use it: ask your administrator for the newer version.",
            ).replace("%1", look.revision or "?"),
        )
        return None
    if look.schema == team_server.NOT_OURS:
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate(
                "TeamServer",
                "The database holds other tables, not Minutes App data: ask your administrator which database to use.",
            ),
        )
        return None
    if look.schema == team_server.OLDER:
        answer = QMessageBox.question(
            parent,
            title,
            _upgrade_question(ready, look.revision),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        ready = team_server.allow_upgrade(ready)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return open_services(ready)
    except StoreError as error:
        log.warning("cannot open the team server %s: %s", ready.display_location(), error.reason)
        QMessageBox.warning(parent, title, describe_error(error))
        return None
    finally:
        QApplication.restoreOverrideCursor()
