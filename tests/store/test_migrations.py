"""Every migration upgrades a store full of data through the real start-up path, on both engines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect, text

from minutes_app.domain import records as r
from minutes_app.paths import AppPaths, resolve_paths
from minutes_app.services import Services, open_services
from minutes_app.services.demo import load_demo
from minutes_app.store import migrate, sqlite_files
from minutes_app.store.engine import make_engine
from minutes_app.store.models import Base

# Made by hand for the search index, so absent from the models: the FTS5 table, its shadow
# tables and its vocabulary on SQLite, the GIN expression indexes on PostgreSQL.
NOT_IN_MODELS = {"search_fts", "search_vocab", "search_fts_data", "search_fts_idx", "search_fts_config"}
NOT_IN_MODELS.add("ix_follow_up_live_description")  # one form per engine (migration 0007)
NOT_IN_MODELS.add("ix_meeting_live_date")  # one form per engine (migration 0010)
NOT_IN_MODELS |= {  # one form per engine (migration 0011)
    "ix_follow_up_live_status_rank",
    "ix_follow_up_live_priority_rank",
    "ix_follow_up_live_department",
    "ix_follow_up_live_updated",
}
NOT_IN_MODELS_PREFIX = "ix_search_entry_terms_"  # one per kind


def alembic_on(connection: Connection) -> Config:
    """The app's Alembic configuration, running on `connection`."""
    cfg = migrate.alembic_config()
    cfg.attributes["connection"] = connection
    return cfg


def revisions() -> list[str]:
    """Every revision, oldest first."""
    return [
        rev.revision for rev in reversed(list(ScriptDirectory.from_config(migrate.alembic_config()).walk_revisions()))
    ]


def at_revision(paths: AppPaths, revision: str) -> None:
    """Move the store at `paths` to `revision` with Alembic, as an older app would have left it."""
    engine = make_engine(paths.db_url)
    try:
        with engine.begin() as conn:
            current = migrate.current_revision(conn)
            cfg = alembic_on(conn)
            if current is None or revisions().index(revision) > revisions().index(current):
                command.upgrade(cfg, revision)
            else:
                command.downgrade(cfg, revision)
        with engine.connect() as conn:
            assert migrate.current_revision(conn) == revision
    finally:
        engine.dispose()


@pytest.fixture
def empty_paths(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[AppPaths]:
    """A location with no store yet, on each engine."""
    if request.param == "postgresql":
        yield request.getfixturevalue("empty_pg_paths")
    else:
        yield resolve_paths(data_dir=str(tmp_path / "fresh"))


def test_single_head_and_a_straight_line() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_heads() == [migrate.head_revision()]
    assert revisions()[0] == "0001_initial" and revisions()[-1] == migrate.head_revision()
    assert len(revisions()) >= 2


def filled(services: Services) -> dict[str, Any]:
    """Load the demo and a few records of our own; returns what must survive."""
    load_demo(services)
    services.directory.save_person(r.Person(name="Elnur Əliyev", position="Head of department"))
    trashed = services.meetings.save(r.Meeting(title="Withdrawn Şəki visit", date=dt.date(2026, 1, 2)))
    services.meetings.delete(trashed.id or 0)
    return {
        "meetings": [(m.id, m.title) for m in services.meetings.list_meetings()],
        "follow_ups": len(services.follow_ups.list_follow_ups()),
        "people": [p.name for p in services.directory.people()],
    }


@pytest.mark.parametrize("revision", revisions()[:-1])
def test_a_filled_store_at_every_older_revision_upgrades(any_paths: AppPaths, revision: str) -> None:
    services = open_services(any_paths)
    try:
        before = filled(services)
    finally:
        services.close()
    at_revision(any_paths, revision)

    services = open_services(any_paths)  # the real start-up path: back up, migrate, open
    try:
        with services.store.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
        assert [(m.id, m.title) for m in services.meetings.list_meetings()] == before["meetings"]
        assert len(services.follow_ups.list_follow_ups()) == before["follow_ups"]
        assert [p.name for p in services.directory.people()] == before["people"]
        assert {h.title for h in services.search.search("eliyev")} == {"Elnur Əliyev"}
        assert "Mikayil Jabbarov" in {h.title for h in services.search.search("cabbarov")}
        assert {h.kind for h in services.search.search("alat")} == {"agenda_item", "decision", "follow_up"}
        assert services.search.search("withdrawn") == []  # in the trash
    finally:
        services.close()
    if any_paths.is_sqlite:
        backups = list(any_paths.backups_dir.glob(f"minutes-pre-migration-{revision}-*.db"))
        assert len(backups) == 1 and sqlite_files.read_revision(backups[0]) == revision


def _insert(conn: Connection, table: str, **row: Any) -> None:
    conn.execute(text(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join(':' + k for k in row)})"), row)


STAMPS = {"created_at": "2025-01-01 10:00:00", "updated_at": "2025-01-01 10:00:00", "version": 1}


@pytest.mark.parametrize("empty_paths", ["sqlite", "postgresql"], indirect=True)
def test_store_written_by_the_first_release_becomes_searchable(empty_paths: AppPaths) -> None:
    if empty_paths.is_sqlite:
        empty_paths.data_dir.mkdir(mode=0o700)
    engine = make_engine(empty_paths.db_url)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_on(conn), "0001_initial")
            # Plain SQL, as the first release would have written it.
            _insert(
                conn,
                "organisation",
                id=1,
                name="Şəki Rayon İcra Hakimiyyəti",
                kind="regional_body",
                country="AZ",
                name_en="Sheki District Executive Authority",
                name_az="",
                name_ru="",
                notes="",
                deleted_at=None,
                **STAMPS,
            )
            _insert(
                conn,
                "person",
                id=1,
                name="Mikayıl Cabbarov",
                name_en="",
                name_az="",
                name_ru="Микаил Джаббаров",
                position="Minister",
                position_en="",
                position_az="",
                position_ru="",
                organisation_id=1,
                email="",
                phone="",
                notes="",
                deleted_at=None,
                **STAMPS,
            )
            for meeting_id, title, deleted in (
                (1, "Talks in Işıq hall", None),
                (2, "Old Эдельгериев visit", "2025-02-01 00:00:00"),
            ):
                _insert(
                    conn,
                    "meeting",
                    id=meeting_id,
                    title=title,
                    kind="bilateral_meeting",
                    date="2025-01-15",
                    start_time=None,
                    end_time=None,
                    venue="Baku",
                    host_organisation_id=None,
                    reference_number="",
                    confidentiality="",
                    status="held",
                    language="en",
                    summary="",
                    prepared_by="",
                    approved_by="",
                    deleted_at=deleted,
                    **STAMPS,
                )
            _insert(conn, "meeting_country", meeting_id=1, country="RU", sort_order=0)
            _insert(conn, "agenda_item", id=1, meeting_id=1, sort_order=0, title="Roads", notes="With Ёлкин")
            _insert(conn, "decision", id=1, meeting_id=1, number=1, text="To build a road", agenda_item_id=1)
            _insert(
                conn,
                "follow_up",
                id=1,
                meeting_id=1,
                agenda_item_id=None,
                decision_id=1,
                description="Draft the road plan",
                owner_id=1,
                department="Transport",
                counterpart_contact="",
                due_date="2025-03-01",
                priority="normal",
                topic_id=None,
                status="open",
                completed_on=None,
                deleted_at=None,
                **STAMPS,
            )
            _insert(
                conn,
                "follow_up_note",
                id=1,
                follow_up_id=1,
                created_at="2025-01-20 09:00:00",
                author="",
                kind="note",
                text="Called Əliyev",
                old_status="",
                new_status="",
                old_due_date=None,
                new_due_date=None,
            )
    finally:
        engine.dispose()

    services = open_services(empty_paths)
    try:

        def kinds(query: str) -> set[tuple[str, int]]:
            return {(h.kind, h.record_id) for h in services.search.search(query)}

        assert kinds("seki") == {("organisation", 1), ("person", 1)}  # a person is found by their organisation
        assert kinds("isiq") == {("meeting", 1)} and kinds("russia") == {("meeting", 1)}
        assert kinds("елкин") == {("agenda_item", 1)} and kinds("eliyev") == {("note", 1)}
        assert kinds("road") == {("decision", 1), ("follow_up", 1), ("agenda_item", 1)}
        assert kinds("edelgeriev") == set()  # that meeting is in the trash
        assert services.meetings.get(1).follow_ups[0].history[0].text == "Called Əliyev"
    finally:
        services.close()
    if empty_paths.is_sqlite:
        assert len(list(empty_paths.backups_dir.glob("minutes-pre-migration-0001_initial-*.db"))) == 1


def test_models_match_the_migrations(services: Services) -> None:
    with services.store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
        tables = set(inspect(conn).get_table_names())
    assert [d for d in diff if not _made_by_hand(_object_name(d))] == []
    assert "search_entry" in tables
    assert ("search_fts" in tables) == services.store.paths.is_sqlite


def _made_by_hand(name: str) -> bool:
    return name in NOT_IN_MODELS or name.startswith(NOT_IN_MODELS_PREFIX)


def _object_name(diff: Any) -> str:
    """The table or index a compare_metadata entry is about."""
    change = diff[0] if isinstance(diff, list) else diff
    return str(getattr(change[1], "name", ""))


def test_downgrade_removes_the_index_and_upgrade_brings_it_back(any_paths: AppPaths) -> None:
    services = open_services(any_paths)
    load_demo(services)
    services.close()
    at_revision(any_paths, "0001_initial")
    engine = make_engine(any_paths.db_url)
    try:
        with engine.connect() as conn:
            assert not {"search_entry", "search_fts"} & set(inspect(conn).get_table_names())
    finally:
        engine.dispose()
    at_revision(any_paths, migrate.head_revision())
    services = open_services(any_paths)
    try:
        assert "Mikayil Jabbarov" in {h.title for h in services.search.search("Джаббаров")}
    finally:
        services.close()


LATER_COLUMNS = {"translations", "signatory_host", "signatory_guest"}  # 0003, 0005
LATER_TABLE_COLUMNS = {("meeting", "department")}  # 0012 (follow_up has had its department since 0001)


def _all_rows(paths: AppPaths) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table the app writes (the search index aside), without the columns later revisions add."""
    engine = make_engine(paths.db_url)
    try:
        with engine.connect() as conn:
            tables = sorted(
                t for t in inspect(conn).get_table_names() if not t.startswith("search") and t != "alembic_version"
            )
            found = {}
            for table in tables:
                columns = sorted(
                    c["name"]
                    for c in inspect(conn).get_columns(table)
                    if c["name"] not in LATER_COLUMNS and (table, c["name"]) not in LATER_TABLE_COLUMNS
                )
                rows = conn.execute(text(f"SELECT {', '.join(columns)} FROM {table}")).all()
                found[table] = sorted((tuple(row) for row in rows), key=repr)
            return found
    finally:
        engine.dispose()


def test_a_store_at_0002_keeps_every_row_and_the_positions_its_minutes_print(any_paths: AppPaths) -> None:
    services = open_services(any_paths)
    try:
        load_demo(services)
        officer = services.directory.save_person(
            r.Person(
                name="Elnur Əliyev",
                position="Head of the Protocol Department",
                position_az="Protokol şöbəsinin müdiri",
                position_ru="Начальник протокольного отдела",
            )
        )
        typed = services.meetings.save(
            r.Meeting(
                title="Görüş",
                language="az",
                attendances=[r.Attendance(person_id=officer.id, side="host", position="Acting head of department")],
            )
        )
    finally:
        services.close()
    at_revision(any_paths, "0002_search_index")
    engine = make_engine(any_paths.db_url)
    try:
        with engine.begin() as conn:
            assert "translations" not in {c["name"] for c in inspect(conn).get_columns("meeting")}
            # As the version before translations saved it: the recorded position, in any language.
            conn.execute(
                text("UPDATE attendance SET position = 'Head of the Protocol Department' WHERE meeting_id = :id"),
                {"id": typed.id},
            )
            _insert(
                conn,
                "meeting",
                id=typed.id + 1,
                title="Protokol məsələləri",
                kind="bilateral_meeting",
                date=None,
                start_time=None,
                end_time=None,
                venue="",
                host_organisation_id=None,
                reference_number="",
                confidentiality="",
                status="planned",
                language="az",
                summary="",
                prepared_by="",
                approved_by="",
                deleted_at=None,
                **STAMPS,
            )
            _insert(
                conn,
                "attendance",
                meeting_id=typed.id + 1,
                person_id=officer.id,
                organisation_id=None,
                side="host",
                role="member",
                precedence=0,
                present=True,
                position="Acting head of department",
            )
    finally:
        engine.dispose()
    before = _all_rows(any_paths)

    services = open_services(any_paths)
    try:
        after = _all_rows(any_paths)
        assert after.keys() == before.keys() | {
            "role",
            "attachment",
            "attachment_chunk",
            "audit_entry",
            "meeting_list_text",
            "team_member",
        }  # 0005, 0008, 0009, 0010, 0012
        # Only the attendance that printed the directory's Azerbaijani position holds it as its own now.
        changed = {t for t in before if before[t] != after[t]}
        assert changed == {"attendance"}
        assert len(before["attendance"]) == len(after["attendance"])
        demo = services.meetings.get(1)
        jabbarov = demo.side("host")[0]
        assert jabbarov.position == "Minister of Economy"
        assert jabbarov.translations == {"position": {"az": "İqtisadiyyat naziri", "ru": "Министр экономики"}}
        assert demo.side("guest")[0].translations["position"]["ru"] == "Советник Президента Российской Федерации"
        assert demo.translations == {} and all(a.translations == {} for a in demo.agenda)
        az = services.meetings.get(typed.id or 0).attendances[0]
        assert az.position == "Protokol şöbəsinin müdiri"
        assert az.translations == {
            "position": {"en": "Head of the Protocol Department", "ru": "Начальник протокольного отдела"}
        }
        acting = services.meetings.get((typed.id or 0) + 1).attendances[0]
        assert (acting.position, acting.translations) == ("Acting head of department", {})
    finally:
        services.close()


def test_the_schema_check_expects_the_translations_columns() -> None:
    from dataclasses import replace

    from minutes_app.store import schema_check

    expected = schema_check.reference_schema(migrate.head_revision())
    for table in ("meeting", "attendance", "agenda_item", "decision", "follow_up"):
        assert "translations" in expected.tables[table]
    tables = dict(expected.tables, agenda_item=expected.tables["agenda_item"] - {"translations"})
    assert schema_check.schema_problems(replace(expected, tables=tables), migrate.head_revision()) == [
        "column agenda_item.translations is missing"
    ]


def test_a_store_at_0004_gets_the_role_list_and_keeps_every_attendance(any_paths: AppPaths) -> None:
    services = open_services(any_paths)
    try:
        load_demo(services)
    finally:
        services.close()
    at_revision(any_paths, "0004_more_default_topics")
    engine = make_engine(any_paths.db_url)
    try:
        with engine.begin() as conn:
            assert "role" not in inspect(conn).get_table_names()
            # A role key written by hand or an older tool: it must stay readable and printable.
            conn.execute(text("UPDATE attendance SET role = 'secretary' WHERE id = (SELECT MAX(id) FROM attendance)"))
            roles_before = sorted(conn.execute(text("SELECT id, role FROM attendance")).all())
    finally:
        engine.dispose()

    services = open_services(any_paths)  # the real start-up path
    try:
        with services.store.engine.connect() as conn:
            assert sorted(conn.execute(text("SELECT id, role FROM attendance")).all()) == roles_before
        roles = {role.key: role for role in services.roles.list_roles(include_inactive=True)}
        assert {"head_of_delegation", "member", "interpreter", "secretary"} <= roles.keys()
        assert roles["head_of_delegation"].after_name_ru == "глава делегации" and roles["head_of_delegation"].leads
        assert not roles["secretary"].active and roles["secretary"].name == "secretary"
        meeting = services.meetings.get(services.meetings.list_meetings()[0].id)
        assert all(a.role_entry is not None and a.role_entry.key == a.role for a in meeting.attendances)
        assert (meeting.signatory_host, meeting.signatory_guest) == ("", "")
        services.meetings.save(meeting)  # the kept key is a valid role
    finally:
        services.close()


def _follow_up_indexes(paths: AppPaths) -> set[str]:
    engine = make_engine(paths.db_url)
    try:
        with engine.connect() as conn:
            return {index["name"] for index in inspect(conn).get_indexes("follow_up")}
    finally:
        engine.dispose()


def test_0006_adds_the_performance_indexes_and_takes_them_away(any_paths: AppPaths) -> None:
    services = open_services(any_paths)
    load_demo(services)
    departments, overdue = (
        services.follow_ups.departments(),
        services.follow_ups.count_overdue(today=dt.date(2027, 6, 1)),
    )
    services.close()
    assert departments and overdue
    wanted = {"ix_follow_up_live_due", "ix_follow_up_department"}
    assert wanted <= _follow_up_indexes(any_paths)
    at_revision(any_paths, "0005_roles_and_signatories")
    assert not wanted & _follow_up_indexes(any_paths)
    at_revision(any_paths, migrate.head_revision())
    assert wanted <= _follow_up_indexes(any_paths)
    services = open_services(any_paths)
    try:
        assert services.follow_ups.departments() == departments
        assert services.follow_ups.count_overdue(today=dt.date(2027, 6, 1)) == overdue
    finally:
        services.close()


def test_0012_gives_meetings_a_department_and_known_confidentiality_levels(any_paths: AppPaths) -> None:
    services = open_services(any_paths)
    try:
        load_demo(services)
        ids = [services.meetings.save(replace(services.meetings.get(1), id=None, version=0)).id for _ in range(3)]
    finally:
        services.close()
    at_revision(any_paths, "0009_audit_trail")
    engine = make_engine(any_paths.db_url)
    try:
        with engine.begin() as conn:
            assert "team_member" not in inspect(conn).get_table_names()
            # Markings typed outside the app: a spelling of the known level, and one the app does not know.
            for meeting_id, marking in zip(ids, (" Official_Use", "Top secret", ""), strict=True):
                conn.execute(
                    text("UPDATE meeting SET confidentiality = :c WHERE id = :i"), {"c": marking, "i": meeting_id}
                )
    finally:
        engine.dispose()
    services = open_services(any_paths)  # the real start-up path
    try:
        marked = [services.meetings.get(i or 0) for i in ids]
        assert [m.confidentiality for m in marked] == ["for_official_use", "confidential", ""]
        assert {m.department for m in marked} == {""}
        services.meetings.save(replace(marked[0], department="Protocol"))
        assert services.meetings.get(ids[0] or 0).department == "Protocol"
        with services.store.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM team_member")).scalar_one() == 0
    finally:
        services.close()
