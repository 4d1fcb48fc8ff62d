"""The `history` subcommand: who changed what in a meeting, follow-up, person or organisation, newest first."""

from __future__ import annotations

import argparse

from minutes_app.cli import render
from minutes_app.cli.session import open_for
from minutes_app.domain import records as r

# The command line's record names and the trail's kinds.
KINDS = {"meeting": "meeting", "follow-up": "follow_up", "person": "person", "organisation": "organisation"}
_NOUNS = {"meeting": "Meeting", "follow_up": "Follow-up", "person": "Person", "organisation": "Organisation"}
# Long texts (a summary) are shown to this many characters on a terminal; --json gives them whole.
SHOWN_CHARS = 200


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add history."""
    p = sub.add_parser(
        "history",
        help="who changed what in a record, newest first (a meeting's includes its follow-ups)",
        description="Every change recorded in the audit trail: who (the database login, or the "
        "operating-system user on a local store), when (UTC), which field, the old and the new value.",
    )
    p.add_argument("kind", choices=tuple(KINDS), help="the kind of record")
    p.add_argument("id", type=int, metavar="ID", help="the record's number")
    p.add_argument("--json", action="store_true", help="print JSON (a list of entries, newest first)")
    p.set_defaults(handler=cmd_history)


def cmd_history(args: argparse.Namespace) -> int:
    """Print a record's history."""
    kind = KINDS[args.kind]
    with open_for(args) as services:
        entries = services.audit.history(kind, args.id)
    if args.json:
        print(render.dumps(entries))
        return 0
    if not entries:
        print(f"No changes recorded for {args.kind} {args.id}.")
        return 0
    print("\n".join(sentence(e, kind) for e in entries))
    return 0


def _short(value: str) -> str:
    value = value.replace("\n", " ")
    shown = value if len(value) <= SHOWN_CHARS else value[: SHOWN_CHARS - 1] + "…"
    return f"“{shown}”" if value else "(empty)"


def sentence(entry: r.AuditEntry, shown_kind: str) -> str:
    """ "Decision 3 text changed by a.mammadov on 2027-03-12 14:05 UTC, was: “…”, now: “…”"."""
    when = f"{entry.changed_at:%Y-%m-%d %H:%M} UTC"
    # Entries of another record (a meeting's follow-ups) say whose they are.
    whose = f"{_NOUNS[entry.record_kind]} #{entry.record_id}" if entry.record_kind != shown_kind else ""
    subject = " ".join(part for part in (whose, entry.field.replace("_", " ")) if part) or _NOUNS[entry.record_kind]
    subject = subject[0].upper() + subject[1:]
    by = f"by {entry.changed_by} on {when}"
    if entry.action == "created":
        return f"{subject} created {by}: {_short(entry.new_value)}"
    if entry.action == "deleted":
        return f"{subject} moved to the trash {by}"
    if entry.action == "restored":
        return f"{subject} restored from the trash {by}"
    return f"{subject} changed {by}, was: {_short(entry.old_value)}, now: {_short(entry.new_value)}"
