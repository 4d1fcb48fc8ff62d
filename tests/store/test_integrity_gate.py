"""The integrity check beside the open window: the store opens at once, nothing is written before the check passes."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest

from minutes_app.domain.errors import StoreError
from minutes_app.paths import AppPaths
from minutes_app.services import open_services, session_marker
from minutes_app.services.settings import Settings
from minutes_app.store.database import open_store
from tests.store.damaged_store import damage_a_table


def test_a_damaged_store_opens_but_refuses_every_write_and_keeps_its_bytes(sqlite_paths: AppPaths) -> None:
    damaged = damage_a_table(sqlite_paths)
    store = open_store(sqlite_paths, defer_check=True)  # no check yet: the window would show now
    try:
        assert store.integrity is not None
        store.integrity.start()
        with pytest.raises(StoreError) as caught, store.writing():
            pass
        assert caught.value.reason == "damaged"
        assert store.integrity.failure is not None
    finally:
        store.close()
    assert sqlite_paths.db_file is not None
    assert sqlite_paths.db_file.read_bytes() == damaged


def test_a_write_asked_for_before_the_check_started_runs_the_check_first(sqlite_paths: AppPaths) -> None:
    damaged = damage_a_table(sqlite_paths)
    services = open_services(sqlite_paths, defer_check=True)
    try:
        with pytest.raises(StoreError) as caught:
            services.settings.save(Settings())
        assert caught.value.reason == "damaged"
    finally:
        services.close()
    assert sqlite_paths.db_file is not None and sqlite_paths.db_file.read_bytes() == damaged


def test_without_deferring_the_damaged_store_is_refused_at_once(sqlite_paths: AppPaths) -> None:
    damage_a_table(sqlite_paths)
    with pytest.raises(StoreError) as caught:
        open_store(sqlite_paths)
    assert caught.value.reason == "damaged"


def test_a_sound_store_passes_in_the_background_and_writes_go_ahead(sqlite_paths: AppPaths) -> None:
    services = open_services(sqlite_paths, defer_check=True)
    try:
        gate = services.store.integrity
        assert gate is not None and not gate.done
        verdicts: list[object] = []
        arrived = threading.Event()
        gate.on_done(lambda failure: (verdicts.append(failure), arrived.set()))
        gate.start()
        assert arrived.wait(30)
        assert verdicts == [None]
        services.settings.save(Settings(reminders=False))
        assert services.settings.get().reminders is False
    finally:
        services.close()


def test_a_store_to_migrate_is_checked_before_anything_is_written(sqlite_paths: AppPaths) -> None:
    import sqlite3

    damage_a_table(sqlite_paths)
    assert sqlite_paths.db_file is not None
    conn = sqlite3.connect(sqlite_paths.db_file)
    conn.execute("UPDATE alembic_version SET version_num = '0001_initial'")
    conn.commit()
    conn.close()
    before = sqlite_paths.db_file.read_bytes()
    with pytest.raises(StoreError) as caught:
        open_store(sqlite_paths, defer_check=True)
    assert caught.value.reason == "damaged"
    assert sqlite_paths.db_file.read_bytes() == before


def test_an_unclean_shutdown_is_told_by_the_marker_left_behind(sqlite_paths: AppPaths) -> None:
    assert not session_marker.ended_uncleanly(sqlite_paths)
    session_marker.mark_open(sqlite_paths)
    marker = session_marker.marker_path(sqlite_paths)
    assert marker is not None and marker.exists()
    session_marker.mark_closed(sqlite_paths)
    assert not marker.exists() and not session_marker.ended_uncleanly(sqlite_paths)
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    marker.write_text(str(child.pid), encoding="ascii")  # a session that ended without closing
    assert session_marker.ended_uncleanly(sqlite_paths)
    marker.write_text(str(os.getppid()), encoding="ascii")  # another session still running
    assert not session_marker.ended_uncleanly(sqlite_paths)
