"""Subcommands that find things: search, and the dossier of a counterpart."""

from __future__ import annotations

import argparse

from minutes_app.cli import render
from minutes_app.cli.session import open_for
from minutes_app.domain import records as r
from minutes_app.services.search import KIND_LABELS


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add search and dossier."""
    p = sub.add_parser(
        "search",
        help="find meetings, people, organisations, agenda items, decisions, follow-ups and notes",
        description="Every word must start a word of the record, in any case, with or without "
        "diacritics, in Latin or Cyrillic letters. Put -- before a query that starts with -.",
    )
    p.add_argument("query", nargs="*", metavar="QUERY", help="words to look for")
    p.add_argument("--limit", type=int, default=50, metavar="N", help="at most N hits of each kind (default 50)")
    p.add_argument("--json", action="store_true", help="print JSON (a list of hits)")
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("dossier", help="everything that happened with a counterpart country or organisation")
    p.add_argument("country", nargs="?", metavar="COUNTRY", help="ISO code, e.g. RU; without it, list the counterparts")
    p.add_argument("--organisation", type=int, metavar="ID", help="an organisation's dossier instead of a country's")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_dossier)


def cmd_search(args: argparse.Namespace) -> int:
    """Print the hits, grouped by kind."""
    with open_for(args) as services:
        hits = services.search.search(" ".join(args.query), limit_per_kind=args.limit)
    if args.json:
        print(render.dumps(hits))
        return 0
    if not hits:
        print("No matches.")
        return 0
    groups = [(kind, [h for h in hits if h.kind == kind]) for kind in KIND_LABELS]
    print("\n\n".join(_group(kind, found) for kind, found in groups if found))
    return 0


def _group(kind: str, hits: list[r.SearchHit]) -> str:
    lines = [f"{KIND_LABELS[kind]} ({len(hits)})"]
    for hit in hits:
        where = f"meeting #{hit.meeting_id}" if hit.meeting_id is not None and kind != "meeting" else ""
        date = hit.date.isoformat() if hit.date else ""
        cells = (f"#{hit.record_id}", date, hit.title, f"({where})" if where else "")
        lines.append("  " + "  ".join(cell for cell in cells if cell))
        if hit.snippet and hit.snippet != hit.title:
            lines.append(f"      {hit.snippet}")
    return "\n".join(lines)


def cmd_dossier(args: argparse.Namespace) -> int:
    """Print a counterpart's dossier, or the list of counterparts."""
    with open_for(args) as services:
        if args.organisation is not None:
            dossier = services.dossier.for_organisation(args.organisation)
        elif args.country:
            dossier = services.dossier.for_country(args.country)
        else:
            counterparts = services.dossier.counterparts()
            if args.json:
                print(render.dumps([{"country": c, "name": n, "meetings": k} for c, n, k in counterparts]))
            else:
                print(render.table(["Country", "Name", "Meetings"], [list(row) for row in counterparts]))
            return 0
    print(render.dumps(dossier) if args.json else _dossier_text(dossier))
    return 0


def _dossier_text(d: r.Dossier) -> str:
    share = f"{d.on_time_share:.0%}" if d.on_time_share is not None else "-"
    years = ", ".join(f"{year}: {count}" for year, count in sorted(d.meetings_per_year.items())) or "-"
    parts = [
        f"{d.name} ({d.country or d.kind})",
        f"Meetings: {len(d.meetings)}  per year: {years}",
        (
            f"Follow-ups: {len(d.open_follow_ups)} open, {len(d.overdue_follow_ups)} overdue, "
            f"{len(d.done_follow_ups)} done; on time {d.done_on_time} of {d.done_on_time + d.done_late} ({share})"
        ),
        "",
        "Meetings",
        render.table(
            ["ID", "Date", "Title", "Host side led by", "Guest side led by"],
            [
                [
                    x.meeting_id,
                    x.date,
                    x.title,
                    _who(x.host_lead, x.host_lead_position),
                    _who(x.guest_lead, x.guest_lead_position),
                ]
                for x in d.meetings
            ],
        ),
        "",
        "People met",
        render.table(
            ["Name", "Position", "Organisation", "Meetings", "Last met"],
            [[p.name, "; ".join(p.positions), p.organisation_name, p.meetings, p.last_met] for p in d.people],
        ),
        "",
        "Decisions",
        render.table(
            ["Meeting", "Date", "No.", "Decision"],
            [[x.meeting_id, x.meeting_date, x.number, x.text] for x in d.decisions],
            max_width=90,
        ),
    ]
    overdue = {f.id for f in d.overdue_follow_ups}
    for title, rows in (("Open follow-ups", d.open_follow_ups), ("Done follow-ups", d.done_follow_ups)):
        parts += [
            "",
            title,
            render.table(
                ["ID", "Due", "Status", "Description", "Owner/department"],
                [
                    [
                        f.id,
                        f.due_date,
                        f.status + (" (overdue)" if f.id in overdue else ""),
                        f.description,
                        f.owner_name or f.department,
                    ]
                    for f in rows
                ],
            ),
        ]
    return "\n".join(parts)


def _who(name: str, position: str) -> str:
    return f"{name}, {position}" if name and position else name
