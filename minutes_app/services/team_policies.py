"""The SQL a DBA runs once on a team server: group roles, grants, row-level security (docs/team-roles.md).

Pure text: `setup_sql` knows nothing of a connection, so `minutes-app team-setup` prints exactly what
`--apply` runs. Every statement can run again (roles made only when missing, functions replaced,
policies and triggers dropped and made anew), so applying it twice, or after an app update, is safe.
"""

from __future__ import annotations

from dataclasses import dataclass

from minutes_app.domain.vocab import Confidentiality

ROLES = ("officer", "head", "reader")
# The clearance levels from the lowest; a user sees a meeting whose marking is at or below their clearance.
LEVELS = tuple(level.value for level in Confidentiality)
PRESET_PREFIX = "tracker_preset:"  # services/presets.py: a tracker preset an officer may save on a server
INSTALLATION_KEY = "installation_id"  # services/installation.py: made once, by whoever exports a calendar first

# What a meeting holds, reached through its meeting_id.
MEETING_PARTS = ("meeting_country", "meeting_topic", "attendance", "agenda_item", "decision")
# Officers and heads write these (rows limited by the policies below).
RECORD_TABLES = ("meeting", *MEETING_PARTS, "follow_up", "follow_up_note", "attachment", "attachment_chunk")
DERIVED_TABLES = (
    "search_entry",
    "meeting_list_text",
)  # the search index and the list's texts: rewritten with each save
# Heads also write these shared lists.
SHARED_LISTS = ("topic", "role", "person", "organisation")


@dataclass(frozen=True, slots=True)
class GroupNames:
    """The three NOLOGIN group roles (cluster-wide names; `prefix` keeps two installations on one cluster apart)."""

    prefix: str = "minutes"

    def of(self, role: str) -> str:
        """The group role of an app role: minutes_officer, minutes_head, minutes_reader."""
        return f"{self.prefix}_{role}"

    @property
    def all(self) -> tuple[str, ...]:
        """Every group role."""
        return tuple(self.of(role) for role in ROLES)


DEFAULT_GROUPS = GroupNames()


def quote_ident(name: str) -> str:
    """`name` as an SQL identifier, always quoted (logins such as a.mammadov hold dots)."""
    return '"' + name.replace('"', '""') + '"'


def quote_literal(text: str) -> str:
    """`text` as an SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def _rank_case(column: str) -> str:
    whens = " ".join(f"WHEN {quote_literal(level)} THEN {rank}" for rank, level in enumerate(LEVELS))
    return f"CASE {column} {whens} ELSE {len(LEVELS) - 1} END"  # an unknown marking counts as the highest


def _functions(s: str) -> list[str]:
    """Helper functions: the member lookups run as the schema owner (SECURITY DEFINER) with a fixed search_path.

    Each takes the login from the policy (`current_user`, evaluated in the caller's context): inside a
    SECURITY DEFINER function `current_user` is the owner. Calling one by hand with another login only
    answers a yes/no the member list (readable by every member) already tells.
    """
    definer = f"LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp"
    member = "SELECT role, department, clearance FROM team_member WHERE login = $1"
    writer = "('officer', 'head')"
    body = {
        "minutes_app_clearance(login text) RETURNS integer": (
            f"SELECT COALESCE((SELECT {s}.minutes_app_level_rank(clearance) FROM team_member WHERE login = $1), 0)"
        ),
        "minutes_app_member_role(login text) RETURNS text": (
            "SELECT COALESCE((SELECT role FROM team_member WHERE login = $1), '')"
        ),
        "minutes_app_is_writer(login text) RETURNS boolean": (
            f"SELECT EXISTS (SELECT 1 FROM team_member WHERE login = $1 AND role IN {writer})"
        ),
        # Officers and heads write the meetings of their own department at or below their clearance;
        # a head also those of no department (older meetings), to take them into theirs.
        "minutes_app_may_write(login text, department text, confidentiality text) RETURNS boolean": (
            f"SELECT EXISTS (SELECT 1 FROM ({member}) t WHERE t.role IN {writer} "
            f"AND {s}.minutes_app_level_rank($3) <= {s}.minutes_app_level_rank(t.clearance) "
            "AND ($2 = t.department OR (t.role = 'head' AND $2 = '')))"
        ),
        "minutes_app_meeting_visible(login text, meeting_id integer) RETURNS boolean": (
            f"SELECT COALESCE((SELECT {s}.minutes_app_level_rank(confidentiality) <= {s}.minutes_app_clearance($1) "
            "FROM meeting WHERE id = $2), false)"
        ),
        "minutes_app_meeting_writable(login text, meeting_id integer) RETURNS boolean": (
            f"SELECT COALESCE((SELECT {s}.minutes_app_may_write($1, department, confidentiality) "
            "FROM meeting WHERE id = $2), false)"
        ),
        # A follow-up: through its meeting, or assigned to the writer's own department (the tracker's "Done").
        "minutes_app_follow_up_row_writable(login text, meeting_id integer, department text) RETURNS boolean": (
            f"SELECT {s}.minutes_app_meeting_writable($1, $2) OR ($3 <> '' "
            f"AND EXISTS (SELECT 1 FROM ({member}) t WHERE t.role IN {writer} AND t.department = $3) "
            f"AND {s}.minutes_app_meeting_visible($1, $2))"
        ),
        "minutes_app_follow_up_writable(login text, follow_up_id integer) RETURNS boolean": (
            f"SELECT COALESCE((SELECT {s}.minutes_app_follow_up_row_writable($1, meeting_id, department) "
            "FROM follow_up WHERE id = $2), false)"
        ),
        "minutes_app_attachment_owner_writable(login text, owner_kind text, owner_id integer) RETURNS boolean": (
            f"SELECT CASE WHEN $2 = 'meeting' THEN {s}.minutes_app_meeting_writable($1, $3) "
            f"ELSE {s}.minutes_app_follow_up_writable($1, $3) END"
        ),
        "minutes_app_attachment_writable(login text, attachment_id integer) RETURNS boolean": (
            f"SELECT COALESCE((SELECT {s}.minutes_app_attachment_owner_writable($1, owner_kind, owner_id) "
            "FROM attachment WHERE id = $2), false)"
        ),
    }
    statements = [
        # No SET clause: it names no table, and a function with one is never inlined (a call per row).
        f"CREATE OR REPLACE FUNCTION {s}.minutes_app_level_rank(level text) RETURNS integer "
        f"LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT {_rank_case('$1')} $$"
    ]
    statements += [
        f"CREATE OR REPLACE FUNCTION {s}.{signature} {definer} AS $$ {sql} $$" for signature, sql in body.items()
    ]
    return statements


# Per table: (who sees a row, who may write a row). `r` prefixes the row's columns: "" in a policy (the new
# row of an INSERT or UPDATE), "OLD." in the trigger that checks the row an UPDATE or DELETE starts from.
def _row_rules(s: str, r: str = "") -> dict[str, tuple[str, str]]:
    seen_meeting = f"meeting_id IN (SELECT id FROM {s}.meeting)"  # meeting's own policy applies inside
    via_meeting = f"{s}.minutes_app_meeting_writable(current_user, {r}meeting_id)"
    return {
        "meeting": (
            f"{s}.minutes_app_level_rank(confidentiality) <= (SELECT {s}.minutes_app_clearance(current_user))",
            f"{s}.minutes_app_may_write(current_user, {r}department, {r}confidentiality)",
        ),
        **{table: (seen_meeting, via_meeting) for table in MEETING_PARTS},
        "follow_up": (
            seen_meeting,
            f"{s}.minutes_app_follow_up_row_writable(current_user, {r}meeting_id, {r}department)",
        ),
        "follow_up_note": (
            f"follow_up_id IN (SELECT id FROM {s}.follow_up)",
            f"{s}.minutes_app_follow_up_writable(current_user, {r}follow_up_id)",
        ),
        "attachment": (
            f"CASE WHEN owner_kind = 'meeting' THEN owner_id IN (SELECT id FROM {s}.meeting) "
            f"ELSE owner_id IN (SELECT id FROM {s}.follow_up) END",
            f"{s}.minutes_app_attachment_owner_writable(current_user, {r}owner_kind, {r}owner_id)",
        ),
        "attachment_chunk": (
            f"attachment_id IN (SELECT id FROM {s}.attachment)",
            f"{s}.minutes_app_attachment_writable(current_user, {r}attachment_id)",
        ),
        "app_setting": (
            "true",
            f"{s}.minutes_app_member_role(current_user) = 'head' OR ({s}.minutes_app_is_writer(current_user) "
            f"AND ({r}key LIKE {quote_literal(PRESET_PREFIX + '%')} OR {r}key = {quote_literal(INSTALLATION_KEY)}))",
        ),
    }


def _policies(s: str) -> list[str]:
    """Row-level security: SELECT by clearance, writes by department and role.

    A policy sees only the new row of an UPDATE, so the old row is checked by a trigger that raises
    SQLSTATE 42501 (the same as a refused grant): an officer can neither edit another department's
    meeting nor move it into their own, and a refused change is an error, never "0 rows" taken for a conflict.
    """
    out: list[str] = []
    old_rows = _row_rules(s, "OLD.")
    for table, (seen, writes) in _row_rules(s).items():
        t = f"{s}.{table}"
        old = old_rows[table][1]
        out += [
            f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY",
            *(f"DROP POLICY IF EXISTS minutes_{verb} ON {t}" for verb in ("read", "insert", "update", "delete")),
            f"CREATE POLICY minutes_read ON {t} FOR SELECT USING ({seen})",
            f"CREATE POLICY minutes_insert ON {t} FOR INSERT WITH CHECK ({writes})",
            f"CREATE POLICY minutes_update ON {t} FOR UPDATE USING ({seen}) WITH CHECK ({writes})",
            f"CREATE POLICY minutes_delete ON {t} FOR DELETE USING ({seen})",
            f"CREATE OR REPLACE FUNCTION {s}.minutes_app_guard_{table}() RETURNS trigger LANGUAGE plpgsql "
            f"SET search_path = {s}, pg_temp AS $$ BEGIN "
            f"IF row_security_active(TG_RELID::regclass) AND NOT ({old}) THEN "
            "RAISE EXCEPTION 'permission denied: % may not change this row of %', current_user, TG_TABLE_NAME "
            "USING ERRCODE = '42501'; END IF; "
            "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$",
            f"DROP TRIGGER IF EXISTS minutes_app_guard ON {t}",
            f"CREATE TRIGGER minutes_app_guard BEFORE UPDATE OR DELETE ON {t} "
            f"FOR EACH ROW EXECUTE FUNCTION {s}.minutes_app_guard_{table}()",
        ]
    seen_by_meeting = f"meeting_id IS NULL OR meeting_id IN (SELECT id FROM {s}.meeting)"
    for table in (*DERIVED_TABLES, "audit_entry"):
        t = f"{s}.{table}"
        out += [
            f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY",
            *(f"DROP POLICY IF EXISTS minutes_{verb} ON {t}" for verb in ("read", "insert", "update", "delete")),
            f"CREATE POLICY minutes_read ON {t} FOR SELECT USING ({seen_by_meeting})",
        ]
    writer = f"{s}.minutes_app_is_writer(current_user) AND ({seen_by_meeting})"
    for table in DERIVED_TABLES:  # derived from what the writer can see: they follow each save
        out += [
            f"CREATE POLICY minutes_insert ON {s}.{table} FOR INSERT WITH CHECK ({writer})",
            f"CREATE POLICY minutes_update ON {s}.{table} FOR UPDATE USING ({seen_by_meeting}) WITH CHECK ({writer})",
            f"CREATE POLICY minutes_delete ON {s}.{table} FOR DELETE USING ({writer})",
        ]
    out += [
        # The audit trail: insert-only, and only in one's own name.
        f"CREATE POLICY minutes_insert ON {s}.audit_entry FOR INSERT WITH CHECK (changed_by = current_user)",
    ]
    return out


def _grants(s: str, groups: GroupNames, owner: str) -> list[str]:
    officer, head, reader = (quote_ident(groups.of(role)) for role in ROLES)
    everyone = ", ".join((officer, head, reader))
    writers = f"{officer}, {head}"
    out = [
        f"GRANT USAGE ON SCHEMA {s} TO {everyone}",
        # Reading is for all; which rows, the policies say.
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {s} TO {everyone}",
        f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA {s} FROM {everyone}",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(f'{s}.{t}' for t in (*RECORD_TABLES, *DERIVED_TABLES))} "
        f"TO {writers}",
        f"GRANT INSERT, UPDATE, DELETE ON {s}.app_setting TO {writers}",
        f"GRANT INSERT ON {s}.audit_entry TO {writers}",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(f'{s}.{t}' for t in SHARED_LISTS)} TO {head}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {writers}",
        f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {s} FROM PUBLIC",
        f"GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA {s} TO {everyone}",
    ]
    # Run by a superuser, the helpers would run as the superuser: they belong to the schema owner instead.
    out += [f"ALTER FUNCTION {s}.{name} OWNER TO {quote_ident(owner)}" for name in _function_names()]
    return out


def _function_names() -> list[str]:
    return [
        "minutes_app_level_rank(text)",
        "minutes_app_clearance(text)",
        "minutes_app_member_role(text)",
        "minutes_app_is_writer(text)",
        "minutes_app_may_write(text, text, text)",
        "minutes_app_meeting_visible(text, integer)",
        "minutes_app_meeting_writable(text, integer)",
        "minutes_app_follow_up_row_writable(text, integer, text)",
        "minutes_app_follow_up_writable(text, integer)",
        "minutes_app_attachment_owner_writable(text, text, integer)",
        "minutes_app_attachment_writable(text, integer)",
        *(f"minutes_app_guard_{table}()" for table in _row_rules("s")),
    ]


def _group_roles(groups: GroupNames) -> list[str]:
    """The group roles, made only when missing (a second database on the same cluster shares them)."""
    return [
        f"DO $$ BEGIN CREATE ROLE {quote_ident(name)} NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$"
        for name in groups.all
    ]


def setup_sql(schema: str, owner: str, groups: GroupNames = DEFAULT_GROUPS) -> list[str]:
    """Every statement of the team set-up of the store in `schema` whose tables `owner` owns, in order."""
    s = quote_ident(schema)
    return [*_group_roles(groups), *_functions(s), *_policies(s), *_grants(s, groups, owner)]


def setup_script(schema: str, owner: str, groups: GroupNames = DEFAULT_GROUPS) -> str:
    """The set-up as one psql script in one transaction."""
    header = (
        f"-- Minutes App team server set-up: roles, grants and row-level security for schema {schema}\n"
        f"-- (tables owned by {owner}, who keeps full access). Run once as a superuser; safe to run again.\n"
    )
    return header + "BEGIN;\n" + "".join(f"{sql};\n" for sql in setup_sql(schema, owner, groups)) + "COMMIT;\n"
