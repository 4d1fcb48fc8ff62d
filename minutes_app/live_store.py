"""The SQLite store files this process has open, so that no user-chosen file is ever one of them.

On POSIX, closing any descriptor of a file releases all of the process's locks on it, SQLite's
included ("How To Corrupt An SQLite Database File", 2.2): reading the live store with open() as a
Word template or a JSON import, or renaming an export over it, would let another process delete
its WAL under us. store/database registers each SQLite store it opens; every reader and writer of
a user-chosen file asks `refusal(path)` before it opens anything. Nothing here opens a file: it
compares `os.stat` results (device and inode, links followed) and resolved names.
"""

from __future__ import annotations

import os
import threading
from collections import Counter

COMPANIONS = ("-wal", "-shm", "-journal")  # the files SQLite keeps beside the database

_lock = threading.Lock()
_open: Counter[str] = Counter()  # resolved database path -> how many open stores use it


def register(db_file: str | os.PathLike[str]) -> None:
    """Note that this process has the SQLite store `db_file` open."""
    with _lock:
        _open[os.path.realpath(db_file)] += 1


def unregister(db_file: str | os.PathLike[str]) -> None:
    """Note that one store opened on `db_file` has been closed."""
    key = os.path.realpath(db_file)
    with _lock:
        _open[key] -= 1
        if _open[key] <= 0:
            del _open[key]


def _store_files() -> list[tuple[str, str]]:
    """(name, companion suffix) of every file of every open store."""
    with _lock:
        databases = list(_open)
    return [(f"{db}{suffix}", suffix) for db in databases for suffix in ("", *COMPANIONS)]


def live_store_part(path: str | os.PathLike[str]) -> str | None:
    """ "" when `path` is an open store's database, "-wal"/"-shm"/"-journal" for its companions, else None.

    An existing file matches by device and inode (any name, link or hard link); a path that does
    not exist matches only when it resolves to one of an open store's own names (SQLite would take
    a -wal or -journal made there for its own).
    """
    try:
        seen = os.stat(path)
    except (OSError, ValueError):
        seen = None
    resolved = os.path.realpath(path) if seen is None else None
    for name, suffix in _store_files():
        if seen is None:
            if resolved == name:
                return suffix
            continue
        try:
            mine = os.stat(name)
        except OSError:
            continue  # that companion does not exist at the moment
        if (mine.st_dev, mine.st_ino) == (seen.st_dev, seen.st_ino):
            return suffix
    return None


def is_live_store_file(path: str | os.PathLike[str]) -> bool:
    """True when `path` is the database of a store this process has open, or its -wal, -shm or -journal."""
    return live_store_part(path) is not None


def refusal(path: str | os.PathLike[str]) -> str | None:
    """The one-line reason to refuse `path` when it is a file of an open store, else None."""
    part = live_store_part(path)
    if part is None:
        return None
    if part == "":
        return f"{os.fspath(path)} is the Minutes App store itself; choose another file"
    return f"{os.fspath(path)} is the Minutes App store's own {part} file; choose another file"
