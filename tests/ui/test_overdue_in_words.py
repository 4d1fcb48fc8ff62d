"""Overdue is said in words with an icon (tracker, its detail panel, dossier, editor), and a selected row keeps it."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QSettings, Qt, QTranslator
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QTableView

from minutes_app.services import Services
from minutes_app.ui.common.overdue_mark import days_overdue, overdue_text
from minutes_app.ui.dossier.dossier_models import DossierFollowUpsTableModel as DossierColumns
from minutes_app.ui.editor import MeetingEditor, ask
from minutes_app.ui.main_window import FOLLOW_UPS, MainWindow
from minutes_app.ui.tracker import followups_table_model as col
from tests.ui.conftest import TODAY
from tests.ui.test_dossier import choose_country, open_dossier

ICON_RED = QColor("#b71c1c")  # minutes_app/resources/icons/overdue.svg


def test_days_overdue_follows_the_status_rule() -> None:
    due = TODAY - dt.timedelta(days=12)
    assert days_overdue(due, "open", TODAY) == 12
    assert days_overdue(due, "in_progress", TODAY) == 12
    for finished in ("done", "cancelled", "deferred"):  # deferred is never overdue
        assert days_overdue(due, finished, TODAY) == 0
    assert days_overdue(TODAY, "open", TODAY) == 0
    assert days_overdue(None, "open", TODAY) == 0


def test_the_words_in_english() -> None:
    assert overdue_text(12) == "Overdue by 12 days"
    assert overdue_text(1) == "Overdue by 1 day"
    assert overdue_text(0) == ""


@pytest.fixture
def catalogue_with_the_new_words(qapp, tmp_path: Path) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """A Russian catalogue of the words as /work/notes/tr gives them (the shipped .qm is updated on integration)."""
    forms = ["Просрочено на %n день", "Просрочено на %n дня", "Просрочено на %n дней"]
    numerus = "".join(f"<numerusform>{escape(form)}</numerusform>" for form in forms)
    ts = tmp_path / "overdue_ru.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ru_RU">'
        '<context><name>OverdueMark</name><message numerus="yes"><source>Overdue by %n day(s)</source>'
        f"<translation>{numerus}</translation></message></context></TS>",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / "overdue_ru.qm")], check=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "overdue_ru.qm"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_the_words_take_the_plural_of_the_language(catalogue_with_the_new_words) -> None:  # type: ignore[no-untyped-def]
    assert overdue_text(1) == "Просрочено на 1 день"
    assert overdue_text(3) == "Просрочено на 3 дня"
    assert overdue_text(12) == "Просрочено на 12 дней"


def icon_pixels(view: QTableView, row: int, column: int) -> int:
    """How many pixels of the overdue icon's red the cell shows on screen."""
    view.scrollTo(view.model().index(row, column))
    rect = view.visualRect(view.model().index(row, column))
    assert view.isVisible() and view.viewport().rect().contains(rect.center())
    image = view.viewport().grab(rect).toImage()
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = QColor(image.pixel(x, y))
            distance = (
                abs(pixel.red() - ICON_RED.red())
                + abs(pixel.green() - ICON_RED.green())
                + abs(pixel.blue() - ICON_RED.blue())
            )
            count += distance < 50
    return count


def click(qtbot, view: QTableView, row: int, column: int) -> None:  # type: ignore[no-untyped-def]
    rect = view.visualRect(view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_tracker_says_overdue_and_a_selected_row_keeps_it(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    demo_window.show_page(FOLLOW_UPS)
    page = demo_window.follow_ups_page
    model, view = page.model, page.table
    row = model.row_of(lambda record: str(record.due_date) == "2026-11-16")
    assert model.index(row, col.STATUS).data() == "In progress · Overdue by 11 days"
    icon = model.index(row, col.STATUS).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    assert icon_pixels(view, row, col.STATUS) > 10

    click(qtbot, view, row, col.DESCRIPTION)  # selected: the row's red background gives way to the selection
    assert view.selectionModel().isRowSelected(row)
    assert model.index(row, col.STATUS).data().endswith("Overdue by 11 days")
    assert icon_pixels(view, row, col.STATUS) > 10
    panel = page.detail_panel
    assert panel.overdue_label.text() == "Overdue by 11 days" and panel.overdue_label.isVisible()
    assert not panel.overdue_icon_label.pixmap().isNull()

    not_overdue = model.row_of(lambda record: days_overdue(record.due_date, record.status, TODAY) == 0)
    assert "Overdue" not in model.index(not_overdue, col.STATUS).data()
    assert model.index(not_overdue, col.STATUS).data(Qt.ItemDataRole.DecorationRole) is None
    click(qtbot, view, not_overdue, col.DESCRIPTION)
    assert not panel.overdue_label.isVisible()


def test_a_deferred_follow_up_is_never_overdue_in_the_tracker(qtbot, demo_store: Services, make_window) -> None:  # type: ignore[no-untyped-def]
    row = next(r for r in demo_store.follow_ups.list_follow_ups(today=TODAY) if str(r.due_date) == "2026-11-16")
    demo_store.follow_ups.change_status(
        row.id, "deferred", note="Waiting for the other side", new_due_date=TODAY - dt.timedelta(days=2)
    )
    window = make_window(demo_store)
    window.show_page(FOLLOW_UPS)
    model = window.follow_ups_page.model
    deferred = model.row_of_id(row.id)
    assert "Overdue" not in model.index(deferred, col.STATUS).data()
    assert model.index(deferred, col.STATUS).data(Qt.ItemDataRole.DecorationRole) is None


def test_the_dossier_says_overdue(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = open_dossier(qtbot, demo_window)
    choose_country(qtbot, page, "Russia")
    model = page.follow_ups_model
    overdue = [
        (model.index(row, DossierColumns.DUE).data(), model.index(row, DossierColumns.STATUS).data())
        for row in range(model.rowCount())
        if model.index(row, DossierColumns.STATUS).data(Qt.ItemDataRole.DecorationRole) is not None
    ]
    assert overdue == [
        ("2026-11-16", "In progress · Overdue by 11 days"),
        ("2026-11-20", "Open · Overdue by 7 days"),
    ]
    table = page.follow_ups_table
    page.tabs.setCurrentWidget(table)
    row = next(r for r in range(model.rowCount()) if model.index(r, DossierColumns.DUE).data() == "2026-11-16")
    click(qtbot, table, row, DossierColumns.ACTION)
    assert table.selectionModel().isRowSelected(row)
    assert icon_pixels(table, row, DossierColumns.STATUS) > 10


def test_the_editor_s_follow_ups_tab_says_overdue(
    monkeypatch, qtbot, demo_store: Services, ui_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(ask, "ask", lambda *_a, **_k: ask.Answer.DISCARD)
    window = MainWindow(demo_store, ui_settings, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    window.commands.open_meeting(demo_store.meetings.list_meetings()[0].id)
    editor = window.editor_area.editor()
    assert isinstance(editor, MeetingEditor)
    section = editor.follow_ups
    section.model.today = lambda: TODAY
    editor.tabs.setCurrentWidget(section)
    model = section.model
    texts = [model.index(row, model.STATUS).data() for row in range(model.rowCount())]
    assert "In progress · Overdue by 11 days" in texts and "Open · Overdue by 7 days" in texts
    row = texts.index("In progress · Overdue by 11 days")
    assert isinstance(model.index(row, model.STATUS).data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert all(
        model.index(r, model.STATUS).data(Qt.ItemDataRole.DecorationRole) is None
        for r in range(model.rowCount())
        if "Overdue" not in texts[r]
    )
