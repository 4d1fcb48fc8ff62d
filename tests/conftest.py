"""Shared fixtures: a fresh store per test, made by the production start-up path, on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import queue
import shutil
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from minutes_app.paths import AppPaths, resolve_paths
from minutes_app.services import Services, open_services

PG_URL_ENV = "MINUTES_APP_TEST_PG_URL"


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite store made by the real start-up path, copied for each test (fast)."""
    folder = tmp_path_factory.mktemp("template")
    services = open_services(resolve_paths(data_dir=str(folder)))
    services.close()
    return folder / "minutes.db"


@pytest.fixture
def sqlite_paths(tmp_path: Path, migrated_template: Path) -> AppPaths:
    """Paths of a fresh, migrated SQLite store in this test's own folder."""
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    shutil.copy(migrated_template, data / "minutes.db")
    return resolve_paths(data_dir=str(data))


def _pg_schema_url(base: str, schema: str) -> str:
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}"


PG_SCHEMA = "minutes_test"  # the schema the migrated template (and so each copy of it) holds the store in


class PgCopies:
    """A PostgreSQL database migrated once by the real start-up path, copied for each test (CREATE DATABASE ... TEMPLATE).

    The copy is the server's own, file for file: the same tables, indexes, grants and rows that migrating an
    empty schema makes, in a second or so less. Used copies are dropped by a thread of their own while the
    next test runs.
    """

    def __init__(self, base: str, data: Path) -> None:
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url

        self.base = base
        self.admin = create_engine(base, isolation_level="AUTOCOMMIT")
        self.template = f"minutes_tmpl_{uuid.uuid4().hex[:10]}"
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{self.template}"'))
        template_url = make_url(base).set(database=self.template).render_as_string(hide_password=False)
        schema_maker = create_engine(template_url, isolation_level="AUTOCOMMIT")
        with schema_maker.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{PG_SCHEMA}"'))
        schema_maker.dispose()
        open_services(AppPaths(data_dir=data, db_url=_pg_schema_url(template_url, PG_SCHEMA))).close()
        with self.admin.connect() as conn:  # nobody (autovacuum included) may hold it open while it is copied
            conn.execute(text(f'ALTER DATABASE "{self.template}" ALLOW_CONNECTIONS false'))
        self._to_drop: queue.Queue[str | None] = queue.Queue()
        self._failures: list[BaseException] = []
        self._dropper = threading.Thread(target=self._drop_each, name="pg-copies-dropper", daemon=True)
        self._dropper.start()

    def make(self) -> str:
        """A new copy of the migrated template; its URL, search_path set to the store's schema."""
        from sqlalchemy import text
        from sqlalchemy.engine import make_url

        name = f"minutes_t_{uuid.uuid4().hex[:12]}"
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"'))
        url = make_url(self.base).set(database=name).render_as_string(hide_password=False)
        return _pg_schema_url(url, PG_SCHEMA)

    def drop_later(self, url: str) -> None:
        """Drop the copy at `url` in the background (WITH FORCE: a connection the test left open goes too)."""
        from sqlalchemy.engine import make_url

        self._to_drop.put(make_url(url).database)

    def close(self) -> None:
        """Drop what is left to drop, then the template."""
        from sqlalchemy import text

        self._to_drop.put(None)
        self._dropper.join()
        with self.admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{self.template}"'))
        self.admin.dispose()
        if self._failures:
            raise self._failures[0]

    def _drop_each(self) -> None:
        from sqlalchemy import text

        while (name := self._to_drop.get()) is not None:
            try:
                with self.admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            except Exception as exc:  # noqa: BLE001 - reported when the session ends, the other copies still go
                self._failures.append(exc)


@pytest.fixture(scope="session")
def pg_copies(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PgCopies]:
    """The migrated PostgreSQL template of this session (skips when no test server is configured)."""
    base = os.environ.get(PG_URL_ENV)
    if not base:
        pytest.skip(f"{PG_URL_ENV} is not set")
    copies = PgCopies(base, tmp_path_factory.mktemp("pg-template"))
    try:
        yield copies
    finally:
        copies.close()


@pytest.fixture
def pg_paths(tmp_path: Path, pg_copies: PgCopies) -> Iterator[AppPaths]:
    """Paths of a fresh, migrated PostgreSQL store in a database of its own, dropped afterwards."""
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    url = pg_copies.make()
    try:
        yield AppPaths(data_dir=data, db_url=url)
    finally:
        pg_copies.drop_later(url)


@pytest.fixture
def empty_pg_paths(tmp_path: Path) -> Iterator[AppPaths]:
    """Paths of an empty PostgreSQL schema of its own (no store yet), dropped afterwards."""
    base = os.environ.get(PG_URL_ENV)
    if not base:
        pytest.skip(f"{PG_URL_ENV} is not set")
    from sqlalchemy import create_engine, text

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    try:
        yield AppPaths(data_dir=data, db_url=_pg_schema_url(base, schema))
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_paths(request: pytest.FixtureRequest) -> AppPaths:
    """A fresh store on each engine in turn (PostgreSQL only when configured)."""
    name = "sqlite_paths" if request.param == "sqlite" else "pg_paths"
    return request.getfixturevalue(name)  # type: ignore[no-any-return]


@pytest.fixture
def services(any_paths: AppPaths) -> Iterator[Services]:
    """The services over a fresh store, on SQLite and on PostgreSQL."""
    opened = open_services(any_paths)
    yield opened
    opened.close()


@pytest.fixture
def sqlite_services(sqlite_paths: AppPaths) -> Iterator[Services]:
    """The services over a fresh SQLite store (for tests about files, backups and the GUI)."""
    opened = open_services(sqlite_paths)
    yield opened
    opened.close()


@pytest.fixture
def demo_services(services: Services) -> Services:
    """A fresh store on each engine with the sample meeting loaded."""
    from minutes_app.services.demo import load_demo

    load_demo(services)
    return services
