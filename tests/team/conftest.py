"""Team server fixtures: a fresh PostgreSQL database per test, private config and data folders, an in-memory keyring."""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_URL_ENV = "MINUTES_APP_TEST_PG_URL"
PASSWORD = "Xq7-never-anywhere-9Lk"  # what no file, log, setting or message may ever contain


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """(config, data) folders of this test: XDG_CONFIG_HOME and XDG_DATA_HOME point there."""
    config, data = tmp_path / "config", tmp_path / "data"
    config.mkdir()
    data.mkdir()
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.delenv("MINUTES_APP_DATA_DIR", raising=False)
    return config, data


@pytest.fixture
def server_db() -> Iterator[dict[str, object]]:
    """A fresh, empty database on the test server, dropped afterwards: host, port, user and database."""
    base = os.environ.get(PG_URL_ENV)
    if not base:
        pytest.skip(f"{PG_URL_ENV} is not set")
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    parsed = make_url(base)
    name = f"minutes_team_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield {
            "host": parsed.host or "127.0.0.1",
            "port": parsed.port or 5432,
            "user": parsed.username,
            "database": name,
        }
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A local port that accepts connections and never answers (a server that hangs)."""
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    try:
        yield silent.getsockname()[1]
    finally:
        silent.close()


def files_containing(folder: Path, needle: str) -> list[Path]:
    """Every file under `folder` whose bytes contain `needle`."""
    return [p for p in folder.rglob("*") if p.is_file() and needle.encode() in p.read_bytes()]


@pytest.fixture
def memory_keyring() -> Iterator[dict[tuple[str, str], str]]:
    """A working keyring (priority 1) that keeps passwords in a dict, installed for the test."""
    keyring = pytest.importorskip("keyring")
    from keyring.backend import KeyringBackend

    kept: dict[tuple[str, str], str] = {}

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return kept.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            kept[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            kept.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        yield kept
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """The headless case: keyring's fail backend (priority 0), or keyring not installed at all."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        yield
        return
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)
