"""Shared fixtures: a fresh store per test, made by the production start-up path, on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import shutil
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


@pytest.fixture
def pg_paths(tmp_path: Path) -> Iterator[AppPaths]:
    """Paths of a fresh PostgreSQL store in a schema of its own, dropped afterwards."""
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
