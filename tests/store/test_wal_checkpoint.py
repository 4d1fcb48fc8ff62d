"""A write's pages are copied from SQLite's WAL into the file beside the writers, not by a later save's COMMIT."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from minutes_app.domain import records as r
from minutes_app.paths import AppPaths
from minutes_app.services import Services, open_services

WAIT_S = 10.0


def _wal(services: Services) -> Path:
    db_file = services.store.paths.db_file
    assert db_file is not None
    return db_file.with_name(db_file.name + "-wal")


def _save_and_settle(services: Services, n: int) -> None:
    """Save a meeting, then wait as an officer does between saves (until the checkpoint asked for has run)."""
    checkpointer = services.store._checkpointer
    assert checkpointer is not None
    before = checkpointer.checkpoints
    services.meetings.save(
        r.Meeting(
            title=f"Meeting {n}",
            agenda=[r.AgendaItem(title=f"Item {i}", notes="Transport and trade " * 20) for i in range(6)],
            follow_ups=[r.FollowUp(description=f"Follow-up {i}") for i in range(8)],
        )
    )
    limit = time.monotonic() + WAIT_S
    while checkpointer.checkpoints == before and time.monotonic() < limit:
        time.sleep(0.01)
    assert checkpointer.checkpoints > before, "no checkpoint ran after the save"


def test_the_wal_is_copied_after_each_save_so_it_starts_again_from_its_beginning(sqlite_services: Services) -> None:
    _save_and_settle(sqlite_services, 0)
    first = _wal(sqlite_services).stat().st_size
    for n in range(1, 8):
        _save_and_settle(sqlite_services, n)
    # Checkpointed in full after each save, the WAL is written again from its start: without the checkpoints it
    # grows by each save's pages until SQLite's own checkpoint, inside the COMMIT that crosses 1,000 pages.
    assert _wal(sqlite_services).stat().st_size < 2 * first


def test_closing_the_store_ends_the_checkpoint_thread(sqlite_paths: AppPaths) -> None:
    services = open_services(sqlite_paths)
    _save_and_settle(services, 0)
    assert any(thread.name == "wal-checkpoint" for thread in threading.enumerate())
    services.close()
    assert not any(thread.name == "wal-checkpoint" and thread.is_alive() for thread in threading.enumerate())
