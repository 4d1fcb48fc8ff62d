"""The officer's saved team servers, in a small JSON file in the user's config folder (never with a password)."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import platformdirs

from minutes_app import APP_ID
from minutes_app.fsutil import write_atomically
from minutes_app.services.team_server import ServerConnection

log = logging.getLogger(__name__)

FILE_NAME = "team-servers.json"
_FIELDS = ("name", "host", "port", "database", "user", "tls_mode", "ca_file")


def default_list_file() -> Path:
    """Where the saved team servers live: the platform's per-user config folder."""
    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False)) / FILE_NAME


class ServerList:
    """The saved team servers, read from and written to one file."""

    def __init__(self, file: Path | None = None) -> None:
        self.file = file if file is not None else default_list_file()

    def all(self) -> list[ServerConnection]:
        """Every saved team server, by name; a missing or unreadable file is an empty list."""
        try:
            document = json.loads(self.file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as exc:
            log.warning("the saved team servers in %s cannot be read (%s)", self.file, type(exc).__name__)
            return []
        found = [_from_dict(entry) for entry in document.get("servers", []) if isinstance(entry, dict)]
        return sorted((server for server in found if server is not None), key=lambda s: s.name.casefold())

    def get(self, name: str) -> ServerConnection | None:
        """The saved team server called `name`, or None."""
        return next((server for server in self.all() if server.name == name), None)

    def save(self, server: ServerConnection) -> None:
        """Add `server`, or replace the one of the same name."""
        kept = [s for s in self.all() if s.name != server.name] + [server]
        self._write(kept)

    def replace(self, old_name: str, server: ServerConnection) -> None:
        """Put `server` in place of the one called `old_name` (renamed or not), in one write."""
        kept = [s for s in self.all() if s.name not in (old_name, server.name)] + [server]
        self._write(kept)

    def remove(self, name: str) -> None:
        """Forget the team server called `name`."""
        self._write([s for s in self.all() if s.name != name])

    def _write(self, servers: list[ServerConnection]) -> None:
        self.file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        document = {"servers": [{key: getattr(s, key) for key in _FIELDS} for s in servers]}
        text = json.dumps(document, ensure_ascii=False, indent=2)
        write_atomically(self.file, lambda tmp: tmp.write_text(text, encoding="utf-8"), private=True)


def _from_dict(entry: dict[str, Any]) -> ServerConnection | None:
    try:
        values = {key: entry[key] for key in _FIELDS if key in entry}
        values["port"] = int(values.get("port", 5432))
        return ServerConnection(**{key: value for key, value in values.items()})
    except (TypeError, ValueError):
        return None
