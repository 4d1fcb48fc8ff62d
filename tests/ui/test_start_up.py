"""After the store opens: the daily backup once a day, and the sample meeting offered once on an empty store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from minutes_app.paths import resolve_paths
from minutes_app.services import Services, open_services
from minutes_app.store import sqlite_files
from minutes_app.ui.startup.after_store_opens import offer_sample_meeting, run_daily_backup


def test_the_daily_backup_runs_once_a_day(sqlite_services: Services) -> None:
    first = run_daily_backup(sqlite_services)
    assert first.startswith("Daily backup saved: minutes-daily-")
    assert run_daily_backup(sqlite_services) == ""
    assert len(sqlite_files.list_backups(sqlite_services.paths.backups_dir)) == 1


def test_the_daily_backup_keeps_as_many_as_the_settings_say(sqlite_services: Services) -> None:
    settings = sqlite_services.settings.get()
    settings.backups_to_keep = 2
    sqlite_services.settings.save(settings)
    folder = sqlite_services.paths.backups_dir
    folder.mkdir()
    for day in ("20200101", "20200102", "20200103"):
        sqlite_files.backup_file(sqlite_services.paths.db_file, folder / f"minutes-daily-{day}-090000-000000.db")  # type: ignore[arg-type]
    run_daily_backup(sqlite_services)
    assert len(sqlite_files.list_backups(folder)) == 2


@pytest.fixture
def new_folder_services(tmp_path: Path) -> Iterator[Services]:
    """The services over a data folder this opening creates, as at a first start."""
    opened = open_services(resolve_paths(data_dir=str(tmp_path / "new-data")))
    yield opened
    opened.close()


def _answer_questions(monkeypatch, answer: QMessageBox.StandardButton) -> tuple[list[str], list[str]]:  # type: ignore[no-untyped-def]
    """Record the questions asked (answered with `answer`) and the messages shown."""
    asked: list[str] = []
    told: list[str] = []

    def question(parent, title, text, buttons, default):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append(text))
    return asked, told


def test_a_new_data_folder_is_welcomed_and_offered_the_sample(qtbot, monkeypatch, new_folder_services) -> None:  # type: ignore[no-untyped-def]
    asked, _ = _answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    assert new_folder_services.store.created
    assert not offer_sample_meeting(new_folder_services, None)
    assert len(asked) == 1 and "There are no meetings yet." in asked[0]
    assert new_folder_services.meetings.list_meetings() == []


def test_every_new_data_folder_gets_the_offer_not_only_the_first(qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    asked, _ = _answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    for name in ("first-folder", "second-folder"):
        services = open_services(resolve_paths(data_dir=str(tmp_path / name)))
        try:
            offer_sample_meeting(services, None)
        finally:
            services.close()
    assert len(asked) == 2


def test_a_data_folder_that_already_existed_is_not_welcomed_again(qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    asked, _ = _answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    paths = resolve_paths(data_dir=str(tmp_path / "data"))
    for _start in range(2):  # the first start declines; the second opens the same, still empty, folder
        services = open_services(paths)
        try:
            offer_sample_meeting(services, None)
        finally:
            services.close()
    assert len(asked) == 1


def test_an_existing_empty_store_is_not_offered_the_sample(qtbot, monkeypatch, sqlite_services: Services) -> None:  # type: ignore[no-untyped-def]
    asked, _ = _answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    assert not sqlite_services.store.created
    assert not offer_sample_meeting(sqlite_services, None)
    assert asked == []


def test_accepting_the_offer_loads_the_sample_and_says_what_was_loaded(
    qtbot, monkeypatch, new_folder_services: Services
) -> None:  # type: ignore[no-untyped-def]
    _, told = _answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    assert offer_sample_meeting(new_folder_services, None)
    assert [m.reference_number for m in new_folder_services.meetings.list_meetings()] == ["ME/RU-2026/017"]
    meeting = new_folder_services.meetings.get(new_folder_services.meetings.list_meetings()[0].id)
    people, follow_ups = len(meeting.attendances), len(meeting.follow_ups)
    assert people > 1 and follow_ups > 1
    assert told == [f"The sample meeting was loaded: 1 meeting, {people} participant(s), {follow_ups} follow-up(s)."]


def test_a_store_with_meetings_is_not_offered_the_sample(qtbot, monkeypatch, new_folder_services: Services) -> None:  # type: ignore[no-untyped-def]
    from minutes_app.services.demo import load_demo

    load_demo(new_folder_services)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: (_ for _ in ()).throw(AssertionError("asked")))
    assert not offer_sample_meeting(new_folder_services, None)


def test_daily_backup_runs_beside_the_window_and_reports_in_the_gui_thread(qtbot, sqlite_services) -> None:  # type: ignore[no-untyped-def]
    import threading

    from minutes_app.ui.startup.after_store_opens import start_daily_backup

    delivered: list[tuple[str, bool]] = []
    thread = start_daily_backup(
        sqlite_services,
        lambda message: delivered.append((message, threading.current_thread() is threading.main_thread())),
    )
    qtbot.waitUntil(lambda: bool(delivered), timeout=10_000)
    thread.join(timeout=10)
    message, in_gui_thread = delivered[0]
    assert "minutes-daily-" in message and in_gui_thread
    assert len(list(sqlite_services.paths.backups_dir.glob("minutes-daily-*.db"))) == 1


def test_the_daily_backup_on_a_full_disk_says_so_in_words(sqlite_services: Services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    real_connect = sqlite3.connect

    def connect(target, *args, **kwargs):  # type: ignore[no-untyped-def]
        conn = real_connect(target, *args, **kwargs)
        if str(target).endswith(".part"):  # the backup being written cannot grow, as on a full disk
            conn.execute("PRAGMA max_page_count = 2")
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)
    message = run_daily_backup(sqlite_services)
    assert message == "The daily backup was not made: the disk is full. Free some space; your data is unchanged."
    assert list(sqlite_services.paths.backups_dir.iterdir()) == []
