"""Database failures in plain words: the one place that turns driver exceptions into StoreError or ConflictError.

The sentences never carry the driver's text (it holds SQL and the record's content); the UI shows
them translated by `reason` (ui/common/store_failure_text.py), the command line prints them as they are.
"""

from __future__ import annotations

import re
import sqlite3

from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm.exc import StaleDataError

from minutes_app.domain.errors import (
    DAMAGED,
    DISK_FULL,
    IO_ERROR,
    LOCKED,
    READ_ONLY,
    REFUSED,
    UNAVAILABLE,
    ConflictError,
    MinutesError,
    StoreError,
)

__all__ = [
    "DAMAGED",
    "DISK_FULL",
    "IO_ERROR",
    "LOCKED",
    "READ_ONLY",
    "REFUSED",
    "SENTENCES",
    "UNAVAILABLE",
    "store_error",
    "translate",
]

# The English sentence per reason; ui/common/store_failure_text.py holds the same sentences for translation.
SENTENCES: dict[str, str] = {
    DISK_FULL: "The disk is full: nothing was saved; free some space and save again.",
    LOCKED: "The data is in use by another window, program or colleague and stayed locked for 30 seconds: "
    "nothing was saved; try again in a moment.",
    READ_ONLY: "The data folder or file is read-only: nothing can be saved here. "
    "Ask for write access to the folder, or work on a copy in a folder you can write to.",
    IO_ERROR: "The disk reported an error while reading or writing the data: nothing was saved. "
    "Check the disk or network drive, then save again.",
    DAMAGED: "The data file is damaged: nothing was saved. Close the app and open it again to restore a backup.",
    UNAVAILABLE: "The database cannot be reached: nothing was saved; check the network or the server, then save again.",
    REFUSED: "The team server refused this change: your role does not allow it (a reader, a meeting of another "
    "department, a marking above your clearance, or a shared list only a head of department changes). "
    "Nothing was saved.",
}

# SQLite's primary result codes (sqlite3.h), for Python's sqlite_errorcode.
_SQLITE_CODES = {
    5: LOCKED,
    6: LOCKED,
    8: READ_ONLY,
    10: IO_ERROR,
    11: DAMAGED,
    13: DISK_FULL,
    14: IO_ERROR,
    26: DAMAGED,
}
# SQLite's messages, for errors that come without a code.
_SQLITE_TEXTS = (
    ("database or disk is full", DISK_FULL),
    ("database is locked", LOCKED),
    ("database table is locked", LOCKED),
    ("readonly database", READ_ONLY),
    ("disk i/o error", IO_ERROR),
    ("unable to open database file", IO_ERROR),
    ("malformed", DAMAGED),
    ("file is not a database", DAMAGED),
)
# PostgreSQL SQLSTATE classes and codes.
_PG_STATES = {
    "53100": DISK_FULL,
    "55P03": LOCKED,
    "40P01": LOCKED,
    "25006": READ_ONLY,
    "58030": IO_ERROR,
    "XX001": DAMAGED,
    "42501": REFUSED,  # insufficient privilege: a grant, a row-level security policy or its trigger said no
}
_PG_CLASSES = {"08": UNAVAILABLE, "53": DISK_FULL, "57": UNAVAILABLE}
# Tables with a version column, as the services name their records.
_VERSIONED_KINDS = {"meeting": "meeting", "follow_up": "follow-up", "person": "person", "organisation": "organisation"}


def store_error(reason: str) -> StoreError:
    """The StoreError for `reason`, in words."""
    return StoreError(reason, SENTENCES[reason])


def translate(error: BaseException) -> MinutesError | None:
    """The error a person should see for a database exception, or None when it is not one we can name."""
    if isinstance(error, StaleDataError):
        return _conflict(error)
    if not isinstance(error, DBAPIError):
        return None
    reason = _reason(error.orig)
    if reason is None and (error.connection_invalidated or _connection_lost(error)):
        reason = UNAVAILABLE
    return store_error(reason) if reason is not None else None


def _connection_lost(error: DBAPIError) -> bool:
    """A server driver's OperationalError without an SQLSTATE: libpq could not connect (refused, timed out, dropped)."""
    orig = error.orig
    return (
        isinstance(error, OperationalError)
        and not isinstance(orig, sqlite3.Error)
        and getattr(orig, "sqlstate", None) is None
    )


def _conflict(error: StaleDataError) -> ConflictError:
    # Raised at flush when an UPDATE ... WHERE version = :seen matched no row: another
    # transaction saved the record after this one read it (PostgreSQL's READ COMMITTED).
    match = re.search(r"table '(\w+)'", str(error))
    table = match.group(1) if match else ""
    return ConflictError(_VERSIONED_KINDS.get(table, "record"), None)


def _reason(orig: BaseException | None) -> str | None:
    if isinstance(orig, sqlite3.Error):
        code = getattr(orig, "sqlite_errorcode", None)
        if isinstance(code, int) and (code & 0xFF) in _SQLITE_CODES:
            return _SQLITE_CODES[code & 0xFF]
        text = str(orig).lower()
        return next((reason for needle, reason in _SQLITE_TEXTS if needle in text), None)
    state = getattr(orig, "sqlstate", None)
    if isinstance(state, str) and state:
        return _PG_STATES.get(state) or _PG_CLASSES.get(state[:2])
    return None
