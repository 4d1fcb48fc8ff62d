"""Ministries' own templates: LibreOffice's style names, a Word letterhead table with {{content}} in a cell,
a justified and indented Normal, a different first page with an emblem, and one-line errors for the rest."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from export_samples import follow_up_rows, seed_meeting, texts
from ministry_templates import LIBREOFFICE_DOCX, LIBREOFFICE_DOTX, indented_normal, word_dotx, word_letterhead

from minutes_app.domain.errors import ExportError
from minutes_app.exports.briefing_docx import BriefingData, write_briefing
from minutes_app.exports.minutes_docx import write_minutes
from minutes_app.exports.report_docx import write_status_report

TODAY = dt.date(2024, 6, 1)


def _style_of(document, paragraph) -> str:  # type: ignore[no-untyped-def]
    return paragraph._p.pPr.pStyle.val if paragraph._p.pPr is not None and paragraph._p.pPr.pStyle is not None else ""


def _names(document) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.find(qn("w:name")).get(qn("w:val")) for s in document.styles.element.iterchildren(qn("w:style"))]


@pytest.mark.parametrize("template", [LIBREOFFICE_DOCX, LIBREOFFICE_DOTX], ids=["docx", "dotx"])
def test_a_libreoffice_template_gives_its_own_heading_styles(template: Path, tmp_path: Path) -> None:
    path = write_minutes(seed_meeting(), tmp_path / "m.docx", lang="ru", template=template)
    document = Document(str(path))
    headings = [p for p in document.paragraphs if _style_of(document, p) == "Heading1"]
    assert headings, "the template's own Heading 1 (id Heading1) is used"
    names = [n.casefold() for n in _names(document)]
    assert names.count("heading 1") == 1 and names.count("title") == 1  # found, not added a second time
    assert document.sections[0].header.paragraphs[0].text == "МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ АЗЕРБАЙДЖАНСКОЙ РЕСПУБЛИКИ"
    body = texts(path)
    assert body.startswith("г. Баку, ул. Ш. Гурбанова, 50\n")
    assert "{{content}}" not in body and "Образец" not in body


def test_libreoffice_templates_make_the_report_and_briefing_too(tmp_path: Path) -> None:
    rows = follow_up_rows(12, today=TODAY)
    report = write_status_report(rows, tmp_path / "r.docx", lang="en", today=TODAY, template=LIBREOFFICE_DOTX)
    briefing = write_briefing(
        BriefingData(counterpart="Russia", country="RU", meetings=[seed_meeting()]),
        tmp_path / "b.docx",
        lang="ru",
        today=TODAY,
        template=LIBREOFFICE_DOCX,
    )
    assert "Heading1" in {_style_of(None, p) for p in Document(str(report)).paragraphs}
    assert "Heading1" in {_style_of(None, p) for p in Document(str(briefing)).paragraphs}


def test_the_content_marker_in_a_letterhead_table_cell(tmp_path: Path) -> None:
    template = word_letterhead(tmp_path / "letterhead.docx")
    path = write_minutes(seed_meeting(), tmp_path / "m.docx", lang="en", template=template)
    document = Document(str(path))
    body = list(document.element.body.iterchildren())
    assert body[0].tag == qn("w:tbl")  # the letterhead table stays at the top
    cells = [c.text for c in document.tables[0].rows[0].cells]
    assert cells == ["No. ________", "Baku, ___ ____________ 20__"]  # the marker and the sample after it are gone
    assert body[1].tag == qn("w:p") and "".join(t.text for t in body[1].iter(qn("w:t"))) == "FOR OFFICIAL USE ONLY"
    assert "Sample" not in texts(path) and "{{content}}" not in "".join(
        t.text or "" for t in document.element.body.iter(qn("w:t"))
    )


def test_a_word_letterhead_keeps_its_first_page_with_the_emblem(tmp_path: Path) -> None:
    template = word_dotx(tmp_path / "letterhead.dotx")
    path = write_minutes(seed_meeting(), tmp_path / "m.docx", lang="en", template=template)
    document = Document(str(path))
    section = document.sections[0]
    assert section.different_first_page_header_footer  # w:titlePg
    assert section.first_page_header._element.find(".//" + qn("w:drawing")) is not None
    assert "MINISTRY OF ECONOMY" in section.first_page_header.paragraphs[1].text
    assert section.header.paragraphs[0].text == "Ministry of Economy of the Republic of Azerbaijan"
    with zipfile.ZipFile(path) as archive:
        assert [n for n in archive.namelist() if n.startswith("word/media/")]
        types = archive.read("[Content_Types].xml").decode()
    assert "wordprocessingml.document.main+xml" in types and "template.main" not in types


def test_added_styles_do_not_follow_a_justified_indented_normal(tmp_path: Path) -> None:
    template = indented_normal(tmp_path / "indented.docx")
    path = write_minutes(seed_meeting(), tmp_path / "m.docx", lang="az", template=template)
    styles = Document(str(path)).styles
    assert styles["Normal"].paragraph_format.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY  # the ministry's look stays
    expected = {
        "Title": WD_ALIGN_PARAGRAPH.CENTER,
        "Subtitle": WD_ALIGN_PARAGRAPH.CENTER,
        "Heading 1": WD_ALIGN_PARAGRAPH.LEFT,
        "Heading 2": WD_ALIGN_PARAGRAPH.LEFT,
        "Minutes Meta": WD_ALIGN_PARAGRAPH.LEFT,
        "Minutes Table Text": WD_ALIGN_PARAGRAPH.LEFT,
        "Minutes Marking": WD_ALIGN_PARAGRAPH.RIGHT,
    }
    for name, alignment in expected.items():
        fmt = styles[name].paragraph_format
        assert fmt.alignment == alignment, name
        assert fmt.first_line_indent == 0 and fmt.left_indent == 0, name
        assert fmt.space_before is not None and fmt.space_after is not None, name
    for name, level in (("Heading 1", "0"), ("Heading 2", "1"), ("Heading 3", "2")):
        assert styles[name].element.pPr.find(qn("w:outlineLvl")).get(qn("w:val")) == level


def test_headings_of_the_bundled_template_carry_outline_levels(tmp_path: Path) -> None:
    styles = Document(str(write_minutes(seed_meeting(), tmp_path / "m.docx", lang="en"))).styles
    assert [styles[f"Heading {n}"].element.pPr.find(qn("w:outlineLvl")).get(qn("w:val")) for n in (1, 2, 3)] == [
        "0",
        "1",
        "2",
    ]


def _template_where_title_is_a_character_style(path: Path) -> Path:
    document = Document()
    for style in list(document.styles.element.iterchildren(qn("w:style"))):
        if style.get(qn("w:styleId")) in ("Title", "TitleChar"):
            document.styles.element.remove(style)
    document.styles.add_style("Title", 2)  # WD_STYLE_TYPE.CHARACTER
    document.save(str(path))
    return path


def test_a_template_problem_is_one_line_naming_the_template_and_the_style(tmp_path: Path) -> None:
    template = _template_where_title_is_a_character_style(tmp_path / "odd.docx")
    target = tmp_path / "m.docx"
    with pytest.raises(ExportError) as caught:
        write_minutes(seed_meeting(), target, lang="en", template=template)
    message = str(caught.value)
    assert "\n" not in message and str(template) in message and "“Title”" in message and "character style" in message
    assert not target.exists()


def test_an_unforeseen_fault_of_a_users_template_is_an_export_error(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Whatever python-docx trips over in a user's template mid-way becomes one line, never a traceback."""
    import minutes_app.exports.minutes_docx as minutes_docx

    def trips(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise KeyError("no style with name 'Heading 1'")

    monkeypatch.setattr(minutes_docx, "_write_participants", trips)
    template = indented_normal(tmp_path / "t.docx")
    with pytest.raises(
        ExportError, match=r"^The template .*t\.docx cannot be used: \"no style with name 'Heading 1'\"$"
    ):
        write_minutes(seed_meeting(), tmp_path / "m.docx", lang="en", template=template)
    with pytest.raises(KeyError):  # without a user's template it is the program's fault, reported as a crash
        write_minutes(seed_meeting(), tmp_path / "m.docx", lang="en")


def test_a_wrong_argument_is_not_blamed_on_the_template(tmp_path: Path) -> None:
    from minutes_app.exports.agreed_minutes_docx import write_agreed_minutes

    with pytest.raises(ValueError, match="layout must be one of"):
        write_agreed_minutes(
            seed_meeting(),
            tmp_path / "a.docx",
            first="az",
            second="ru",
            layout="sideways",
            template=indented_normal(tmp_path / "t.docx"),
        )


def test_a_template_with_thumbnail_and_custom_properties_leaks_neither(tmp_path: Path) -> None:
    template = word_letterhead(tmp_path / "letterhead.docx")
    with zipfile.ZipFile(template) as archive:
        assert {"docProps/custom.xml", "docProps/thumbnail.jpeg", "customXml/item1.xml"} <= set(archive.namelist())
    path = write_minutes(seed_meeting(), tmp_path / "m.docx", lang="en", template=template)
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        rels = archive.read("_rels/.rels").decode() + archive.read("word/_rels/document.xml.rels").decode()
    assert not names & {
        "docProps/custom.xml",
        "docProps/thumbnail.jpeg",
        "customXml/item1.xml",
        "word/stylesWithEffects.xml",
    }
    assert "custom-properties" not in rels and "thumbnail" not in rels and "customXml" not in rels
    props = Document(io.BytesIO(path.read_bytes())).core_properties
    assert props.comments == "" and props.title.startswith("Minutes") and props.author == "Minutes App"
