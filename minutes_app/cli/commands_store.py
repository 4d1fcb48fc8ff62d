"""Subcommands over the store itself: check, backup, restore, export-json, import-json, import-docx."""

from __future__ import annotations

import argparse
from pathlib import Path

from minutes_app.cli.session import open_for, paths_from
from minutes_app.services.backups import backup_store, check_store, is_current, restore_store


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add check, backup, restore, export-json, import-json and import-docx."""
    p = sub.add_parser("check", help="integrity and schema check of the store (exit 0 when sound)")
    p.set_defaults(handler=cmd_check)
    p = sub.add_parser("backup", help="an online backup of the store, safe while the app is open")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_backup)
    p = sub.add_parser("restore", help="replace the store with a backup (the current store is backed up first)")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_restore)
    p = sub.add_parser("export-json", help="the whole store as JSON (docs/json-format.md)")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_export_json)
    p = sub.add_parser("import-json", help="load a JSON export into an empty store")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_import_json)
    p = sub.add_parser(
        "import-docx",
        help="make a meeting from old Word minutes (title, date, country and participants found in the file)",
        description="Make a meeting from old Word minutes: the title, the date, the counterpart country and the "
        "participants are taken where the file's structure shows them; the meeting is saved with the status "
        "'minutes drafted' for you to complete. Prints the new meeting's id and what was found.",
    )
    p.add_argument("file", metavar="FILE.docx")
    p.set_defaults(handler=cmd_import_docx)


def cmd_check(args: argparse.Namespace) -> int:
    """Check the store without changing it."""
    paths = paths_from(args)
    revision = check_store(paths)
    state = (
        "empty (no schema yet)"
        if revision is None
        else f"schema {revision}" + ("" if is_current(revision) else ", will be updated at next start")
    )
    print(f"{paths.display_location()}: sound ({state})")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    """Write an online backup to FILE."""
    paths = paths_from(args)
    target = Path(args.file).expanduser()
    if paths.db_file is None:
        from minutes_app.services.json_io import export_json

        with open_for(args) as services:
            export_json(services, target)
        print(f"Backed up {paths.display_location()} as JSON to {target}")
        return 0
    backup_store(paths, target)
    print(f"Backed up {paths.db_file} to {target} ({target.stat().st_size:,} bytes)")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Replace the store with FILE after backing the current store up."""
    paths = paths_from(args)
    backup = Path(args.file).expanduser()
    saved = restore_store(paths, backup)
    print(f"Restored {paths.db_file} from {backup}" + (f"; the previous store was saved as {saved}" if saved else ""))
    return 0


def cmd_export_json(args: argparse.Namespace) -> int:
    """Write the whole store as JSON."""
    from minutes_app.services.json_io import export_json

    with open_for(args) as services:
        path = export_json(services, args.file)
    print(f"Exported the store to {path}")
    return 0


def cmd_import_json(args: argparse.Namespace) -> int:
    """Load a JSON export into an empty store."""
    from minutes_app.services.json_io import import_json

    with open_for(args) as services:
        counts = import_json(services, args.file)
    print("Imported " + ", ".join(f"{n} {what.replace('_', '-')}" for what, n in counts.items()))
    return 0


def cmd_import_docx(args: argparse.Namespace) -> int:
    """Make a meeting from an old .docx and say what was found."""
    from minutes_app.services.old_minutes import OldMinutesImporter

    with open_for(args) as services:
        imported = OldMinutesImporter(services).import_file(Path(args.file).expanduser())
    print(f"Created meeting {imported.meeting.id} from {args.file}")
    for line in imported.lines():
        print(f"  {line}")
    return 0
