"""The tracker's exports: each writes a file that opens again with the rows of the current filter; Cancel and
failures leave no file (and an existing one intact); the folder is remembered; the file opens if wanted."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import os
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from icalendar import Calendar
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from minutes_app.services import Services
from minutes_app.ui.export_actions.save_dialog import LAST_FOLDER_KEY
from minutes_app.ui.followups_page import FollowUpsPage
from minutes_app.ui.main_window import FOLLOW_UPS, MainWindow
from minutes_app.ui.tracker import export_menu
from minutes_app.ui.tracker.report_options import ReportOptions, ReportOptionsDialog
from tests.ui.conftest import TODAY
from tests.ui.test_tracker_data import specification


@dataclasses.dataclass
class Dialogs:
    """What the tests answer in the save dialog, and what they saw."""

    answer: Path | None = None
    asked_at: list[str] = dataclasses.field(default_factory=list)
    opened: list[str] = dataclasses.field(default_factory=list)
    warnings: list[str] = dataclasses.field(default_factory=list)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    seen = Dialogs()

    def save_name(parent, caption, directory, file_types, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.asked_at.append(directory)
        return (str(seen.answer) if seen.answer else "", file_types)

    def open_url(url: QUrl) -> bool:
        seen.opened.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: seen.warnings.append(text))
    monkeypatch.setattr(export_menu, "ask_report_options", lambda parent, lang: ReportOptions(group_by="topic", lang="en"))
    return seen


@pytest.fixture
def page(make_window, tracker_store: Services) -> FollowUpsPage:  # type: ignore[no-untyped-def]
    window: MainWindow = make_window(tracker_store)
    window.show_page(FOLLOW_UPS)
    page = window.follow_ups_page
    bar = page.filter_bar
    bar.status_checks.boxes["open"].click()
    bar.country_combo.setCurrentIndex(bar.country_combo.findText("Russia"))
    return page


def russia_open() -> list:  # type: ignore[type-arg]
    return [s for s in specification() if s.country == "RU" and s.status == "open"]


def test_the_menu_offers_every_export(page: FollowUpsPage) -> None:
    texts = [a.text() for a in page.export_menu.actions() if a.text()]
    assert texts == ["Status &report (.docx)…", "&Spreadsheet (.xlsx)…", "&CSV…", "Ca&lendar (.ics)…", "Open after export"]
    assert page.export_menu.open_after_action.isCheckable()


def test_status_report_of_the_current_filter(page: FollowUpsPage, dialogs: Dialogs, tmp_path: Path) -> None:
    dialogs.answer = tmp_path / "report"  # the suffix is added
    written = page.export_menu.export_report()
    assert written == tmp_path / "report.docx" and written.is_file()
    document = Document(str(written))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "STATUS REPORT ON FOLLOW-UP ACTIONS" in text
    assert "Selection:\tStatus: Open; Countries: Russia" in text
    assert "Russia" in [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    rows = [row for table in document.tables for row in table.rows[1:]]
    assert len(rows) == len(russia_open())
    assert {row.cells[1].text for row in rows} == {s.description for s in russia_open()}
    assert dialogs.opened == [str(written)]  # "Open after export" is on by default
    assert dialogs.warnings == []


def test_the_report_options_dialog_sets_grouping_and_language(qtbot, monkeypatch, page: FollowUpsPage, dialogs: Dialogs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.undo()  # the real options dialog this time (the save dialog answered again below)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "hesabat.docx"), ""))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReportOptionsDialog)
        dialog.group_combo.setCurrentIndex(dialog.group_combo.findData("department"))
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("az"))
        dialog.accept()

    QTimer.singleShot(0, answer)
    written = page.export_menu.export_report()
    assert written is not None
    document = Document(str(written))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    departments = {s.department for s in russia_open()}
    assert set(headings) == departments  # grouped by department
    assert any(p.text.startswith("Seçim meyarları") and "Rusiya" in p.text for p in document.paragraphs)


def test_spreadsheet_of_the_current_filter(page: FollowUpsPage, dialogs: Dialogs, tmp_path: Path) -> None:
    dialogs.answer = tmp_path / "tracker.xlsx"
    written = page.export_menu.export_table("xlsx")
    assert written == dialogs.answer
    sheet = openpyxl.load_workbook(written).active
    header = [c.value for c in sheet[1]]
    assert header[:5] == ["ID", "Action", "Owner", "Department", "Deadline"]
    body = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(body) == len(russia_open())
    assert {row[1] for row in body} == {s.description for s in russia_open()}
    assert all(isinstance(row[4], dt.datetime) for row in body if row[4] is not None)  # real date cells


def test_csv_of_the_current_filter(page: FollowUpsPage, dialogs: Dialogs, tmp_path: Path) -> None:
    dialogs.answer = tmp_path / "tracker.csv"
    written = page.export_menu.export_table("csv")
    assert written is not None
    assert written.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    with open(written, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][1] == "Action" and len(rows) == len(russia_open()) + 1
    assert {row[1] for row in rows[1:]} == {s.description for s in russia_open()}


def test_calendar_with_the_filtered_deadlines(page: FollowUpsPage, dialogs: Dialogs, tmp_path: Path) -> None:
    dialogs.answer = tmp_path / "calendar.ics"
    written = page.export_menu.export_calendar()
    assert written is not None
    calendar = Calendar.from_ical(written.read_bytes())
    summaries = [str(e.get("summary")) for e in calendar.walk("VEVENT")]
    deadlines = [s for s in summaries if s.startswith("Deadline: ")]
    assert sorted(deadlines) == sorted(f"Deadline: {s.description}" for s in russia_open() if s.due_date)
    assert len(summaries) - len(deadlines) == 40  # every meeting


def test_cancel_leaves_no_file_and_an_existing_one_intact(page: FollowUpsPage, dialogs: Dialogs, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    target = folder / "report.docx"
    target.write_bytes(b"the old report")
    dialogs.answer = target
    statuses: list[str] = []
    page.status_reported.connect(statuses.append)
    page.export_menu.exporter.runner.progress_started.connect(lambda dialog: dialog.cancel())
    assert page.export_menu.export_report() is None
    assert target.read_bytes() == b"the old report"
    assert sorted(p.name for p in folder.iterdir()) == ["report.docx"]  # no temporary file left behind
    assert statuses == ["Export cancelled; no file was written."]
    assert dialogs.opened == [] and dialogs.warnings == []


def test_a_path_that_cannot_be_written_is_reported(page: FollowUpsPage, dialogs: Dialogs, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    dialogs.answer = blocker / "tracker.csv"
    assert page.export_menu.export_table("csv") is None
    assert len(dialogs.warnings) == 1
    assert "was not written" in dialogs.warnings[0] and "not a folder" in dialogs.warnings[0]
    assert "unchanged" in dialogs.warnings[0]
    assert dialogs.opened == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a user that folder permissions apply to")
def test_a_read_only_folder_is_reported(page: FollowUpsPage, dialogs: Dialogs, tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        dialogs.answer = folder / "tracker.xlsx"
        assert page.export_menu.export_table("xlsx") is None
        assert "Permission was refused" in dialogs.warnings[0]
    finally:
        folder.chmod(0o700)


def test_a_failed_export_keeps_the_old_file(page: FollowUpsPage, dialogs: Dialogs, tmp_path: Path, tracker_store: Services) -> None:
    broken = tmp_path / "template.docx"
    broken.write_text("not a Word document")
    tracker_store.settings.save(dataclasses.replace(tracker_store.settings.get(), minutes_template=str(broken)))
    target = tmp_path / "report.docx"
    target.write_bytes(b"last week's report")
    dialogs.answer = target
    assert page.export_menu.export_report() is None
    assert target.read_bytes() == b"last week's report"
    assert len(dialogs.warnings) == 1 and "template" in dialogs.warnings[0]


def test_the_folder_is_remembered_per_kind(page: FollowUpsPage, dialogs: Dialogs, tmp_path: Path, ui_settings) -> None:  # type: ignore[no-untyped-def]
    first = tmp_path / "exports"
    first.mkdir()
    dialogs.answer = first / "one.xlsx"
    page.export_menu.export_table("xlsx")
    assert ui_settings.value(LAST_FOLDER_KEY + "xlsx") == str(first)
    dialogs.answer = None  # the person cancels the next dialog
    assert page.export_menu.export_table("xlsx") is None
    assert dialogs.asked_at[1] == str(first / f"follow-ups-{TODAY.isoformat()}.xlsx")
    page.export_menu.export_table("csv")
    assert not dialogs.asked_at[2].startswith(str(first))  # each kind has its own folder


def test_open_after_export_is_a_remembered_choice(page: FollowUpsPage, dialogs: Dialogs, tmp_path: Path, ui_settings) -> None:  # type: ignore[no-untyped-def]
    action = page.export_menu.open_after_action
    assert action.isChecked()
    action.trigger()
    assert ui_settings.value("export/open_after", type=bool) is False
    dialogs.answer = tmp_path / "quiet.csv"
    assert page.export_menu.export_table("csv") == dialogs.answer
    assert dialogs.opened == []
    action.trigger()
    dialogs.answer = tmp_path / "loud.csv"
    page.export_menu.export_table("csv")
    assert dialogs.opened == [str(tmp_path / "loud.csv")]
