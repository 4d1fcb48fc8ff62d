"""A stand-in for the desktop app's process, driven line by line over stdin by the lock-safety tests.

It opens the store exactly as the app does without its window (open_services, the daily backup,
File > Back up now, the store check), then saves meetings or closes on request. Each command is
answered with one line "ok COMMAND [DETAIL]" once it has finished, so the test knows what has been
committed. `--probe DB` instead reports whether some process holds a lock on the database file;
`--hold DB` holds one, as another program's open connection would.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import os
import sys

from minutes_app.domain import records as r
from minutes_app.paths import resolve_paths
from minutes_app.services import Services, backups, open_services
from minutes_app.store import sqlite_files

# SQLite's lock bytes in the database file (sqlite3.c, "PENDING_BYTE"): readers hold a read lock
# on SHARED_FIRST..+SHARED_SIZE for as long as a WAL connection is open.
PENDING_BYTE = 0x40000000
SHARED_FIRST = PENDING_BYTE + 2
SHARED_SIZE = 510


def probe(db: str) -> str:
    """ "held" when another process holds SQLite's shared lock on `db`, "free" when an exclusive lock could be had."""
    # This process never opens the database through SQLite, so its own open() cannot drop locks.
    fd = os.open(db, os.O_RDWR)
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, SHARED_SIZE, SHARED_FIRST)
    except OSError:
        return "held"
    else:
        fcntl.lockf(fd, fcntl.LOCK_UN, SHARED_SIZE, SHARED_FIRST)
        return "free"
    finally:
        os.close(fd)


def hold(db: str) -> None:
    """Hold SQLite's shared lock on `db` as another process's open connection does, until stdin closes."""
    fd = os.open(db, os.O_RDONLY)
    fcntl.lockf(fd, fcntl.LOCK_SH, SHARED_SIZE, SHARED_FIRST)
    print("holding", flush=True)
    sys.stdin.read()
    os.close(fd)


def run(data_dir: str) -> None:
    """Answer commands from stdin until "exit" or end of input."""
    paths = resolve_paths(data_dir=data_dir)
    services: Services | None = None
    n = 0
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        detail = ""
        if command == "open":
            services = open_services(paths)
        elif command == "daily":  # as ui/startup/after_store_opens.run_daily_backup calls it
            assert services is not None
            made = backups.daily_backup(paths, keep=services.settings.get().backups_to_keep)
            detail = str(made)
        elif command == "backup_now":  # File > Back up now (ui/backups/backup_actions.back_up_now)
            assert services is not None
            detail = str(backups.backup_now(paths, keep=services.settings.get().backups_to_keep))
        elif command == "check":  # what `minutes-app check` runs, here inside the app's process
            assert paths.db_file is not None
            sqlite_files.check_file(paths.db_file, quick=False)
            detail = str(sqlite_files.read_revision(paths.db_file))
        elif command == "save":
            assert services is not None
            n += 1
            meeting = services.meetings.save(r.Meeting(title=argument or f"app-{n}", date=dt.date(2026, 3, n % 28 + 1)))
            detail = f"{meeting.id} {meeting.title}"
        elif command == "close":
            assert services is not None
            services.close()
            services = None
        elif command != "exit":
            raise SystemExit(f"unknown command {command!r}")
        sys.stdout.write(f"ok {command} {detail}".rstrip() + "\n")
        sys.stdout.flush()
        if command == "exit":
            break


if __name__ == "__main__":
    if sys.argv[1] == "--probe":
        print(probe(sys.argv[2]))
    elif sys.argv[1] == "--hold":
        hold(sys.argv[2])
    else:
        run(sys.argv[1])
