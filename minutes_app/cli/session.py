"""Opening the store for one command and closing it afterwards."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator

from minutes_app.paths import AppPaths, resolve_paths
from minutes_app.services import Services, open_services


def paths_from(args: argparse.Namespace) -> AppPaths:
    """The store location the options name."""
    return resolve_paths(data_dir=args.data_dir, db=args.db)


@contextlib.contextmanager
def open_for(args: argparse.Namespace) -> Iterator[Services]:
    """The services over the store the options name, closed when the command ends."""
    services = open_services(paths_from(args))
    try:
        yield services
    finally:
        services.close()
