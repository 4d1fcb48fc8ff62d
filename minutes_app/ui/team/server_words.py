"""Team server answers and failures in the officer's language (never the password: the services blanked it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from minutes_app.services import team_server
from minutes_app.services.team_server import ServerConnectionError, ServerLook


def failure_text(failed: ServerConnectionError) -> str:
    """Why the connection failed, in a sentence, then the driver's first line (host and values blanked)."""
    sentences = {
        team_server.REFUSED: QCoreApplication.translate(
            "TeamServer", "The server refused the connection: check the host and port, and that PostgreSQL runs there."
        ),
        team_server.TIMEOUT: QCoreApplication.translate(
            "TeamServer", "The server did not answer in time: check the host, the port and the network (VPN, firewall)."
        ),
        team_server.UNKNOWN_HOST: QCoreApplication.translate(
            "TeamServer", "No computer with this host name was found: check the host."
        ),
        team_server.LOGIN: QCoreApplication.translate(
            "TeamServer", "The server refused the login: check the user and the password."
        ),
        team_server.NO_DATABASE: QCoreApplication.translate(
            "TeamServer",
            "The server has no database of this name: check the database, or ask the administrator to create it.",
        ),
        team_server.TLS: QCoreApplication.translate(
            "TeamServer", "The encrypted connection (TLS) failed: check the encryption setting and the CA certificate."
        ),
        team_server.OTHER: QCoreApplication.translate("TeamServer", "The connection failed."),
    }
    sentence = sentences.get(failed.reason, sentences[team_server.OTHER])
    return f"{sentence}\n{QCoreApplication.translate('TeamServer', 'Details: %1').replace('%1', failed.detail)}"


def schema_text(look: ServerLook) -> str:
    """What connecting would do to the server's database."""
    texts = {
        team_server.EMPTY: QCoreApplication.translate(
            "TeamServer", "The database is empty: connecting creates the Minutes App tables in it."
        ),
        team_server.CURRENT: QCoreApplication.translate(
            "TeamServer", "The database holds Minutes App data of this version."
        ),
        team_server.OLDER: QCoreApplication.translate(
            "TeamServer", "The database holds Minutes App data of an older version: connecting offers to update it."
        ),
        team_server.NEWER: QCoreApplication.translate(
            "TeamServer", "The database was updated by a newer version of Minutes App: install that version to use it."
        ),
        team_server.NOT_OURS: QCoreApplication.translate(
            "TeamServer", "The database holds other tables, not Minutes App data: choose another database."
        ),
    }
    return texts.get(look.schema, "")
