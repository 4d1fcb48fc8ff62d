"""The Counterpart dossier page: pick a country or organisation, see the timeline, people, decisions, follow-ups, figures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from minutes_app.domain import records as r
from minutes_app.services import Services
from minutes_app.ui.dossier.dossier_models import DossierFollowUpsTableModel as FollowUpColumns
from minutes_app.ui.dossier.dossier_models import DossierMeetingsTableModel as MeetingColumns
from minutes_app.ui.dossier.dossier_models import DossierPeopleTableModel as PeopleColumns
from minutes_app.ui.dossier.dossier_page import DossierPage
from minutes_app.ui.export_actions.open_after import set_open_after_export
from minutes_app.ui.export_actions.save_dialog import LAST_FOLDER_KEY
from minutes_app.ui.main_window import DOSSIER, EDITOR, MainWindow
from minutes_app.ui.tracker.followups_table_model import OVERDUE_BACKGROUND
from tests.ui.conftest import TODAY, type_text

DEMO_TITLE = "Meeting of Minister of Economy Mikayil Jabbarov with the delegation of the Russian Federation led by Ruslan Edelgeriev"


def open_dossier(qtbot, window: MainWindow) -> DossierPage:  # type: ignore[no-untyped-def]
    """Ctrl+4 shows the dossier page."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach the active window only
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == DOSSIER
    return window.dossier_page


def choose_country(qtbot, page: DossierPage, typed: str) -> None:  # type: ignore[no-untyped-def]
    """Type the start of a country's name on the country list, as a keyboard user does."""
    page.picker.country_combo.setFocus()
    type_text(page.picker.country_combo, typed)


def column(model, col: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(row, col).data() for row in range(model.rowCount())]


def test_the_counterparts_met_come_first_with_their_counts(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    combo = open_dossier(qtbot, demo_window).picker.country_combo
    assert combo.itemText(0) == "Choose a country…"
    assert (combo.itemText(1), combo.itemData(1)) == ("Russia (meetings: 1)", "RU")
    assert combo.findData("TR") > 2 and combo.findData("AZ") > 2  # every other country follows


def test_russia_on_the_demo_shows_the_meeting_people_decisions_and_follow_ups(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = open_dossier(qtbot, demo_window)
    choose_country(qtbot, page, "Russia")
    dossier = page.dossier()
    assert dossier is not None and dossier.country == "RU" and dossier.today == TODAY
    assert page.title_label.text() == "Russia"
    assert column(page.meetings_model, MeetingColumns.TITLE) == [DEMO_TITLE]
    assert column(page.meetings_model, MeetingColumns.DATE) == ["2026-10-15"]
    assert column(page.meetings_model, MeetingColumns.HOST_LEAD) == ["Mikayil Jabbarov, Minister of Economy"]
    assert column(page.meetings_model, MeetingColumns.GUEST_LEAD) == [
        "Ruslan Edelgeriev, Adviser to the President of the Russian Federation"
    ]
    assert column(page.people_model, PeopleColumns.NAME) == ["Ruslan Edelgeriev"]
    assert column(page.people_model, PeopleColumns.TIMES_MET) == ["1"]
    assert page.decisions_model.rowCount() == 6
    assert page.follow_ups_model.rowCount() == 7
    assert [page.tabs.tabText(i) for i in range(4)] == [
        "Meetings (1)",
        "People met (1)",
        "Decisions (6)",
        "Follow-ups (7 open, 2 overdue, 0 done)",
    ]
    assert "Meetings: 1. Per year: 2026: 1" in page.figures_label.text()
    assert "Follow-ups: 7 open, 2 overdue, 0 done." in page.figures_label.text()
    assert "no completed follow-up with a due date yet" in page.figures_label.text()


def test_overdue_follow_ups_are_red(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = open_dossier(qtbot, demo_window)
    choose_country(qtbot, page, "Russia")
    model = page.follow_ups_model
    red = [
        model.index(row, FollowUpColumns.DUE).data()
        for row in range(model.rowCount())
        if model.index(row, FollowUpColumns.ACTION).data(Qt.ItemDataRole.BackgroundRole) is not None
        and model.index(row, FollowUpColumns.ACTION).data(Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_BACKGROUND
    ]
    assert red == ["2026-11-16", "2026-11-20"]  # due before TODAY (2026-11-27), not done


def test_the_day_overdue_is_judged_on_can_be_set(qtbot, demo_store: Services, ui_settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    from minutes_app.ui.main_window import MainWindow as Window
    from tests.ui.conftest import FakeMeetingEditor

    window = Window(demo_store, ui_settings, editor_factory=FakeMeetingEditor, today=dt.date(2026, 11, 18))
    qtbot.addWidget(window)
    page = window.dossier_page
    assert page.show_country("ru")
    assert page.tabs.tabText(3) == "Follow-ups (7 open, 1 overdue, 0 done)"


def test_double_click_on_the_timeline_opens_the_meeting(qtbot, demo_window: MainWindow, demo_store: Services) -> None:  # type: ignore[no-untyped-def]
    page = open_dossier(qtbot, demo_window)
    choose_country(qtbot, page, "Russia")
    table = page.meetings_table
    centre = table.visualRect(page.meetings_model.index(0, MeetingColumns.TITLE)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert demo_window.current_page_key() == EDITOR
    assert demo_window.editor_area.current_meeting_id() == demo_store.meetings.list_meetings()[0].id


def test_a_country_never_met_has_an_empty_dossier(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = open_dossier(qtbot, demo_window)
    choose_country(qtbot, page, "Türkiye")
    assert page.picker.current_country() == "TR"
    assert page.meetings_model.rowCount() == 0
    assert page.tabs.tabText(0) == "Meetings (0)"
    assert page.figures_label.text().startswith("Meetings: 0.")


def test_an_organisation_is_found_by_any_spelling(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = open_dossier(qtbot, demo_window)
    edit = page.picker.organisation_edit
    edit.setFocus()
    type_text(edit, "Executive Office of the President of the Russian Federation")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    dossier = page.dossier()
    assert dossier is not None and dossier.kind == "organisation"
    assert page.title_label.text() == "Executive Office of the President of the Russian Federation"
    assert column(page.meetings_model, MeetingColumns.TITLE) == [DEMO_TITLE]
    assert page.picker.current_country() == ""
    assert page.briefing_button.isEnabled()  # a briefing note is written on an organisation too


def test_the_briefing_note_on_an_organisation(
    qtbot, monkeypatch, tmp_path: Path, demo_window: MainWindow, no_opening: QSettings
) -> None:  # type: ignore[no-untyped-def]
    import docx

    asked: list[str] = []

    def save_as(parent, caption, start, file_types):  # type: ignore[no-untyped-def]
        asked.append(start)
        return str(tmp_path / "organisation"), file_types

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    page = open_dossier(qtbot, demo_window)
    assert not page.briefing_button.isEnabled()  # nothing chosen yet
    edit = page.picker.organisation_edit
    edit.setFocus()
    type_text(edit, "Executive Office of the President of the Russian Federation")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert page.briefing_button.isEnabled() and "organisation" in page.briefing_button.toolTip()
    page.language_combo.setCurrentIndex(page.language_combo.findData("en"))
    qtbot.mouseClick(page.briefing_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "organisation.docx"
    qtbot.waitUntil(written.exists, timeout=10_000)
    assert asked and asked[0].endswith(
        "briefing-note-Executive-Office-of-the-President-of-the-Russian-Federation-2026-11-27.docx"
    )
    document = docx.Document(str(written))
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[1] == "Executive Office of the President of the Russian Federation"
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert DEMO_TITLE in cells
    assert "Ruslan Edelgeriev" in cells  # the Office's adviser, among its people met


def figures_store(services: Services) -> None:
    """Two meetings with Georgia two years apart; one follow-up done on time, one late, one overdue."""
    services.meetings.save(
        r.Meeting(
            title="Talks in Tbilisi",
            date=dt.date(2025, 3, 1),
            countries=["GE"],
            follow_ups=[
                r.FollowUp(
                    description="Roadmap",
                    due_date=dt.date(2025, 4, 1),
                    status="done",
                    completed_on=dt.date(2025, 3, 30),
                ),
                r.FollowUp(
                    description="Statistics",
                    due_date=dt.date(2025, 4, 1),
                    status="done",
                    completed_on=dt.date(2025, 5, 2),
                ),
            ],
        )
    )
    services.meetings.save(
        r.Meeting(
            title="Talks in Baku",
            date=dt.date(2026, 9, 1),
            countries=["GE"],
            follow_ups=[
                r.FollowUp(description="Transit tariffs", due_date=dt.date(2026, 10, 1)),
            ],
        )
    )


def test_the_figures_count_meetings_per_year_and_follow_ups_done_on_time(
    qtbot, make_window, sqlite_services: Services
) -> None:  # type: ignore[no-untyped-def]
    figures_store(sqlite_services)
    page = open_dossier(qtbot, make_window(sqlite_services))
    choose_country(qtbot, page, "Georgia")
    text = page.figures_label.text()
    assert "Per year: 2025: 1 · 2026: 1" in text
    assert "Follow-ups: 1 open, 1 overdue, 2 done." in text
    assert "Done on time: 1 of 2 (50%)." in text
    assert column(page.follow_ups_model, FollowUpColumns.COMPLETED) == ["2025-03-30", "2025-05-02", ""]


def test_the_page_follows_changes_to_the_data(qtbot, demo_window: MainWindow, demo_store: Services) -> None:  # type: ignore[no-untyped-def]
    page = open_dossier(qtbot, demo_window)
    choose_country(qtbot, page, "Russia")
    demo_store.meetings.save(r.Meeting(title="Second round", date=dt.date(2026, 11, 20), countries=["RU"]))
    demo_window.announce_change()
    assert column(page.meetings_model, MeetingColumns.TITLE) == ["Second round", DEMO_TITLE]
    assert page.picker.country_combo.itemText(1) == "Russia (meetings: 2)"


@pytest.fixture
def no_opening(ui_settings: QSettings) -> QSettings:
    """Written files are not opened in another program during tests."""
    set_open_after_export(ui_settings, False)
    return ui_settings


def test_the_briefing_note_is_written_where_chosen_and_the_folder_remembered(
    qtbot, monkeypatch, tmp_path: Path, demo_window: MainWindow, no_opening: QSettings
) -> None:  # type: ignore[no-untyped-def]
    import docx

    asked: list[str] = []

    def save_as(parent, caption, start, file_types):  # type: ignore[no-untyped-def]
        asked.append(start)
        return str(tmp_path / "briefing"), file_types

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    page = open_dossier(qtbot, demo_window)
    choose_country(qtbot, page, "Russia")
    page.language_combo.setCurrentIndex(page.language_combo.findData("en"))
    qtbot.mouseClick(page.briefing_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "briefing.docx"  # the suffix is added
    qtbot.waitUntil(written.exists, timeout=10_000)
    assert asked and asked[0].endswith("briefing-note-RU-2026-11-27.docx")
    text = "\n".join(p.text for p in docx.Document(str(written)).paragraphs)
    document = docx.Document(str(written))
    cells = "\n".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)
    assert DEMO_TITLE in text + cells
    assert "Briefing note" in document.core_properties.title
    assert no_opening.value(LAST_FOLDER_KEY + "briefing") == str(tmp_path)
    assert str(written) in demo_window.statusBar().currentMessage()


def test_the_briefing_note_follows_the_language_chosen(
    qtbot, monkeypatch, tmp_path: Path, demo_window: MainWindow, no_opening: QSettings
) -> None:  # type: ignore[no-untyped-def]
    import docx

    target = tmp_path / "справка.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    page = open_dossier(qtbot, demo_window)
    choose_country(qtbot, page, "Russia")
    page.language_combo.setCurrentIndex(page.language_combo.findData("ru"))
    assert page.export_briefing() == target
    assert docx.Document(str(target)).core_properties.title.startswith("Справка")


def test_a_briefing_that_cannot_be_written_says_why(
    qtbot, monkeypatch, tmp_path: Path, demo_window: MainWindow, no_opening: QSettings
) -> None:  # type: ignore[no-untyped-def]
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "missing" / "note.docx"), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: warnings.append(text))
    page = open_dossier(qtbot, demo_window)
    choose_country(qtbot, page, "Russia")
    assert page.export_briefing() is None
    assert len(warnings) == 1
    assert "was not written" in warnings[0] and "The folder does not exist." in warnings[0]


def test_cancelling_the_save_dialog_writes_nothing(
    qtbot, monkeypatch, tmp_path: Path, demo_window: MainWindow, no_opening: QSettings
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    page = open_dossier(qtbot, demo_window)
    choose_country(qtbot, page, "Russia")
    assert page.export_briefing() is None
    assert list(tmp_path.glob("*.docx")) == []


def test_the_dossier_models_pass_qt_model_checks(qtmodeltester, demo_store: Services) -> None:  # type: ignore[no-untyped-def]
    from minutes_app.ui.dossier.dossier_models import (
        DossierDecisionsTableModel,
        DossierFollowUpsTableModel,
        DossierMeetingsTableModel,
        DossierPeopleTableModel,
    )

    dossier = demo_store.dossier.for_country("RU", today=TODAY)
    for model, rows in (
        (DossierMeetingsTableModel(), dossier.meetings),
        (DossierPeopleTableModel(), dossier.people),
        (DossierDecisionsTableModel(), dossier.decisions),
        (DossierFollowUpsTableModel(), dossier.open_follow_ups),
    ):
        model.set_rows(rows)
        qtmodeltester.check(model)


def test_the_dossier_in_russian(qtbot, interface_in, make_window, demo_store: Services) -> None:  # type: ignore[no-untyped-def]
    interface_in("ru")
    window: MainWindow = make_window(demo_store)
    page = window.dossier_page
    assert window._nav_item(DOSSIER).text() == "Досье партнёра"
    assert page.show_country("RU")
    assert page.picker.country_combo.itemText(1) == "Россия (встреч: 1)"
    assert page.tabs.tabText(3) == "Поручения (открыто: 7, просрочено: 2, выполнено: 0)"
    assert page.briefing_button.text() == "Сп&равка (.docx)…"
    assert (
        page.meetings_model.headerData(MeetingColumns.GUEST_LEAD, Qt.Orientation.Horizontal) == "Глава гостевой стороны"
    )
    assert "Поручения: открыто — 7, просрочено — 2, выполнено — 0." in page.figures_label.text()


def test_the_dossier_in_azerbaijani(qtbot, interface_in, make_window, demo_store: Services) -> None:  # type: ignore[no-untyped-def]
    interface_in("az")
    window: MainWindow = make_window(demo_store)
    page = window.dossier_page
    assert page.show_country("RU")
    assert page.title_label.text() == "Rusiya"
    assert page.tabs.tabText(0) == "Görüşlər (1)"
    assert page.picker.country_combo.itemText(0) == "Ölkə seçin…"
