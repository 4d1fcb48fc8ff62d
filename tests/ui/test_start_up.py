"""After the store opens: the daily backup once a day, and the sample meeting offered once on an empty store."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from minutes_app.services import Services
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


def test_the_sample_meeting_is_offered_once_on_an_empty_store(
    qtbot, monkeypatch, sqlite_services: Services, ui_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def answer(parent, title, text, buttons, default):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert not offer_sample_meeting(sqlite_services, ui_settings, None)
    assert not offer_sample_meeting(sqlite_services, ui_settings, None)
    assert len(asked) == 1 and sqlite_services.meetings.list_meetings() == []


def test_accepting_the_offer_loads_the_sample_meeting(
    qtbot, monkeypatch, sqlite_services: Services, ui_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    assert offer_sample_meeting(sqlite_services, ui_settings, None)
    assert [m.reference_number for m in sqlite_services.meetings.list_meetings()] == ["ME/RU-2026/017"]


def test_a_store_with_meetings_is_not_offered_the_sample(
    qtbot, monkeypatch, demo_store: Services, ui_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: (_ for _ in ()).throw(AssertionError("asked")))
    assert not offer_sample_meeting(demo_store, ui_settings, None)


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
