"""The agreed minutes' signature lines, typed per side and language in the editor, printed over each signature."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from minutes_app.exports.untranslated import UntranslatedError
from minutes_app.services import Services
from minutes_app.services.documents import DocumentService
from minutes_app.ui.editor import MeetingEditor
from tests.ui.conftest import type_text
from tests.ui.editor_helpers import show_editor

pytest.importorskip("minutes_app.ui.editor.ask")

HOST_EN = "For the Ministry of Economy of the Republic of Azerbaijan"
HOST_AZ = "Azərbaycan Respublikası İqtisadiyyat Nazirliyi adından"
HOST_RU = "За Министерство экономики Азербайджанской Республики"
DEFAULTS = {
    "az": ["Azərbaycan Respublikası Hökuməti adından", "Rusiya Federasiyası Hökuməti adından"],
    "ru": ["За Правительство Азербайджанской Республики", "За Правительство Российской Федерации"],
}


def signature_lines(path: Path) -> dict[str, list[str]]:
    """The first line of each signature block, per column language (az left, ru right), from the file."""
    last = docx.Document(str(path)).tables[0].rows[-1]
    return {
        lang: [cell.text.split("\n")[0] for cell in column.tables[0].rows[0].cells]
        for lang, column in zip(("az", "ru"), last.cells)
    }


def export_agreed(services: Services, meeting_id: int, path: Path, *, allow_untranslated: bool = False) -> Path:
    """The two-column agreed minutes, Azerbaijani and Russian, refused where a text lacks its translation."""
    return DocumentService(services).agreed_minutes(
        meeting_id,
        path,
        lang="az",
        second_lang="ru",
        allow_untranslated=allow_untranslated,
    )


def type_into(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    type_text(widget, text)


def test_a_signature_line_typed_in_three_languages_prints_in_each_column(
    qtbot, demo_store: Services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    meeting_id = demo_store.meetings.list_meetings()[0].id
    editor: MeetingEditor = show_editor(qtbot, demo_store, meeting_id)
    header = editor.header
    # Empty, each field shows what the agreed minutes print there.
    assert header.signatory_host.placeholderText() == "For the Government of the Republic of Azerbaijan"
    assert header.signatory_guest.placeholderText() == "For the Government of the Russian Federation"
    editor.set_translation_language("ru")
    assert header.translated.editors["signatory_host"].placeholderText() == DEFAULTS["ru"][0]
    assert header.translated.editors["signatory_host"].isVisible()

    type_into(header.signatory_host, HOST_EN)
    assert editor.is_dirty()
    assert header.translated.editors["signatory_host"].placeholderText() == "Translation: Русский"
    # The Meeting tab counts the new line as untranslated until it is.
    assert "1 untranslated" in editor.tabs.tabText(0)
    type_into(header.translated.editors["signatory_host"], HOST_RU)
    editor.set_translation_language("az")
    type_into(header.translated.editors["signatory_host"], HOST_AZ)
    assert editor.save()

    reopened = show_editor(qtbot, demo_store, meeting_id)
    assert reopened.header.signatory_host.text() == HOST_EN
    reopened.set_translation_language("ru")
    assert reopened.header.translated.editors["signatory_host"].text() == HOST_RU
    assert reopened.header.signatory_guest.text() == ""

    lines = signature_lines(export_agreed(demo_store, meeting_id, tmp_path / "agreed.docx"))
    assert lines == {"az": [HOST_AZ, DEFAULTS["az"][1]], "ru": [HOST_RU, DEFAULTS["ru"][1]]}

    # Emptied again, the side's country gives the line.
    reopened.header.signatory_host.selectAll()
    qtbot.keyClick(reopened.header.signatory_host, "\b")
    reopened.header.translated.editors["signatory_host"].selectAll()
    qtbot.keyClick(reopened.header.translated.editors["signatory_host"], "\b")
    reopened.set_translation_language("az")
    reopened.header.translated.editors["signatory_host"].selectAll()
    qtbot.keyClick(reopened.header.translated.editors["signatory_host"], "\b")
    assert reopened.save()
    stored = demo_store.meetings.get(meeting_id)
    assert stored.signatory_host == "" and "signatory_host" not in stored.translations
    assert signature_lines(export_agreed(demo_store, meeting_id, tmp_path / "default.docx")) == DEFAULTS


def test_an_untranslated_signature_line_is_reported_for_agreed_minutes_only(
    demo_store: Services, tmp_path: Path
) -> None:
    from dataclasses import replace

    meeting = demo_store.meetings.get(demo_store.meetings.list_meetings()[0].id)
    demo_store.meetings.save(replace(meeting, signatory_guest="For the Ministry of Economic Development"))
    with pytest.raises(UntranslatedError) as refused:
        export_agreed(demo_store, meeting.id or 0, tmp_path / "agreed.docx")
    assert refused.value.lines() == [
        "Azerbaijani: meeting: signature line of the guest side",
        "Russian: meeting: signature line of the guest side",
    ]
    assert not (tmp_path / "agreed.docx").exists()
    # The minutes print no signature lines: nothing is missing for them.
    DocumentService(demo_store).minutes(meeting.id or 0, tmp_path / "minutes.docx", lang="ru", allow_untranslated=False)
    # Exported anyway, the English line stands in both columns, tagged English for the spelling checker.
    path = export_agreed(demo_store, meeting.id or 0, tmp_path / "anyway.docx", allow_untranslated=True)
    lines = signature_lines(path)
    assert lines["az"][1] == lines["ru"][1] == "For the Ministry of Economic Development"
    assert 'w:val="en-GB"' in docx.Document(str(path)).tables[0].rows[-1].cells[1]._tc.xml
