"""A process that writes through the services as fast as it can, printing each committed meeting.

Run by the crash test, which kills it with SIGKILL at random moments: every id printed here was
committed before it was printed, so it must be in the store after the kill. With `--app` it first
opens the store as the desktop app does (daily backup, Back up now, the store check), the steps
that once made the app drop its own SQLite locks.
"""

from __future__ import annotations

import datetime as dt
import random
import sys

from minutes_app.domain import records as r
from minutes_app.paths import resolve_paths
from minutes_app.services import Services, backups, open_services
from minutes_app.store import sqlite_files


def write_until_killed(services: Services, seed: int, *, summary_max: int = 20_000) -> None:
    """Write meetings with participants and follow-ups until killed."""
    rng = random.Random(seed)
    person = services.directory.find_person("Crash Test Person") or services.directory.save_person(
        r.Person(name="Crash Test Person")
    )
    n = 0
    while True:
        n += 1
        title = f"crash-{seed}-{n}"
        meeting = services.meetings.save(
            r.Meeting(
                title=title,
                date=dt.date(2026, 1, 1) + dt.timedelta(days=n % 300),
                countries=["RU"],
                summary="x" * rng.randint(0, summary_max),
                attendances=[r.Attendance(person_id=person.id, side="host", role="chair")],
                agenda=[
                    r.AgendaItem(title=f"item {i}", notes="n" * rng.randint(0, 500)) for i in range(rng.randint(1, 6))
                ],
                follow_ups=[
                    r.FollowUp(description=f"do {i}", due_date=dt.date(2026, 6, 1)) for i in range(rng.randint(0, 8))
                ],
            )
        )
        if meeting.follow_ups and n % 3 == 0:
            services.follow_ups.change_status(meeting.follow_ups[0].id, "done", note="finished")
        sys.stdout.write(f"{meeting.id} {title} {len(meeting.follow_ups)}\n")
        sys.stdout.flush()


def main(db: str, seed: int) -> None:
    """A plain writer on the SQLite file `db`."""
    write_until_killed(open_services(resolve_paths(db=db)), seed)


def app_main(data_dir: str, seed: int) -> None:
    """The desktop app's start-up path on `data_dir` (a new day each run, so the daily backup runs), then writes."""
    paths = resolve_paths(data_dir=data_dir)
    services = open_services(paths)
    keep = services.settings.get().backups_to_keep
    backups.daily_backup(paths, keep=keep, today=dt.date(2030, 1, 1) + dt.timedelta(days=seed))
    backups.backup_now(paths, keep=keep)
    assert paths.db_file is not None
    sqlite_files.check_file(paths.db_file, quick=True)
    sys.stdout.write("started\n")
    sys.stdout.flush()
    write_until_killed(services, seed, summary_max=2_000)  # smaller rows: every run backs the file up twice


if __name__ == "__main__":
    if sys.argv[1] == "--app":
        app_main(sys.argv[2], int(sys.argv[3]))
    else:
        main(sys.argv[1], int(sys.argv[2]))
