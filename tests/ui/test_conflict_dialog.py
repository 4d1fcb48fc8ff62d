"""Two officers, two connections to one store (an SQLite file, a PostgreSQL server), both editing one meeting:
a value only one side changed merges by itself, a value both changed is shown side by side (named as the
History tab names it) for the user to choose, and the choice is saved in one go; Cancel changes nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel, QWidget

from minutes_app.paths import AppPaths
from minutes_app.services import Services, open_services
from minutes_app.services.change_watch import Change
from minutes_app.services.demo import load_demo
from minutes_app.ui.editor import MeetingEditor, conflict_dialog
from minutes_app.ui.editor.conflict_dialog import ConflictDialog
from tests.ui.conftest import REAL_CHOOSE, type_text
from tests.ui.editor_helpers import show_editor


@pytest.fixture
def officers(any_paths: AppPaths) -> Iterator[tuple[Services, Services, int]]:
    """Officer A's and officer B's connections to one store holding the sample meeting, and its id."""
    a = open_services(any_paths)
    b = open_services(any_paths)
    try:
        meeting, _ = load_demo(a)
        assert meeting.id is not None and len(meeting.decisions) >= 3
        yield a, b, meeting.id
    finally:
        a.close()
        b.close()


def _click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, widget.rect().center())


def _edit(editor: MeetingEditor, venue: str, decision: int, addition: str) -> None:
    """Retype the venue and add to decision `decision` (from 0) with the mouse and keyboard."""
    tabs = editor.tabs
    QTest.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(0).center())
    _click(editor.header.venue)
    QTest.keyClick(editor.header.venue, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(editor.header.venue, venue)
    QTest.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(2).center())
    view = editor.decisions.view
    index = view.model().index(decision, 1)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    text_edit = editor.decisions.text_edit
    QTest.mouseClick(text_edit.viewport(), Qt.MouseButton.LeftButton, pos=text_edit.viewport().rect().center())
    QTest.keyClick(text_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(text_edit, addition)


class DialogDriver:
    """Answers the real side-by-side dialog when it opens: records what it shows, ticks one side for every field."""

    def __init__(self, side: str) -> None:
        self.side = side  # "mine", "theirs" or "cancel"
        self.groups: list[str] = []
        self.values: list[tuple[str, str]] = []
        self.save_enabled_before: bool | None = None
        self.error: BaseException | None = None

    def arm(self) -> None:
        QTimer.singleShot(0, self._answer)

    def _answer(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # not open yet (a slow machine): look again
            QTimer.singleShot(50, self._answer)
            return
        try:
            self._drive(dialog)
        except BaseException as failed:  # noqa: BLE001 - never leave a modal dialog open: the test would hang
            self.error = failed
            dialog.close()

    def _drive(self, dialog: QWidget) -> None:
        assert isinstance(dialog, ConflictDialog), type(dialog)
        self.groups = [box.title() for box in dialog.findChildren(QGroupBox)]
        self.values = _shown_values(dialog)
        self.save_enabled_before = dialog.save_button.isEnabled()
        if self.side == "cancel":
            _click(dialog.buttons.button(dialog.buttons.StandardButton.Cancel))
            return
        for button in dialog.mine_buttons if self.side == "mine" else dialog.theirs_buttons:
            # On its round mark: a radio button takes clicks on its mark and text, not on the space beyond.
            QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
            assert button.isChecked()
        _click(dialog.save_button)
        assert not dialog.isVisible(), "Save with these choices did not close the dialog"


def _shown_values(dialog: ConflictDialog) -> list[tuple[str, str]]:
    """(mine, theirs) as each field's group shows them."""
    out = []
    for box in dialog.findChildren(QGroupBox):
        labels = [label.text() for label in box.findChildren(QLabel)]
        out.append((labels[0], labels[1]))
    return out


@pytest.mark.parametrize("side", ["mine", "theirs"])
@pytest.mark.parametrize("noticed", [False, True], ids=["at-save", "bar-first"])
def test_both_officers_edit_the_venue_and_different_decisions(
    qtbot, officers, monkeypatch: pytest.MonkeyPatch, side: str, noticed: bool
) -> None:  # type: ignore[no-untyped-def]
    a, b, meeting_id = officers
    monkeypatch.setattr(conflict_dialog, "choose", REAL_CHOOSE)
    before = a.meetings.get(meeting_id)
    editor_a = show_editor(qtbot, a, meeting_id)
    editor_b = show_editor(qtbot, b, meeting_id)

    _edit(editor_a, "Venue of A", 0, " (A)")
    _click(editor_a.save_button)  # first: nothing to ask
    assert not editor_a.is_dirty()

    _edit(editor_b, "Venue of B", 2, " (B)")
    if noticed:  # the window's watch told B's editor at once: A's change is shown before the save
        editor_b.follow_change_elsewhere([Change("meeting", meeting_id, "", dt.datetime.now())])
        assert editor_b.changed_bar.isVisible()
        assert editor_b.decisions.decisions()[0].text == before.decisions[0].text + " (A)"
        assert editor_b.header.venue.text() == "Venue of B"  # B's own, not yet settled
    driver = DialogDriver(side)
    driver.arm()
    _click(editor_b.save_button)

    assert driver.error is None
    assert driver.groups == ["Venue"]  # the decisions were different ones: no question about them
    assert driver.values == [("Venue of B", "Venue of A")]
    assert driver.save_enabled_before is False  # nothing chosen yet: nothing to save
    assert not editor_b.is_dirty()
    stored = b.meetings.get(meeting_id)
    assert stored.venue == ("Venue of B" if side == "mine" else "Venue of A")
    assert stored.decisions[0].text == before.decisions[0].text + " (A)"  # A's other change kept
    assert stored.decisions[2].text == before.decisions[2].text + " (B)"  # B's other change kept
    assert [d.text for d in stored.decisions[3:]] == [d.text for d in before.decisions[3:]]
    assert editor_b.header.venue.text() == stored.venue
    history = b.audit.history("meeting", meeting_id)
    assert [e.field for e in history].count("decision 3 text") == 1 and "decision 1 text" in [e.field for e in history]


def test_cancel_leaves_the_editor_as_it_was_and_writes_nothing(qtbot, officers, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    a, b, meeting_id = officers
    monkeypatch.setattr(conflict_dialog, "choose", REAL_CHOOSE)
    before = a.meetings.get(meeting_id)
    editor_a = show_editor(qtbot, a, meeting_id)
    editor_b = show_editor(qtbot, b, meeting_id)
    _edit(editor_a, "Venue of A", 0, " (A)")
    _click(editor_a.save_button)
    stored_by_a = a.meetings.get(meeting_id)
    _edit(editor_b, "Venue of B", 2, " (B)")
    driver = DialogDriver("cancel")
    driver.arm()
    _click(editor_b.save_button)
    assert driver.error is None
    assert driver.groups == ["Venue"]
    assert b.meetings.get(meeting_id).version == stored_by_a.version  # nothing written
    assert editor_b.is_dirty() and editor_b.header.venue.text() == "Venue of B"
    assert editor_b.decisions.decisions()[0].text == before.decisions[0].text  # A's change not even taken in
    assert editor_b.decisions.decisions()[2].text == before.decisions[2].text + " (B)"
