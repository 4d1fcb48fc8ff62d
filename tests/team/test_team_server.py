"""Issue 17, connecting: named team servers, the password kept out of every URL, file, log and message, schemas."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from minutes_app.cli.main import main
from minutes_app.domain.errors import StoreError
from minutes_app.paths import resolve_paths
from minutes_app.redaction import format_exception
from minutes_app.services import open_services, server_passwords, team_server
from minutes_app.services.server_list import ServerList
from minutes_app.services.team_server import ServerConnection, ServerConnectionError
from minutes_app.store import migrate
from tests.team.conftest import PASSWORD, files_containing


def _server(db: dict[str, object], name: str = "ministry-pg") -> ServerConnection:
    return ServerConnection(
        name=name,
        host=str(db["host"]),
        port=int(str(db["port"])),
        database=str(db["database"]),
        user=str(db["user"]),
        tls_mode="disable",
    )


def test_the_url_names_the_server_and_tls_but_never_a_password() -> None:
    server = ServerConnection(
        name="ministry",
        host="db.example",
        database="minutes",
        user="a.mammadov",
        tls_mode="verify-full",
        ca_file="/ca.crt",
    )
    assert server.url() == (
        "postgresql+psycopg://a.mammadov@db.example:5432/minutes?sslmode=verify-full&sslrootcert=%2Fca.crt"
    )
    paths = team_server.paths_for(server, Path("/data"), PASSWORD)
    assert PASSWORD not in paths.db_url and PASSWORD not in repr(paths) and PASSWORD not in paths.display_location()
    assert paths.password == PASSWORD


def test_a_db_url_with_a_password_keeps_it_beside_the_url(tmp_path: Path) -> None:
    paths = resolve_paths(data_dir=str(tmp_path), db=f"postgresql+psycopg://officer:{PASSWORD}@db.example/minutes")
    assert paths.db_url == "postgresql+psycopg://officer@db.example/minutes"
    assert paths.password == PASSWORD
    assert PASSWORD not in repr(paths)


def test_a_host_that_does_not_answer_never_shows_the_password(
    folders: tuple[Path, Path], silent_port: int, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    server = ServerConnection(name="silent", host="127.0.0.1", port=silent_port, database="minutes", user="officer")
    with pytest.raises(ServerConnectionError) as failed:
        team_server.check_server(server, PASSWORD, timeout=1)
    assert failed.value.reason == team_server.TIMEOUT
    assert PASSWORD not in str(failed.value) and PASSWORD not in failed.value.detail
    # The command line with the password in --db: one line, no password, nothing in the log or crash log.
    data = folders[1] / "minutes-app"
    url = f"postgresql+psycopg://officer:{PASSWORD}@127.0.0.1:{silent_port}/minutes?connect_timeout=1"
    with caplog.at_level(logging.DEBUG):
        code = main(["--data-dir", str(data), "--db", url, "list", "meetings"])
    err = capsys.readouterr().err
    assert code != 0 and err.strip() and PASSWORD not in err
    assert PASSWORD not in caplog.text
    # A crash report of the same failure (its traceback, its chained causes) has no password either.
    with pytest.raises(StoreError) as opened:
        open_services(resolve_paths(data_dir=str(data), db=url))
    report = format_exception(type(opened.value), opened.value, opened.value.__traceback__)
    assert PASSWORD not in report
    assert files_containing(folders[0], PASSWORD) == [] and files_containing(folders[1], PASSWORD) == []


def test_a_wrong_password_is_refused_in_words_without_echoing_it(server_db: dict[str, object]) -> None:
    # The test server trusts local logins; a role that does not exist is refused the same way as a bad password.
    server = ServerConnection(
        name="x",
        host=str(server_db["host"]),
        database=str(server_db["database"]),
        user="nobody_here",
        tls_mode="disable",
    )
    with pytest.raises(ServerConnectionError) as failed:
        team_server.check_server(server, PASSWORD)
    assert failed.value.reason == team_server.LOGIN
    assert PASSWORD not in str(failed.value)


def test_saved_servers_keep_no_password(folders: tuple[Path, Path], memory_keyring: dict[tuple[str, str], str]) -> None:
    servers = ServerList()
    server = ServerConnection(name="ministry-pg", host="db.example", database="minutes", user="a.mammadov")
    servers.save(server)
    assert server_passwords.remember_password("ministry-pg", PASSWORD)
    assert ServerList().get("ministry-pg") == server
    assert server_passwords.stored_password("ministry-pg") == PASSWORD
    assert memory_keyring == {(server_passwords.SERVICE, "ministry-pg"): PASSWORD}
    assert servers.file.is_relative_to(folders[0])
    assert files_containing(folders[0], PASSWORD) == []
    server_passwords.forget_password("ministry-pg")
    assert server_passwords.stored_password("ministry-pg") is None


def test_without_a_keyring_nothing_is_kept(folders: tuple[Path, Path], no_keyring: None) -> None:
    assert not server_passwords.keyring_available()
    assert not server_passwords.remember_password("ministry-pg", PASSWORD)
    assert server_passwords.stored_password("ministry-pg") is None


def test_an_empty_server_database_is_created_by_the_migrations(
    folders: tuple[Path, Path], server_db: dict[str, object]
) -> None:
    server = _server(server_db)
    assert team_server.check_server(server, None).schema == team_server.EMPTY
    services = open_services(team_server.paths_for(server, folders[1], None))
    services.close()
    look = team_server.check_server(server, None)
    assert (look.schema, look.revision) == (team_server.CURRENT, migrate.head_revision())
    assert look.server_version


def _set_revision(server: ServerConnection, revision: str) -> None:
    engine = create_engine(server.url())
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    engine.dispose()


def test_an_older_server_schema_is_updated_only_after_consent(
    folders: tuple[Path, Path], server_db: dict[str, object]
) -> None:
    from alembic import command

    server = _server(server_db)
    engine = create_engine(server.url())
    with engine.begin() as conn:
        cfg = migrate.alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001_initial")
    engine.dispose()
    assert team_server.check_server(server, None).schema == team_server.OLDER
    paths = team_server.paths_for(server, folders[1], None)
    with pytest.raises(StoreError) as refused:
        open_services(paths)
    assert refused.value.reason == "upgrade_needs_consent"
    assert team_server.check_server(server, None).revision == "0001_initial"  # untouched
    open_services(team_server.allow_upgrade(paths)).close()
    assert team_server.check_server(server, None).schema == team_server.CURRENT


def test_a_newer_server_schema_is_refused(folders: tuple[Path, Path], server_db: dict[str, object]) -> None:
    server = _server(server_db)
    open_services(team_server.paths_for(server, folders[1], None)).close()
    _set_revision(server, "9999_from_the_future")
    assert team_server.check_server(server, None).schema == team_server.NEWER
    with pytest.raises(StoreError) as refused:
        open_services(team_server.paths_for(server, folders[1], None))
    assert refused.value.reason == "too_new"


def test_the_command_line_opens_a_saved_server_by_name(
    folders: tuple[Path, Path],
    server_db: dict[str, object],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    no_keyring: None,
) -> None:
    ServerList().save(_server(server_db, "ministry-pg"))
    monkeypatch.setenv("MINUTES_APP_PASSWORD", PASSWORD)  # trust login: the server ignores it, nothing may keep it
    assert main(["--server", "ministry-pg", "demo"]) == 0
    assert main(["--server", "ministry-pg", "list", "meetings"]) == 0
    assert "Minister of Economy" in capsys.readouterr().out
    assert main(["--server", "not-saved", "list", "meetings"]) == 1
    assert "no team server of this name" in capsys.readouterr().err
    assert files_containing(folders[0], PASSWORD) == [] and files_containing(folders[1], PASSWORD) == []
