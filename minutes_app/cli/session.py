"""Opening the store for one command and closing it afterwards."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from collections.abc import Iterator

from minutes_app.domain.errors import StoreError
from minutes_app.paths import AppPaths, resolve_paths
from minutes_app.services import Services, open_services, server_passwords, team_server
from minutes_app.services.server_list import ServerList

PASSWORD_ENV = "MINUTES_APP_PASSWORD"  # a script's team server password (never an option: ps would show it)
_RESOLVED = "_minutes_paths"  # where the resolved paths are kept on the namespace, so a password is asked once


def paths_from(args: argparse.Namespace, *, ask: bool = True) -> AppPaths:
    """The store location the options name (--server NAME, --db, --data-dir); resolved once per command line."""
    known = getattr(args, _RESOLVED, None)
    if isinstance(known, AppPaths):
        return known
    server_name = getattr(args, "server", None)
    if server_name is None:
        paths = resolve_paths(data_dir=args.data_dir, db=args.db)
    else:
        paths = server_paths(server_name, args, ask=ask)
    setattr(args, _RESOLVED, paths)
    return paths


def server_paths(name: str, args: argparse.Namespace, *, ask: bool) -> AppPaths:
    """The paths of the saved team server `name`; its password from the keyring, the environment, or a prompt."""
    if args.db is not None:
        raise StoreError("bad_location", "--server and --db name two stores; give one of them")
    server = ServerList().get(name)
    if server is None:
        saved = ", ".join(s.name for s in ServerList().all()) or "none yet (File > Connect to a team server…)"
        raise StoreError("missing", f"--server {name}: no team server of this name is saved; saved: {saved}")
    password = server_passwords.stored_password(name) or os.environ.get(PASSWORD_ENV) or None
    if password is None and ask and sys.stdin.isatty():
        password = getpass.getpass(f"Password for {server.user} on the team server {name} ({server.where()}): ") or None
    data_dir = resolve_paths(data_dir=args.data_dir).data_dir
    return team_server.paths_for(server, data_dir, password)


@contextlib.contextmanager
def open_for(args: argparse.Namespace) -> Iterator[Services]:
    """The services over the store the options name, closed when the command ends."""
    services = open_services(paths_from(args))
    try:
        yield services
    finally:
        services.close()
