"""Hostile templates: outside links and macros are left out (and said), entity declarations and huge parts refused."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from minutes_app.domain.errors import ExportError
from minutes_app.exports.minutes_docx import write_minutes
from minutes_app.exports.template_package import TemplateWarning

UNC_TEMPLATE = r"file://///fileserver/share/t.dotm"
ATTACHED_TEMPLATE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"
VBA_TYPE = "http://schemas.microsoft.com/office/2006/relationships/vbaProject"


def _hostile_template(path: Path) -> Path:
    """A letterhead with a remote attached template, a web picture, a UNC link, a web link and a macro project."""
    document = Document()
    document.sections[0].header.paragraphs[0].text = "MINISTRY OF ECONOMY"
    paragraph = document.add_paragraph("See ")
    for url in (r"\\fileserver\share\budget.xlsx", "https://www.economy.gov.az/"):
        link = OxmlElement("w:hyperlink")
        link.set(qn("r:id"), document.part.relate_to(url, RT.HYPERLINK, is_external=True))
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = url
        run.append(text)
        link.append(run)
        paragraph._p.append(link)
    document.part.relate_to("http://tracker.example.com/pixel.png", RT.IMAGE, is_external=True)
    settings_part = document.part._settings_part
    attached = OxmlElement("w:attachedTemplate")
    attached.set(qn("r:id"), settings_part.relate_to(UNC_TEMPLATE, ATTACHED_TEMPLATE, is_external=True))
    settings_part.element.insert(0, attached)
    plain = path.with_suffix(".plain.docx")
    document.save(str(plain))
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"<Default ",
                    b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default ',
                    1,
                )
            if info.filename == "word/_rels/document.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    f'<Relationship Id="rIdVba" Type="{VBA_TYPE}" Target="vbaProject.bin"/></Relationships>'.encode(),
                )
            target.writestr(info, data)
        target.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0 macro project")
    plain.unlink()
    return path


def _all_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "\n".join(
            archive.read(n).decode("utf-8", "replace") for n in archive.namelist() if n.endswith((".xml", ".rels"))
        )


def test_outside_links_and_macros_are_left_out_and_said(meeting, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    template = _hostile_template(tmp_path / "letterhead.docx")
    removed: set[TemplateWarning] = set()
    out = write_minutes(meeting, tmp_path / "m.docx", lang="en", template=template, template_warnings=removed)
    assert removed == {TemplateWarning.EXTERNAL_LINKS_REMOVED, TemplateWarning.MACROS_REMOVED}
    xml = _all_xml(out)
    with zipfile.ZipFile(out) as archive:
        assert not [n for n in archive.namelist() if "vba" in n.lower()]
        rels = "\n".join(archive.read(n).decode() for n in archive.namelist() if n.endswith(".rels"))
        types = archive.read("[Content_Types].xml").decode()
    assert "fileserver" not in rels and "tracker.example.com" not in rels and "vbaProject" not in rels
    assert "https://www.economy.gov.az/" in rels  # an ordinary web link stays
    assert "vbaProject" not in types and "attachedTemplate" not in xml
    reopened = Document(str(out))
    assert reopened.sections[0].header.paragraphs[0].text == "MINISTRY OF ECONOMY"


def test_a_clean_template_gives_no_warning(meeting, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    template = tmp_path / "plain.docx"
    Document().save(str(template))
    removed: set[TemplateWarning] = set()
    write_minutes(meeting, tmp_path / "m.docx", lang="en", template=template, template_warnings=removed)
    assert removed == set()


def test_a_template_declaring_entities_is_refused(meeting, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    plain = tmp_path / "plain.docx"
    Document().save(str(plain))
    template = tmp_path / "entities.docx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(template, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                declaration = b'<!DOCTYPE w:document [<!ENTITY boom "ha">]>'
                data = data.replace(b"?>", b"?>" + declaration, 1).replace(
                    b"<w:body>", b"<w:body><w:p><w:r><w:t>&boom;</w:t></w:r></w:p>", 1
                )
            target.writestr(info, data)
    out = tmp_path / "m.docx"
    with pytest.raises(ExportError, match="declares XML entities"):
        write_minutes(meeting, out, lang="en", template=template)
    assert not out.exists()


def test_a_template_of_twenty_million_empty_paragraphs_is_refused_quickly(meeting, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    plain = tmp_path / "plain.docx"
    Document().save(str(plain))
    template = tmp_path / "huge.docx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(template, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != "word/document.xml":
                target.writestr(info, source.read(info))
        head, tail = source.read("word/document.xml").split(b"<w:body>", 1)
        with target.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(head + b"<w:body>")
            chunk = b"<w:p/>" * 1_000_000
            for _ in range(20):
                part.write(chunk)
            part.write(tail)
    assert template.stat().st_size < 2_000_000
    started = time.monotonic()
    with pytest.raises(ExportError, match="more than 20 MB of text"):
        write_minutes(meeting, tmp_path / "m.docx", lang="en", template=template)
    assert time.monotonic() - started < 5


def test_the_command_line_prints_one_warning_line(tmp_path: Path) -> None:
    template = _hostile_template(tmp_path / "letterhead.docx")
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
    assert len(lines) == 1 and "warning" in lines[0] and "macros" in lines[0] and "outside" in lines[0]
