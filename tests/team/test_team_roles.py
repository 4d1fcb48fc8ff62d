"""Issue 17, roles enforced by the server: each test signs in as a real PostgreSQL login of its role.

One database per module with its own group roles and logins (names unique to the run, dropped afterwards):
what an officer, a head of department and a reader may do, through the services and through plain SQL.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from minutes_app.cli.main import main
from minutes_app.domain import records as r
from minutes_app.domain.errors import REFUSED, NotFoundError, StoreError
from minutes_app.paths import AppPaths
from minutes_app.services import Services, open_services, team_roles
from minutes_app.services.team_policies import GroupNames

PG_URL_ENV = "MINUTES_APP_TEST_PG_URL"


@dataclass
class Team:
    """The module's database: its URL as the owner, its group prefix, its logins by part, the meeting ids."""

    owner_url: str
    groups: GroupNames
    logins: dict[str, str]
    meetings: dict[str, int]
    data: Path

    def url(self, part: str) -> str:
        """The database URL signed in as the login of `part` (trust authentication on the test server)."""
        return make_url(self.owner_url).set(username=self.logins[part]).render_as_string(hide_password=False)

    def services(self, part: str) -> Services:
        """The services as `part` (close them)."""
        return open_services(AppPaths(data_dir=self.data, db_url=self.url(part)))

    def sql(self, part: str) -> psycopg.Connection[tuple[object, ...]]:
        """A plain psycopg connection as `part`, as psql would have (autocommit)."""
        return psycopg.connect(self.url(part).replace("postgresql+psycopg", "postgresql"), autocommit=True)


def _meeting(title: str, department: str, confidentiality: str = "", follow_up: str = "") -> r.Meeting:
    follow_ups = [r.FollowUp(description=follow_up, department=department)] if follow_up else []
    return r.Meeting(
        title=title,
        date=dt.date(2027, 3, 12),
        department=department,
        confidentiality=confidentiality,
        follow_ups=follow_ups,
    )


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Team]:
    """A fresh database set up by `team-setup --apply`, with members of each role and meetings of two departments."""
    base = os.environ.get(PG_URL_ENV)
    if not base:
        pytest.skip(f"{PG_URL_ENV} is not set")
    run = uuid.uuid4().hex[:8]
    name = f"minutes_roles_{run}"
    groups = GroupNames(f"mr{run}")
    logins = {
        part: f"mr{run}u_{part}"
        for part in ("protocol_officer", "economy_officer", "cleared_officer", "protocol_head", "reader")
    }
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    owner_url = make_url(base).set(database=name).render_as_string(hide_password=False)
    data = tmp_path_factory.mktemp("roles")
    try:
        owner = open_services(AppPaths(data_dir=data, db_url=owner_url))
        try:
            meetings = {
                "protocol": owner.meetings.save(_meeting("Protocol visit", "Protocol", follow_up="Send the notes")).id,
                "economy": owner.meetings.save(
                    _meeting("Economy talks", "Economy", follow_up="Draft the agreement")
                ).id,
                "economy_confidential": owner.meetings.save(
                    _meeting("Gas prices", "Economy", "confidential", follow_up="Price table")
                ).id,
                "unassigned": owner.meetings.save(_meeting("Old meeting", "")).id,
            }
        finally:
            owner.close()
        paths = AppPaths(data_dir=data, db_url=owner_url)
        team_roles.team_setup(paths, apply=True, groups=groups)
        members = {
            "protocol_officer": ("officer", "Protocol", ""),
            "economy_officer": ("officer", "Economy", ""),
            "cleared_officer": ("officer", "Economy", "confidential"),
            "protocol_head": ("head", "Protocol", "for_official_use"),
            "reader": ("reader", "", "secret"),
        }
        for part, (role, department, clearance) in members.items():
            assert team_roles.add_user(
                paths, logins[part], role=role, department=department, clearance=clearance, groups=groups
            )
        yield Team(owner_url, groups, logins, {k: v or 0 for k, v in meetings.items()}, data)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            for role in [*logins.values(), *groups.all]:
                conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        admin.dispose()


def _owner_title(team: Team, key: str) -> str:
    owner = open_services(AppPaths(data_dir=team.data, db_url=team.owner_url))
    try:
        return owner.meetings.get(team.meetings[key]).title
    finally:
        owner.close()


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
    owner = open_services(AppPaths(data_dir=team.data, db_url=team.owner_url))
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
            services.meetings.save(_meeting("Not ours", "Economy"))
    finally:
        services.close()
    assert _owner_title(team, "economy") == "Economy talks"
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
    assert _owner_title(team, "economy") == "Economy talks"


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
            services.meetings.save(_meeting("A reader's meeting", ""))
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
    owner = open_services(AppPaths(data_dir=team.data, db_url=team.owner_url))
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
