"""Subcommands over meetings and follow-ups: demo, list, show."""

from __future__ import annotations

import argparse
import datetime as dt

from minutes_app.cli import render
from minutes_app.cli.session import open_for
from minutes_app.domain.errors import ValidationError
from minutes_app.domain.filters import FollowUpFilter
from minutes_app.domain.vocab import FollowUpStatus


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add demo, list and show."""
    p = sub.add_parser("demo", help="load the sample meeting (safe to run twice)")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("list", help="list meetings or follow-ups")
    what = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    pm = what.add_parser("meetings", help="every meeting, newest first")
    pm.add_argument("--json", action="store_true", help="print JSON")
    pm.set_defaults(handler=cmd_list_meetings)
    pf = what.add_parser("followups", help="follow-ups, filtered")
    add_filter_arguments(pf)
    pf.add_argument("--json", action="store_true", help="print JSON")
    pf.set_defaults(handler=cmd_list_followups)

    p = sub.add_parser("show", help="show one record")
    what = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    ps = what.add_parser("meeting", help="one meeting, complete")
    ps.add_argument("id", type=int, metavar="ID")
    ps.add_argument("--json", action="store_true", help="print JSON")
    ps.set_defaults(handler=cmd_show_meeting)


def add_filter_arguments(p: argparse.ArgumentParser) -> None:
    """The tracker's filters as options (shared by list, report and the spreadsheet exports)."""
    statuses = [s.value for s in FollowUpStatus]
    p.add_argument(
        "--status",
        action="append",
        default=[],
        metavar="STATUS",
        help=f"one of {', '.join(statuses)}; repeat or comma-separate for several",
    )
    p.add_argument("--overdue", action="store_true", help="only past due and not done or cancelled")
    p.add_argument("--due-within", type=int, metavar="DAYS", help="only due in the next DAYS days")
    p.add_argument("--country", default="", metavar="CC", help="counterpart country (ISO code)")
    p.add_argument("--topic", default="", help="topic name")
    p.add_argument("--owner", default="", help="owner's name (any spelling)")
    p.add_argument("--department", default="", help="responsible department")
    p.add_argument("--text", default="", help="words in the follow-up")


def filter_from(args: argparse.Namespace, services) -> FollowUpFilter:  # type: ignore[no-untyped-def]
    """A FollowUpFilter from the parsed options; unknown names are refused clearly."""
    statuses = [s.strip() for raw in args.status for s in raw.split(",") if s.strip()]
    allowed = {s.value for s in FollowUpStatus}
    for status in statuses:
        if status not in allowed:
            raise ValidationError("--status", f"{status!r} is not one of: {', '.join(sorted(allowed))}")
    if args.due_within is not None and not 0 <= args.due_within <= 36500:
        raise ValidationError("--due-within", "must be between 0 and 36500 days")
    topic_id = None
    if args.topic:
        topic = services.topics.by_name(args.topic)
        if topic is None:
            raise ValidationError("--topic", f"no topic is named {args.topic!r}")
        topic_id = topic.id
    owner_id = None
    if args.owner:
        person = services.directory.find_person(args.owner)
        if person is None:
            raise ValidationError("--owner", f"no person is named {args.owner!r}")
        owner_id = person.id
    return FollowUpFilter(
        statuses=statuses,
        overdue=args.overdue,
        due_within_days=args.due_within,
        country=args.country.strip().upper(),
        topic_id=topic_id,
        owner_id=owner_id,
        department=args.department,
        text=args.text,
    )


def cmd_demo(args: argparse.Namespace) -> int:
    """Load the sample meeting."""
    from minutes_app.services.demo import load_demo

    with open_for(args) as services:
        meeting, created = load_demo(services)
    state = "loaded" if created else "already present"
    print(f"Sample meeting {state}: #{meeting.id} {meeting.title}")
    return 0


def cmd_list_meetings(args: argparse.Namespace) -> int:
    """Print every meeting."""
    with open_for(args) as services:
        meetings = services.meetings.list_meetings()
    if args.json:
        print(render.dumps(meetings))
        return 0
    print(
        render.table(
            ["ID", "Date", "Title", "Kind", "Countries", "Status", "Open"],
            [[m.id, m.date, m.title, m.kind, ",".join(m.countries), m.status, m.open_follow_ups] for m in meetings],
        )
    )
    return 0


def cmd_list_followups(args: argparse.Namespace) -> int:
    """Print follow-ups matching the filters."""
    with open_for(args) as services:
        rows = services.follow_ups.list_follow_ups(filter_from(args, services), today=dt.date.today())
    if args.json:
        print(render.dumps(rows))
        return 0
    print(
        render.table(
            ["ID", "Due", "Status", "Priority", "Countries", "Description", "Owner/department"],
            [
                [
                    f.id,
                    f.due_date,
                    f.status,
                    f.priority,
                    ",".join(f.countries),
                    f.description,
                    f.owner_name or f.department,
                ]
                for f in rows
            ],
        )
    )
    return 0


def cmd_show_meeting(args: argparse.Namespace) -> int:
    """Print one meeting complete."""
    with open_for(args) as services:
        meeting = services.meetings.get(args.id)
    if args.json:
        print(render.dumps(meeting))
        return 0
    print(f"#{meeting.id} {meeting.title}")
    print(f"{meeting.date or ''} {meeting.start_time or ''}-{meeting.end_time or ''}  {meeting.venue}")
    print(f"Reference: {meeting.reference_number}  Status: {meeting.status}  Countries: {', '.join(meeting.countries)}")
    for side in ("host", "guest"):
        if getattr(meeting, f"signatory_{side}"):  # the agreed minutes' own line; none prints the country's
            print(f"Signed for the {side} side: {getattr(meeting, f'signatory_{side}')}")
    for side in ("host", "guest", "other"):
        members = meeting.side(side)
        if members:
            print(f"\n{side.capitalize()} side:")
            for a in members:
                who = (
                    a.person.name if a.person else f"Representative of {a.organisation.name if a.organisation else '?'}"
                )
                print(
                    f"  {a.precedence + 1}. {who}{', ' + a.position if a.position else ''} [{a.role}{'' if a.present else ', absent'}]"
                )
    if meeting.agenda:
        print("\nAgenda:")
        for i, item in enumerate(meeting.agenda, 1):
            print(f"  {i}. {item.title}")
    if meeting.decisions:
        print("\nDecisions:")
        for i, d in enumerate(meeting.decisions, 1):
            print(f"  {i}. {d.text}")
    if meeting.follow_ups:
        print("\nFollow-ups:")
        for f in meeting.follow_ups:
            print(f"  [{f.status}] {f.due_date or ''} {f.description} ({f.owner_name or f.department})")
    return 0
