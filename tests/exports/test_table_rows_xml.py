"""Body rows written as XML text carry what the cell-by-cell path wrote: widths, style, bold red emphasis,
the language of each text, line breaks, Word's non-breaking hyphen, and rows kept whole on a page."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.ns import qn

from minutes_app.exports.docx_blocks import add_table
from minutes_app.exports.docx_common import open_template, prepare, save
from minutes_app.exports.labels import NO_BREAK_HYPHEN


def test_body_rows_match_the_header_path(tmp_path: Path) -> None:
    document = open_template()
    prepare(document, lang="en", title="Report", author="Leyla")
    rows = [
        ["1", "Send the <draft> & notes", f"2026{NO_BREAK_HYPHEN}11{NO_BREAK_HYPHEN}20", "Встреча\n12 мая 2024 г."],
        ["2", "", "", "Plain"],
    ]
    add_table(document, ["No.", "Action", "Deadline", "Meeting"], rows, [1, 4, 2, 3], emphasis=[{2}, set()])
    target = tmp_path / "table.docx"
    save(document, target)

    table = docx.Document(str(target)).tables[-1]
    assert [c.text for c in table.rows[0].cells] == ["No.", "Action", "Deadline", "Meeting"]
    header_tc, body_tc = table.rows[0]._tr.tc_lst, table.rows[1]._tr.tc_lst
    assert [tc.tcPr.tcW.get(qn("w:w")) for tc in body_tc] == [tc.tcPr.tcW.get(qn("w:w")) for tc in header_tc]
    for row in table.rows:
        assert row._tr.trPr.find(qn("w:cantSplit")) is not None
    first = table.rows[1].cells
    assert first[1].text == "Send the <draft> & notes"
    assert first[3].text == "Встреча\n12 мая 2024\u00a0г."
    header_lang = table.rows[0].cells[0].paragraphs[0].runs[0]._r.find(qn("w:rPr")).find(qn("w:lang")).get(qn("w:val"))
    assert first[3].paragraphs[0].runs[0]._r.find(qn("w:rPr")).find(qn("w:lang")).get(qn("w:val")) == header_lang
    deadline = first[2].paragraphs[0]._p
    assert len(deadline.findall(f".//{qn('w:noBreakHyphen')}")) == 2
    run_props = deadline.find(f".//{qn('w:rPr')}")
    assert run_props.find(qn("w:b")) is not None and run_props.find(qn("w:color")).get(qn("w:val")) == "9C0006"
    style = first[1].paragraphs[0]._p.pPr.find(qn("w:pStyle")).get(qn("w:val"))
    assert style == table.rows[0].cells[1].paragraphs[0]._p.pPr.find(qn("w:pStyle")).get(qn("w:val"))
    assert [c.text for c in table.rows[2].cells] == ["2", "", "", "Plain"]
