"""The editor's History tab: after a save it shows who changed which field, when and the old value; it filters by field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from minutes_app.services import Services, audit
from tests.ui.conftest import type_text
from tests.ui.editor_helpers import refuse_unplanned_questions, show_editor


def _click(widget, point) -> None:  # type: ignore[no-untyped-def]
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def test_history_shows_a_decision_edit_after_save_and_filters_by_field(
    qtbot, demo_store: Services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    refuse_unplanned_questions(monkeypatch)
    meeting = demo_store.meetings.list_meetings()[0]
    old_text = demo_store.meetings.get(meeting.id).decisions[2].text
    editor = show_editor(qtbot, demo_store, meeting.id)
    tabs = editor.tabs
    assert tabs.tabText(tabs.indexOf(editor.change_history)) == "History"

    _click(tabs.tabBar(), tabs.tabBar().tabRect(tabs.indexOf(editor.change_history)).center())
    assert editor.change_history.isVisible()
    assert any(line.startswith("Meeting created by ") for line in editor.change_history.lines())

    # The venue on the first tab, decision 3 on the agenda tab, as a person types them.
    _click(tabs.tabBar(), tabs.tabBar().tabRect(0).center())
    venue = editor.header.venue
    _click(venue, venue.rect().center())
    QTest.keyClick(venue, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(venue, "Government House, room 4")
    _click(tabs.tabBar(), tabs.tabBar().tabRect(2).center())
    view = editor.decisions.view
    _click(view.viewport(), view.visualRect(view.model().index(2, 1)).center())
    text_edit = editor.decisions.text_edit
    _click(text_edit.viewport(), text_edit.viewport().rect().center())
    QTest.keyClick(text_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(text_edit, " by June")
    _click(editor.save_button, editor.save_button.rect().center())
    assert not editor.is_dirty()

    _click(tabs.tabBar(), tabs.tabBar().tabRect(tabs.indexOf(editor.change_history)).center())
    lines = editor.change_history.lines()
    who = audit.os_user()
    decision = next(line for line in lines if line.startswith("Decision 3 text changed"))
    assert decision.startswith(f"Decision 3 text changed by {who} on ")
    # a long text is shown from a little before the change, so the change is in sight
    assert f"{old_text[-30:]}”, now: “…" in decision and decision.endswith(f"{old_text[-30:]} by June”")
    row = lines.index(decision)
    assert editor.change_history.entries.item(row).toolTip().endswith(f"{old_text}\n→\n{old_text} by June")
    assert any(line.startswith(f"Venue changed by {who} on ") for line in lines)

    # Only the decision's entries once the filter names its field (typed into the closed list).
    combo = editor.change_history.field_filter
    combo.setFocus()
    QTest.keyClicks(combo, "Decision 3")
    assert combo.currentText() == "Decision 3 text"
    assert editor.change_history.lines() == [decision]
