"""The DBA's subcommands on a team server: team-setup (roles, grants, row-level security) and team-add-user."""

from __future__ import annotations

import argparse
import getpass
import sys

from minutes_app.cli.session import paths_from
from minutes_app.domain.errors import ValidationError
from minutes_app.services import team_roles
from minutes_app.services.team_policies import LEVELS, ROLES, GroupNames

_DB_HELP = "the team server's SQLAlchemy URL (postgresql+psycopg://dba@server/minutes); also before the subcommand"


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add team-setup and team-add-user."""
    p = sub.add_parser(
        "team-setup",
        help="print (or apply) the SQL that sets up the roles, grants and row-level security of a team server",
        description="Prints the SQL a DBA runs once on the team server: the group roles minutes_officer, "
        "minutes_head and minutes_reader, their grants, and the row-level security that limits each member "
        "to their department and clearance (docs/team-roles.md). --apply runs it in one transaction; "
        "running it again (after an app update) is safe.",
    )
    # SUPPRESS: when not given here, the --db before the subcommand stays.
    p.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=_DB_HELP)
    p.add_argument("--apply", action="store_true", help="run the SQL on the server (as a superuser)")
    p.add_argument("--group-prefix", default="minutes", help=argparse.SUPPRESS)  # tests: group roles of their own
    p.set_defaults(handler=cmd_team_setup)
    p = sub.add_parser(
        "team-add-user",
        help="create a team server login (if missing) with its role, department and clearance",
        description="Creates the login NAME if it does not exist, puts it in the group role of ROLE (and no "
        "other), and records its department and clearance, all in one transaction. Run `team-setup --apply` first.",
    )
    p.add_argument("name", metavar="NAME", help="the login, e.g. a.mammadov")
    p.add_argument("--role", required=True, choices=ROLES, help="officer, head (of department) or reader")
    p.add_argument("--department", default="", help="the member's department (meetings they may edit)")
    p.add_argument(
        "--clearance",
        default="",
        choices=LEVELS,
        metavar="LEVEL",
        help="the highest marking they may see: for_official_use, confidential or secret (default: none)",
    )
    p.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=_DB_HELP)
    p.add_argument("--password-prompt", action="store_true", help="ask for the new login's password (typed twice)")
    p.add_argument("--group-prefix", default="minutes", help=argparse.SUPPRESS)
    p.set_defaults(handler=cmd_team_add_user)


def cmd_team_setup(args: argparse.Namespace) -> int:
    """Print the set-up SQL; with --apply, run it."""
    script = team_roles.team_setup(paths_from(args), apply=args.apply, groups=GroupNames(args.group_prefix))
    if args.apply:
        print("Applied: group roles, grants and row-level security are in place (run again after an app update).")
    else:
        print(script, end="")
    return 0


def cmd_team_add_user(args: argparse.Namespace) -> int:
    """Create or update a member."""
    password = _ask_password(args.name) if args.password_prompt else None
    created = team_roles.add_user(
        paths_from(args),
        args.name,
        role=args.role,
        department=args.department,
        clearance=args.clearance,
        password=password,
        groups=GroupNames(args.group_prefix),
    )
    what = "Created the login" if created else "Updated"
    cleared = args.clearance or "none"
    print(f"{what} {args.name}: {args.role}, department {args.department or '(none)'}, clearance {cleared}.")
    return 0


def _ask_password(name: str) -> str:
    if not sys.stdin.isatty():
        line = sys.stdin.readline().rstrip("\n")  # a script pipes it in; never an option (ps would show it)
        if not line:
            raise ValidationError("password", "no password was given on standard input")
        return line
    first = getpass.getpass(f"Password for {name}: ")
    if not first or first != getpass.getpass("The same password again: "):
        raise ValidationError("password", "the two passwords differ or are empty; nothing was changed")
    return first
