"""`--db FILE` on the command line: a file that is not there, empty, or another program's is never changed."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from minutes_app.cli.main import main
from minutes_app.domain.errors import StoreError
from minutes_app.paths import resolve_paths
from minutes_app.services import open_services


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _foreign_file(tmp_path: Path) -> Path:
    path = tmp_path / "f.db"
    conn = sqlite3.connect(path)
    conn.execute("create table t(a)")
    conn.commit()
    conn.close()
    return path


def test_a_foreign_sqlite_file_is_refused_and_left_byte_for_byte(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    foreign = _foreign_file(tmp_path)
    before = _digest(foreign)
    assert main(["--db", str(foreign), "list", "meetings"]) == 1
    assert "not a Minutes App store" in capsys.readouterr().err
    assert _digest(foreign) == before
    assert not Path(f"{foreign}-wal").exists() and not Path(f"{foreign}-shm").exists()


def test_open_store_refuses_a_foreign_file_without_writing_it(tmp_path: Path) -> None:
    foreign = _foreign_file(tmp_path)
    before = _digest(foreign)
    with pytest.raises(StoreError) as refused:
        open_services(resolve_paths(data_dir=str(tmp_path), db=str(foreign)))
    assert refused.value.reason == "not_ours"
    assert _digest(foreign) == before
    conn = sqlite3.connect(f"{foreign.as_uri()}?mode=ro", uri=True)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


@pytest.mark.parametrize(
    "command",
    [
        ["list", "meetings"],
        ["list", "followups"],
        ["search", "x"],
        ["check"],
        ["export-json", "out.json"],
        ["backup", "b.db"],
    ],
)
def test_a_named_file_that_does_not_exist_is_refused_not_created(
    tmp_path: Path, capsys, monkeypatch, command: list[str]
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    missing = tmp_path / "no" / "such" / "x.db"
    assert main(["--db", str(missing), *command]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{missing} does not exist: check the path" in err and "`demo`" in err
    assert not (tmp_path / "no").exists()


def test_a_named_empty_file_is_refused_not_made_a_store(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "zero.db"
    empty.touch()
    assert main(["--db", str(empty), "list", "meetings"]) == 1
    assert "is an empty file, not a store" in capsys.readouterr().err
    assert empty.stat().st_size == 0


def test_demo_and_import_json_still_start_a_store_at_a_named_path(tmp_path: Path) -> None:
    fresh = tmp_path / "new" / "x.db"
    assert main(["--db", str(fresh), "demo"]) == 0
    assert main(["--db", str(fresh), "export-json", str(tmp_path / "all.json")]) == 0
    other = tmp_path / "zero.db"
    other.touch()
    assert main(["--db", str(other), "import-json", str(tmp_path / "all.json")]) == 0
    assert main(["--db", str(other), "list", "meetings"]) == 0


def test_the_default_data_folder_still_starts_its_store(tmp_path: Path) -> None:
    assert main(["--data-dir", str(tmp_path / "data"), "list", "meetings"]) == 0
    assert (tmp_path / "data" / "minutes.db").exists()
