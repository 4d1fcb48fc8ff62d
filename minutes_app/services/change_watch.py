"""Noticing what other officers (other processes, other connections) wrote to the store, without Qt.

The ui asks `poll()` about once a second and refreshes what it shows when it gets changes back.
On SQLite a dedicated connection reads `PRAGMA data_version`, which moves only when another
connection commits (this process's pooled connections count as others, so an own save may report
one change too many: a redundant refresh, never a missed one). On PostgreSQL every write sends
`NOTIFY minutes_app_changes, '<kind>:<id>:<login>'` in its own transaction (services/hooks.py), so it
is delivered only if it commits; a listener connection in a thread queues them, but those sent by the
store's own connections: the window that wrote refreshes right after its write (announce_change), and
the echo made it read everything a second time after every Ctrl+S. A notification names the server
process that sent it, and the watch knows which server processes serve its store's connections.
"""

from __future__ import annotations

import datetime as dt
import queue
import threading
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, event
from sqlalchemy.exc import SQLAlchemyError

from minutes_app.services.hooks import CHANGES_CHANNEL as CHANNEL
from minutes_app.store.database import Store
from minutes_app.store.engine import READ_ONLY_OPTION

_LISTEN_WAIT_S = 0.5  # how long the listener thread waits for a notification before looking at `stop`


@dataclass(frozen=True)
class Change:
    """One change made elsewhere: what record ("" and None when the store cannot say), by whom ("" if unknown), when."""

    kind: str
    record_id: int | None
    user: str
    at: dt.datetime


def parse_payload(payload: str) -> tuple[str, int | None, str]:
    """ "meeting:12:a.mammadov" -> ("meeting", 12, "a.mammadov") (kind, record id, writer's login)."""
    kind, _, rest = payload.partition(":")
    number, _, user = rest.partition(":")
    return (kind, int(number), user) if number.isdigit() else (payload, None, "")


class ChangeWatch:
    """Reports the commits of other connections to the store (on a server, those not made through this
    store's own engine); `poll()` returns them (often empty)."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._sqlite: Connection | None = None
        self._last_version: int | None = None
        self._queue: queue.Queue[Change] = queue.Queue()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._own_pids: set[int] = set()  # on a server: the processes serving this store's own connections
        if store.dialect == "sqlite":
            # Its own connection, kept (data_version is per connection), reading only: a plain BEGIN, never the write lock.
            self._sqlite = store.engine.execution_options(**{READ_ONLY_OPTION: True}).connect()
            self._last_version = self._data_version()
        elif store.dialect == "postgresql":
            # The server processes of the store's own connections (their writes are this window's):
            # taken as each is checked out, so one opened before the watch counts from its next use.
            event.listen(store.engine, "checkout", self._note_own)
            event.listen(store.engine, "close", self._forget_own)
            ready = threading.Event()
            self._thread = threading.Thread(
                target=self._listen, args=(ready,), name="minutes-change-watch", daemon=True
            )
            self._thread.start()
            ready.wait(timeout=10)  # LISTEN is in place before the first poll (or the server did not answer)

    def poll(self) -> list[Change]:
        """The changes committed elsewhere since the last poll."""
        if self._sqlite is not None:
            try:
                version = self._data_version()
            except SQLAlchemyError:
                return []  # busy or gone for a moment: the next poll sees the change
            if version == self._last_version:
                return []
            self._last_version = version
            return [Change("", None, "", dt.datetime.now())]
        changes: list[Change] = []
        while True:
            try:
                changes.append(self._queue.get_nowait())
            except queue.Empty:
                return changes

    def acknowledge(self) -> None:
        """On SQLite, take the commits so far as seen: this process wrote and refreshes what it shows now.

        Without it the own commit came back at the next poll as a change elsewhere, and the lists
        were read a second time (at five times the ministry's store, half a second after every
        change). A commit of another process before this call is in what the refresh reads.
        """
        if self._sqlite is not None:
            try:
                self._last_version = self._data_version()
            except SQLAlchemyError:
                pass  # busy for a moment: the next poll reports it, one refresh too many

    def close(self) -> None:
        """Stop watching and release the connection."""
        self._stop.set()
        if self._store.dialect == "postgresql" and event.contains(self._store.engine, "checkout", self._note_own):
            event.remove(self._store.engine, "checkout", self._note_own)
            event.remove(self._store.engine, "close", self._forget_own)
        if self._sqlite is not None:
            self._sqlite.close()
            self._sqlite = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def _note_own(self, dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        """A connection of the store's own was checked out: its notifications are not changes elsewhere."""
        pid = getattr(getattr(dbapi_connection, "info", None), "backend_pid", None)
        if pid:
            self._own_pids.add(pid)  # a set's add and discard are atomic under the GIL: the listener reads it

    def _forget_own(self, dbapi_connection: Any, _record: Any) -> None:
        """A connection of the store's own was closed: its server process id may serve someone else later."""
        pid = getattr(getattr(dbapi_connection, "info", None), "backend_pid", None)
        self._own_pids.discard(pid)

    def _data_version(self) -> int:
        assert self._sqlite is not None
        value = self._sqlite.exec_driver_sql("PRAGMA data_version").scalar_one()
        self._sqlite.commit()  # end the implicit transaction, so the next read sees later commits
        return int(value)

    def _listen(self, ready: threading.Event) -> None:
        """The listener thread: LISTEN, then queue every notification until `stop`; reconnect when the link drops."""
        import psycopg

        conninfo = self._store.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        while not self._stop.is_set():
            try:
                with psycopg.connect(conninfo, autocommit=True, connect_timeout=10) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    if ready.is_set():  # back after a lost link: what was sent meanwhile is unknown, refresh all
                        self._queue.put(Change("", None, "", dt.datetime.now()))
                    ready.set()
                    while not self._stop.is_set():
                        # Each one queued as it arrives: collecting them first (list()) held every
                        # notification until the wait ended, up to _LISTEN_WAIT_S late (the team load test).
                        for note in conn.notifies(timeout=_LISTEN_WAIT_S):
                            if note.pid in self._own_pids:
                                continue  # this store's own commit: the window refreshed after writing it
                            self._queue.put(Change(*parse_payload(note.payload), dt.datetime.now()))
            except psycopg.Error:
                ready.set()  # the caller stops waiting; the thread retries while the app runs
                self._stop.wait(2)
