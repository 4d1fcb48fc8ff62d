"""Recording the seed meeting by typing into the real editor, saving, and reading back what the store holds."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QWidget

from minutes_app.domain import records as r
from minutes_app.resource_files import resources_dir
from minutes_app.services import Services
from minutes_app.services.settings import Settings
from minutes_app.ui.editor import MeetingEditor
from minutes_app.ui.editor.participants import SidePanel
from minutes_app.ui.editor.quick_person_dialog import NewPersonDialog
from minutes_app.ui.editor.representative_dialog import RepresentativeDialog
from tests.ui.conftest import type_text

MOE = "Ministry of Economy of the Republic of Azerbaijan"
KREMLIN = "Executive Office of the President of the Russian Federation"
MFA = "Ministry of Foreign Affairs of the Russian Federation"
EMBASSY = "Embassy of the Russian Federation in the Republic of Azerbaijan"
TRADE = "Trade Representative Office of the Russian Federation in the Republic of Azerbaijan"
MOVEMENT = (
    'Regional council of the All-Russian State Children and Youth Public Movement "Movement of the First" '
    "of the Chechen Republic"
)


@pytest.fixture
def seed() -> dict:  # type: ignore[type-arg]
    """The sample meeting's texts (agenda, decisions, follow-ups) as bundled with the app."""
    with open(resources_dir() / "sample/demo_meeting.json", encoding="utf-8") as fh:
        return json.load(fh)["meeting"]  # type: ignore[no-any-return]


@pytest.fixture(autouse=True)
def quick_keyboard_search() -> Iterator[None]:
    """Typing into a combo selects by keyboard search; keep its "still the same search" window short."""
    interval = QApplication.keyboardInputInterval()
    QApplication.setKeyboardInputInterval(60)
    yield
    QApplication.setKeyboardInputInterval(interval)


@pytest.fixture
def officer(sqlite_services: Services) -> Services:
    """A store where the officer has set their name and their ministry as the default host."""
    moe = sqlite_services.directory.save_organisation(r.Organisation(name=MOE, kind="ministry", country="AZ"))
    sqlite_services.settings.save(Settings(officer_name="Leyla Mammadova", own_organisation_id=moe.id))
    return sqlite_services


def make_editor(qtbot, services: Services) -> MeetingEditor:  # type: ignore[no-untyped-def]
    """A shown editor over `services`."""
    editor = MeetingEditor(services, services.settings.get)
    qtbot.addWidget(editor)
    editor.resize(1300, 850)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def type_into(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Focus `widget` and type `text` key by key (any script)."""
    widget.setFocus()
    if isinstance(widget, QComboBox) and not widget.isEditable():
        qtbot.wait(QApplication.keyboardInputInterval() + 20)  # a new keyboard search, not a continued one
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        if all(ord(c) < 256 for c in line):
            qtbot.keyClicks(widget, line)
        else:
            type_text(widget, line)


def press_return(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Press Enter as a user would: an open completer popup receives it first, as on a real screen."""
    popup = QApplication.activePopupWidget()
    qtbot.keyClick(popup if popup is not None and popup.isVisible() else widget, Qt.Key.Key_Return)


def type_date(qtbot, edit: QWidget, digits: str) -> None:  # type: ignore[no-untyped-def]
    """Type a date as its digits, then leave the field with Tab."""
    edit.setFocus()
    qtbot.keyClicks(edit, digits)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def press_ok(qtbot, dialog: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Close any completer popup, then click the dialog's OK button."""
    popup = QApplication.activePopupWidget()
    if popup is not None:
        popup.close()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]


def new_person_by_typing(
    qtbot,
    panel: SidePanel,
    name: str,
    spellings: dict[str, str],
    position: str,
    organisation: str,  # type: ignore[no-untyped-def]
    new_org: tuple[str, str] | None = None,
) -> None:
    """Type an unknown name into the side's type-ahead, press Enter, and fill the new-person dialog."""
    type_into(qtbot, panel.picker, name)
    assert panel.picker.suggestions()[-2].startswith("New person")
    press_return(qtbot, panel.picker)
    dialog = panel.dialog
    assert isinstance(dialog, NewPersonDialog)
    assert dialog.name.text() == name
    for field, text in spellings.items():
        type_into(qtbot, getattr(dialog, field), text)
    type_into(qtbot, dialog.position, position)
    type_into(qtbot, dialog.organisation.lineEdit(), organisation)
    if new_org:
        assert dialog.new_organisation.kind.isVisibleTo(dialog)
        type_into(qtbot, dialog.new_organisation.kind, new_org[0])
        type_into(qtbot, dialog.new_organisation.country, new_org[1])
    press_ok(qtbot, dialog)
    assert panel.dialog is None


def representative_by_typing(qtbot, panel: SidePanel, organisation: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    """Open the representative dialog and type a new organisation with its kind and country."""
    qtbot.mouseClick(panel.representative_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, RepresentativeDialog)
    type_into(qtbot, dialog.organisation_box.lineEdit(), organisation)
    type_into(qtbot, dialog.new_organisation.kind, kind)
    type_into(qtbot, dialog.new_organisation.country, "Russia")
    press_ok(qtbot, dialog)


def names(panel: SidePanel) -> list[str]:
    """The names column of a side, in order."""
    model = panel.model
    return [
        model.index(row, model.NAME).data() + " | " + model.index(row, model.ORGANISATION).data()
        for row in range(model.rowCount())
    ]


def test_record_the_seed_meeting_by_typing_and_read_it_back(qtbot, officer: Services, seed: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    services = officer
    editor = make_editor(qtbot, services)
    editor.open_draft(r.Meeting())
    header = editor.header
    assert not editor.is_dirty()
    assert header.date.value() == dt.date.today()
    assert header.host.currentText() == MOE  # the officer's own organisation hosts by default
    assert header.prepared_by.text() == "Leyla Mammadova"

    # The meeting's own fields, top to bottom.
    with qtbot.waitSignal(editor.dirty_changed):
        type_into(qtbot, header.title, seed["title"])
    assert editor.is_dirty()
    type_into(qtbot, header.status, "Minutes d")
    type_date(qtbot, header.date, "20261015")
    type_into(qtbot, header.start_time, "1100")
    type_into(qtbot, header.end_time, "1230")
    type_into(qtbot, header.venue, seed["venue"])
    type_into(qtbot, header.countries.line_edit(), "Russ")
    press_return(qtbot, header.countries.line_edit())
    type_into(qtbot, header.reference_number, seed["reference_number"])
    type_into(qtbot, header.confidentiality, "For official")
    topics = header.topics
    topics.setFocus()
    for row in range(topics.count()):
        topics.setCurrentRow(row)
        if topics.item(row).text() in seed["topics"]:
            qtbot.keyClick(topics, Qt.Key.Key_Space)
    type_into(qtbot, header.summary, seed["summary"])
    type_into(qtbot, header.approved_by, "Mikayil Jabbarov, Minister of Economy")

    # Host side: the minister, created on the spot; the first person of a side chairs it.
    host = editor.participants.host
    new_person_by_typing(
        qtbot,
        host,
        "Mikayil Jabbarov",
        {"name_en": "Mikayil Jabbarov", "name_az": "Mikayıl Cabbarov", "name_ru": "Микаил Джаббаров"},
        "Minister of Economy",
        MOE,
    )
    assert names(host) == [f"Mikayil Jabbarov | {MOE}"]

    # Guest side: the head of delegation (with a new organisation), then four unnamed representatives,
    # typed in the wrong order and put right with the move buttons.
    guest = editor.participants.guest
    new_person_by_typing(
        qtbot,
        guest,
        "Ruslan Edelgeriev",
        {"name_ru": "Руслан Эдельгериев"},
        "Adviser to the President of the Russian Federation",
        KREMLIN,
        new_org=("Government office", "Russia"),
    )
    for organisation, kind in (
        (TRADE, "Trade mission"),
        (MFA, "Ministry"),
        (MOVEMENT, "Regional body"),
        (EMBASSY, "Embassy"),
    ):
        representative_by_typing(qtbot, guest, organisation, kind)
    rows = [row.split(" | ")[1] for row in names(guest)]
    assert rows == [KREMLIN, TRADE, MFA, MOVEMENT, EMBASSY]
    guest.view.setFocus()
    for_row = {org: i for i, org in enumerate(rows)}
    from minutes_app.ui.editor.list_controls import select_row

    select_row(guest.view, for_row[EMBASSY])
    qtbot.mouseClick(guest.controls.up_button, Qt.MouseButton.LeftButton)
    select_row(guest.view, for_row[TRADE])
    qtbot.mouseClick(guest.controls.down_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(guest.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)  # the same by keyboard
    assert [row.split(" | ")[1] for row in names(guest)] == [KREMLIN, MFA, EMBASSY, TRADE, MOVEMENT]
    # The head cannot be pushed down, nor a member put above the head.
    select_row(guest.view, 1)
    qtbot.mouseClick(guest.controls.up_button, Qt.MouseButton.LeftButton)
    select_row(guest.view, 0)
    qtbot.mouseClick(guest.controls.down_button, Qt.MouseButton.LeftButton)
    assert names(guest)[0].startswith("Ruslan Edelgeriev")
    assert guest.model.index(0, guest.model.ROLE).data() == "Head of delegation"

    # Type-ahead by another spelling finds the minister, who is already listed: no duplicate.
    type_into(qtbot, guest.picker, "Cabbarov")
    assert any(s.startswith("Mikayil Jabbarov") for s in guest.picker.suggestions())
    press_return(qtbot, guest.picker)
    assert guest.model.rowCount() == 5 and host.model.rowCount() == 1
    assert "already listed" in host.message.text()

    # Agenda, each item with its notes.
    agenda = editor.agenda
    for item in seed["agenda"]:
        qtbot.mouseClick(agenda.add_button, Qt.MouseButton.LeftButton)
        type_into(qtbot, agenda.title_edit, item["title"])
        type_into(qtbot, agenda.notes_edit, item["notes"])
    assert agenda.model.rowCount() == 6

    # Decisions, numbered, each tied to its agenda item by typing the item's number in the combo.
    decisions = editor.decisions
    for decision in seed["decisions"]:
        qtbot.mouseClick(decisions.add_button, Qt.MouseButton.LeftButton)
        type_into(qtbot, decisions.text_edit, decision["text"])
        type_into(qtbot, decisions.agenda_combo, str(decision["agenda"]))
    assert decisions.model.index(3, decisions.model.AGENDA).data().startswith("4. Transport and logistics")

    # Follow-ups: the first two fully, one owned by the minister found through "Cabbarov".
    follow_ups = editor.follow_ups
    for spec in seed["follow_ups"][:2]:
        qtbot.mouseClick(follow_ups.add_button, Qt.MouseButton.LeftButton)
        type_into(qtbot, follow_ups.description_edit, spec["description"])
        type_into(qtbot, follow_ups.department_edit, spec["department"])
        type_into(qtbot, follow_ups.contact_edit, TRADE)
        due = dt.date.fromisoformat(spec["due_date"])
        type_date(qtbot, follow_ups.due_edit, due.strftime("%Y%m%d"))
        type_into(qtbot, follow_ups.priority_combo, spec["priority"].capitalize())
        type_into(qtbot, follow_ups.status_combo, {"in_progress": "In progress", "open": "Open"}[spec["status"]])
        type_into(qtbot, follow_ups.topic_combo, spec["topic"])
        type_into(qtbot, follow_ups.decision_combo, str(spec["decision"]))
    type_into(qtbot, follow_ups.owner_edit, "Cabbarov")
    press_return(qtbot, follow_ups.owner_edit)
    assert follow_ups.owner_edit.text() == "Mikayil Jabbarov"

    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    meeting_id = saved.args[0]
    assert not editor.is_dirty()
    assert editor.current_meeting_id() == meeting_id

    # What the store holds.
    stored = services.meetings.get(meeting_id)
    assert stored.title == seed["title"]
    assert (stored.date, stored.start_time, stored.end_time) == (dt.date(2026, 10, 15), dt.time(11, 0), dt.time(12, 30))
    assert stored.venue == seed["venue"] and stored.reference_number == seed["reference_number"]
    assert stored.countries == ["RU"]
    assert (stored.status, stored.confidentiality, stored.language) == ("minutes_drafted", "for_official_use", "en")
    assert stored.host_organisation is not None and stored.host_organisation.name == MOE
    assert sorted(t.name for t in stored.topics) == sorted(seed["topics"])
    assert stored.summary == seed["summary"]
    assert stored.prepared_by == "Leyla Mammadova"
    assert stored.approved_by == "Mikayil Jabbarov, Minister of Economy"
    jabbarov = services.directory.find_person("Микаил Джаббаров")
    assert jabbarov is not None and jabbarov.name_az == "Mikayıl Cabbarov" and jabbarov.organisation_name == MOE
    edelgeriev = services.directory.find_person("Руслан Эдельгериев")
    assert edelgeriev is not None and edelgeriev.position == "Adviser to the President of the Russian Federation"
    assert [(a.person.name if a.person else None, a.role, a.precedence) for a in stored.side("host")] == [
        ("Mikayil Jabbarov", "chair", 0)
    ]
    guests = stored.side("guest")
    assert [(a.person_id, a.organisation.name if a.organisation else "", a.role) for a in guests] == [
        (edelgeriev.id, KREMLIN, "head_of_delegation"),
        (None, MFA, "member"),
        (None, EMBASSY, "member"),
        (None, TRADE, "member"),
        (None, MOVEMENT, "member"),
    ]
    assert guests[0].position == "Adviser to the President of the Russian Federation"
    assert services.directory.find_organisation(MOVEMENT).kind == "regional_body"  # type: ignore[union-attr]
    assert [(a.title, a.notes) for a in stored.agenda] == [(a["title"], a["notes"]) for a in seed["agenda"]]
    assert [(d.text, d.agenda_index) for d in stored.decisions] == [
        (d["text"], d["agenda"] - 1) for d in seed["decisions"]
    ]
    first, second = stored.follow_ups
    assert (first.description, first.department, first.due_date, first.priority, first.status) == (
        seed["follow_ups"][0]["description"],
        "Department of Investment Policy",
        dt.date(2026, 11, 16),
        "high",
        "in_progress",
    )
    assert first.topic_name == "Investment" and first.decision_index == 2 and first.agenda_index == 2
    assert first.counterpart_contact == TRADE
    assert second.owner_id == jabbarov.id and second.status == "open" and second.topic_name == "Transport and logistics"

    # A new editor shows it all again, each participant on the right side in order.
    again = make_editor(qtbot, services)
    again.open_meeting(meeting_id)
    assert not again.is_dirty()
    assert again.header.title.text() == seed["title"]
    assert again.header.start_time.text() == "11:00" and again.header.end_time.text() == "12:30"
    assert [row.split(" | ")[0] for row in names(again.participants.host)] == ["Mikayil Jabbarov"]
    assert names(again.participants.guest)[0] == f"Ruslan Edelgeriev | {KREMLIN}"
    assert again.participants.other.isHidden()
    assert again.agenda.model.rowCount() == 6 and again.decisions.model.rowCount() == 6
    assert again.follow_ups.model.index(1, again.follow_ups.model.OWNER).data() == "Mikayil Jabbarov"
    assert again.tabs.tabText(1) == "Participants (6)"
