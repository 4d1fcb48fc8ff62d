"""Templates as ministries have them, for the export tests: Word's letterhead, LibreOffice's, a .dotx, a justified Normal.

The LibreOffice ones are files LibreOffice wrote (tests/data/templates, converted from the .fodt
beside them with `soffice --headless --convert-to docx` and `--convert-to "dotx:MS Word 2007 XML Template"`).
The others are built here on python-docx's default package, which is what Word 2010 writes
(compatibility mode 14, proofing state, a document id, a thumbnail, "Template: Normal.dotm").
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

TEMPLATES = Path(__file__).resolve().parent.parent / "data" / "templates"
LIBREOFFICE_DOCX = TEMPLATES / "libreoffice-letterhead.docx"
LIBREOFFICE_DOTX = TEMPLATES / "libreoffice-letterhead.dotx"

DOCUMENT_NUMBER = "MOE-2026-0042"  # a custom property of the template that must not leak
SENSITIVITY_LABEL = "MSIP_Label_3f2c0a1e-1111-4c4c-9999-000000000001_Enabled"
_CUSTOM_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="2" name="DocumentNumber"><vt:lpwstr>{DOCUMENT_NUMBER}</vt:lpwstr></property>'
    f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="3" name="{SENSITIVITY_LABEL}"><vt:lpwstr>true</vt:lpwstr></property>'
    "</Properties>"
)
_CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
_CUSTOM_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
_DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_DOTX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"


def logo_png(size: int = 48) -> bytes:
    """A small dark-blue square PNG standing for a state emblem."""
    row = b"\x00" + b"\x1f\x3a\x68" * size
    raw = zlib.compress(row * size)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def _with_custom_properties(data: bytes) -> bytes:
    """The package with a docProps/custom.xml (document number, sensitivity label), as Word and SharePoint add."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                content = content.replace(
                    b"</Types>",
                    f'<Override PartName="/docProps/custom.xml" ContentType="{_CUSTOM_TYPE}"/></Types>'.encode(),
                )
            elif info.filename == "_rels/.rels":
                content = content.replace(
                    b"</Relationships>",
                    f'<Relationship Id="rId99" Type="{_CUSTOM_REL}" Target="docProps/custom.xml"/></Relationships>'.encode(),
                )
            target.writestr(info.filename, content)
        target.writestr("docProps/custom.xml", _CUSTOM_XML)
    return out.getvalue()


def word_letterhead(path: Path) -> Path:
    """A Word letterhead: emblem and ministry name on the first page only (titlePg), a table with `{{content}}` in a cell."""
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin, section.right_margin = Cm(3.0), Cm(1.5)
    section.different_first_page_header_footer = True
    first = section.first_page_header.paragraphs[0]
    first.alignment = WD_ALIGN_PARAGRAPH.CENTER
    first.add_run().add_picture(io.BytesIO(logo_png()), width=Cm(1.8))
    name = section.first_page_header.add_paragraph("REPUBLIC OF AZERBAIJAN\nMINISTRY OF ECONOMY")
    name.alignment = WD_ALIGN_PARAGRAPH.CENTER
    name.runs[0].bold = True
    section.first_page_footer.paragraphs[0].text = "84 Uzeyir Hajibeyov Street, Baku AZ1000 · +994 12 000 00 00"
    section.header.paragraphs[0].text = "Ministry of Economy of the Republic of Azerbaijan"
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.paragraphs[0].text = "No. ________"
    right.paragraphs[0].text = "Baku, ___ ____________ 20__"
    right.add_paragraph("{{content}}")
    right.add_paragraph("Sample text in the cell, to drop")
    document.add_paragraph("Sample letter body, to drop")
    props = document.core_properties
    props.title, props.author, props.comments = (
        "Letterhead",
        "Protocol Department",
        "Template comment that must not leak",
    )
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(_with_custom_properties(buffer.getvalue()))
    return path


def word_dotx(path: Path) -> Path:
    """The Word letterhead saved as a Word template (.dotx): only its main part's content type differs."""
    buffer = io.BytesIO(word_letterhead(path.with_suffix(".docx")).read_bytes())
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                content = content.replace(_DOCX_MAIN.encode(), _DOTX_MAIN.encode())
            target.writestr(info.filename, content)
    path.write_bytes(out.getvalue())
    return path


def indented_normal(path: Path) -> Path:
    """A template whose Normal is justified with a 1.25 cm first-line indent and 1.5 lines, lacking our styles."""
    document = Document()
    styles = document.styles.element
    for style in list(styles.iterchildren(qn("w:style"))):
        name = style.find(qn("w:name"))
        if name is not None and name.get(qn("w:val")) in ("Title", "Subtitle", "heading 1", "heading 2", "heading 3"):
            styles.remove(style)
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(14)
    fmt = normal.paragraph_format
    fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    fmt.first_line_indent = Cm(1.25)
    fmt.line_spacing = 1.5
    document.sections[0].header.paragraphs[0].text = "Nazirlik"
    document.save(str(path))
    return path


def all_templates(folder: Path) -> dict[str, Path | None]:
    """Every test template by a short name; None is the bundled default."""
    return {
        "bundled": None,
        "word-letterhead": word_letterhead(folder / "word-letterhead.docx"),
        "word-dotx": word_dotx(folder / "word-letterhead.dotx"),
        "libreoffice-docx": LIBREOFFICE_DOCX,
        "libreoffice-dotx": LIBREOFFICE_DOTX,
        "indented-normal": indented_normal(folder / "indented-normal.docx"),
    }
