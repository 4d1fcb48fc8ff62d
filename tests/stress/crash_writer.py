"""A process that writes through the services as fast as it can, printing each committed meeting.

Run by the crash test, which kills it with SIGKILL at random moments: every id printed here was
committed before it was printed, so it must be in the store after the kill.
"""

from __future__ import annotations

import datetime as dt
import random
import sys

from minutes_app.domain import records as r
from minutes_app.paths import resolve_paths
from minutes_app.services import open_services


def main(db: str, seed: int) -> None:
    """Write meetings with participants and follow-ups until killed."""
    services = open_services(resolve_paths(db=db))
    rng = random.Random(seed)
    person = services.directory.find_person("Crash Test Person") or services.directory.save_person(r.Person(name="Crash Test Person"))
    n = 0
    while True:
        n += 1
        title = f"crash-{seed}-{n}"
        meeting = services.meetings.save(r.Meeting(
            title=title, date=dt.date(2026, 1, 1) + dt.timedelta(days=n % 300), countries=["RU"],
            summary="x" * rng.randint(0, 20_000),
            attendances=[r.Attendance(person_id=person.id, side="host", role="chair")],
            agenda=[r.AgendaItem(title=f"item {i}", notes="n" * rng.randint(0, 500)) for i in range(rng.randint(1, 6))],
            follow_ups=[r.FollowUp(description=f"do {i}", due_date=dt.date(2026, 6, 1)) for i in range(rng.randint(0, 8))],
        ))
        if meeting.follow_ups and n % 3 == 0:
            services.follow_ups.change_status(meeting.follow_ups[0].id, "done", note="finished")
        sys.stdout.write(f"{meeting.id} {title} {len(meeting.follow_ups)}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
