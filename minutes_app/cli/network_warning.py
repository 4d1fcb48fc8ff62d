"""One warning line on stderr when the data file lives on a network file system."""

from __future__ import annotations

import sys

from minutes_app import APP_ID
from minutes_app.paths import AppPaths
from minutes_app.services import backups


def network_warning(paths: AppPaths) -> str | None:
    """The warning for a store on a network file system, None for a local file or a server database."""
    if paths.db_file is None:
        return None
    fs_type = backups.network_filesystem(paths.db_file)
    if fs_type is None:
        return None
    return (
        f"{APP_ID}: warning: {paths.db_file} is on a network file system ({fs_type}), where SQLite files get "
        "corrupted when more than one computer uses them: keep the data file on this computer, or share the "
        "minutes through the team server (PostgreSQL: --db postgresql+psycopg://user@server/minutes)"
    )


def warn_if_on_network(paths: AppPaths) -> None:
    """Print the network warning on stderr when there is one."""
    warning = network_warning(paths)
    if warning is not None:
        print(warning, file=sys.stderr)
