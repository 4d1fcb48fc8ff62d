"""Subcommands import-sheet and undo-import: follow-ups from an Excel or CSV sheet, and taking them back."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from minutes_app.cli.session import open_for
from minutes_app.domain.countries import country_name
from minutes_app.domain.errors import ValidationError
from minutes_app.domain.sheet_columns import FIELDS, column_letter
from minutes_app.services.sheet_import import group_counts, import_plan, plan_import
from minutes_app.services.sheet_plan import ImportOptions, SheetPlan
from minutes_app.services.sheet_undo import undo_last_import


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add import-sheet and undo-import."""
    p = sub.add_parser(
        "import-sheet",
        help="import meetings and follow-ups from a spreadsheet (.xlsx or .csv); every row is checked first",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: the first)")
    p.add_argument("--header-row", metavar="N", type=int, help="the row of column names (default: found)")
    p.add_argument(
        "--mapping",
        metavar="MAP.json",
        help='columns for the fields, {"field": "column name or letter"}, and optionally '
        '"values": {"status": {"as written": "done"}} (default: guessed from the column names)',
    )
    p.add_argument("--dry-run", action="store_true", help="print what would be created and every error; write nothing")
    p.add_argument("--skip-bad-rows", action="store_true", help="import the good rows and leave out rows with errors")
    p.set_defaults(handler=cmd_import_sheet)
    p = sub.add_parser("undo-import", help="move what the last spreadsheet import created to the trash")
    p.set_defaults(handler=cmd_undo_import)


def _options(args: argparse.Namespace) -> ImportOptions:
    options = ImportOptions(sheet=args.sheet, header_row=args.header_row)
    if args.mapping:
        try:
            data = json.loads(Path(args.mapping).expanduser().read_text(encoding="utf-8-sig"))
        except json.JSONDecodeError as exc:
            raise ValidationError("mapping", f"{args.mapping} is not JSON ({exc.msg} at line {exc.lineno})") from None
        if not isinstance(data, dict):
            raise ValidationError("mapping", 'must be a JSON object: {"field": "column name or letter"}')
        values = data.pop("values", {})
        if not isinstance(values, dict) or not all(isinstance(t, dict) for t in values.values()):
            raise ValidationError("mapping", '"values" must map a field to {"as written": "stored value"}')
        options.mapping = {str(k): str(v) for k, v in data.items()}
        options.values = {str(f): {str(k): str(v) for k, v in t.items()} for f, t in values.items()}
    return options


def cmd_import_sheet(args: argparse.Namespace) -> int:
    """Check the sheet, print the problems, and import unless it is a dry run or rows are bad."""
    options = _options(args)
    with open_for(args) as services:
        plan = plan_import(services.store, args.file, options)
        _print_plan(plan, dry_run=args.dry_run)
        if plan.mapping_problems:
            return 1
        if args.dry_run:
            return 1 if plan.errors and not args.skip_bad_rows else 0
        if plan.errors and not args.skip_bad_rows:
            print("Nothing was imported: fix the rows above, or import the others with --skip-bad-rows.")
            return 1
        author = services.settings.get().officer_name
        result = import_plan(
            services.store, plan, skip_bad_rows=args.skip_bad_rows, author=author, source=Path(args.file).name
        )
    print(
        f"Imported {result.meetings} new meetings, {result.follow_ups} follow-ups, {result.people} new people "
        f"and {result.organisations} new organisations"
        + (f"; {result.already_there} rows were already in the store" if result.already_there else "")
        + (f"; {result.skipped_rows} rows with errors were left out" if result.skipped_rows else "")
        + ". `undo-import` takes it back."
    )
    return 0


def _print_plan(plan: SheetPlan, *, dry_run: bool) -> None:
    print(f"Sheet {plan.sheet!r}, column names in row {plan.header_row}:")
    for field in FIELDS:
        index = plan.columns.get(field)
        where = "(not imported)" if index is None else f"column {column_letter(index)} {plan.headers[index]!r}"
        print(f"  {field:<13} {where}")
    for problem in plan.mapping_problems:
        print(f"mapping: {problem}")
    if dry_run:
        print(
            f"Would create {plan.meetings_new} meetings and add to {plan.meetings_existing} already in the store; "
            f"{plan.follow_ups_new} follow-ups ({plan.follow_ups_existing} rows are already there)."
        )
        for (date, countries, _title), count in group_counts(plan).items():
            title = next(r.title for r in plan.good_rows if r.meeting_key() == (date, countries, _title))
            names = ", ".join(country_name(c) for c in countries) or "no country"
            print(f"  {date or '':10}  {names}: {title} ({count} follow-ups)")
    if plan.new_people:
        print("New people for the directory: " + ", ".join(plan.new_people))
    if plan.new_organisations:
        print("New organisations for the directory: " + ", ".join(plan.new_organisations))
    for field, values in plan.unknown.items():
        print(f'Unknown {field} values (map them under "values" in the mapping file): ' + ", ".join(values))
    for error in plan.errors:
        print(str(error))
    if plan.errors:
        print(f"{len({e.row for e in plan.errors})} of {len(plan.rows)} rows have errors.")


def cmd_undo_import(args: argparse.Namespace) -> int:
    """Move the last import's meetings, follow-ups and new people to the trash."""
    with open_for(args) as services:
        result = undo_last_import(services.store)
    print(
        f"Moved {result.meetings} meetings, {result.follow_ups} follow-ups, {result.people} people "
        f"and {result.organisations} organisations to the trash (restorable from there)."
    )
    return 0
