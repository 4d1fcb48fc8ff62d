"""The `servers` subcommand: the team servers saved in the app (File > Connect to a team server…), listed or removed."""

from __future__ import annotations

import argparse
import json

from minutes_app.domain.errors import StoreError
from minutes_app.services import server_passwords
from minutes_app.services.server_list import ServerList


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add servers list and servers remove."""
    p = sub.add_parser("servers", help="the team servers saved in the app: list them, or remove one")
    what = p.add_subparsers(dest="what", metavar="ACTION", required=True)
    pl = what.add_parser("list", help="every saved team server (never a password; whether one is in the keyring)")
    pl.add_argument("--json", action="store_true", help="print JSON (a list of servers)")
    pl.set_defaults(handler=cmd_list)
    pr = what.add_parser("remove", help="forget a saved team server and its password in the keyring")
    pr.add_argument("name", metavar="NAME", help="the saved name (as `servers list` shows it)")
    pr.set_defaults(handler=cmd_remove)


def cmd_list(args: argparse.Namespace) -> int:
    """Print the saved team servers."""
    servers = ServerList().all()
    rows = [
        {
            "name": s.name,
            "host": s.host,
            "port": s.port,
            "database": s.database,
            "user": s.user,
            "tls_mode": s.tls_mode,
            "ca_file": s.ca_file,
            "password_in_keyring": server_passwords.stored_password(s.name) is not None,
        }
        for s in servers
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("No team server saved (File > Connect to a team server… in the app).")
        return 0
    for s, row in zip(servers, rows, strict=True):
        tls = f"TLS {s.tls_mode}" + (f", CA {s.ca_file}" if s.ca_file else "")
        password = "password in the keyring" if row["password_in_keyring"] else "password asked at each connection"
        print(f"{s.name}\t{s.user}@{s.where()}\t{tls}\t{password}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    """Forget one saved team server and its keyring password."""
    servers = ServerList()
    if servers.get(args.name) is None:
        saved = ", ".join(s.name for s in servers.all()) or "none"
        raise StoreError("missing", f"no team server called {args.name!r} is saved; saved: {saved}")
    servers.remove(args.name)
    server_passwords.forget_password(args.name)
    print(f"Removed the team server {args.name!r} (and its password in the keyring, if one was kept).")
    return 0
