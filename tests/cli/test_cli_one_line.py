"""Issue 10, part 6: each failure is one line a person can act on, a non-zero exit, and an unchanged store."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import sqlite3
import stat
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text, update

from minutes_app.cli.main import main
from minutes_app.paths import AppPaths
from minutes_app.services import Services, open_services
from minutes_app.services.demo import load_demo
from minutes_app.services.json_io import export_document
from minutes_app.store import models as m


def _store_args(paths: AppPaths) -> list[str]:
    return ["--data-dir", str(paths.data_dir), "--db", paths.db_url]


def one_line(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str]:
    """Run the CLI; assert it failed with exactly one line on stderr and no traceback."""
    capsys.readouterr()
    code = main(argv)
    err = capsys.readouterr().err
    assert code != 0, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return code, lines[0]


def _snapshot(paths: AppPaths) -> dict[str, Any]:
    services = open_services(paths)
    try:
        return export_document(services)
    finally:
        services.close()


@pytest.fixture
def demo(any_paths: AppPaths, tmp_path: Path) -> tuple[AppPaths, dict[str, Any]]:
    """A store holding the sample meeting, and its JSON export as a dict."""
    services = open_services(any_paths)
    try:
        load_demo(services)
        doc = export_document(services)
    finally:
        services.close()
    return any_paths, doc


def _empty_store_import(capsys: pytest.CaptureFixture[str], paths: AppPaths, doc_text: str, tmp_path: Path) -> str:
    path = tmp_path / "in.json"
    path.write_text(doc_text, encoding="utf-8", errors="surrogatepass")
    before = _snapshot(paths)
    _, line = one_line(capsys, [*_store_args(paths), "import-json", str(path)])
    assert _snapshot(paths) == before
    return line


# ------------------------------------------------------------- dates far away


def test_a_far_date_already_stored_still_exports_to_ics(demo, capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    paths, doc = demo
    # A store written by an older version may hold 9999-12-31 ("the day after" overflows).
    services = open_services(paths)
    with services.store.writing() as session:
        session.execute(update(m.FollowUpRow).values(due_date=dt.date(9999, 12, 31)))
        session.execute(update(m.MeetingRow).values(date=dt.date(9999, 12, 31), start_time=None))
    services.close()
    out = tmp_path / "cal.ics"
    capsys.readouterr()
    assert main([*_store_args(paths), "export-ics", str(out)]) == 0
    assert "Traceback" not in capsys.readouterr().err
    assert out.read_text(encoding="utf-8").count("DTSTART;VALUE=DATE:99991231") == 1 + len(
        doc["meetings"][0]["follow_ups"]
    )


def test_far_due_date_in_an_import_is_one_line(sqlite_paths: AppPaths, capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services = open_services(sqlite_paths)
    load_demo(services)
    doc = export_document(services)
    services.close()
    doc["meetings"][0]["follow_ups"][2]["due_date"] = "9999-12-31"
    target = AppPaths(data_dir=tmp_path / "target", db_url=f"sqlite:///{tmp_path / 'target' / 'minutes.db'}")
    line = _empty_store_import(capsys, target, json.dumps(doc), tmp_path)
    assert "meetings[0].follow_ups[2].due_date" in line and "between the years 1900 and 2200" in line


# ------------------------------------------------------------- import files


def test_deeply_nested_import_is_one_line(sqlite_paths: AppPaths, capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    nested = '{"format": "minutes-app", "format_version": 1, "topics": ' + "[" * 200_000 + "]" * 200_000 + "}"
    line = _empty_store_import(capsys, sqlite_paths, nested, tmp_path)
    assert "nested too deeply" in line


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["topics"][0].__setitem__("name_az", {"az": "Ticarət"}), "topics[0].name_az"),
        (lambda d: d["topics"][0].__setitem__("name", {"en": "Trade"}), "topics[0].name"),
        (lambda d: d["topics"][1].__setitem__("name", d["topics"][0]["name"].upper()), "topics[1].name"),
        (lambda d: d["topics"][0].__setitem__("name_ru", "\ud800"), "topics[0].name_ru"),
        (lambda d: d["topics"][0].__setitem__("name", "Trade \ud800"), "topics[0].name"),
        (lambda d: d["topics"][0].__setitem__("name_az", "Tic\x00arət"), "topics[0].name_az"),
        (lambda d: d["topics"][0].__setitem__("name_az", "x" * 201), "topics[0].name_az"),
        (lambda d: d["topics"][0].__setitem__("active", {"yes": True}), "topics[0].active"),
        (lambda d: d["meetings"][0].__setitem__("topic_ids", [{"id": 1}]), "meetings[0].topic_ids"),
        (
            lambda d: d["meetings"][0]["follow_ups"][0]["history"][0].__setitem__("author", "a" * 301),
            "meetings[0].follow_ups[0].history[0].author",
        ),
        (
            lambda d: d["meetings"][0]["follow_ups"][0]["history"][0].__setitem__("old_status", 0),
            "meetings[0].follow_ups[0].history[0].old_status",
        ),
    ],
)
def test_bad_topics_and_history_in_an_import_are_one_line(demo, capsys, tmp_path: Path, change, expected: str) -> None:  # type: ignore[no-untyped-def]
    paths, doc = demo
    change(doc)
    target = _empty_like(paths, tmp_path)
    try:
        line = _empty_store_import(capsys, target, json.dumps(doc, ensure_ascii=True), tmp_path)
    finally:
        _drop(target)
    assert f"{expected} (" in line, line


def _empty_like(paths: AppPaths, tmp_path: Path) -> AppPaths:
    """An empty store on the same engine as `paths`."""
    if paths.is_sqlite:
        folder = tmp_path / "empty"
        return AppPaths(data_dir=folder, db_url=f"sqlite:///{folder / 'minutes.db'}")
    from sqlalchemy import create_engine

    base = os.environ["MINUTES_APP_TEST_PG_URL"]
    schema = f"e_{os.getpid()}_{abs(hash(str(tmp_path))) % 10**8}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    return AppPaths(data_dir=tmp_path, db_url=f"{base}?options=-csearch_path%3D{schema}")


def _drop(paths: AppPaths) -> None:
    if paths.is_sqlite:
        return
    from sqlalchemy import create_engine

    base, schema = paths.db_url.split("?options=-csearch_path%3D")
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


# ------------------------------------------------------------- backup on a full disk


def test_backup_on_a_full_disk_is_one_line(
    sqlite_paths: AppPaths, capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    services = open_services(sqlite_paths)
    load_demo(services)
    services.close()
    before = _snapshot(sqlite_paths)
    real_connect = sqlite3.connect

    def connect(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = real_connect(database, *args, **kwargs)
        if str(database).endswith(".part"):  # the backup being written: it cannot grow, as on a full disk
            conn.execute("PRAGMA max_page_count = 2")
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    _, line = one_line(capsys, ["--data-dir", str(sqlite_paths.data_dir), "backup", str(out_dir / "b.db")])
    assert "disk is full" in line and "b.db" in line
    assert list(out_dir.iterdir()) == []  # no half-written backup, no .part left
    monkeypatch.setattr(sqlite3, "connect", real_connect)
    assert _snapshot(sqlite_paths) == before


# ------------------------------------------------------------- --db values


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("postgresql+psycopg://u:secretpw@h:abc/db", "port"),
        ("sqlite://", "no file"),
        ("postgresql+nodriver://u:secretpw@h/db", "unknown driver"),
        ("postgresql+psycopg2://u:secretpw@h/db", "not installed"),
        ("mysql://u:secretpw@h/db", "not supported"),
        ("sqlite:///:memory:", "no file"),
    ],
)
def test_bad_db_url_is_one_line_without_the_password(capsys, tmp_path: Path, url: str, said: str) -> None:  # type: ignore[no-untyped-def]
    code, line = one_line(capsys, ["--data-dir", str(tmp_path), "--db", url, "list", "meetings"])
    assert code == 1 and said in line and "secretpw" not in line
    assert list(tmp_path.iterdir()) == []


def test_a_server_that_does_not_answer_is_one_line(capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from minutes_app.store import engine

    monkeypatch.setattr(engine, "PG_CONNECT_TIMEOUT_S", 1)
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)  # accepts the connection in the kernel, never says a word
    url = f"postgresql+psycopg://u:secretpw@127.0.0.1:{silent.getsockname()[1]}/db"
    result: dict[str, Any] = {}

    def run() -> None:
        capsys.readouterr()
        result["code"] = main(["--data-dir", str(tmp_path), "--db", url, "list", "meetings"])

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(30)
    finished = not worker.is_alive()
    silent.close()
    worker.join(30)
    assert finished, "the command still waited for the server after 30 s"
    err = capsys.readouterr().err
    assert result["code"] == 1 and len(err.strip().splitlines()) == 1 and "secretpw" not in err
    assert "timeout" in err


# ------------------------------------------------------------- last resort


def test_unexpected_error_is_one_line_and_a_log_without_content(
    sqlite_paths: AppPaths, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    def explode(_services: Services) -> None:
        raise RuntimeError("Secret talks with Ruritania")

    monkeypatch.setattr("minutes_app.services.demo.load_demo", explode)
    code, line = one_line(capsys, ["--data-dir", str(sqlite_paths.data_dir), "demo"])
    log = sqlite_paths.data_dir / "logs" / "minutes-app.log"
    assert code == 70
    assert line == f"minutes-app: Unexpected error (RuntimeError): see the log at {log}"
    content = log.read_text(encoding="utf-8")
    assert "RuntimeError" in content and "Ruritania" not in content
    assert stat.S_IMODE(log.stat().st_mode) == 0o600


def test_a_lone_surrogate_is_named_as_what_it_is(demo, capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    paths, doc = demo
    doc["topics"][0]["name"] = "Trade \ud800"
    target = _empty_like(paths, tmp_path)
    try:
        line = _empty_store_import(capsys, target, json.dumps(doc, ensure_ascii=True), tmp_path)
    finally:
        _drop(target)
    assert "lone surrogate" in line and "control character" not in line, line
