"""One short look at a team server: does it answer, which PostgreSQL it is, and how its schema compares with ours."""

from __future__ import annotations

import dataclasses

from sqlalchemy import inspect, text
from sqlalchemy.exc import SQLAlchemyError

from minutes_app.store import migrate
from minutes_app.store.engine import make_engine

# The schema of a server database, as this version of the app sees it.
EMPTY, CURRENT, OLDER, NEWER, NOT_OURS = "empty", "current", "older", "newer", "not_ours"


@dataclasses.dataclass(frozen=True)
class ServerLook:
    """What one connection learnt: the server's version string, the schema's revision and how it compares."""

    server_version: str
    revision: str | None
    schema: str  # EMPTY, CURRENT, OLDER, NEWER or NOT_OURS


class ServerUnreachableError(Exception):
    """The connection failed; `error` is the driver's exception (its text may name the host, never shown raw)."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(type(error).__name__)
        self.error = error


def schema_state(revision: str | None, has_tables: bool) -> str:
    """EMPTY, CURRENT, OLDER, NEWER or NOT_OURS for a database at `revision`."""
    if revision is None:
        return NOT_OURS if has_tables else EMPTY
    if revision == migrate.head_revision():
        return CURRENT
    return OLDER if revision in migrate.known_revisions() else NEWER


def look(url: str, password: str | None, *, connect_timeout: int) -> ServerLook:
    """Connect once to the server at `url` and read its version and schema; ServerUnreachableError when it cannot."""
    engine = make_engine(url, password=password, connect_timeout=connect_timeout)
    try:
        with engine.connect() as connection:
            version = str(connection.execute(text("SHOW server_version")).scalar() or "")
            revision = migrate.current_revision(connection)
            has_tables = bool(inspect(connection).get_table_names())
    except SQLAlchemyError as exc:
        raise ServerUnreachableError(getattr(exc, "orig", None) or exc) from None
    finally:
        engine.dispose()
    return ServerLook(version, revision, schema_state(revision, has_tables))
