"""The editor's table models and directory search, without a window: order rules, drag and drop, spellings."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from minutes_app.domain import records as r
from minutes_app.domain.errors import ValidationError
from minutes_app.services import Services
from minutes_app.services.demo import load_demo
from minutes_app.ui.editor.agenda import AgendaTableModel
from minutes_app.ui.editor.decisions import DecisionEntry, DecisionsTableModel
from minutes_app.ui.editor.directory_copy import ORGANISATION, PERSON, Directory
from minutes_app.ui.editor.ordered_model import RECORD_ROLE
from minutes_app.ui.editor.participants_model import ParticipantsTableModel
from minutes_app.ui.editor.refused_save_text import describe, parse_field


def _names(model: ParticipantsTableModel) -> list[str]:
    return [model.index(row, ParticipantsTableModel.NAME).data() for row in range(model.rowCount())]


def _guests(services: Services) -> tuple[Directory, ParticipantsTableModel]:
    load_demo(services)
    directory = Directory(services)
    directory.refresh()
    meeting = services.meetings.list_meetings()[0]
    model = ParticipantsTableModel("guest", directory)
    model.set_rows(services.meetings.get(meeting.id).side("guest"))
    return directory, model


def test_participants_model_passes_qt_model_checks(qtmodeltester, sqlite_services: Services) -> None:  # type: ignore[no-untyped-def]
    _, model = _guests(sqlite_services)
    qtmodeltester.check(model)


def test_head_of_delegation_stays_first_whatever_is_moved(sqlite_services: Services) -> None:
    _, model = _guests(sqlite_services)
    assert _names(model)[0] == "Ruslan Edelgeriev"
    assert model.move(1, 0) == 1  # a member cannot pass the head
    assert model.move(0, 3) == 0  # nor can the head be moved down among the members
    assert _names(model)[0] == "Ruslan Edelgeriev"
    moved = model.record_at(4)
    assert model.move(4, 1) == 1
    assert model.record_at(1) is moved
    assert [a.precedence for a in model.attendances()] == [0, 1, 2, 3, 4]


def test_making_someone_head_moves_them_to_the_top(sqlite_services: Services) -> None:
    _, model = _guests(sqlite_services)
    embassy = model.record_at(2)
    assert model.setData(model.index(2, ParticipantsTableModel.ROLE), "head_of_delegation")
    assert model.record_at(0) is embassy or model.record_at(1) is embassy  # heads first, in their old order
    assert [a.role for a in model.rows()][:2] == ["head_of_delegation", "head_of_delegation"]
    assert model.index(0, ParticipantsTableModel.ROLE).data() == "Head of delegation"


def test_presence_and_position_are_edited_in_the_table(sqlite_services: Services) -> None:
    _, model = _guests(sqlite_services)
    present = model.index(1, ParticipantsTableModel.PRESENT)
    assert present.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.flags(present) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(present, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.record_at(1).present is False
    assert model.setData(model.index(1, ParticipantsTableModel.POSITION), "Counsellor")
    assert model.index(1, ParticipantsTableModel.POSITION).data() == "Counsellor"
    assert not model.setData(model.index(1, ParticipantsTableModel.NAME), "Someone else")


def test_dragging_a_row_reorders_within_its_side_only(sqlite_services: Services) -> None:
    _, model = _guests(sqlite_services)
    _, hosts = _guests(sqlite_services)
    last = model.record_at(4)
    data = model.mimeData([model.index(4, 1)])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    # The model moves the row itself and answers False, so the view does not remove the dragged row.
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex()) is False
    assert model.rowCount() == 5
    assert model.record_at(1) is last
    assert not hosts.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())


def test_unnamed_representatives_show_their_organisation(sqlite_services: Services) -> None:
    _, model = _guests(sqlite_services)
    assert model.index(1, ParticipantsTableModel.NAME).data() == "Representative (unnamed)"
    assert (
        model.index(1, ParticipantsTableModel.ORGANISATION).data()
        == "Ministry of Foreign Affairs of the Russian Federation"
    )
    assert (
        model.index(1, ParticipantsTableModel.NAME)
        .data(Qt.ItemDataRole.ToolTipRole)
        .startswith("Representative of Ministry")
    )
    assert model.index(1, 0).data(RECORD_ROLE) is model.record_at(1)


def test_directory_finds_people_by_any_spelling_and_by_organisation(sqlite_services: Services) -> None:
    directory, _ = _guests(sqlite_services)
    for typed in ("Cabbarov", "jabbar", "Джаббаров", "mikayil j", "MİKAYIL"):
        hits = [h for h in directory.search(typed) if h.kind == PERSON]
        assert [h.name for h in hits] == ["Mikayil Jabbarov"], typed
    assert directory.search("Cabbarov")[0].spelling == "Mikayıl Cabbarov"  # shown beside the name as typed
    assert directory.search("Jabbarov")[0].spelling == ""
    assert directory.search("Эдельгериев")[0].name == "Ruslan Edelgeriev"
    by_org = directory.search("Ministry of Economy")
    assert by_org[0].kind == PERSON and by_org[0].name == "Mikayil Jabbarov"  # people of the organisation first
    assert any(h.kind == ORGANISATION and h.name.startswith("Ministry of Economy") for h in by_org)
    assert [h.kind for h in directory.search("Посольство")] == [ORGANISATION]
    # A spelling no transliteration of the recorded name gives is found through that spelling alone.
    sqlite_services.directory.save_person(r.Person(name="Vagit Alekperov", name_az="Vahid Ələkbərov"))
    directory.refresh()
    assert [(h.name, h.spelling) for h in directory.search("Vahid Ələk")] == [("Vagit Alekperov", "Vahid Ələkbərov")]
    assert directory.search("nobody-like-this") == []


def test_decisions_keep_their_agenda_link_when_the_agenda_is_reordered() -> None:
    agenda = AgendaTableModel()
    first, second = r.AgendaItem(title="Trade"), r.AgendaItem(title="Tourism")
    agenda.set_rows([first, second])
    decisions = DecisionsTableModel(agenda)
    decisions.set_rows([DecisionEntry(r.Decision(text="To develop tourism"), second)])
    assert decisions.index(0, DecisionsTableModel.AGENDA).data() == "2. Tourism"
    agenda.move(1, 0)
    assert decisions.index(0, DecisionsTableModel.AGENDA).data() == "1. Tourism"
    agenda.remove(0)
    assert decisions.index(0, DecisionsTableModel.AGENDA).data() == ""


def test_service_field_paths_are_parsed_and_messages_worded() -> None:
    assert parse_field("follow_ups[2].due_date") == parse_field("follow_ups[2].due_date")
    path = parse_field("participants[3].person")
    assert (path.list, path.index, path.field) == ("participants", 2, "person")
    assert (parse_field("end_time").list, parse_field("end_time").field) == ("", "end_time")
    assert describe(ValidationError("title", "is required")) == "This cannot be left empty."
    assert (
        describe(ValidationError("end_time", "the meeting cannot end before it starts"))
        == "The meeting cannot end before it starts."
    )


def test_the_role_column_is_fitted_from_each_role_once_not_each_row(  # type: ignore[no-untyped-def]
    qtbot, sqlite_services: Services, monkeypatch
) -> None:
    from minutes_app.ui.editor.participants import ParticipantsSection
    from minutes_app.ui.editor.role_list import RoleList

    directory = Directory(sqlite_services)
    directory.refresh()
    organisation = sqlite_services.directory.save_organisation(r.Organisation(name="Embassy", country="TR"))
    section = ParticipantsSection(sqlite_services, directory)
    qtbot.addWidget(section)
    named: list[str] = []
    name = RoleList.name

    def counted(self: RoleList, key: str) -> str:
        named.append(key)
        return name(self, key)

    delegation = [
        r.Attendance(organisation_id=organisation.id, side="guest", role=("head" if n == 0 else "member"), precedence=n)
        for n in range(300)
    ]
    monkeypatch.setattr(RoleList, "name", counted)
    section.set_attendances(delegation)
    # A 300-person delegation holds two roles: naming each row's role was 300 names per fitting of the column.
    assert section.guest.model.rowCount() == 300 and 0 < len(named) <= 10
