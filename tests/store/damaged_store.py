"""A store whose pages are damaged where only SQLite's integrity check looks: it opens, its check fails."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from minutes_app.paths import AppPaths
from minutes_app.services import open_services
from minutes_app.services.demo import load_demo


def damage_a_table(paths: AppPaths, table: str = "person") -> bytes:
    """Fill a demo store, then overwrite the root page of `table`; returns the file's bytes after the damage.

    The header, the schema and alembic_version stay readable, so the store opens; quick_check fails.
    """
    services = open_services(paths)
    load_demo(services)
    services.close()
    db = paths.db_file
    assert db is not None
    conn = sqlite3.connect(db)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    conn.close()
    assert not Path(f"{db}-wal").exists() or Path(f"{db}-wal").stat().st_size == 0
    data = bytearray(db.read_bytes())
    start = (root - 1) * page_size
    data[start : start + page_size] = b"\xa5" * page_size
    db.write_bytes(bytes(data))
    return bytes(data)
