"""The store's integrity check run beside the open window, with every write waiting for its verdict.

SQLite's quick_check reads the whole file (0.2 s at the ministry's size, about 1 s at five times
it), so the desktop app starts without waiting for it. Nothing is written before the check has
passed: `Store.writing()` waits here first and raises the check's StoreError when it failed.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from minutes_app.domain.errors import StoreError
from minutes_app.store import sqlite_files

log = logging.getLogger(__name__)


class IntegrityGate:
    """One quick_check of `path` in a thread of its own; `wait()` gives its verdict."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._thread: threading.Thread | None = None
        self._conn: sqlite3.Connection | None = None
        self._failure: StoreError | None = None
        self._stopped = False
        self._listeners: list[Callable[[StoreError | None], None]] = []

    def start(self) -> None:
        """Begin the check in the background (once); `wait()` runs it here if it was never started."""
        with self._lock:
            if self._thread is not None or self._done.is_set() or self._stopped:
                return
            self._thread = threading.Thread(target=self._run, name="integrity-check", daemon=True)
            self._thread.start()

    def on_done(self, listener: Callable[[StoreError | None], None]) -> None:
        """Call `listener` with the failure (None when sound) once the check ends, from the checking thread."""
        with self._lock:
            if not self._done.is_set():
                self._listeners.append(listener)
                return
        listener(self._failure)

    @property
    def done(self) -> bool:
        """True once the check has given its verdict."""
        return self._done.is_set()

    @property
    def failure(self) -> StoreError | None:
        """Why the store is unsound (None while checking or when sound)."""
        return self._failure

    def wait(self) -> None:
        """Block until the check has passed; raise its StoreError when the store is damaged."""
        with self._lock:
            run_here = self._thread is None and not self._done.is_set()
            if run_here:
                self._thread = threading.current_thread()  # no background run starts after this one
        if run_here:
            self._run()
        self._done.wait()
        if self._failure is not None:
            raise StoreError(self._failure.reason, str(self._failure))

    def stop(self) -> None:
        """Interrupt a check still running (the store is closing) and wait for its thread."""
        with self._lock:
            self._stopped = True
            if self._conn is not None:
                self._conn.interrupt()
            thread = self._thread
        if thread is not None and thread is not threading.current_thread() and thread.is_alive():
            thread.join()

    def _run(self) -> None:
        failure: StoreError | None = None
        try:
            conn = sqlite_files.open_for_check(self.path)
            with self._lock:
                self._conn = conn
            try:
                if not self._stopped:
                    sqlite_files.check_connection(conn, self.path, quick=True)
            finally:
                with self._lock:
                    self._conn = None
                conn.close()
        except StoreError as error:
            failure = error
        if self._stopped and failure is not None and failure.reason == "damaged" and "interrupt" in str(failure):
            failure = StoreError("closed", f"the check of {self.path} stopped: the store was closed")
        if failure is not None:
            log.warning("integrity check of %s failed: %s", self.path, failure)
        with self._lock:
            self._failure = failure
            self._done.set()
            listeners, self._listeners = self._listeners, []
        for listener in listeners:
            listener(failure)
