"""Subcommands writing documents: Word minutes, reports, briefings, calendar and spreadsheets."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from minutes_app import APP_ID
from minutes_app.cli.commands_core import add_filter_arguments, filter_from
from minutes_app.cli.session import open_for
from minutes_app.domain.errors import ValidationError
from minutes_app.exports.template_package import TemplateWarning, warning_line
from minutes_app.exports.untranslated import UntranslatedError
from minutes_app.services import Services
from minutes_app.services.pdf import export_pdf, is_pdf
from minutes_app.services.validation import parse_date

LANGS = ["en", "az", "ru"]


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add export-docx, report, briefing, export-ics, export-csv and export-xlsx."""
    p = sub.add_parser("export-docx", help="the Word minutes of one meeting")
    p.add_argument("meeting_id", type=int, metavar="MEETING_ID")
    p.add_argument(
        "out", metavar="OUT.docx", help="a name ending in .pdf writes a PDF (LibreOffice or Word converts it)"
    )
    p.add_argument("--lang", choices=LANGS, help="language of the minutes (default: the meeting's)")
    p.add_argument("--template", metavar="T.docx", help="your own Word template (letterhead, styles)")
    p.add_argument("--second-lang", choices=LANGS, help="the agreed minutes in two languages: the second one")
    p.add_argument(
        "--layout",
        choices=["columns", "consecutive"],
        default="columns",
        help="agreed minutes: the two texts side by side (default) or one after the other",
    )
    p.add_argument(
        "--allow-untranslated",
        action="store_true",
        help="export even when some texts have no translation into the language (they are printed as written)",
    )
    p.set_defaults(handler=cmd_export_docx)

    p = sub.add_parser("report", help="a follow-up status report (.docx or .pdf) of the tracker's filter")
    p.add_argument("out", metavar="OUT.docx", help="a name ending in .pdf writes a PDF")
    add_filter_arguments(p)
    p.add_argument("--lang", choices=LANGS)
    p.add_argument("--group-by", choices=["topic", "department"], default="topic")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="start of the period (default: 12 months before its end)")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="end of the period (default: today)")
    p.add_argument(
        "--all-closed",
        action="store_true",
        help="also list follow-ups completed or cancelled before the period (left out by default)",
    )
    p.add_argument("--summary-only", action="store_true", help="only the summary page, without the detail")
    p.add_argument("--template", metavar="T.docx")
    p.set_defaults(handler=cmd_report)

    p = sub.add_parser("briefing", help="a briefing note (.docx) before meeting a counterpart country or organisation")
    p.add_argument("country", nargs="?", default="", metavar="COUNTRY", help="ISO country code, e.g. RU")
    p.add_argument("out", metavar="OUT.docx", help="a name ending in .pdf writes a PDF")
    p.add_argument(
        "--organisation",
        metavar="ID_OR_NAME",
        help="write it on an organisation (its id or any spelling of its name) instead of a country",
    )
    p.add_argument("--lang", choices=LANGS)
    p.add_argument("--template", metavar="T.docx")
    p.set_defaults(handler=cmd_briefing)

    p = sub.add_parser(
        "export-ics",
        help="meetings and follow-up deadlines as a calendar (.ics)",
        description="Meetings and follow-up deadlines (done and cancelled ones marked so) as a calendar for Outlook "
        "or Thunderbird. Times are in the time zone of the settings (default Asia/Baku); deadlines carry a "
        "reminder the number of days before that the settings give (default 1).",
    )
    p.add_argument("out", metavar="OUT.ics")
    p.add_argument("--lang", choices=LANGS)
    period = p.add_mutually_exclusive_group()
    period.add_argument(
        "--since", metavar="YYYY-MM-DD", help="leave out what is dated earlier (default: 12 months ago)"
    )
    period.add_argument("--all", action="store_true", dest="all_dates", help="every date, however old")
    p.set_defaults(handler=cmd_export_ics)

    for kind in ("csv", "xlsx"):
        p = sub.add_parser(f"export-{kind}", help=f"the follow-up tracker's rows as .{kind}")
        p.add_argument("out", metavar=f"OUT.{kind}")
        add_filter_arguments(p)
        p.add_argument("--lang", choices=LANGS)
        if kind == "csv":
            p.add_argument(
                "--delimiter",
                type=_delimiter,
                metavar="{comma,semicolon,tab}",
                help="the separator (default: what Excel expects in the language: semicolon for az and ru, comma for en)",
            )
        p.set_defaults(handler=cmd_export_table, kind=kind)


_DELIMITERS = {"comma": ",", ",": ",", "semicolon": ";", ";": ";", "tab": "\t", "\t": "\t"}


def _delimiter(text: str) -> str:
    """The CSV delimiter named by --delimiter (comma, semicolon, tab, or the character itself)."""
    try:
        return _DELIMITERS[text.strip().lower() if text.strip() else text]
    except KeyError:
        raise argparse.ArgumentTypeError(f"{text!r} is not comma, semicolon or tab") from None


def _warn(template: str | None, removed: set[TemplateWarning]) -> None:
    """One line on stderr when the template lost outside links or macros on its way into the document."""
    if removed:
        print(f"{APP_ID}: {warning_line(template or 'in the settings', removed)}", file=sys.stderr)


def _write(out: str, write: Callable[[Path], Path]) -> tuple[Path, str]:
    """Write the document to `out`, through a PDF converter when it ends in .pdf; the path and how it was made."""
    if not is_pdf(out):
        return write(Path(out)), ""
    written = export_pdf(write, out)
    return written.path, f" (converted with {written.converter})"


# The exit status of an export refused for untranslated texts (1 is any other failure).
EXIT_UNTRANSLATED = 3


def _refused(error: UntranslatedError) -> int:
    """List the untranslated texts on stderr, one a line, and say how to export anyway."""
    print(f"{APP_ID}: nothing was written: {error}; add them, or give --allow-untranslated:", file=sys.stderr)
    for line in error.lines():
        print(f"  {line}", file=sys.stderr)
    return EXIT_UNTRANSLATED


def cmd_export_docx(args: argparse.Namespace) -> int:
    """Write one meeting's minutes."""
    with open_for(args) as services:
        removed: set[TemplateWarning] = set()
        documents = services.documents
        try:
            if args.second_lang:
                path, how = _write(
                    args.out,
                    lambda out: documents.agreed_minutes(
                        args.meeting_id,
                        out,
                        lang=args.lang,
                        second_lang=args.second_lang,
                        layout=args.layout,
                        template=args.template,
                        template_warnings=removed,
                        allow_untranslated=args.allow_untranslated,
                    ),
                )
            else:
                path, how = _write(
                    args.out,
                    lambda out: documents.minutes(
                        args.meeting_id,
                        out,
                        lang=args.lang,
                        template=args.template,
                        template_warnings=removed,
                        allow_untranslated=args.allow_untranslated,
                    ),
                )
        except UntranslatedError as error:
            return _refused(error)
    _warn(args.template, removed)
    print(f"Wrote the {'agreed minutes' if args.second_lang else 'minutes'} to {path}{how}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """Write a status report."""
    with open_for(args) as services:
        removed: set[TemplateWarning] = set()
        documents, flt = services.documents, filter_from(args, services)
        path, how = _write(
            args.out,
            lambda out: documents.status_report(
                flt,
                out,
                lang=args.lang,
                group_by=args.group_by,
                period_start=parse_date("--since", args.since),
                period_end=parse_date("--until", args.until),
                all_closed=args.all_closed,
                summary_only=args.summary_only,
                template=args.template,
                template_warnings=removed,
            ),
        )
    _warn(args.template, removed)
    print(f"Wrote the status report to {path}{how}")
    return 0


def cmd_briefing(args: argparse.Namespace) -> int:
    """Write a briefing note on a country or, with --organisation, on an organisation."""
    if bool(args.country) == bool(args.organisation):
        raise ValidationError("COUNTRY", "give either a country code or --organisation, not both or neither")
    with open_for(args) as services:
        removed: set[TemplateWarning] = set()
        documents = services.documents
        if args.organisation:
            organisation_id = _organisation_id(services, args.organisation)
            path, how = _write(
                args.out,
                lambda out: documents.organisation_briefing(
                    organisation_id, out, lang=args.lang, template=args.template, template_warnings=removed
                ),
            )
        else:
            path, how = _write(
                args.out,
                lambda out: documents.briefing(
                    args.country, out, lang=args.lang, template=args.template, template_warnings=removed
                ),
            )
    _warn(args.template, removed)
    print(f"Wrote the briefing note to {path}{how}")
    return 0


def _organisation_id(services: Services, wanted: str) -> int:
    """The id of the organisation `wanted` names (its id, or any spelling of its name)."""
    text = wanted.strip()
    if text.isascii() and text.isdigit():
        return int(text)
    organisation = services.directory.find_organisation(text)
    if organisation is None or organisation.id is None:
        raise ValidationError("--organisation", f"no organisation is named {text!r}")
    return organisation.id


def cmd_export_ics(args: argparse.Namespace) -> int:
    """Write the calendar."""
    with open_for(args) as services:
        path = services.documents.calendar(
            args.out,
            lang=args.lang,
            period_start=parse_date("--since", args.since),
            all_dates=args.all_dates,
        )
    print(f"Wrote the calendar to {path}")
    return 0


def cmd_export_table(args: argparse.Namespace) -> int:
    """Write the tracker's rows as a spreadsheet."""
    with open_for(args) as services:
        path = services.documents.spreadsheet(
            filter_from(args, services),
            args.out,
            kind=args.kind,
            lang=args.lang,
            delimiter=getattr(args, "delimiter", None),
        )
    print(f"Wrote {path}")
    return 0
