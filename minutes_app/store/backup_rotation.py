"""Which backups rotation may delete: only the app's own, named exactly as it names them, by kind.

Daily and manual backups are rotated separately (the newest `keep` of each stay), so a burst of
"Back up now" never pushes out the daily ones. The copies made before a restore or a migration
are safety copies: the message after a restore gives the person their path, so they stay at
least SAFETY_DAYS; older ones go only when a newer copy of the same kind exists, so the newest
safety copy of each kind is never deleted. Anything else in the folder (a file the person put
there, a `.damaged` copy, a name that merely looks similar) is never touched.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

ROTATED_KINDS = ("daily", "manual")
SAFETY_KINDS = ("pre-restore", "pre-migration")
SAFETY_DAYS = 30

_NAME = re.compile(
    r"^minutes-(?P<kind>daily|manual|pre-restore|pre-migration-[A-Za-z0-9_]+)-(?P<stamp>\d{8}-\d{6}-\d{6})\.db$"
)


def parse_backup_name(name: str) -> tuple[str, dt.datetime] | None:
    """(kind, time made) of one of the app's own backup names, None for any other name."""
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        made = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f")
    except ValueError:
        return None
    kind = match["kind"]
    return ("pre-migration" if kind.startswith("pre-migration-") else kind), made


def doomed_backups(folder: Path, keep: int, now: dt.datetime | None = None) -> list[Path]:
    """The backups in `folder` that rotation deletes (see the module's rules)."""
    now = now or dt.datetime.now()
    by_kind: dict[str, list[tuple[dt.datetime, Path]]] = {}
    if not folder.is_dir():
        return []
    for path in folder.iterdir():
        parsed = parse_backup_name(path.name)
        if parsed is None or path.is_symlink() or not path.is_file():
            continue
        kind, made = parsed
        by_kind.setdefault(kind, []).append((made, path))
    doomed: list[Path] = []
    for kind, found in by_kind.items():
        newest_first = [path for _made, path in sorted(found, reverse=True)]
        if kind in ROTATED_KINDS:
            doomed += newest_first[max(keep, 1) :]
        else:
            cutoff = now - dt.timedelta(days=SAFETY_DAYS)
            doomed += [path for made, path in sorted(found, reverse=True)[1:] if made < cutoff]
    return sorted(doomed)


def rotate(folder: Path, keep: int, now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups rotation allows to go; return them."""
    doomed = doomed_backups(folder, keep, now)
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed
