"""PDF from the command line: OUT.pdf converts where LibreOffice is installed; one clear line where nothing converts."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_app.cli.main import main
from minutes_app.exports.pdf_convert import find_libreoffice
from minutes_app.services import pdf
from tests.cli.test_cli import run


def test_no_converter_is_one_line_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "demo"]) == 0
    monkeypatch.setattr(pdf, "pdf_converter", lambda: None)
    capsys.readouterr()
    for args in (["export-docx", "1"], ["report"], ["briefing", "RU"]):
        out = tmp_path / f"{args[0]}.pdf"
        assert main(["--data-dir", str(data), *args, str(out)]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "install LibreOffice" in err
        assert not out.exists()


@pytest.mark.skipif(find_libreoffice() is None, reason="LibreOffice is not installed here")
def test_minutes_report_and_briefing_as_pdf(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("demo", data=data).returncode == 0
    for name, args in (
        ("export-docx", ["export-docx", "1", "{out}", "--lang", "ru"]),
        ("report", ["report", "{out}"]),
        ("briefing", ["briefing", "RU", "{out}"]),
    ):
        out = tmp_path / f"{name}.pdf"
        result = run(*(a.replace("{out}", str(out)) for a in args), data=data)
        assert result.returncode == 0, result.stderr
        assert "converted with LibreOffice" in result.stdout
        assert out.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefing.pdf", "data", "export-docx.pdf", "report.pdf"]
