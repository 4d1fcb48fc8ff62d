"""Every document the app writes, with every kind of ministry template, passes the ECMA-376 schemas Word enforces.

Also checked on each file: a Word 2013+ package (compatibility mode 15) with nothing left over from
python-docx's default package or the template (no w:dirty fields, proofing state, document id,
customXml, stylesWithEffects, custom properties, thumbnail), and fresh properties.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest
from export_samples import follow_up_rows, seed_meeting
from ministry_templates import DOCUMENT_NUMBER, SENSITIVITY_LABEL, all_templates
from ooxml_validation import Schemas, problems
from translated_samples import translated_meeting

from minutes_app.exports.agreed_minutes_docx import write_agreed_minutes
from minutes_app.exports.briefing_docx import BriefingData, write_briefing
from minutes_app.exports.minutes_docx import write_minutes
from minutes_app.exports.report_docx import write_status_report
from minutes_app.exports.tables import write_xlsx

TODAY = dt.date(2024, 6, 1)
TEMPLATE_NAMES = ("bundled", "word-letterhead", "word-dotx", "libreoffice-docx", "libreoffice-dotx", "indented-normal")


@pytest.fixture(scope="session")
def schemas() -> Schemas:
    return Schemas()


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path | None]:
    return all_templates(tmp_path_factory.mktemp("templates"))


def _documents(folder: Path, template: Path | None) -> dict[str, Path]:
    """Each document type the app writes in Word, made with `template`."""
    translated = translated_meeting()
    rows = follow_up_rows(12, today=TODAY)
    briefing = BriefingData(counterpart="Russia", country="RU", meetings=[seed_meeting()], follow_ups=rows[:4])
    made = {
        f"minutes-{lang}": write_minutes(
            translated, folder / f"minutes-{lang}.docx", lang=lang, template=template, author="Leyla Mammadova"
        )
        for lang in ("az", "ru", "en")
    }
    made["agreed-minutes"] = write_agreed_minutes(
        translated, folder / "agreed.docx", first="az", second="ru", template=template
    )
    made["report"] = write_status_report(rows, folder / "report.docx", lang="ru", today=TODAY, template=template)
    made["briefing"] = write_briefing(briefing, folder / "briefing.docx", lang="az", today=TODAY, template=template)
    return made


def assert_clean_word_package(path: Path) -> None:
    """A Word 2013+ package with fresh properties and nothing of the template's or python-docx's own."""
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        parts = {name: archive.read(name).decode("utf-8") for name in names if name.endswith((".xml", ".rels"))}
    assert not [n for n in names if n.lower().startswith(("customxml/", "docmetadata/"))]
    assert not [n for n in names if "stylesWithEffects" in n or "thumbnail" in n or n == "docProps/custom.xml"]
    everything = "".join(parts.values())
    assert "w:dirty" not in everything
    assert DOCUMENT_NUMBER not in everything and SENSITIVITY_LABEL not in everything
    assert "Template comment that must not leak" not in everything
    settings = parts["word/settings.xml"]
    assert re.search(
        r'w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"', settings
    )
    assert "proofState" not in settings and "docId" not in settings and "w:rsids" not in settings
    app = parts["docProps/app.xml"]
    assert "<Application>Minutes App</Application>" in app
    assert "Template" not in app and "Pages" not in app and "python-docx" not in everything
    core = parts["docProps/core.xml"]
    today = dt.datetime.now(dt.UTC).date().isoformat()
    assert f'<dcterms:created xsi:type="dcterms:W3CDTF">{today}' in core
    assert "<dc:language>" in core and "<dc:title>" in core


@pytest.mark.parametrize("template_name", TEMPLATE_NAMES)
def test_every_document_passes_the_schemas_with_each_template(template_name, templates, schemas, tmp_path):
    for kind, path in _documents(tmp_path, templates[template_name]).items():
        assert problems(path, schemas) == [], f"{kind} made with the {template_name} template"
        assert_clean_word_package(path)


def test_minutes_name_their_officer_as_author(tmp_path):
    path = write_minutes(seed_meeting(), tmp_path / "m.docx", lang="en", author="Leyla Mammadova")
    with zipfile.ZipFile(path) as archive:
        core = archive.read("docProps/core.xml").decode()
    assert "<dc:creator>Leyla Mammadova</dc:creator>" in core and "<dc:language>en-GB</dc:language>" in core


def test_the_bundled_template_itself_passes_the_schemas(schemas):
    from minutes_app.exports.docx_common import default_template_path

    assert problems(default_template_path(), schemas) == []
    data = default_template_path().read_bytes()
    assert b"customXml" not in data and b"stylesWithEffects" not in data


@pytest.mark.parametrize("lang", ["az", "ru", "en"])
def test_the_spreadsheet_passes_the_schemas(lang, schemas, tmp_path):
    path = write_xlsx(follow_up_rows(12, today=TODAY), tmp_path / f"f-{lang}.xlsx", lang=lang)
    assert problems(path, schemas) == []


def test_the_checker_finds_what_word_refuses(schemas, tmp_path):
    """The check itself is honest: a zoom without its percentage (as the old bundled template had) fails it."""
    path = write_minutes(seed_meeting(), tmp_path / "m.docx", lang="en")
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(broken, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/settings.xml":
                data = data.replace(b'w:percent="100"', b"")
            target.writestr(info, data)
    found = problems(broken, schemas)
    assert len(found) == 1 and "percent" in found[0]
