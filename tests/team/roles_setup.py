"""A team server database with members of every role, signed in as real PostgreSQL logins (tests of issue 17's roles).

One database per test module, set up by `team-setup --apply`, with its own group roles and logins
(names unique to the run), all dropped afterwards.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from minutes_app.domain import records as r
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

    def owner_services(self) -> Services:
        """The services as the schema owner (close them)."""
        return open_services(AppPaths(data_dir=self.data, db_url=self.owner_url))

    def sql(self, part: str) -> psycopg.Connection[tuple[object, ...]]:
        """A plain psycopg connection as `part`, as psql would have (autocommit)."""
        return psycopg.connect(self.url(part).replace("postgresql+psycopg", "postgresql"), autocommit=True)


def meeting_of(title: str, department: str, confidentiality: str = "", follow_up: str = "") -> r.Meeting:
    follow_ups = [r.FollowUp(description=follow_up, department=department)] if follow_up else []
    return r.Meeting(
        title=title,
        date=dt.date(2027, 3, 12),
        department=department,
        confidentiality=confidentiality,
        follow_ups=follow_ups,
    )


@pytest.fixture(scope="module", name="team")
def team_fixture(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Team]:
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
                "protocol": owner.meetings.save(
                    meeting_of("Protocol visit", "Protocol", follow_up="Send the notes")
                ).id,
                "economy": owner.meetings.save(
                    meeting_of("Economy talks", "Economy", follow_up="Draft the agreement")
                ).id,
                "economy_confidential": owner.meetings.save(
                    meeting_of("Gas prices", "Economy", "confidential", follow_up="Price table")
                ).id,
                "unassigned": owner.meetings.save(meeting_of("Old meeting", "")).id,
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


def owner_title(team: Team, key: str) -> str:
    """The title of the module's meeting `key` as the owner reads it."""
    owner = team.owner_services()
    try:
        return owner.meetings.get(team.meetings[key]).title
    finally:
        owner.close()
