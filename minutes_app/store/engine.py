"""Engines for both databases, with SQLite's pragmas set on every new connection."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

# How long a writer waits for another one before giving up (ms); long, so that a second
# window or process waits instead of reporting "database is locked".
SQLITE_BUSY_TIMEOUT_MS = 30_000
# How long to wait for a PostgreSQL server to answer before saying it cannot be reached (s).
PG_CONNECT_TIMEOUT_S = 10


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite opens a transaction lazily, so no transaction is open here and PRAGMA
    # foreign_keys takes effect (it is ignored inside a transaction).
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        # NORMAL with WAL is durable against application crashes; only a power cut can lose
        # the last transactions, never corrupt the file.
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()


# Execution option marking a connection that only reads (see Store.reading()).
READ_ONLY_OPTION = "minutes_read_only"


def _on_sqlite_begin(conn: Any) -> None:
    # Writers take the write lock at BEGIN so two writers queue on busy_timeout instead of
    # one failing with "database is locked" when it upgrades a read transaction.
    if conn.get_execution_options().get(READ_ONLY_OPTION):
        conn.exec_driver_sql("BEGIN")
    else:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(
    url: str, *, echo: bool = False, password: str | None = None, connect_timeout: int | None = None
) -> Engine:
    """An engine for `url`; SQLite gets pragmas and explicit BEGIN IMMEDIATE transactions.

    A server's `password` goes to the driver as a connection argument, never into the URL (which is shown and logged).
    """
    # hide_parameters: an error's text (logged, shown, printed) never carries the record written.
    if url.startswith("sqlite"):
        engine = create_engine(
            url,
            echo=echo,
            hide_parameters=True,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )

        # Let SQLAlchemy, not pysqlite, emit BEGIN (see the SQLAlchemy SQLite docs,
        # "Serializable isolation / Savepoints / Transactional DDL").
        @event.listens_for(engine, "connect")
        def _connect(dbapi_connection: Any, record: Any) -> None:
            dbapi_connection.isolation_level = None
            _on_sqlite_connect(dbapi_connection, record)

        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    # Without a timeout a server that does not answer leaves the app waiting for minutes.
    connect_args: dict[str, Any] = {}
    if connect_timeout is not None:
        connect_args["connect_timeout"] = connect_timeout
    elif "connect_timeout" not in make_url(url).query:
        connect_args["connect_timeout"] = PG_CONNECT_TIMEOUT_S
    if password is not None:
        connect_args["password"] = password
    return create_engine(url, echo=echo, pool_pre_ping=True, hide_parameters=True, connect_args=connect_args)
