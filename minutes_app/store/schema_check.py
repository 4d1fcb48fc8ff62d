"""Does a store hold every table, column, index and trigger its migrations made? A store with a
dropped table passes SQLite's integrity check and then fails with "no such table"; this says so
before that, by comparing with a reference store built by the same migrations.
"""

from __future__ import annotations

import dataclasses
import functools
import sqlite3
import tempfile
from pathlib import Path

from sqlalchemy import Connection, inspect

from minutes_app.store import migrate

# How many problems a one-line message names before "and N more".
SHOWN_PROBLEMS = 3


@dataclasses.dataclass(frozen=True)
class Schema:
    """The named objects of a store: tables with their columns, indexes (with their table), triggers."""

    tables: dict[str, frozenset[str]]
    indexes: dict[str, str]
    triggers: frozenset[str]
    # Virtual tables and the shadow tables SQLite makes for them (full-text search): SQLite only.
    sqlite_only: frozenset[str] = frozenset()


def read_sqlite_schema(conn: sqlite3.Connection) -> Schema:
    """The schema of an SQLite database, read through `conn` (which may be read-only)."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchall()
    tables = {name: _sqlite_columns(conn, name) for kind, name, _table, _sql in rows if kind == "table"}
    virtual = {
        name for kind, name, _table, sql in rows if kind == "table" and (sql or "").upper().startswith("CREATE VIRTUAL")
    }
    shadows = {name for name in tables for v in virtual if name.startswith(f"{v}_")}
    return Schema(
        tables=tables,
        # An index without SQL is SQLite's own for a UNIQUE or PRIMARY KEY constraint.
        indexes={name: table for kind, name, table, sql in rows if kind == "index" and sql},
        triggers=frozenset(name for kind, name, _table, _sql in rows if kind == "trigger"),
        sqlite_only=frozenset(virtual | shadows),
    )


def read_sqlite_file(path: Path) -> tuple[str | None, Schema]:
    """(the Alembic revision or None, the schema) of an SQLite file, through a read-only connection."""
    from minutes_app.store import sqlite_files

    conn = sqlite_files._open_read_only(path)
    try:
        schema = read_sqlite_schema(conn)
        revision = None
        if "alembic_version" in schema.tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = str(row[0]) if row else None
        return revision, schema
    finally:
        conn.close()


def _sqlite_columns(conn: sqlite3.Connection, table: str) -> frozenset[str]:
    return frozenset(row[0] for row in conn.execute("SELECT name FROM pragma_table_info(?)", (table,)))


def read_server_schema(connection: Connection) -> Schema:
    """The schema of a server database (PostgreSQL) in the connection's default schema."""
    inspector = inspect(connection)
    tables: dict[str, frozenset[str]] = {}
    indexes: dict[str, str] = {}
    for table in inspector.get_table_names():
        tables[table] = frozenset(column["name"] for column in inspector.get_columns(table))
        indexes.update((index["name"], table) for index in inspector.get_indexes(table) if index["name"])
    return Schema(tables=tables, indexes=indexes, triggers=frozenset())


@functools.cache
def reference_schema(revision: str) -> Schema:
    """The schema the migrations make at `revision`, built once per process in a scratch SQLite file."""
    from alembic import command

    from minutes_app.store.engine import make_engine

    with tempfile.TemporaryDirectory(prefix="minutes-reference-") as folder:
        scratch = Path(folder) / "reference.db"
        engine = make_engine(f"sqlite:///{scratch}")
        try:
            with engine.begin() as connection:
                cfg = migrate.alembic_config()
                cfg.attributes["connection"] = connection
                command.upgrade(cfg, revision)
        finally:
            engine.dispose()
        conn = sqlite3.connect(str(scratch))  # our own scratch file, never a store in use
        try:
            return read_sqlite_schema(conn)
        finally:
            conn.close()


def schema_problems(found: Schema, revision: str, *, sqlite: bool = True) -> list[str]:
    """How `found` differs from what the migrations made at `revision`, one short phrase each ([] when it matches).

    Missing tables, columns, indexes and triggers, and tables of a later revision: a file that says 0001 but
    already holds 0002's tables would fail its next update ("table … already exists").
    """
    expected = reference_schema(revision)
    problems: list[str] = []
    later = reference_schema(migrate.head_revision()).tables.keys() - expected.tables.keys()
    problems += [
        f"table {table} belongs to a later schema than the recorded {revision}"
        for table in sorted(later & found.tables.keys())
    ]
    for table, columns in sorted(expected.tables.items()):
        if not sqlite and table in expected.sqlite_only:
            continue
        if table not in found.tables:
            problems.append(f"table {table} is missing")
            continue
        problems += [f"column {table}.{column} is missing" for column in sorted(columns - found.tables[table])]
    # An index of a missing table is not news.
    problems += [
        f"index {name} is missing"
        for name, table in sorted(expected.indexes.items())
        if name not in found.indexes and table in found.tables
    ]
    if sqlite:
        problems += [f"trigger {name} is missing" for name in sorted(expected.triggers - found.triggers)]
    return problems


def summarise(problems: list[str]) -> str:
    """The first few problems on one line."""
    shown = "; ".join(problems[:SHOWN_PROBLEMS])
    more = len(problems) - SHOWN_PROBLEMS
    return shown + (f"; and {more} more" if more > 0 else "")
