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
from PySide6.QtCore import QDate, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from minutes_app.domain.records import FollowUp, Meeting
from minutes_app.services import Services
from minutes_app.ui.export_actions.pdf_export import pdf_available
from minutes_app.ui.export_actions.save_dialog import LAST_FOLDER_KEY
from minutes_app.ui.main_window import FOLLOW_UPS, MainWindow
from minutes_app.ui.tracker import export_menu
from minutes_app.ui.tracker.export_options import CalendarOptionsDialog, CalendarPeriod, CsvOptionsDialog
from minutes_app.ui.tracker.followups_page import FollowUpsPage
from minutes_app.ui.tracker.report_options import ReportOptions, ReportOptionsDialog
from tests.ui.conftest import TODAY
from tests.ui.test_tracker_data import specification

ORIGINAL_ASK_PERIOD = export_menu.ask_calendar_period
ORIGINAL_ASK_DELIMITER = export_menu.ask_csv_delimiter


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
    monkeypatch.setattr(
        export_menu, "ask_report_options", lambda parent, lang, today=None: ReportOptions(group_by="topic", lang="en")
    )
    monkeypatch.setattr(export_menu, "ask_calendar_period", lambda parent, today: CalendarPeriod(start=None))
    monkeypatch.setattr(export_menu, "ask_csv_delimiter", lambda parent, lang: ",")
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
    texts = [a.text() for a in page.export_menu.actions() if a.text() and a.isVisible()]
    assert texts == [
        "Status &report (.docx)…",
        *(["Status report as &PDF…"] if pdf_available() else []),  # where Word or LibreOffice converts
        "&Spreadsheet (.xlsx)…",
        "&CSV…",
        "Ca&lendar (.ics)…",
        "Open after export",
    ]
    assert page.export_menu.open_after_action.isCheckable()


def test_status_report_of_the_current_filter(page: FollowUpsPage, dialogs: Dialogs, tmp_path: Path) -> None:
    dialogs.answer = tmp_path / "report"  # the suffix is added
    written = page.export_menu.export_report()
    assert written == tmp_path / "report.docx" and written.is_file()
    document = Document(str(written))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "STATUS REPORT ON FOLLOW-UP ACTIONS" in text
    assert "Selection:\topen, Russia" in text
    assert "Period:\t27 November 2025 – 27 November 2026" in text  # the last twelve months by default
    assert "Russia" in [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    rows = [row for table in document.tables for row in table.rows[1:]]
    assert len(rows) == len(russia_open())
    assert {row.cells[1].text for row in rows} == {s.description for s in russia_open()}
    assert dialogs.opened == [str(written)]  # "Open after export" is on by default
    assert dialogs.warnings == []


def test_the_report_options_dialog_sets_grouping_and_language(
    qtbot, monkeypatch, page: FollowUpsPage, dialogs: Dialogs, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
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


def test_the_report_options_dialog_sets_the_period_and_a_summary_only(
    qtbot, monkeypatch, page: FollowUpsPage, dialogs: Dialogs, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.undo()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "summary.docx"), ""))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    seen: dict[str, object] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReportOptionsDialog)
        seen["defaults"] = (dialog.since_edit.date().toPython(), dialog.until_edit.date().toPython())
        seen["checked"] = (dialog.all_closed_check.isChecked(), dialog.summary_only_check.isChecked())
        dialog.since_edit.setDate(QDate(2027, 1, 1))  # after the end: refused, the dialog stays open
        dialog.accept()
        seen["refused"] = (dialog.isVisible(), dialog.error_label.text())
        dialog.since_edit.setDate(QDate(2026, 1, 1))
        dialog.all_closed_check.setChecked(True)
        dialog.summary_only_check.setChecked(True)
        dialog.accept()

    QTimer.singleShot(0, answer)
    written = page.export_menu.export_report()
    assert seen["defaults"] == (dt.date(2025, 11, 27), TODAY) and seen["checked"] == (False, False)
    assert seen["refused"] == (True, "The period must start before it ends.")
    assert written is not None
    document = Document(str(written))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Period:\t1 January 2026 – 27 November 2026" in text
    assert "are not listed" not in text  # all the finished follow-ups were asked for
    assert len(document.tables) == 1 and not [p for p in document.paragraphs if p.style.name == "Heading 1"]


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


def _answer_with(answer) -> None:  # type: ignore[no-untyped-def]
    """Answer the next modal dialog with `answer(dialog)` once it is open."""
    QTimer.singleShot(0, lambda: answer(QApplication.activeModalWidget()))


def test_the_calendar_starts_twelve_months_ago_unless_told(
    qtbot, monkeypatch, page: FollowUpsPage, dialogs: Dialogs, tmp_path: Path, tracker_store: Services
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(export_menu, "ask_calendar_period", ORIGINAL_ASK_PERIOD)
    old = tracker_store.meetings.save(
        Meeting(
            title="Talks of spring 2024",
            date=dt.date(2024, 5, 2),
            countries=["RU"],
            follow_ups=[FollowUp(description="Reply on the 2024 quota", due_date=dt.date(2024, 6, 1))],
        )
    )
    seen: list[object] = []

    def keep_default(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, CalendarOptionsDialog)
        seen.append(dialog.since_edit.value())
        dialog.accept()

    dialogs.answer = tmp_path / "recent.ics"
    _answer_with(keep_default)
    written = page.export_menu.export_calendar()
    assert seen == [dt.date(2025, 11, 27)] and written is not None
    since = dt.date(2025, 11, 27)
    events = list(Calendar.from_ical(written.read_bytes()).walk("VEVENT"))
    starts = [e.decoded("DTSTART") for e in events]
    assert starts and all((s.date() if isinstance(s, dt.datetime) else s) >= since for s in starts)
    every_meeting = [m for m in tracker_store.meetings.list_meetings() if m.date]
    assert sum(1 for e in events if str(e["UID"]).startswith("meeting-")) == sum(
        1 for m in every_meeting if m.date >= since
    )
    summaries = [str(e["SUMMARY"]) for e in events]
    assert old.title not in summaries and "Deadline: Reply on the 2024 quota" not in summaries

    def every_date(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.since_edit.set_value(None)
        dialog.accept()

    dialogs.answer = tmp_path / "all.ics"
    _answer_with(every_date)
    written = page.export_menu.export_calendar()
    assert written is not None
    summaries = [str(e["SUMMARY"]) for e in Calendar.from_ical(written.read_bytes()).walk("VEVENT")]
    assert old.title in summaries and "Deadline: Reply on the 2024 quota" in summaries

    def cancel(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.reject()

    dialogs.answer = tmp_path / "never.ics"
    _answer_with(cancel)
    assert page.export_menu.export_calendar() is None and not (tmp_path / "never.ics").exists()
    assert len(dialogs.asked_at) == 2  # no save dialog after Cancel


def test_the_csv_separator_is_asked_with_the_language_default(
    qtbot, monkeypatch, page: FollowUpsPage, dialogs: Dialogs, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(export_menu, "ask_csv_delimiter", ORIGINAL_ASK_DELIMITER)
    defaults: list[str] = []

    def semicolons(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, CsvOptionsDialog)
        defaults.append(dialog.delimiter())
        dialog.delimiter_combo.setCurrentIndex(dialog.delimiter_combo.findData(";"))
        dialog.accept()

    dialogs.answer = tmp_path / "excel-ru.csv"
    _answer_with(semicolons)
    written = page.export_menu.export_table("csv")
    assert defaults == [","]  # the interface is in English here
    assert written is not None and written.read_text(encoding="utf-8-sig").startswith("ID;Action;Owner;")
    for lang, expected in (("az", ";"), ("ru", ";"), ("en", ",")):
        dialog = CsvOptionsDialog(lang=lang)
        assert dialog.delimiter() == expected
        dialog.deleteLater()


def test_cancel_leaves_no_file_and_an_existing_one_intact(
    page: FollowUpsPage, dialogs: Dialogs, tmp_path: Path
) -> None:
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


def test_a_failed_export_keeps_the_old_file(
    page: FollowUpsPage, dialogs: Dialogs, tmp_path: Path, tracker_store: Services
) -> None:
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


def test_open_after_export_is_a_remembered_choice(
    page: FollowUpsPage, dialogs: Dialogs, tmp_path: Path, ui_settings
) -> None:  # type: ignore[no-untyped-def]
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
