"""The spreadsheet import dialog: a column the guess missed and an unknown status fixed in the preview, then import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QMessageBox, QProgressDialog, QPushButton

from benchmarks.sheet_files import RU_HEADERS, write_titled_sheet
from minutes_app.services import Services
from minutes_app.services.sheet_undo import last_import
from minutes_app.ui.import_sheet.import_actions import import_from_spreadsheet, undo_last_spreadsheet_import
from minutes_app.ui.import_sheet.import_sheet_dialog import ImportSheetDialog
from minutes_app.ui.import_sheet.preview_model import PROBLEMS_COLUMN

D = dt.datetime


def _sheet(tmp_path: Path) -> Path:
    headers = list(RU_HEADERS)
    headers[3] = "Что сделать"  # no header word the guess knows: the action's column is left unmapped
    rows: list[list[object]] = [
        [D(2026, 3, 12), "Грузия", "Переговоры в Тбилиси", "Подготовить меморандум", "Рашад Алиев", "Отдел Европы",
         D(2026, 4, 30), "Висит", "Высокий", "Торговля", None],
        [D(2026, 3, 12), "Грузия", "Переговоры в Тбилиси", "Направить письмо", None, None, None, "в работе", None,
         None, None],
    ]  # fmt: skip
    return write_titled_sheet(tmp_path / "sheet.xlsx", headers, rows)


def _choose(qtbot, combo: QComboBox, text: str) -> None:  # type: ignore[no-untyped-def]
    """Open the combo's list with a click and click the item showing `text`."""
    QTest.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # a release right after opening belongs to the opening click
    row = combo.findText(text)
    assert row >= 0, text
    index = view.model().index(row, 0)
    view.scrollTo(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: combo.currentIndex() == row)


def test_fix_the_mapping_and_a_status_in_the_preview_then_import_and_undo(
    qtbot, sqlite_services: Services, ui_settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _sheet(tmp_path)
    dialog = ImportSheetDialog(sqlite_services, ui_settings)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    QTest.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    dialog.show()

    assert dialog.header_spin.value() == 4
    assert dialog.mapping_combos["title"].currentText() == "C: Название встречи"
    assert dialog.mapping_combos["action"].currentText() == "(not imported)"
    assert "no column for the action" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()

    with qtbot.waitSignal(dialog.checked):
        _choose(qtbot, dialog.mapping_combos["action"], "D: Что сделать")
    model = dialog.preview_model
    assert model.rowCount() == 2
    assert model.index(0, 5).data() == "Подготовить меморандум"
    problems = model.index(0, PROBLEMS_COLUMN).data()
    assert "'Висит' is not a status" in problems
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None  # the row is marked
    assert model.index(1, PROBLEMS_COLUMN).data() == ""
    assert "1 rows have errors: row 5: status" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()

    assert dialog.values_box.isVisible()
    with qtbot.waitSignal(dialog.checked):
        _choose(qtbot, dialog.value_combos[("status", "Висит")], "Deferred")
    assert model.index(0, PROBLEMS_COLUMN).data() == ""
    assert model.index(0, 9).data() == "Deferred"
    assert model.index(0, 6).data() == "Рашад Алиев (new)"
    assert dialog.import_button.isEnabled()

    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ImportSheetDialog.DialogCode.Accepted
    assert dialog.result_counts is not None and dialog.result_counts.follow_ups == 2
    [summary] = sqlite_services.meetings.list_meetings()
    meeting = sqlite_services.meetings.get(summary.id)
    assert [(f.description, f.status) for f in meeting.follow_ups] == [
        ("Подготовить меморандум", "deferred"),
        ("Направить письмо", "in_progress"),
    ]

    # next time the same layout opens with the chosen column and value remembered: nothing to fix
    again = ImportSheetDialog(sqlite_services, ui_settings)
    qtbot.addWidget(again)
    again.load_file(str(path))
    assert again.mapping_combos["action"].currentText() == "D: Что сделать"
    plan = again.current_plan()
    assert plan is not None and plan.errors == []
    assert "0 new follow-ups, 2 already there" in again.summary_label.text()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert undo_last_spreadsheet_import(None, sqlite_services)
    assert sqlite_services.meetings.list_meetings() == []
    assert last_import(sqlite_services.store) is None


def test_cancelling_the_file_choice_opens_nothing(
    qtbot, sqlite_services: Services, ui_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    assert import_from_spreadsheet(None, sqlite_services, ui_settings) is False


def test_cancelling_the_progress_bar_leaves_nothing_behind(
    qtbot, sqlite_services: Services, ui_settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from benchmarks.sheet_files import write_big_sheet

    path = write_big_sheet(tmp_path / "big.xlsx", 1000)
    dialog = ImportSheetDialog(sqlite_services, ui_settings)
    qtbot.addWidget(dialog)
    dialog.load_file(str(path))
    dialog.show()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    shown: list[QProgressDialog] = []

    def press_cancel_when_shown(progress: QProgressDialog, value: int) -> None:
        original_set_value(progress, value)
        shown.append(progress)
        if value >= 300:  # the person presses Cancel part-way
            QTest.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)

    original_set_value = QProgressDialog.setValue
    monkeypatch.setattr(QProgressDialog, "setValue", press_cancel_when_shown)
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    assert shown and told == ["The import was cancelled; nothing was added."]
    assert dialog.isVisible()  # the dialog stays open to try again
    assert sqlite_services.meetings.list_meetings() == []
    assert sqlite_services.directory.people() == []
    assert last_import(sqlite_services.store) is None
