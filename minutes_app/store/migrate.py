"""Bring a store to the current schema through Alembic, the one path for new and old stores.

Alembic (and Mako behind it) is imported only when a store must be migrated: reading which
revisions exist is a scan of the version files, so a normal start does not pay for it.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)


def alembic_config() -> Config:
    """An Alembic config pointing at the migrations bundled with the package."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


@functools.cache
def _revision_graph() -> tuple[frozenset[str], frozenset[str]]:
    """(every revision, every revision some other revision builds on), read from the files."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        found = _REVISION.search(source)
        if found:
            revisions.add(found.group(1))
        down = _DOWN.search(source)
        if down:
            parents.add(down.group(1))
    return frozenset(revisions), frozenset(parents)


def head_revision() -> str:
    """The newest revision this version of the app knows."""
    revisions, parents = _revision_graph()
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must have one head, found {sorted(heads)}")
    return next(iter(heads))


def known_revisions() -> set[str]:
    """Every revision this version of the app knows."""
    return set(_revision_graph()[0])


def current_revision(connection: Connection) -> str | None:
    """The store's revision, None for an empty store."""
    from sqlalchemy import inspect

    if "alembic_version" not in inspect(connection).get_table_names():
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade_to_head(engine: Engine) -> None:
    """Apply every pending migration in one transaction."""
    from alembic import command

    with engine.begin() as connection:
        cfg = alembic_config()
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
