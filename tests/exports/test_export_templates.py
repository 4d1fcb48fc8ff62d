"""Templates: the bundled default, a user's letterhead, missing styles, and files that are not templates."""

from __future__ import annotations

import io
import zipfile

import pytest
from docx import Document
from docx.oxml.ns import qn
from export_samples import body_blocks, texts

from minutes_app.domain.errors import ExportError
from minutes_app.exports.docx_common import default_template_path, open_template, sanitize
from minutes_app.exports.minutes_docx import write_minutes


def _letterhead_template(path, *, body: list[str] = ()) -> None:
    document = Document()
    document.sections[0].header.paragraphs[0].text = "REPUBLIC OF AZERBAIJAN — MINISTRY OF ECONOMY"
    document.sections[0].footer.paragraphs[0].text = "84 Uzeyir Hajibeyov Street, Baku AZ1000"
    document.core_properties.comments = "Template comment that must not leak"
    document.core_properties.keywords = "template, keywords"
    for text in body:
        document.add_paragraph(text)
    document.save(str(path))


def test_bundled_template_exists_and_is_a4_with_our_styles():
    path = default_template_path()
    assert path.is_file()
    document = open_template(None)
    section = document.sections[0]
    assert abs(section.page_width.cm - 21.0) < 0.05 and abs(section.page_height.cm - 29.7) < 0.05
    names = {style.name for style in document.styles}
    assert {"Title", "Heading 1", "Heading 2", "Heading 3", "Table Grid", "Minutes Meta"} <= names
    assert document.styles["Normal"].font.name == "Times New Roman"
    with zipfile.ZipFile(path) as archive:
        assert all(b"python-docx" not in archive.read(n) for n in archive.namelist())


def test_custom_template_letterhead_is_kept(tmp_path, meeting):
    template = tmp_path / "letterhead.docx"
    _letterhead_template(template)
    path = write_minutes(meeting, tmp_path / "m.docx", template=template)
    document = Document(str(path))
    assert document.sections[0].header.paragraphs[0].text == "REPUBLIC OF AZERBAIJAN — MINISTRY OF ECONOMY"
    footer = [p.text for p in document.sections[0].footer.paragraphs]
    assert footer[0] == "84 Uzeyir Hajibeyov Street, Baku AZ1000"
    assert footer[1].startswith("Page ")  # our page number below the template's own footer
    assert document.core_properties.comments == ""
    assert document.core_properties.keywords == ""


def test_template_body_is_kept_before_the_content_marker_and_dropped_after(tmp_path, meeting):
    template = tmp_path / "marker.docx"
    _letterhead_template(template, body=["Letterhead line in the body", "{{content}}", "Sample text to drop"])
    path = write_minutes(meeting, tmp_path / "m.docx", template=template)
    body = texts(path)
    assert body.startswith("Letterhead line in the body\n")
    assert "{{content}}" not in body and "Sample text to drop" not in body


def test_template_without_marker_keeps_its_body_and_loses_trailing_blank_lines(tmp_path, meeting):
    template = tmp_path / "plain.docx"
    _letterhead_template(template, body=["Letterhead in the body", "", ""])
    blocks = body_blocks(write_minutes(meeting, tmp_path / "m.docx", template=template))
    assert blocks[0][1] == "Letterhead in the body"
    assert blocks[1][1] == "FOR OFFICIAL USE ONLY"


def test_template_missing_our_styles_still_works(tmp_path, meeting):
    document = Document()
    styles = document.styles.element
    for style in list(styles.iterchildren(qn("w:style"))):
        name = style.find(qn("w:name"))
        if name is not None and name.get(qn("w:val")) in (
            "Title",
            "Subtitle",
            "heading 1",
            "heading 2",
            "heading 3",
            "Table Grid",
        ):
            styles.remove(style)
    template = tmp_path / "bare.docx"
    document.save(str(template))
    assert "Heading 1" not in {s.name for s in Document(str(template)).styles}
    path = write_minutes(meeting, tmp_path / "m.docx", template=template)
    result = Document(str(path))
    assert {"Title", "Heading 1", "Heading 2", "Heading 3", "Table Grid"} <= {s.name for s in result.styles}
    assert next(p.text for p in result.paragraphs if p.style.name == "Heading 1") == "Participants"


def test_dotx_template_is_accepted(tmp_path, meeting):
    source = tmp_path / "letterhead.docx"
    _letterhead_template(source)
    dotx = tmp_path / "letterhead.dotx"
    with zipfile.ZipFile(source) as archive, zipfile.ZipFile(dotx, "w") as target:
        for info in archive.infolist():
            data = archive.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            target.writestr(info, data)
    path = write_minutes(meeting, tmp_path / "m.docx", template=dotx)
    assert Document(str(path)).sections[0].header.paragraphs[0].text.startswith("REPUBLIC OF AZERBAIJAN")


def _not_a_zip(path):
    path.write_text("This is not a Word document", encoding="utf-8")


def _truncated(path):
    buffer = io.BytesIO()
    Document().save(buffer)
    path.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])


def _no_document_part(path):
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/other.xml", "<x/>")


def _huge(path):
    with open(path, "wb") as handle:
        handle.truncate(51 * 1024 * 1024)  # sparse: costs no disk


def _missing(path):
    pass


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (_not_a_zip, "not a Word .docx"),
        (_truncated, "not a Word .docx"),
        (_no_document_part, "not a Word .docx"),
        (_huge, "too large"),
        (_missing, "does not exist"),
    ],
)
def test_invalid_template_is_refused_and_nothing_is_written(tmp_path, meeting, make, message):
    template = tmp_path / "bad.docx"
    make(template)
    target = tmp_path / "out.docx"
    with pytest.raises(ExportError, match=message):
        write_minutes(meeting, target, template=template)
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == (["bad.docx"] if make is not _missing else [])


def test_failed_export_leaves_the_existing_file_intact(tmp_path, meeting):
    target = tmp_path / "minutes.docx"
    target.write_bytes(b"the approved minutes of last week")
    template = tmp_path / "bad.docx"
    _not_a_zip(template)
    with pytest.raises(ExportError):
        write_minutes(meeting, target, template=template)
    assert target.read_bytes() == b"the approved minutes of last week"


def test_unwritable_target_raises_export_error(tmp_path, meeting):
    with pytest.raises(ExportError, match="does not exist"):
        write_minutes(meeting, tmp_path / "no-such-folder" / "m.docx")


def test_sanitize_drops_what_xml_cannot_hold():
    assert sanitize("a\x00b\x0bc\x1fd\ufffee\uffff\ud800f\tg\nh\r\ni") == "abcdef\tg\nh\ni"
    assert sanitize(None) == ""


def test_template_without_any_style_or_page_setup_still_works(tmp_path, meeting):
    document = Document()
    styles = document.styles.element
    for style in list(styles.iterchildren(qn("w:style"))):
        styles.remove(style)
    body = document.element.body
    body.remove(body.find(qn("w:sectPr")))
    template = tmp_path / "stripped.docx"
    document.save(str(template))
    result = Document(str(write_minutes(meeting, tmp_path / "m.docx", template=template)))
    assert result.paragraphs[1].text == "MINUTES OF THE MEETING"
    assert abs(result.sections[0].page_width.cm - 21.0) < 0.05
    assert "Page" in result.sections[0].footer.paragraphs[-1].text
