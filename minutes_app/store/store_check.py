"""`check` of a store in use: SQLite's full integrity check, then the schema against the migrations."""

from __future__ import annotations

import sqlite3

from minutes_app.domain.errors import StoreError
from minutes_app.paths import AppPaths
from minutes_app.store import migrate, schema_check, sqlite_files
from minutes_app.store.engine import make_engine


def check_store(paths: AppPaths) -> str | None:
    """The store's revision (None when empty); raise StoreError when it is damaged, foreign, too new or incomplete."""
    if paths.db_file is not None:
        sqlite_files.check_file(paths.db_file, quick=False)
        try:
            revision, found = schema_check.read_sqlite_file(paths.db_file)
        except sqlite3.DatabaseError as exc:
            raise StoreError("damaged", f"{paths.db_file} cannot be read: {exc}") from exc
        on_sqlite = True
    else:
        revision, found = _read_server(paths)
        on_sqlite = False
    if revision is None:
        if found.tables:
            raise StoreError("not_ours", f"{paths.display_location()} holds tables that are not a Minutes App store")
        return None
    if revision not in migrate.known_revisions():
        raise StoreError(
            "too_new", f"{paths.display_location()} is from a newer version of Minutes App (schema {revision})"
        )
    problems = schema_check.schema_problems(found, revision, sqlite=on_sqlite)
    if problems:
        remedy = (
            "restore a backup (minutes-app restore FILE)"
            if on_sqlite
            else "restore the server's backup of the database"
        )
        raise StoreError(
            "incomplete",
            f"{paths.display_location()} does not match its schema: {schema_check.summarise(problems)}; {remedy}",
        )
    return revision


def _read_server(paths: AppPaths) -> tuple[str | None, schema_check.Schema]:
    engine = make_engine(paths.db_url, password=paths.password)
    try:
        with engine.connect() as conn:
            return migrate.current_revision(conn), schema_check.read_server_schema(conn)
    except Exception as exc:
        raise StoreError("unavailable", f"Cannot reach {paths.display_location()}: {str(exc).splitlines()[0]}") from exc
    finally:
        engine.dispose()
