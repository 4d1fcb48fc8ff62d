"""Team servers: a named PostgreSQL connection, its URL, a quick test, and opening it as the app's store.

The password never enters a URL, a file or a message here: it travels beside the URL (AppPaths.password)
and every driver text shown to a person has it blanked (services/server_passwords.py keeps it in the keyring).
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from minutes_app.paths import AppPaths
from minutes_app.redaction import safe_message
from minutes_app.store import server_probe
from minutes_app.store.server_probe import CURRENT, EMPTY, NEWER, NOT_OURS, OLDER, ServerLook

__all__ = [
    "CURRENT",
    "EMPTY",
    "NEWER",
    "NOT_OURS",
    "OLDER",
    "TLS_MODES",
    "ServerConnection",
    "ServerConnectionError",
    "ServerLook",
    "check_server",
    "paths_for",
]

# libpq's sslmode values the dialog offers; verify-full also checks the server's name against its certificate.
TLS_MODES = ("disable", "prefer", "require", "verify-full")
DEFAULT_PORT = 5432
# "Test connection" waits this long for an answer (s); a connection the app keeps waits longer (store/engine.py).
TEST_TIMEOUT_S = 5

# Why a connection failed, for the dialog's sentence in the person's language.
REFUSED, TIMEOUT, UNKNOWN_HOST, LOGIN, NO_DATABASE, TLS, OTHER = (
    "refused",
    "timeout",
    "unknown_host",
    "login",
    "no_database",
    "tls",
    "other",
)
_REASONS = (
    (re.compile(r"connection refused", re.I), REFUSED),
    (re.compile(r"timeout expired|timed out", re.I), TIMEOUT),
    (
        re.compile(r"resolve host|translate host name|name or service not known|nodename nor servname", re.I),
        UNKNOWN_HOST,
    ),
    (re.compile(r"database \S+ does not exist", re.I), NO_DATABASE),
    (re.compile(r"password|authentication|role \S+ does not exist|no pg_hba", re.I), LOGIN),
    (re.compile(r"ssl|certificate|tls", re.I), TLS),
)


@dataclasses.dataclass(frozen=True)
class ServerConnection:
    """A team server as the officer saved it: everything but the password."""

    name: str
    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    tls_mode: str = "prefer"
    ca_file: str = ""  # the CA certificate that verify-full checks the server against

    def url(self) -> str:
        """The SQLAlchemy URL (psycopg), without a password."""
        from sqlalchemy.engine import URL

        query: dict[str, str] = {"sslmode": self.tls_mode}
        if self.tls_mode == "verify-full" and self.ca_file:
            query["sslrootcert"] = self.ca_file
        url = URL.create(
            "postgresql+psycopg",
            username=self.user,
            host=self.host,
            port=self.port,
            database=self.database,
            query=query,
        )
        return url.render_as_string(hide_password=False)

    def where(self) -> str:
        """host:port/database, for titles and messages."""
        return f"{self.host}:{self.port}/{self.database}"

    def problem(self) -> str | None:
        """What is missing before a connection can be tried (in English, for the command line), else None."""
        if not self.host.strip():
            return "the host is empty"
        if not self.database.strip():
            return "the database is empty"
        if not self.user.strip():
            return "the user is empty"
        if self.tls_mode not in TLS_MODES:
            return f"the TLS mode must be one of {', '.join(TLS_MODES)}"
        if self.tls_mode == "verify-full" and not self.ca_file:
            return "verify-full needs the CA certificate file"
        if self.ca_file and self.tls_mode == "verify-full" and not Path(self.ca_file).is_file():
            return f"the CA certificate file {self.ca_file} does not exist"
        return None


class ServerConnectionError(Exception):
    """A team server could not be reached or refused the login; `reason` for words, `detail` for the curious."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def blank_out(text: str, password: str | None) -> str:
    """`text` with every occurrence of `password` replaced by ***."""
    return text.replace(password, "***") if password else text


def failure(error: BaseException, password: str | None) -> ServerConnectionError:
    """The ServerConnectionError for a driver error: its reason, and its first line with the password and quotes blanked."""
    raw = blank_out(str(error), password)
    reason = next((reason for pattern, reason in _REASONS if pattern.search(raw)), OTHER)
    detail = blank_out(safe_message(error), password).strip().splitlines()
    return ServerConnectionError(reason, detail[0] if detail else type(error).__name__)


def check_server(connection: ServerConnection, password: str | None, *, timeout: int = TEST_TIMEOUT_S) -> ServerLook:
    """Connect once (waiting at most `timeout` s): the server's version and its schema; ServerConnectionError otherwise."""
    try:
        return server_probe.look(connection.url(), password or None, connect_timeout=timeout)
    except server_probe.ServerUnreachableError as exc:
        raise failure(exc.error, password) from None


def check_paths(paths: AppPaths, *, timeout: int = TEST_TIMEOUT_S) -> ServerLook:
    """check_server for a store given as paths (a saved server or a --db URL)."""
    try:
        return server_probe.look(paths.db_url, paths.password, connect_timeout=timeout)
    except server_probe.ServerUnreachableError as exc:
        raise failure(exc.error, paths.password) from None


def paths_for(connection: ServerConnection, data_dir: Path, password: str | None) -> AppPaths:
    """The store paths of a team server: its URL, the password beside it, and the local data folder for recovery and logs."""
    return AppPaths(
        data_dir=data_dir,
        db_url=connection.url(),
        password=password or None,
        server_name=connection.name,
        upgrade_needs_consent=True,
    )


def allow_upgrade(paths: AppPaths) -> AppPaths:
    """`paths` marked as confirmed by the officer: an older schema on the server may be updated when it opens."""
    return dataclasses.replace(paths, upgrade_needs_consent=False)
