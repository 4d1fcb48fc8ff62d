"""The "Texts in:" chooser: the meetings list, the tracker and the dossier show the chosen language, mark what
fell back to the original, and the choice comes back at the next start."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, Qt

from minutes_app.domain import records as r
from minutes_app.exports.labels import vocab
from minutes_app.services import Services
from minutes_app.ui.common.ui_settings import TEXTS_LANGUAGE_KEY
from minutes_app.ui.dossier import dossier_models as dm
from minutes_app.ui.main_window import FOLLOW_UPS, MEETINGS, MainWindow
from minutes_app.ui.meetings.meetings_table_model import COUNTRY, STATUS, TITLE
from minutes_app.ui.tracker import followups_table_model as fm

FONT, TIP = Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole


def _store(services: Services) -> tuple[r.Meeting, r.Meeting]:
    ours = services.directory.save_organisation(
        r.Organisation(name="Ministry of Economy", kind="ministry", country="AZ")
    )
    theirs = services.directory.save_organisation(
        r.Organisation(
            name="Ministry of Economic Development",
            kind="ministry",
            country="RU",
            name_ru="Министерство экономического развития",
        )
    )
    minister = services.directory.save_person(
        r.Person(
            name="Mikayil Jabbarov",
            name_ru="Микаил Джаббаров",
            organisation_id=ours.id,
        )
    )
    guest = services.directory.save_person(
        r.Person(
            name="Maxim Reshetnikov",
            name_ru="Максим Решетников",
            organisation_id=theirs.id,
        )
    )
    translated = services.meetings.save(
        r.Meeting(
            title="Meeting on trade",
            venue="Baku",
            date=dt.date(2026, 2, 10),
            countries=["RU"],
            status="held",
            language="en",
            translations={"title": {"ru": "Встреча по торговле"}, "venue": {"ru": "Баку"}},
            attendances=[
                r.Attendance(person_id=minister.id, side="host", role="head_of_delegation"),
                r.Attendance(
                    person_id=guest.id,
                    side="guest",
                    role="head_of_delegation",
                    position="Minister",
                    translations={"position": {"ru": "Министр"}},
                ),
            ],
            follow_ups=[
                r.FollowUp(
                    description="Prepare the draft",
                    owner_id=minister.id,
                    due_date=dt.date(2027, 4, 1),
                    translations={"description": {"ru": "Подготовить проект"}},
                )
            ],
        )
    )
    untranslated = services.meetings.save(
        r.Meeting(
            title="Courtesy call",
            date=dt.date(2026, 1, 5),
            countries=["RU"],
            language="en",
            follow_ups=[r.FollowUp(description="Send the letter", due_date=dt.date(2027, 5, 1))],
        )
    )
    return translated, untranslated


def _cell(model, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
    return model.index(row, column).data(role)


def _is_italic(model, row: int, column: int) -> bool:  # type: ignore[no-untyped-def]
    font = _cell(model, row, column, FONT)
    return font is not None and font.italic()


def _choose(window: MainWindow, lang: str) -> None:
    combo = window.texts_language.combo
    combo.setCurrentIndex(combo.findData(lang))  # as the officer picks it in the toolbar


def test_lists_show_the_chosen_language_and_mark_what_is_not_translated(
    make_window,
    sqlite_services: Services,
    ui_settings: QSettings,  # type: ignore[no-untyped-def]
) -> None:
    translated, untranslated = _store(sqlite_services)
    window = make_window(sqlite_services)
    assert window.texts_language.language() == ""  # Original by default
    meetings = window.meetings_page.model
    row = meetings.row_of_meeting(translated.id)
    assert _cell(meetings, row, TITLE) == "Meeting on trade"

    _choose(window, "ru")
    assert ui_settings.value(TEXTS_LANGUAGE_KEY) == "ru"
    row, plain = meetings.row_of_meeting(translated.id), meetings.row_of_meeting(untranslated.id)
    assert _cell(meetings, row, TITLE) == "Встреча по торговле"
    assert not _is_italic(meetings, row, TITLE)
    assert "Баку" in _cell(meetings, row, TITLE, TIP)
    assert _cell(meetings, row, COUNTRY) == "Россия"
    assert _cell(meetings, row, STATUS) == vocab("meeting_status", "held", "ru")
    # no Russian title: shown as written, in italics, with a tooltip saying so
    assert _cell(meetings, plain, TITLE) == "Courtesy call"
    assert _is_italic(meetings, plain, TITLE)
    assert "Not translated into Russian" in _cell(meetings, plain, TITLE, TIP)
    # the filter finds what is shown
    window.meetings_page.search_box.setText("торговле")
    assert [m.id for m in meetings.records()] == [translated.id]
    window.meetings_page.search_box.setText("")

    window.show_page(FOLLOW_UPS)
    tracker = window.follow_ups_page.model
    draft = tracker.row_of(lambda f: f.description == "Prepare the draft")
    letter = tracker.row_of(lambda f: f.description == "Send the letter")
    assert _cell(tracker, draft, fm.DESCRIPTION) == "Подготовить проект"
    assert _cell(tracker, draft, fm.OWNER) == "Микаил Джаббаров"
    assert "Встреча по торговле" in _cell(tracker, draft, fm.MEETING)
    assert _cell(tracker, draft, fm.STATUS) == vocab("status", "open", "ru")
    assert not _is_italic(tracker, draft, fm.DESCRIPTION)
    assert _cell(tracker, letter, fm.DESCRIPTION) == "Send the letter" and _is_italic(tracker, letter, fm.DESCRIPTION)
    assert "Not translated into Russian" in _cell(tracker, letter, fm.DESCRIPTION, TIP)
    # sorting the action column sorts the Russian texts: Latin "Send…" before Cyrillic "Подготовить…"
    window.follow_ups_page.table.sortByColumn(fm.DESCRIPTION, Qt.SortOrder.DescendingOrder)
    assert _cell(tracker, 0, fm.DESCRIPTION) == "Подготовить проект"

    window.show_page(MEETINGS)
    assert window.dossier_page.show_country("RU")
    dossier = window.dossier_page
    titles = [_cell(dossier.meetings_model, i, dm.DossierMeetingsTableModel.TITLE) for i in range(2)]
    assert titles == ["Встреча по торговле", "Courtesy call"]
    assert _is_italic(dossier.meetings_model, 1, dm.DossierMeetingsTableModel.TITLE)
    lead = _cell(dossier.meetings_model, 0, dm.DossierMeetingsTableModel.GUEST_LEAD)
    assert lead == "Максим Решетников, Министр"
    assert _cell(dossier.people_model, 0, dm.DossierPeopleTableModel.NAME) == "Максим Решетников"
    organisation = _cell(dossier.people_model, 0, dm.DossierPeopleTableModel.ORGANISATION)
    assert organisation == "Министерство экономического развития"
    actions = {_cell(dossier.follow_ups_model, i, dm.DossierFollowUpsTableModel.ACTION) for i in range(2)}
    assert actions == {"Подготовить проект", "Send the letter"}

    _choose(window, "")  # back to the original
    assert _cell(meetings, meetings.row_of_meeting(translated.id), TITLE) == "Meeting on trade"
    assert not _is_italic(meetings, meetings.row_of_meeting(untranslated.id), TITLE)


def test_the_choice_comes_back_at_the_next_start(
    make_window,
    sqlite_services: Services,
    ui_settings: QSettings,  # type: ignore[no-untyped-def]
) -> None:
    translated, _ = _store(sqlite_services)
    first = make_window(sqlite_services)
    _choose(first, "ru")
    assert first.close()
    ui_settings.sync()
    second = make_window(sqlite_services)
    assert second.texts_language.language() == "ru"
    assert second.texts_language.menu.actions()[2].isChecked()  # Original, Azərbaycanca, Русский
    meetings = second.meetings_page.model
    assert _cell(meetings, meetings.row_of_meeting(translated.id), TITLE) == "Встреча по торговле"
