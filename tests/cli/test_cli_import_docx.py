"""`import-docx`: old Word minutes become a meeting; the id and what was found are printed."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import run


def test_round_trip_through_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("demo", data=data).returncode == 0
    source = tmp_path / "protokol.docx"
    assert run("export-docx", "1", str(source), "--lang", "ru", "--allow-untranslated", data=data).returncode == 0
    result = run("import-docx", str(source), data=data)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"Created meeting 2 from {source}"
    assert "  Date: 2026-10-15" in lines and "  Counterpart country: RU" in lines
    assert "  Participants: 2 (host side 1, guest side 1)" in lines
    shown = json.loads(run("show", "meeting", "2", "--json", data=data).stdout)
    assert shown["title"].startswith("Встреча министра экономики") and shown["status"] == "minutes_drafted"


def test_a_file_that_is_not_word_is_one_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("demo", data=data).returncode == 0
    bad = tmp_path / "scan.docx"
    bad.write_bytes(b"%PDF-1.4 not really")
    result = run("import-docx", str(bad), data=data)
    assert result.returncode == 1 and result.stderr.count("\n") == 1 and "not a Word document" in result.stderr
