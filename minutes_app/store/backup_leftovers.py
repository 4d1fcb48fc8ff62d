"""Leftovers of backups killed half way (hidden `.part` files and their SQLite journals), removed at start.

A backup is written to `.NAME.xxxx.part` beside its final name (fsutil.atomic_path) and renamed
when complete; a process killed in between leaves the full-size `.part` and its `-journal`.

Only leftovers untouched for STALE_AFTER are deleted. A backup being written by another process
(the CLI's `backup`, a second window) or by this process's own daily-backup thread changes its
file continuously, so its modification time stays fresh. Probing for a lock instead would be
wrong here: opening and closing the file in this process drops every POSIX lock the process
holds on it (also the backup thread's), and a `.part` has no lock at all between its creation
and the moment SQLite opens it.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import time
from pathlib import Path

log = logging.getLogger(__name__)

STALE_AFTER = dt.timedelta(minutes=15)

_BACKUP = r"minutes-(?:daily|manual|pre-restore|pre-migration-[A-Za-z0-9_]+)-\d{8}-\d{6}-\d{6}\.db"
_PART = re.compile(rf"^(?P<part>\.{_BACKUP}\.[A-Za-z0-9_]+\.part)(?:-journal|-wal|-shm)?$")
_JOURNAL = re.compile(rf"^(?P<main>{_BACKUP})-journal$")


def leftovers(folder: Path, *, now: float | None = None) -> list[Path]:
    """The stale leftovers of interrupted backups in `folder` (see the module's rules)."""
    if not folder.is_dir():
        return []
    now = time.time() if now is None else now
    # A `.part` and its journal go together, and only when none of them changed lately: the
    # journal of a backup in progress may be written once at its start and not again for a while.
    groups: dict[str, list[Path]] = {}
    for path in folder.iterdir():
        if path.is_symlink() or not path.is_file():
            continue
        part = _PART.match(path.name)
        journal = _JOURNAL.match(path.name)
        if part is not None:
            groups.setdefault(part["part"], []).append(path)
        elif journal is not None and not (folder / journal["main"]).exists():
            # A journal beside its backup may be needed to roll that backup back: only an orphan goes.
            groups.setdefault(path.name, []).append(path)
    found: list[Path] = []
    for members in groups.values():
        if all(now - p.stat().st_mtime >= STALE_AFTER.total_seconds() for p in members):
            found += members
    return sorted(found)


def clean(folder: Path, *, now: float | None = None) -> list[Path]:
    """Delete the stale leftovers; return them. Never raises: a failure is logged and left for next time."""
    removed: list[Path] = []
    try:
        for path in leftovers(folder, now=now):
            path.unlink(missing_ok=True)
            removed.append(path)
    except OSError as exc:
        log.warning("could not remove the leftovers of an interrupted backup in %s: %s", folder, exc)
    if removed:
        log.info("removed %d leftover(s) of interrupted backups: %s", len(removed), ", ".join(p.name for p in removed))
    return removed
