"""Two officers saving the same meeting at the same moment: one wins, the other always gets a conflict."""

from __future__ import annotations

import threading
from dataclasses import replace

from minutes_app.domain.errors import ConflictError
from minutes_app.paths import AppPaths
from minutes_app.services import open_services
from minutes_app.services.demo import load_demo

RACES = 100


def test_racing_saves_of_one_meeting_give_conflicts_never_unexpected_errors(any_paths: AppPaths) -> None:
    officers = [open_services(any_paths), open_services(any_paths)]
    try:
        meeting, _ = load_demo(officers[0])
        outcomes: dict[str, int] = {"saved": 0, "conflict": 0}
        unexpected: list[BaseException] = []
        for race in range(RACES):
            seen = [officer.meetings.get(meeting.id) for officer in officers]  # both at the same version
            assert seen[0].version == seen[1].version
            start = threading.Barrier(2)

            def save(index: int, start: threading.Barrier, seen: list, race: int) -> None:
                start.wait()
                try:
                    officers[index].meetings.save(replace(seen[index], summary=f"race {race} officer {index}"))
                    outcomes["saved"] += 1
                except ConflictError:
                    outcomes["conflict"] += 1
                except Exception as error:  # noqa: BLE001 (what the test counts)
                    unexpected.append(error)

            threads = [threading.Thread(target=save, args=(i, start, seen, race)) for i in range(2)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        assert unexpected == [], f"{len(unexpected)} unexpected: {unexpected[:3]!r}"
        # Each race has exactly one winner; the loser is told of the conflict.
        assert outcomes == {"saved": RACES, "conflict": RACES}, outcomes
    finally:
        for officer in officers:
            officer.close()
