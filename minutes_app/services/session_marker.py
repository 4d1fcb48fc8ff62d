"""Whether the last session on a store ended cleanly: a marker beside the file while the desktop app has it open.

After a crash, a power cut or a killed process the marker is still there, and the next start runs
the store's integrity check in full before showing anything (store/integrity_gate.py otherwise
runs it beside the open window).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from minutes_app.paths import AppPaths
from minutes_app.services.recovery import process_exists

log = logging.getLogger(__name__)


def marker_path(paths: AppPaths) -> Path | None:
    """The marker of the SQLite store at `paths` (None for PostgreSQL)."""
    db = paths.db_file
    return None if db is None else db.with_name(f".{db.name}.open")


def _owner(marker: Path) -> int | None:
    try:
        return int(marker.read_text(encoding="ascii").strip() or "0")
    except (OSError, ValueError):
        return None


def ended_uncleanly(paths: AppPaths) -> bool:
    """True when a session left its marker and its process is gone (a marker it cannot read counts too)."""
    marker = marker_path(paths)
    if marker is None or not marker.exists():
        return False
    pid = _owner(marker)
    return pid is None or pid == os.getpid() or not process_exists(pid)


def mark_open(paths: AppPaths) -> None:
    """Leave this process's marker beside the store (a folder that cannot take it is logged, not fatal)."""
    marker = marker_path(paths)
    if marker is None:
        return
    try:
        marker.write_text(str(os.getpid()), encoding="ascii")
    except OSError as error:
        log.warning("cannot write the session marker %s: %s", marker, error)


def mark_closed(paths: AppPaths) -> None:
    """Remove this process's marker: the session ended cleanly (another running session's marker stays)."""
    marker = marker_path(paths)
    if marker is None or _owner(marker) != os.getpid():
        return
    try:
        marker.unlink()
    except OSError as error:
        log.warning("cannot remove the session marker %s: %s", marker, error)
