"""Template fields that fetch outside files or start programs are unlinked (and said); ordinary fields stay."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from minutes_app.exports.minutes_docx import write_minutes
from minutes_app.exports.template_fields import unlink_outside_fields
from minutes_app.exports.template_package import TemplateWarning

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
OUTSIDE = re.compile(r"^\s*(INCLUDEPICTURE|INCLUDETEXT|INCLUDE|LINK|DDE|DDEAUTO|IMPORT|DATABASE|RD)\b", re.IGNORECASE)


def _run(*, text: str | None = None, mark: str | None = None, instruction: str | None = None) -> OxmlElement:
    run = OxmlElement("w:r")
    if mark:
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), mark)
        run.append(char)
    for tag, value in (("w:instrText", instruction), ("w:t", text)):
        if value is not None:
            element = OxmlElement(tag)
            element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            element.text = value
            run.append(element)
    return run


def _complex_field(paragraph, instructions: list[str], result: str) -> None:  # type: ignore[no-untyped-def]
    runs = [
        _run(mark="begin"),
        *(_run(instruction=i) for i in instructions),
        _run(mark="separate"),
        _run(text=result),
        _run(mark="end"),
    ]
    for run in runs:
        paragraph._p.append(run)


def _fields_template(path: Path) -> Path:
    """A letterhead whose header pulls a logo from a share, whose body starts a program, and whose footer numbers pages."""
    document = Document()
    header = document.sections[0].header.paragraphs[0]
    header.text = "MINISTRY OF ECONOMY "
    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), r' INCLUDEPICTURE "\\\\server\\share\\logo.png" \d ')
    simple.append(_run(text="[logo]"))
    header._p.append(simple)
    body = document.add_paragraph("Ref. ")
    _complex_field(
        body, [" dde", "AUTO c:\\\\windows\\\\system32\\\\cmd.exe ", '"/k calc.exe" \\* MERGEFORMAT '], "shown result"
    )
    footer = document.sections[0].footer.paragraphs[0]
    footer.text = "Page "
    _complex_field(footer, [" PAGE "], "1")
    for zoom in document.settings.element.iter(qn("w:zoom")):
        zoom.set(qn("w:percent"), "100")  # python-docx's own default lacks it, which the schema check reports
    document.save(str(path))
    return path


def _instructions(path: Path) -> list[str]:
    """Every field instruction in every part: fldSimple's instr, and each complex field's instrText runs joined."""
    found: list[str] = []
    with zipfile.ZipFile(path) as archive:
        for name in [n for n in archive.namelist() if n.endswith(".xml")]:
            root = etree.fromstring(archive.read(name))
            found += [el.get(f"{{{W}}}instr", "") for el in root.iter(f"{{{W}}}fldSimple")]
            current: list[str] = []
            for element in root.iter(f"{{{W}}}fldChar", f"{{{W}}}instrText"):
                if element.tag == f"{{{W}}}instrText":
                    current.append(element.text or "")
                elif element.get(f"{{{W}}}fldCharType") in ("separate", "end") and current:
                    found.append("".join(current))
                    current = []
    return found


def _all_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "\n".join(
            archive.read(n).decode("utf-8", "replace") for n in archive.namelist() if n.endswith((".xml", ".rels"))
        )


def test_fields_that_reach_outside_are_unlinked_and_said(meeting, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    template = _fields_template(tmp_path / "letterhead.docx")
    assert len([i for i in _instructions(template) if OUTSIDE.match(i)]) == 2  # the template really holds them
    removed: set[TemplateWarning] = set()
    out = write_minutes(meeting, tmp_path / "m.docx", lang="en", template=template, template_warnings=removed)
    assert TemplateWarning.FIELDS_REMOVED in removed
    instructions = _instructions(out)
    assert not [i for i in instructions if OUTSIDE.match(i)]
    assert any(i.strip().startswith("PAGE") for i in instructions)
    xml = _all_xml(out)
    assert "cmd.exe" not in xml and "server" not in xml
    reopened = Document(str(out))
    assert reopened.sections[0].header.paragraphs[0].text == "MINISTRY OF ECONOMY [logo]"  # what it last showed stays
    assert "Ref. shown result" in [p.text for p in reopened.paragraphs]
    assert reopened.sections[0].footer.paragraphs[0].text.startswith("Page ")


def test_the_output_passes_the_ooxml_check(meeting, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    checker = Path("/work/shared/tools/ooxml-check")
    out = write_minutes(
        meeting, tmp_path / "m.docx", lang="en", template=_fields_template(tmp_path / "letterhead.docx")
    )
    if checker.exists():
        done = subprocess.run(
            [str(checker), str(out)],
            capture_output=True,
            text=True,
            env={**os.environ, "PY": sys.executable},
            timeout=120,
        )
        assert done.returncode == 0, done.stdout + done.stderr


def _part(body: str) -> etree._Element:
    return etree.fromstring(f'<w:document xmlns:w="{W}"><w:body><w:p>{body}</w:p></w:body></w:document>')


def _begin() -> str:
    return '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'


def _end(kind: str = "end") -> str:
    return f'<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>'


def _instr(text: str) -> str:
    return f'<w:r><w:instrText xml:space="preserve">{text}</w:instrText></w:r>'


def test_nested_computed_and_unclosed_fields() -> None:
    nested = (
        _begin()
        + _instr(" INCLUDETEXT &quot;")
        + _begin()
        + _instr(" MERGEFIELD path ")
        + _end("separate")
        + _end()
        + _instr("&quot; ")
        + _end("separate")
        + "<w:r><w:t>old text</w:t></w:r>"
        + _end()
    )
    root = _part(nested)
    assert unlink_outside_fields(root)
    assert "".join(root.itertext()) == "old text" and not list(root.iter(f"{{{W}}}fldChar"))
    computed = _begin() + _begin() + _instr(' QUOTE "DDEAUTO" ') + _end() + _instr(" cmd ") + _end()
    root = _part(computed)
    assert unlink_outside_fields(root) and not list(root.iter(f"{{{W}}}instrText"))
    unclosed = _begin() + _instr(" Link Excel.Sheet.8 &quot;\\\\\\\\server\\\\a.xls&quot; ")
    root = _part(unclosed)
    assert unlink_outside_fields(root) and not list(root.iter(f"{{{W}}}r"))


def test_ordinary_fields_are_left_alone() -> None:
    body = (
        _begin()
        + _instr(" IF ")
        + _begin()
        + _instr(" PAGE ")
        + _end()
        + _instr(' = 1 "first" ')
        + _end()
        + '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>3</w:t></w:r></w:fldSimple>'
        + _begin()
        + _instr(" HYPERLINK https://www.economy.gov.az/ ")
        + _end()
    )
    root = _part(body)
    before = etree.tostring(root)
    assert not unlink_outside_fields(root)
    assert etree.tostring(root) == before


def test_the_command_line_names_the_fields(tmp_path: Path) -> None:
    template = _fields_template(tmp_path / "letterhead.docx")
    data = tmp_path / "data"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    base = [sys.executable, "-m", "minutes_app", "--data-dir", str(data)]
    assert subprocess.run([*base, "demo"], capture_output=True, env=env, timeout=120).returncode == 0
    done = subprocess.run(
        [*base, "export-docx", "1", str(tmp_path / "m.docx"), "--template", str(template)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "warning" in lines[0] and "fields" in lines[0] and "INCLUDEPICTURE" in lines[0]
