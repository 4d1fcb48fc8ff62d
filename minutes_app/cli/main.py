"""Argument parsing and dispatch: no subcommand opens the GUI, a subcommand runs on the command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from minutes_app import APP_ID, __version__, start_gc
from minutes_app.cli.session import paths_from
from minutes_app.domain.errors import MinutesError, StoreError
from minutes_app.redaction import describe

# Each module adds its subcommands to the parser: (register(subparsers) -> None).
Registrar = Callable[[argparse._SubParsersAction], None]  # type: ignore[type-arg]


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, every subcommand included."""
    from minutes_app.cli import (
        commands_core,
        commands_exports,
        commands_history,
        commands_search,
        commands_servers,
        commands_sheet,
        commands_store,
        commands_team,
    )

    parser = argparse.ArgumentParser(
        prog=APP_ID,
        description="Record official meetings, track follow-ups and write the minutes. "
        "Without a subcommand the desktop app opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="SUBCOMMAND")
    modules = (
        commands_core,
        commands_store,
        commands_exports,
        commands_search,
        commands_sheet,
        commands_history,
        commands_servers,
        commands_team,
    )
    for module in modules:
        module.register(sub)
    return parser


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    """The options that come before any subcommand (and alone open the desktop app)."""
    parser.add_argument(
        "--db", metavar="PATH_OR_URL", help="an SQLite file or a SQLAlchemy URL (postgresql+psycopg://...)"
    )
    parser.add_argument(
        "--server",
        metavar="NAME",
        help="a team server saved in the app (File > Connect to a team server…); its password comes from the "
        "keyring, else MINUTES_APP_PASSWORD, else a prompt",
    )
    parser.add_argument(
        "--data-dir", metavar="DIR", help="the data folder (default: the user data folder; also MINUTES_APP_DATA_DIR)"
    )
    # Hidden: start the GUI, check that the icon and the catalogue of LANG load, print one line (installers, CI).
    parser.add_argument("--self-check", metavar="LANG", choices=("az", "ru", "en"), help=argparse.SUPPRESS)


class _UndecidedError(Exception):
    """The light parse cannot tell: the whole command line's parser decides (and words any error)."""


class _DesktopStartParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UndecidedError(message)


def desktop_start_args(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The options of a start of the desktop app (no subcommand, help or version), else None.

    Parsed without importing every subcommand's module (exports, spreadsheets and their libraries),
    which the whole parser needs and the desktop app's start does not; anything this parser does not
    know, or refuses, is left to build_parser(), so its answers and messages stay the same.
    """
    parser = _DesktopStartParser(prog=APP_ID, add_help=False)
    _add_global_options(parser)
    try:
        args, rest = parser.parse_known_args(argv)
    except _UndecidedError:
        return None
    if rest:
        return None
    args.command = None
    return args


# The commands meant to start a store where none is: every other one refuses a --db file that is not there,
# so that a mistyped path is never taken for a new, empty store ("all meetings are gone"). `restore` puts
# a backup at the path it is given, which it names in its message.
STARTS_A_STORE = frozenset({"demo", "import-json", "restore"})
# The team commands say themselves that a file is not a server (roles are a team server feature).
_SERVER_ONLY = frozenset({"team-setup", "team-add-user"})


def refuse_a_missing_file(db: str | None) -> None:
    """Raise StoreError when `--db` names an SQLite file that does not exist or is empty (0 bytes)."""
    if db is None or "://" in db:
        return  # the default data folder starts its store on first use; a server is never created here
    path = Path(db).expanduser()
    remedy = "check the path (use `demo` or `import-json` to start a new store there)"
    if not path.exists():
        raise StoreError("missing", f"{path} does not exist: {remedy}")
    if path.is_file() and path.stat().st_size == 0:
        raise StoreError("missing", f"{path} is an empty file, not a store: {remedy}")


def main(argv: Sequence[str] | None = None, *, gui_only: bool = False) -> int:
    """Entry point of `minutes-app`."""
    args = desktop_start_args(argv)  # the desktop app's start: without importing every subcommand
    if args is None:
        parser = build_parser()
        args = parser.parse_args(argv)
        if gui_only and args.command is not None:
            parser.error(f"{APP_ID}-gui opens the desktop app; run `{args.command}` with {APP_ID}")
    if args.command is not None or args.self_check:
        start_gc.release()  # held by __main__ for the desktop app's start only
    try:
        if args.self_check:
            from minutes_app.ui.startup.self_check import run_self_check

            return run_self_check(paths_from(args), args.self_check)
        if args.command is None:
            paths = paths_from(args, ask=False)  # the desktop app asks for a missing password itself
            from minutes_app.ui.app import run_gui

            return run_gui(paths)
        if args.command not in STARTS_A_STORE | _SERVER_ONLY:
            refuse_a_missing_file(args.db)
        # Imported here: it brings the backups service, which the desktop app does not need before its window.
        from minutes_app.cli.network_warning import warn_if_on_network

        warn_if_on_network(paths_from(args))
        result: int = args.handler(args)
        return result
    except MinutesError as exc:
        _say(str(exc))
        return 1
    except KeyboardInterrupt:
        _say("interrupted; nothing was half-written")
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:
        _say(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
        return 1
    except Exception as exc:  # noqa: BLE001 - the last resort: one line and a log, never a traceback
        from minutes_app.services.backups import is_database_error

        if is_database_error(exc):
            # One line without the statement's parameters (a traceback would print the record's text).
            _say(f"the store refused the command and nothing was changed: {describe(exc)}")
            return 1
        from minutes_app.cli.crash_log import EXIT_SOFTWARE, log_unexpected

        _say(log_unexpected(exc, args.data_dir))
        return EXIT_SOFTWARE


def _say(message: str) -> None:
    """One line on stderr, however many lines the message had."""
    print(f"{APP_ID}: {' '.join(message.split())}", file=sys.stderr)


def gui_main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console-less launcher `minutes-app-gui`: the options of `minutes-app`, always the GUI."""
    return main(argv, gui_only=True)
