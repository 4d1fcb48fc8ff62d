"""Issue 17, roles enforced by the server: each test signs in as a real PostgreSQL login of its role.

What an officer, a head of department and a reader may do, through the services and through plain SQL
(psycopg, as psql would), on a database set up by `team-setup --apply` (tests/team/roles_setup.py).
"""

from __future__ import annotations

import io
import uuid
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest

from minutes_app.cli.main import main
from minutes_app.domain import records as r
from minutes_app.domain.errors import REFUSED, NotFoundError, StoreError
from minutes_app.services import team_roles
from tests.team.roles_setup import Team, meeting_of, owner_title, team_fixture  # noqa: F401  (the fixture)


def test_each_member_reads_their_own_role(team: Team) -> None:
    for part, role, department in (
        ("protocol_officer", "officer", "Protocol"),
        ("protocol_head", "head", "Protocol"),
        ("reader", "reader", ""),
    ):
        services = team.services(part)
        try:
            access = services.access()
        finally:
            services.close()
        assert (access.login, access.role, access.department) == (team.logins[part], role, department)
        assert access.is_restricted
    owner = team.owner_services()
    try:
        assert owner.access().role == team_roles.OWNER
    finally:
        owner.close()


def test_an_officer_cannot_change_another_departments_meeting(team: Team) -> None:
    services = team.services("protocol_officer")
    try:
        theirs = services.meetings.get(team.meetings["economy"])  # visible: not marked
        assert not services.access().may_edit_meeting(theirs.department, theirs.confidentiality)
        with pytest.raises(StoreError) as refused:
            services.meetings.save(replace(theirs, title="Taken over"))
        assert refused.value.reason == REFUSED
        # Nor by moving it into their own department.
        with pytest.raises(StoreError) as moved:
            services.meetings.save(replace(theirs, department="Protocol"))
        assert moved.value.reason == REFUSED
        with pytest.raises(StoreError):
            services.meetings.delete(theirs.id or 0)
        # Their own department's meeting saves, and the trail names them.
        mine = services.meetings.get(team.meetings["protocol"])
        services.meetings.save(replace(mine, title="Protocol visit (agreed)"))
        entries = services.audit.history("meeting", team.meetings["protocol"])
        assert entries[0].changed_by == team.logins["protocol_officer"] and entries[0].field == "title"
        # A new meeting of another department is refused as well.
        with pytest.raises(StoreError):
            services.meetings.save(meeting_of("Not ours", "Economy"))
    finally:
        services.close()
    assert owner_title(team, "economy") == "Economy talks"
    # Through plain SQL as the same login: the server itself refuses.
    with team.sql("protocol_officer") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE meeting SET title = 'psql' WHERE id = %s", (team.meetings["economy"],))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE meeting SET department = 'Protocol' WHERE id = %s", (team.meetings["economy"],))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO decision (meeting_id, number, text, translations) VALUES (%s, 9, 'x', '{}')",
                (team.meetings["economy"],),
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE follow_up SET status = 'done' WHERE meeting_id = %s", (team.meetings["economy"],))
    assert owner_title(team, "economy") == "Economy talks"


def test_an_officer_cannot_change_the_shared_lists(team: Team) -> None:
    services = team.services("protocol_officer")
    try:
        assert not services.access().can_manage_lists
        with pytest.raises(StoreError) as topic:
            services.topics.save(r.Topic(name="Space"))
        assert topic.value.reason == REFUSED
        with pytest.raises(StoreError):
            services.roles.save(r.RoleEntry(name="Note taker on call"))
        with pytest.raises(StoreError):
            services.directory.save_person(r.Person(name="Ali Valiyev"))
        assert "Space" not in [t.name for t in services.topics.list_topics(include_inactive=True)]
    finally:
        services.close()
    with team.sql("protocol_officer") as conn:
        for statement in (
            "INSERT INTO role (key, name, name_az, name_ru, after_name, after_name_az, after_name_ru, leads, "
            "sort_order, active) VALUES ('x', 'X', '', '', '', '', '', false, 0, true)",
            "UPDATE topic SET name = name || '!'",
            "UPDATE team_member SET clearance = 'secret'",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
    # A head of department manages them.
    head = team.services("protocol_head")
    try:
        head.topics.save(r.Topic(name="Protocol matters"))
        assert "Protocol matters" in [t.name for t in head.topics.list_topics()]
    finally:
        head.close()


def test_a_confidential_meeting_is_invisible_without_clearance(team: Team) -> None:
    secret = team.meetings["economy_confidential"]
    services = team.services("economy_officer")  # the right department, no clearance
    try:
        titles = [m.title for m in services.meetings.list_meetings()]
        assert "Gas prices" not in titles and "Economy talks" in titles
        with pytest.raises(NotFoundError):
            services.meetings.get(secret)
        assert "Price table" not in [f.description for f in services.follow_ups.list_follow_ups()]
        assert services.search.search("Gas prices") == [] and services.search.search("Economy talks")
        assert services.audit.history("meeting", secret) == []
    finally:
        services.close()
    with team.sql("economy_officer") as conn:
        for table in ("meeting WHERE id", "follow_up WHERE meeting_id", "search_entry WHERE meeting_id"):
            row = conn.execute(f"SELECT count(*) FROM {table} = %s", (secret,)).fetchone()
            assert row == (0,), table
        row = conn.execute(
            "SELECT count(*) FROM follow_up_note WHERE follow_up_id IN (SELECT id FROM follow_up WHERE meeting_id = %s)",
            (secret,),
        ).fetchone()
        assert row == (0,)
    # A cleared officer of the department sees it and edits it; they cannot mark one above their clearance.
    cleared = team.services("cleared_officer")
    try:
        meeting = cleared.meetings.get(secret)
        assert meeting.title == "Gas prices"
        cleared.meetings.save(replace(meeting, summary="Prices agreed"))
        with pytest.raises(StoreError):
            cleared.meetings.save(replace(cleared.meetings.get(secret), confidentiality="secret"))
    finally:
        cleared.close()


def test_a_reader_cannot_write(team: Team) -> None:
    services = team.services("reader")
    try:
        access = services.access()
        assert not access.can_write and not access.may_edit_meeting("", "")
        meeting = services.meetings.get(team.meetings["economy_confidential"])  # cleared to read it
        with pytest.raises(StoreError) as refused:
            services.meetings.save(replace(meeting, title="Reader was here"))
        assert refused.value.reason == REFUSED
        with pytest.raises(StoreError):
            services.meetings.save(meeting_of("A reader's meeting", ""))
        follow_up = meeting.follow_ups[0]
        with pytest.raises(StoreError):
            services.follow_ups.change_status(follow_up.id or 0, "done", note="done")
        assert services.follow_ups.get(follow_up.id or 0).status == "open"
    finally:
        services.close()
    with team.sql("reader") as conn:
        for statement in ("DELETE FROM meeting", "UPDATE follow_up SET status = 'done'", "DELETE FROM audit_entry"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)


def test_the_audit_trail_cannot_be_forged_or_erased(team: Team) -> None:
    with team.sql("protocol_officer") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO audit_entry (changed_at, changed_by, record_kind, record_id, action, field, old_value, "
                "new_value) VALUES (now(), 'somebody.else', 'meeting', 1, 'changed', 'title', '', '')"
            )
        for statement in ("DELETE FROM audit_entry", "UPDATE audit_entry SET changed_by = 'nobody'"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)


def test_an_officer_closes_a_follow_up_of_their_department_and_a_head_takes_in_an_old_meeting(team: Team) -> None:
    # A follow-up assigned to Protocol in an Economy meeting: the Protocol officer may mark it done.
    owner = team.owner_services()
    try:
        economy = owner.meetings.get(team.meetings["economy"])
        economy = owner.meetings.save(
            replace(
                economy, follow_ups=[*economy.follow_ups, r.FollowUp(description="Seat plan", department="Protocol")]
            )
        )
    finally:
        owner.close()
    ours = next(f for f in economy.follow_ups if f.department == "Protocol")
    officer = team.services("protocol_officer")
    try:
        done = officer.follow_ups.change_status(ours.id or 0, "done", note="sent")
        assert done.status == "done"
        entries = officer.audit.history("follow_up", ours.id or 0)
        assert {e.changed_by for e in entries if e.field == "status"} == {team.logins["protocol_officer"]}
    finally:
        officer.close()
    head = team.services("protocol_head")
    try:
        old = head.meetings.get(team.meetings["unassigned"])
        assert head.access().may_edit_meeting(old.department, old.confidentiality)
        head.meetings.save(replace(old, department="Protocol", title="Old meeting (Protocol)"))
        with pytest.raises(StoreError):  # but not another department's
            head.meetings.save(replace(head.meetings.get(team.meetings["economy"]), title="Head was here"))
    finally:
        head.close()


def test_team_setup_prints_the_sql_and_applies_it_again_safely(team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    prefix = team.groups.prefix
    assert main(["team-setup", "--db", team.owner_url, "--group-prefix", prefix]) == 0
    script = capsys.readouterr().out
    assert script.count("BEGIN;") == 1 and script.rstrip().endswith("COMMIT;")
    assert f'CREATE ROLE "{prefix}_officer" NOLOGIN' in script
    assert "CREATE POLICY minutes_read ON" in script and "SECURITY DEFINER" in script

    def policies() -> list[tuple[object, ...]]:
        with psycopg.connect(team.owner_url.replace("postgresql+psycopg", "postgresql")) as conn:
            return conn.execute("SELECT tablename, policyname FROM pg_policies ORDER BY 1, 2").fetchall()

    before = policies()
    assert main(["team-setup", "--db", team.owner_url, "--apply", "--group-prefix", prefix]) == 0
    assert policies() == before and len(before) > 40
    # Still enforced after the second run.
    with team.sql("reader") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM meeting")


def test_the_team_commands_say_a_file_has_no_roles(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "minutes.db"
    assert main(["team-setup", "--db", str(db)]) == 1
    assert main(["team-add-user", "a.mammadov", "--role", "officer", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert err.count("Roles are a team server feature") == 2
    assert not db.exists()


def test_team_add_user_on_the_command_line_encrypts_the_password_and_refuses_bad_names(
    team: Team, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    login = team.logins["scripted"] = f"{team.groups.prefix}u_scripted"  # dropped with the others
    prefix = ["--db", team.owner_url, "--group-prefix", team.groups.prefix]
    monkeypatch.setattr("sys.stdin", io.StringIO("Xq7-never-in-a-log\n"))  # a script pipes the password in
    args = ["team-add-user", login, "--role", "officer", "--department", "Protocol", "--password-prompt"]
    assert main([*args, *prefix]) == 0
    assert "Created the login" in capsys.readouterr().out
    with psycopg.connect(team.owner_url.replace("postgresql+psycopg", "postgresql")) as conn:
        stored = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s", (login,)).fetchone()
        member = conn.execute("SELECT role, department FROM team_member WHERE login = %s", (login,)).fetchone()
        groups = conn.execute(
            "SELECT g.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
            "JOIN pg_roles u ON u.oid = a.member WHERE u.rolname = %s",
            (login,),
        ).fetchall()
    assert stored is not None and str(stored[0]).startswith("SCRAM-SHA-256$")
    assert member == ("officer", "Protocol") and groups == [(team.groups.of("officer"),)]
    # The same command with another role moves the login from one group to the other.
    assert main(["team-add-user", login, "--role", "reader", *prefix]) == 0
    assert "Updated" in capsys.readouterr().out
    with team.sql("scripted") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE meeting SET title = title WHERE id = %s", (team.meetings["protocol"],))
    for bad in ("1st.officer", team.groups.of("head"), "drop table;"):
        assert main(["team-add-user", bad, "--role", "officer", *prefix]) == 1
    assert capsys.readouterr().err.count("minutes-app:") == 3


def test_a_server_without_team_setup_limits_nothing_in_the_app(server_db: dict[str, object], tmp_path: Path) -> None:
    from sqlalchemy import create_engine, text

    from minutes_app.paths import AppPaths
    from minutes_app.services import open_services

    where = f"{server_db['host']}:{server_db['port']}/{server_db['database']}"
    base = f"postgresql+psycopg://{server_db['user']}@{where}"
    open_services(AppPaths(data_dir=tmp_path, db_url=base)).close()  # the tables, as the owner
    login = f"plain_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE ROLE "{login}" LOGIN'))
        conn.execute(text(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{login}"'))
    try:
        services = open_services(AppPaths(data_dir=tmp_path, db_url=f"postgresql+psycopg://{login}@{where}"))
        try:
            access = services.access()
        finally:
            services.close()
        assert access.role == team_roles.UNMANAGED and not access.is_restricted and access.can_write
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP OWNED BY "{login}"'))
            conn.execute(text(f'DROP ROLE "{login}"'))
        admin.dispose()
