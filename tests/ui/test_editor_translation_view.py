"""The editor's translation view: the sample meeting's texts typed in Russian beside the English originals."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit, QWidget

from minutes_app.domain import multilingual as ml
from minutes_app.domain import records as r
from minutes_app.services import Services
from minutes_app.services.demo import load_demo
from minutes_app.services.recovery import read_recovery
from minutes_app.ui.editor import MeetingEditor
from tests.ui.conftest import type_text

TITLE_RU = "Встреча Министра экономики Азербайджанской Республики с делегацией Республики Узбекистан"
NOTES_RU = "Стороны обсудили развитие межрегиональных связей."
DECISION_RU = "Развивать сотрудничество в сфере туризма."
ACTION_RU = "Направить информацию о свободной экономической зоне «Алят»."


def english_only(services: Services) -> r.Meeting:
    """The sample meeting with every translation taken away (the demo may carry them), as stored."""
    meeting, _ = load_demo(services)
    assert meeting.id is not None
    stored = services.meetings.get(meeting.id)

    def bare(record: object) -> object:
        return replace(record, translations={})  # type: ignore[type-var]

    # The host's head held a position typed for this meeting: it takes no translation from the directory.
    acting = replace(bare(stored.attendances[0]), position="Acting Minister of Economy")  # type: ignore[type-var]
    return services.meetings.save(
        replace(
            bare(stored),  # type: ignore[arg-type]
            attendances=[acting, *(bare(a) for a in stored.attendances[1:])],
            agenda=[bare(a) for a in stored.agenda],
            decisions=[bare(d) for d in stored.decisions],
            follow_ups=[bare(f) for f in stored.follow_ups],
        )
    )


@pytest.fixture
def meeting(sqlite_services: Services) -> r.Meeting:
    """The English-only sample meeting."""
    return english_only(sqlite_services)


@pytest.fixture
def editor(qtbot, sqlite_services: Services, meeting: r.Meeting) -> MeetingEditor:  # type: ignore[no-untyped-def]
    """An editor showing the sample meeting, sized as on an officer's 1366x768 screen."""
    widget = MeetingEditor(sqlite_services, sqlite_services.settings.get)
    qtbot.addWidget(widget)
    widget.resize(1360, 700)
    widget.show()
    qtbot.waitExposed(widget)
    assert meeting.id is not None
    widget.open_meeting(meeting.id)
    return widget


def click(widget: QWidget, point: QPoint | None = None) -> None:
    """A left click on the widget (its centre unless told)."""
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point or widget.rect().center())


def click_row(view: QAbstractItemView, row: int, column: int = 1) -> None:
    """Click a table's cell, as the officer picks a row."""
    model = view.model()
    assert model is not None
    click(view.viewport(), view.visualRect(model.index(row, column)).center())


def choose(qtbot, combo: QComboBox, text: str) -> None:  # type: ignore[no-untyped-def]
    """Open a combo with the mouse and click the item showing `text`."""
    click(combo)
    popup = combo.view()
    qtbot.waitUntil(popup.isVisible)
    qtbot.wait(
        QApplication.doubleClickInterval() + 50
    )  # a release right after opening is taken as part of the opening click
    index = combo.model().index(combo.findText(text), 0)
    click(popup.viewport(), popup.visualRect(index).center())
    qtbot.waitUntil(lambda: not popup.isVisible())


def click_tab(editor: MeetingEditor, index: int) -> None:
    """Click one of the editor's tabs."""
    bar = editor.tabs.tabBar()
    click(bar, bar.tabRect(index).center())


def type_into(widget: QWidget, text: str) -> None:
    """Click into a field and type `text` key by key."""
    click(widget)
    assert widget.hasFocus()
    type_text(widget, text)


def show_russian(qtbot, editor: MeetingEditor) -> None:  # type: ignore[no-untyped-def]
    choose(qtbot, editor.translation_combo, "Русский")
    assert editor.translation_language() == "ru"


def test_the_translation_view_fills_the_russian_texts(qtbot, editor: MeetingEditor) -> None:  # type: ignore[no-untyped-def]
    header = editor.header.translated.editors
    assert not header["title"].isVisible()
    assert [editor.translation_combo.itemData(i) for i in range(editor.translation_combo.count())] == [None, "az", "ru"]
    show_russian(qtbot, editor)
    assert header["title"].isVisible() and editor.header.title.isVisible()  # the original stays beside its translation
    type_into(header["title"], TITLE_RU)

    click_tab(editor, 2)
    click_row(editor.agenda.view, 1)
    type_into(editor.agenda.translated.editors["notes"], NOTES_RU)
    click_row(editor.decisions.view, 0)
    type_into(editor.decisions.translated.editors["text"], DECISION_RU)
    click_tab(editor, 3)
    click_row(editor.follow_ups.view, 0)
    type_into(editor.follow_ups.translated.editors["description"], ACTION_RU)

    meeting = editor.collect()
    assert meeting.translations["title"] == {"ru": TITLE_RU}
    assert meeting.title.startswith("Meeting")  # the English original is untouched
    assert meeting.agenda[1].translations == {"notes": {"ru": NOTES_RU}}
    assert meeting.agenda[0].translations == {}
    assert meeting.decisions[0].translations == {"text": {"ru": DECISION_RU}}
    assert meeting.follow_ups[0].translations == {"description": {"ru": ACTION_RU}}
    assert editor.is_dirty()
    # Moving between rows shows each row's own translation.
    click_tab(editor, 2)
    click_row(editor.agenda.view, 0)
    assert editor.agenda.translated.editors["notes"].toPlainText() == ""
    click_row(editor.agenda.view, 1)
    assert editor.agenda.translated.editors["notes"].toPlainText() == NOTES_RU


def test_the_untranslated_count_drops_as_you_type(qtbot, editor: MeetingEditor) -> None:  # type: ignore[no-untyped-def]
    assert "untranslated" not in editor.tabs.tabText(0)
    show_russian(qtbot, editor)
    before = editor.untranslated_counts()[0]
    assert editor.tabs.tabText(0) == f"Meeting · {before} untranslated"
    type_into(editor.header.translated.editors["venue"], "Министерство экономики, Баку")
    assert editor.tabs.tabText(0) == f"Meeting · {before - 1} untranslated"
    agenda_text = editor.tabs.tabText(2)
    click_tab(editor, 2)
    click_row(editor.agenda.view, 0)
    type_into(editor.agenda.translated.editors["title"], "Развитие межрегиональных связей")
    assert editor.tabs.tabText(2) != agenda_text
    assert editor.untranslated_counts()[2] == int(agenda_text.split("· ")[1].split()[0]) - 1
    choose(qtbot, editor.translation_combo, "None")
    assert "untranslated" not in editor.tabs.tabText(0)
    assert not editor.header.translated.editors["venue"].isVisible()


def test_undo_removes_a_typed_translation(qtbot, editor: MeetingEditor) -> None:  # type: ignore[no-untyped-def]
    show_russian(qtbot, editor)
    click_tab(editor, 2)
    click_row(editor.decisions.view, 0)
    text = editor.decisions.translated.editors["text"]
    type_into(text, DECISION_RU)
    assert editor.collect().decisions[0].translations == {"text": {"ru": DECISION_RU}}
    editor.undo()
    assert editor.collect().decisions[0].translations == {}
    assert text.toPlainText() == ""
    assert not editor.is_dirty()
    editor.redo()
    assert text.toPlainText() == DECISION_RU
    assert editor.collect().decisions[0].translations == {"text": {"ru": DECISION_RU}}


def test_the_recovery_copy_keeps_the_translations(qtbot, editor: MeetingEditor) -> None:  # type: ignore[no-untyped-def]
    show_russian(qtbot, editor)
    type_into(editor.header.translated.editors["title"], TITLE_RU)
    path = editor.recovery.write_now()
    assert path is not None
    assert read_recovery(path).translations == {"title": {"ru": TITLE_RU}}


def test_a_participant_s_position_in_the_second_language(qtbot, editor: MeetingEditor) -> None:  # type: ignore[no-untyped-def]
    show_russian(qtbot, editor)
    click_tab(editor, 1)
    panel = editor.participants.host
    column = panel.model.TRANSLATED_POSITION
    assert not panel.view.isColumnHidden(column)
    assert panel.model.headerData(column, Qt.Orientation.Horizontal) == "Position: Русский"
    index = panel.model.index(0, column)
    panel.view.scrollTo(index)
    click(panel.view.viewport(), panel.view.visualRect(index).center())
    QTest.keyClick(panel.view, Qt.Key.Key_F2)  # the cell's editor opens as for the original position
    line = QApplication.focusWidget()
    assert isinstance(line, QLineEdit) and panel.view.isAncestorOf(line)
    type_text(line, "Министр экономики")
    click_row(panel.view, 1)  # moving on to another row keeps what was typed
    first = next(a for a in editor.collect().attendances if a.side == "host")
    assert first.translations == {"position": {"ru": "Министр экономики"}}
    assert ml.is_translated(first, "position", "ru", "en")


def test_saved_and_reopened_shows_the_russian_texts(qtbot, editor: MeetingEditor, sqlite_services: Services) -> None:  # type: ignore[no-untyped-def]
    """The Russian texts typed in the translation view are stored and come back in a new editor."""
    show_russian(qtbot, editor)
    type_into(editor.header.translated.editors["title"], TITLE_RU)
    click_tab(editor, 2)
    click_row(editor.agenda.view, 1)
    type_into(editor.agenda.translated.editors["notes"], NOTES_RU)
    assert editor.save()
    meeting_id = editor.current_meeting_id()
    assert meeting_id is not None
    assert sqlite_services.meetings.get(meeting_id).translations["title"] == {"ru": TITLE_RU}
    reopened = MeetingEditor(sqlite_services, sqlite_services.settings.get)
    qtbot.addWidget(reopened)
    reopened.show()
    reopened.open_meeting(meeting_id)
    show_russian(qtbot, reopened)
    assert reopened.header.translated.editors["title"].text() == TITLE_RU
    click_tab(reopened, 2)
    click_row(reopened.agenda.view, 1)
    assert reopened.agenda.translated.editors["notes"].toPlainText() == NOTES_RU
