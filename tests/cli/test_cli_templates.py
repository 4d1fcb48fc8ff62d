"""Ministries' templates from the command line: LibreOffice's work; a template problem is one line, not a traceback."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn

from tests.cli.test_cli import run

LIBREOFFICE = Path(__file__).resolve().parent.parent / "data" / "templates"


def test_libreoffice_templates_and_a_broken_one(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("demo", data=data).returncode == 0
    for name in ("libreoffice-letterhead.docx", "libreoffice-letterhead.dotx"):
        out = tmp_path / f"{name}.docx"
        result = run("export-docx", "1", str(out), "--template", str(LIBREOFFICE / name), data=data)
        assert result.returncode == 0, result.stderr
        header = docx.Document(str(out)).sections[0].header.paragraphs[0].text
        assert header == "МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ АЗЕРБАЙДЖАНСКОЙ РЕСПУБЛИКИ"
    odd = docx.Document()
    for style in list(odd.styles.element.iterchildren(qn("w:style"))):
        if style.get(qn("w:styleId")) in ("Title", "TitleChar"):
            odd.styles.element.remove(style)
    odd.styles.add_style("Title", WD_STYLE_TYPE.CHARACTER)
    odd.save(str(tmp_path / "odd.docx"))
    result = run("briefing", "RU", str(tmp_path / "b.docx"), "--template", str(tmp_path / "odd.docx"), data=data)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1 and len(lines) == 1 and "Traceback" not in result.stderr
    assert "odd.docx cannot be used: its style “Title” is a character style" in lines[0]
    assert not (tmp_path / "b.docx").exists()
