"""Roles on a team server: what the signed-in user may do, the DBA's set-up, and adding a member.

The server enforces the roles (grants and row-level security, services/team_policies.py); this module
tells the GUI what to hide or disable, and runs `minutes-app team-setup` and `team-add-user`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from minutes_app.domain.errors import StoreError, ValidationError
from minutes_app.paths import AppPaths
from minutes_app.services.team_policies import (
    DEFAULT_GROUPS,
    LEVELS,
    ROLES,
    GroupNames,
    quote_ident,
    quote_literal,
    setup_script,
)
from minutes_app.services.team_policies import setup_sql as _setup_sql
from minutes_app.store import failures
from minutes_app.store.database import Store, open_store
from minutes_app.store.engine import make_engine

OWNER = "owner"  # the schema owner (who ran the migrations) or a superuser: full access, no policy applies
LOCAL = "local"  # the store on this computer: no roles
UNMANAGED = "unmanaged"  # a server without `team-setup`: its own grants decide, the app limits nothing
NOT_A_SERVER = (
    "Roles are a team server feature: this store is a file on this computer, where whoever can open the "
    "file can change everything. Give --db a PostgreSQL URL (postgresql+psycopg://…)."
)
# A PostgreSQL login: what `team-add-user` accepts (letters, digits, _ . -; at most 63 bytes).
_LOGIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]{0,62}$")


@dataclass(frozen=True, slots=True)
class Access:
    """What the signed-in user may do: their role, department and clearance on a team server."""

    login: str
    role: str  # LOCAL, OWNER, "officer", "head", "reader", or "" (a login with no member row: reads unmarked only)
    department: str = ""
    clearance: str = ""

    @property
    def is_restricted(self) -> bool:
        """True when the server limits this user (any team member that is not the schema owner)."""
        return self.role not in (LOCAL, OWNER, UNMANAGED)

    @property
    def can_write(self) -> bool:
        """May record meetings and follow-ups at all (not a reader)."""
        return self.role in (LOCAL, OWNER, UNMANAGED, "officer", "head")

    @property
    def can_manage_lists(self) -> bool:
        """May change the shared lists: topics, roles, the directory, the shared settings."""
        return self.role in (LOCAL, OWNER, UNMANAGED, "head")

    def clearance_rank(self) -> int:
        """The clearance as a rank (0 for none)."""
        return LEVELS.index(self.clearance) if self.clearance in LEVELS else 0

    def may_edit_meeting(self, department: str, confidentiality: str) -> bool:
        """The server's rule for a meeting of `department` marked `confidentiality` (team_policies.minutes_app_may_write)."""
        if not self.is_restricted:
            return True
        if not self.can_write:
            return False
        rank = LEVELS.index(confidentiality) if confidentiality in LEVELS else len(LEVELS) - 1
        if rank > self.clearance_rank():
            return False
        return department == self.department or (self.role == "head" and department == "")


FULL_LOCAL = Access(login="", role=LOCAL)


def current_access(store: Store) -> Access:
    """The signed-in user's role, department and clearance; full access on this computer's store and for the owner."""
    if store.dialect != "postgresql":
        return FULL_LOCAL
    with store.reading() as session:
        login, owner, managed = session.execute(
            text(
                "SELECT current_user, pg_has_role(current_user, c.relowner, 'USAGE'), c.relrowsecurity "
                "FROM pg_class c WHERE c.oid = to_regclass('meeting')"
            )
        ).one()
        if owner:
            return Access(login=str(login), role=OWNER)
        if not managed:
            return Access(login=str(login), role=UNMANAGED)
        row = session.execute(
            text("SELECT role, department, clearance FROM team_member WHERE login = current_user")
        ).first()
    if row is None:
        return Access(login=str(login), role="")
    return Access(login=str(login), role=str(row[0]), department=str(row[1]), clearance=str(row[2]))


def _server_only(paths: AppPaths) -> None:
    if paths.is_sqlite:
        raise StoreError("not_a_server", NOT_A_SERVER)


def _schema_and_owner(conn: Connection) -> tuple[str, str]:
    found = conn.execute(
        text(
            "SELECT n.nspname, pg_get_userbyid(c.relowner) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.oid = to_regclass('meeting')"
        )
    ).first()
    if found is None:
        raise StoreError(
            "missing",
            "This database holds no Minutes App tables yet: create them as the login that will own them "
            "(minutes-app --db URL list meetings), then run team-setup",
        )
    return str(found[0]), str(found[1])


def _refused(exc: DBAPIError, doing: str) -> StoreError:
    """A refused or failed set-up statement in words (never the SQL or a password)."""
    state = getattr(exc.orig, "sqlstate", None) or ""
    if state == "42501":
        return StoreError(
            "refused",
            f"{doing} needs a PostgreSQL superuser (or the owner of the tables with CREATEROLE): nothing was changed",
        )
    named = failures.translate(exc)
    if isinstance(named, StoreError):
        return named
    first = (str(exc.orig or exc).strip().splitlines() or ["failed"])[0]
    return StoreError("setup_failed", f"{doing} failed and nothing was changed: {first}")


def team_setup(paths: AppPaths, *, apply: bool, groups: GroupNames = DEFAULT_GROUPS) -> str:
    """The set-up script for the store at `paths`; with `apply`, run it in one transaction (after the migrations).

    Printing changes nothing; applying makes an empty database's tables first (owned by the login that
    runs it) and refuses a schema newer than this app's.
    """
    _server_only(paths)
    if apply:
        open_store(paths).close()
    engine = make_engine(paths.db_url, password=paths.password)
    try:
        with engine.connect() as conn:
            schema, owner = _schema_and_owner(conn)
        script = setup_script(schema, owner, groups)
        if apply:
            try:
                with engine.begin() as conn:
                    # Two set-ups at once (or one beside an app update) queue rather than interleave.
                    conn.execute(text("SELECT pg_advisory_xact_lock(7301017)"))
                    driver = conn.connection.driver_connection
                    assert driver is not None
                    for statement in _setup_sql(schema, owner, groups):
                        driver.execute(statement)  # the driver's own execute: a % in the SQL is not a placeholder
                    conn.execute(
                        text(
                            "INSERT INTO app_setting (key, value) VALUES ('installation_id', md5(random()::text)) "
                            "ON CONFLICT (key) DO NOTHING"
                        )
                    )
            except DBAPIError as exc:
                raise _refused(exc, "The team set-up") from exc
        return script
    finally:
        engine.dispose()


def _check_member(name: str, role: str, clearance: str) -> None:
    if not _LOGIN.match(name):
        raise ValidationError(
            "name", f"{name!r} is not a login: letters, digits, _ . - (at most 63), not starting with a digit"
        )
    if role not in ROLES:
        raise ValidationError("role", f"{role!r} is not a role: {', '.join(ROLES)}")
    if clearance not in LEVELS:
        shown = ", ".join(level or '"" (none)' for level in LEVELS)
        raise ValidationError("clearance", f"{clearance!r} is not a clearance level: {shown}")


def add_user(
    paths: AppPaths,
    name: str,
    *,
    role: str,
    department: str = "",
    clearance: str = "",
    password: str | None = None,
    groups: GroupNames = DEFAULT_GROUPS,
) -> bool:
    """Create the login `name` if missing, put it in its role's group (only), record its member row; one transaction.

    Returns True when the login was created. The password (if any) is sent already encrypted by the
    client (SCRAM), so the server's statement log never holds it.
    """
    _server_only(paths)
    _check_member(name, role, clearance)
    if name in groups.all:
        raise ValidationError("name", f"{name} is the name of a group role; choose the person's own login")
    department = department.strip()
    if len(department) > 500:
        raise ValidationError("department", "a department name has at most 500 characters")
    engine = make_engine(paths.db_url, password=paths.password)
    try:
        with engine.begin() as conn:
            _schema_and_owner(conn)
            missing = [
                g
                for g in groups.all
                if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :g"), {"g": g}).first() is None
            ]
            if missing:
                raise StoreError(
                    "not_set_up",
                    "The team roles are not set up on this server: run `minutes-app team-setup --apply` first",
                )
            created = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first() is None
            try:
                if created:
                    conn.exec_driver_sql(f"CREATE ROLE {quote_ident(name)} LOGIN")
                if password:
                    conn.exec_driver_sql(
                        f"ALTER ROLE {quote_ident(name)} PASSWORD {quote_literal(_encrypted(conn, password, name))}"
                    )
                for group in groups.all:
                    verb = "GRANT {g} TO {n}" if group == groups.of(role) else "REVOKE {g} FROM {n}"
                    conn.exec_driver_sql(verb.format(g=quote_ident(group), n=quote_ident(name)))
                conn.execute(
                    text(
                        "INSERT INTO team_member (login, role, department, clearance, created_at) "
                        "VALUES (:n, :r, :d, :c, now() AT TIME ZONE 'UTC') ON CONFLICT (login) DO UPDATE "
                        "SET role = excluded.role, department = excluded.department, clearance = excluded.clearance"
                    ),
                    {"n": name, "r": role, "d": department, "c": clearance},
                )
            except DBAPIError as exc:
                raise _refused(exc, f"Adding {name}") from exc
        return created
    finally:
        engine.dispose()


def _encrypted(conn: Connection, password: str, user: str) -> str:
    """The password as the server's verifier (SCRAM-SHA-256), computed by libpq on this computer."""
    raw = conn.connection.dbapi_connection
    pgconn = getattr(raw, "pgconn", None)
    if pgconn is None:  # not psycopg 3
        raise StoreError("setup_failed", "Setting a password needs the psycopg driver (postgresql+psycopg://)")
    return bytes(pgconn.encrypt_password(password.encode("utf-8"), user.encode("utf-8"), b"scram-sha-256")).decode()
