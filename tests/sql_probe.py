"""The tests' probes of query shape: SQLite's plan for a statement, and the statements an action sends."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.dialects import sqlite as sqlite_dialect


def sqlite_plan(db_file: str | Path, statement: Any, params: Any = ()) -> str:
    """SQLite's plan for `statement`, one step a line: SQL text with `params`, or a SQLAlchemy statement (values inlined)."""
    if not isinstance(statement, str):
        statement = str(statement.compile(dialect=sqlite_dialect.dialect(), compile_kwargs={"literal_binds": True}))
    conn = sqlite3.connect(str(db_file))  # a connection of the test's own: the plan, never the store's data
    try:
        return "\n".join(row[-1] for row in conn.execute(f"EXPLAIN QUERY PLAN {statement}", params))
    finally:
        conn.close()


def statements_sent(engine: Engine, action: Callable[[], object]) -> list[tuple[str, Any, bool]]:
    """(SQL text, parameters, executemany) of every statement `action` sends through `engine`, in order."""
    sent: list[tuple[str, Any, bool]] = []

    def record(_conn: Any, _cursor: Any, statement: str, params: Any, _context: Any, many: bool) -> None:
        sent.append((statement, params, many))

    event.listen(engine, "before_cursor_execute", record)
    try:
        action()
    finally:
        event.remove(engine, "before_cursor_execute", record)
    return sent
