"""The floor for the status report: the same cells written directly as WordprocessingML with lxml, nothing else."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from minutes_app.domain.records import FollowUpRow

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)
HEADER = ("No.", "Action", "Responsible", "Deadline", "Status", "Meeting", "Last note")


def _cell(row: etree._Element, text: str) -> None:
    """One cell holding `text`, each line its own paragraph."""
    cell = etree.SubElement(row, f"{{{W}}}tc")
    for line in text.split("\n"):
        run = etree.SubElement(etree.SubElement(cell, f"{{{W}}}p"), f"{{{W}}}r")
        t = etree.SubElement(run, f"{{{W}}}t")
        t.text = line
        if line[:1].isspace() or line[-1:].isspace():
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def write_plain_report(rows: list[FollowUpRow], path: Path) -> None:
    """One table of the rows' cells in a minimal .docx package, built as XML and zipped."""
    document = etree.Element(f"{{{W}}}document", nsmap={"w": W})
    body = etree.SubElement(document, f"{{{W}}}body")
    table = etree.SubElement(body, f"{{{W}}}tbl")
    header = etree.SubElement(table, f"{{{W}}}tr")
    for text in HEADER:
        _cell(header, text)
    for n, row in enumerate(rows, 1):
        tr = etree.SubElement(table, f"{{{W}}}tr")
        for text in (
            str(n),
            row.description,
            row.owner_name or row.department,
            str(row.due_date or ""),
            row.status,
            f"{row.meeting_title}\n{row.meeting_date or ''}",
            row.last_note,
        ):
            _cell(tr, text)
    etree.SubElement(body, f"{{{W}}}p")  # Word wants a paragraph after a table
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", _CONTENT_TYPES)
        package.writestr("_rels/.rels", _RELS)
        package.writestr("word/document.xml", etree.tostring(document, xml_declaration=True, encoding="UTF-8"))
