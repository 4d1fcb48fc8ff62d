"""Error text without record content: what the log, the crash dialog and the CLI may say about a DB error."""

from __future__ import annotations

import re
import traceback
from types import TracebackType

from sqlalchemy.exc import DBAPIError, StatementError

# Database drivers whose messages can quote a stored value (PostgreSQL's "DETAIL: Key (title)=(...)",
# "invalid input syntax for type ...: \"...\"").
_DRIVER_MODULES = ("sqlite3", "psycopg", "psycopg2", "pg8000", "asyncpg")
_QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'|\([^()]*\)=\([^()]*\)")


def _is_driver_error(error: BaseException) -> bool:
    return type(error).__module__.split(".")[0] in _DRIVER_MODULES


def _driver_text(error: BaseException) -> str:
    """The first line of a driver's message, quoted values replaced by an ellipsis."""
    lines = str(error).strip().splitlines()
    first = lines[0] if lines else ""
    return _QUOTED.sub("\u2026", first).strip() or type(error).__name__


def safe_message(error: BaseException) -> str:
    """`str(error)` for any error, except that a database error keeps only what carries no record content."""
    if isinstance(error, StatementError):
        orig = error.orig
        driver = f"({type(orig).__module__}.{type(orig).__name__}) {_driver_text(orig)}" if orig is not None else ""
        # The statement holds only placeholders; the parameters (the meeting's text) are dropped.
        statement = " ".join((error.statement or "").split())[:300]
        return f"{driver} [SQL: {statement}]".strip() if statement else driver or type(error).__name__
    if isinstance(error, DBAPIError):
        return _driver_text(error)
    if _is_driver_error(error):
        return _driver_text(error)
    return str(error)


def describe(error: BaseException) -> str:
    """One line "Kind: message" for `error`, safe to show or log."""
    message = safe_message(error).splitlines()[0] if safe_message(error).strip() else ""
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


def format_exception(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> str:
    """A traceback like traceback.format_exception, every database error's message made safe."""
    chain: list[tuple[BaseException, str]] = []
    seen: set[int] = set()
    current: BaseException | None = error
    note = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, note))
        if current.__cause__ is not None:
            current, note = (
                current.__cause__,
                "\nThe above exception was the direct cause of the following exception:\n\n",
            )
        elif current.__context__ is not None and not current.__suppress_context__:
            current, note = (
                current.__context__,
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            )
        else:
            current = None
    parts: list[str] = []
    for exc, link in reversed(chain):
        tb = trace if exc is error else exc.__traceback__
        if tb is not None:
            parts.append("Traceback (most recent call last):\n")
            parts.extend(traceback.format_tb(tb))
        name = type(exc).__qualname__
        module = type(exc).__module__
        if module not in ("builtins", "__main__"):
            name = f"{module}.{name}"
        parts.append(f"{name}: {safe_message(exc)}\n")
        parts.append(link)
    return "".join(parts)
