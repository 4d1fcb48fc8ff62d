"""SQLite's WAL checkpoint run beside the writers, so that a save does not copy the WAL into the database itself.

SQLite checkpoints inside the COMMIT that takes the WAL past 1,000 pages. A meeting's save writes about a
hundred pages (its rows, their indexes, the search index), so about one save in ten took 100-150 ms instead
of 25, in the window's thread. After each write transaction the store asks this thread for a PASSIVE
checkpoint (it waits for no reader and no writer); requests that arrive while one runs are folded into the
next. SQLite's own checkpoint at 1,000 pages stays as the safety net should this thread fall behind.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

log = logging.getLogger(__name__)

STOP_WAIT_S = 10.0  # how long closing the store waits for a checkpoint under way


class WalCheckpointer:
    """Runs `PRAGMA wal_checkpoint(PASSIVE)` on the SQLite file `db_file` in a thread, when asked."""

    def __init__(self, db_file: Path) -> None:
        self._db_file = db_file
        self._wanted = threading.Event()
        self._stopping = False
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self.checkpoints = 0  # how many have run (for the tests and the benchmark's notes)

    def request(self) -> None:
        """Ask for a checkpoint soon (one already asked for and not yet begun covers this one too)."""
        with self._lock:
            if self._stopping:
                return
            self._wanted.set()
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="wal-checkpoint", daemon=True)
                self._thread.start()

    def stop(self) -> None:
        """Let a checkpoint under way finish, then end the thread (before the store's connections close)."""
        with self._lock:
            self._stopping = True
            self._wanted.set()
            thread = self._thread
        if thread is not None:
            thread.join(STOP_WAIT_S)

    def _run(self) -> None:
        while True:
            self._wanted.wait()
            self._wanted.clear()
            if self._stopping:
                return
            self._checkpoint()

    def _checkpoint(self) -> None:
        # A connection of its own, opened for each checkpoint: nothing holds the file between them (a restore
        # replaces it), and no transaction is open around the PRAGMA (it would make the checkpoint wait).
        try:
            conn = sqlite3.connect(str(self._db_file), isolation_level=None, check_same_thread=False)
        except sqlite3.Error as error:
            log.warning("the WAL checkpoint could not open %s: %s", self._db_file, error)
            return
        try:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            self.checkpoints += 1
        except sqlite3.Error as error:  # another process's checkpoint under way: the next one catches up
            log.info("a WAL checkpoint was not done: %s", error)
        finally:
            conn.close()
