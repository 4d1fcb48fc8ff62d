"""The command line warns in one line when the data file is on a network file system."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_app.cli.main import main
from minutes_app.store import network_fs


def test_a_store_on_a_network_file_system_gets_one_warning_line(monkeypatch, capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seen: list[Path] = []

    def on_cifs(path: Path, **_kwargs: object) -> str:
        seen.append(path)
        return "cifs"

    monkeypatch.setattr(network_fs, "network_filesystem", on_cifs)
    data = tmp_path / "share"
    assert main(["--data-dir", str(data), "list", "meetings"]) == 0
    err = capsys.readouterr().err.strip()
    assert seen == [data.resolve() / "minutes.db"]
    assert len(err.splitlines()) == 1
    assert err.startswith("minutes-app: warning: ") and "network file system (cifs)" in err
    assert "team server (PostgreSQL" in err


def test_a_local_store_gets_no_warning(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert main(["--data-dir", str(tmp_path / "local"), "list", "meetings"]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("command", [["check"], ["backup", "copy.db"]])
def test_commands_that_do_not_open_the_store_warn_too(monkeypatch, capsys, tmp_path: Path, command: list[str]) -> None:  # type: ignore[no-untyped-def]
    main(["--data-dir", str(tmp_path / "d"), "list", "meetings"])
    capsys.readouterr()
    monkeypatch.setattr(network_fs, "network_filesystem", lambda path, **kw: "nfs4")
    monkeypatch.chdir(tmp_path)
    assert main(["--data-dir", str(tmp_path / "d"), *command]) == 0
    assert "network file system (nfs4)" in capsys.readouterr().err
