"""Checks a --db URL before anything connects, so a typo gets one clear line and never shows the password."""

from __future__ import annotations

import re

from minutes_app.domain.errors import StoreError

SUPPORTED = ("sqlite", "postgresql")
_PASSWORD = re.compile(r"(://[^:/?#@]*:)[^@/?#]*@")


def redact(url: str) -> str:
    """The URL with any password replaced by ***, even when the URL cannot be parsed."""
    return _PASSWORD.sub(r"\1***@", url)


def _refuse(url: str, why: str) -> StoreError:
    return StoreError("bad_location", f"--db {redact(url)}: {why}")


def check_db_url(url: str) -> str:
    """`url` when it names a usable SQLite file or PostgreSQL database; StoreError saying what is wrong otherwise."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    try:
        parsed = make_url(url)
    except ArgumentError:
        raise _refuse(
            url, "is not a database URL (expected a file path or postgresql+psycopg://USER@HOST:PORT/DATABASE)"
        ) from None
    except ValueError:
        raise _refuse(url, "has a port that is not a number") from None
    backend = parsed.get_backend_name()
    if backend not in SUPPORTED:
        raise _refuse(url, f"{backend!r} databases are not supported; use an SQLite file or postgresql+psycopg://")
    if backend == "sqlite" and (
        not parsed.database or parsed.database == ":memory:" or parsed.database.startswith("file:")
    ):
        raise _refuse(url, "names no file; give a path, e.g. --db /path/to/minutes.db")
    if backend == "postgresql" and not parsed.database:
        raise _refuse(url, "names no database; add /DATABASE at the end")
    try:
        parsed.get_dialect().import_dbapi()
    except NoSuchModuleError:
        raise _refuse(url, f"unknown driver {parsed.get_driver_name()!r}; use postgresql+psycopg://") from None
    except ImportError:
        raise _refuse(
            url, f"the driver {parsed.get_driver_name()!r} is not installed; use postgresql+psycopg://"
        ) from None
    return url
