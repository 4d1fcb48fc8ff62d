"""A store that cannot be opened: the dialog says why, the bad file is never changed, the ways out work."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from minutes_app.domain.errors import StoreError
from minutes_app.paths import AppPaths, resolve_paths
from minutes_app.services import backups, open_services
from minutes_app.services.demo import load_demo
from minutes_app.ui.startup import store_opening
from minutes_app.ui.startup.store_error_dialog import StoreChoice, StoreErrorDialog
from minutes_app.ui.startup.store_opening import latest_good_backup, open_services_interactively


@pytest.fixture
def random_bytes_store(tmp_path: Path) -> tuple[AppPaths, bytes]:
    """A data folder whose minutes.db is 8 KiB of random bytes."""
    data = tmp_path / "data"
    data.mkdir()
    payload = os.urandom(8192)
    (data / "minutes.db").write_bytes(payload)
    return resolve_paths(data_dir=str(data)), payload


def _answer(monkeypatch: pytest.MonkeyPatch, *buttons: str) -> list[StoreErrorDialog]:
    """Answer the store error dialogs in turn by clicking the named buttons; returns the dialogs shown."""
    shown: list[StoreErrorDialog] = []
    answers = list(buttons)

    def click(self: StoreErrorDialog) -> int:
        shown.append(self)
        getattr(self, f"{answers.pop(0)}_button").click()
        return 0

    monkeypatch.setattr(StoreErrorDialog, "exec", click)
    return shown


def _no_file_changes(paths: AppPaths, payload: bytes) -> None:
    assert paths.db_file is not None
    assert paths.db_file.read_bytes() == payload
    assert not Path(f"{paths.db_file}-wal").exists() and not Path(f"{paths.db_file}-journal").exists()


def test_quitting_leaves_the_file_untouched(qtbot, monkeypatch, random_bytes_store) -> None:  # type: ignore[no-untyped-def]
    paths, payload = random_bytes_store
    shown = _answer(monkeypatch, "quit")
    assert open_services_interactively(paths) is None
    _no_file_changes(paths, payload)
    dialog = shown[0]
    assert "not a Minutes App database" in dialog.text()
    assert "was not changed" in dialog.informativeText()
    assert str(paths.db_file) in dialog.informativeText()
    assert dialog.restore_button is None  # no backup exists
    assert dialog.choice() is StoreChoice.QUIT


def test_opening_another_file_works_and_leaves_the_bad_one_alone(
    qtbot, monkeypatch, random_bytes_store, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    paths, payload = random_bytes_store
    good = resolve_paths(data_dir=str(tmp_path / "other"))
    open_services(good).close()
    _answer(monkeypatch, "open")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(good.db_file), ""))
    services = open_services_interactively(paths)
    assert services is not None
    try:
        assert services.paths.db_file == good.db_file
        assert services.meetings.list_meetings() == []
    finally:
        services.close()
    _no_file_changes(paths, payload)


def test_a_cancelled_file_choice_asks_again(qtbot, monkeypatch, random_bytes_store) -> None:  # type: ignore[no-untyped-def]
    paths, payload = random_bytes_store
    shown = _answer(monkeypatch, "open", "quit")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: ("", ""))
    assert open_services_interactively(paths) is None
    assert len(shown) == 2
    _no_file_changes(paths, payload)


def test_starting_a_new_file(qtbot, monkeypatch, random_bytes_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    paths, payload = random_bytes_store
    _answer(monkeypatch, "new")
    target = tmp_path / "fresh" / "minutes-2026.db"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    services = open_services_interactively(paths)
    assert services is not None
    services.close()
    assert target.exists()
    _no_file_changes(paths, payload)


def test_restoring_the_latest_good_backup_keeps_the_damaged_bytes(qtbot, monkeypatch, sqlite_paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    services = open_services(sqlite_paths)
    load_demo(services)
    good = backups.backup_now(sqlite_paths, keep=10)
    services.close()
    (sqlite_paths.backups_dir / "minutes-manual-29990101-000000-000000.db").write_bytes(b"broken backup")  # newest, bad
    assert latest_good_backup(sqlite_paths) == good
    assert sqlite_paths.db_file is not None
    for suffix in ("-wal", "-shm"):
        Path(f"{sqlite_paths.db_file}{suffix}").unlink(missing_ok=True)
    payload = os.urandom(4096)
    sqlite_paths.db_file.write_bytes(payload)
    shown = _answer(monkeypatch, "restore")
    monkeypatch.setattr(QMessageBox, "information", lambda *a: QMessageBox.StandardButton.Ok)
    restored = open_services_interactively(sqlite_paths)
    assert restored is not None
    try:
        assert len(restored.meetings.list_meetings()) == 1
    finally:
        restored.close()
    assert good.name in shown[0].informativeText()
    kept = list(sqlite_paths.backups_dir.glob("*.damaged"))
    assert len(kept) == 1 and kept[0].read_bytes() == payload


@pytest.mark.parametrize(
    ("reason", "headline"),
    [
        ("damaged", "The data file is damaged."),
        ("too_new", "newer version"),
        ("unwritable", "cannot be written"),
        ("not_ours", "another program"),
        ("unavailable", "cannot be opened"),
    ],
)
def test_the_dialog_says_what_happened(qtbot, sqlite_paths: AppPaths, reason: str, headline: str) -> None:  # type: ignore[no-untyped-def]
    dialog = StoreErrorDialog(sqlite_paths, StoreError(reason, "details for support"), None)
    qtbot.addWidget(dialog)
    assert headline in dialog.text()
    assert dialog.detailedText() == "details for support"


def test_an_unwritable_store_does_not_offer_a_restore(qtbot, monkeypatch, sqlite_paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    backups.backup_now(sqlite_paths, keep=10)
    offered: list[Path | None] = []

    def refuse(paths: AppPaths):  # type: ignore[no-untyped-def]
        raise StoreError("unwritable", "read-only folder")

    def ask(paths, error, scan, parent):  # type: ignore[no-untyped-def]
        offered.append(scan.good)
        return StoreChoice.QUIT

    monkeypatch.setattr(store_opening, "open_services", refuse)
    monkeypatch.setattr(store_opening, "ask_store_choice", ask)
    assert open_services_interactively(sqlite_paths) is None
    assert offered == [None]


def test_the_dialog_offers_the_newest_good_backup_and_says_why_newer_ones_were_skipped(
    qtbot, monkeypatch, sqlite_paths: AppPaths
) -> None:  # type: ignore[no-untyped-def]
    services = open_services(sqlite_paths)
    load_demo(services)
    good = backups.backup_now(sqlite_paths, keep=10)
    services.close()
    empty = sqlite_paths.backups_dir / "minutes-manual-29990101-000000-000000.db"
    empty.write_bytes(b"")  # newest: a manual backup killed before it wrote anything
    foreign = sqlite_paths.backups_dir / "minutes-daily-29980101-000000-000000.db"
    conn = sqlite3.connect(str(foreign))
    conn.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    assert latest_good_backup(sqlite_paths) == good
    assert sqlite_paths.db_file is not None
    for suffix in ("-wal", "-shm"):
        Path(f"{sqlite_paths.db_file}{suffix}").unlink(missing_ok=True)
    sqlite_paths.db_file.write_bytes(os.urandom(4096))
    shown = _answer(monkeypatch, "quit")
    assert open_services_interactively(sqlite_paths) is None
    dialog = shown[0]
    assert dialog.defaultButton() is dialog.restore_button
    assert good.name in dialog.informativeText()
    text = dialog.informativeText()
    assert f"{empty.name}: " in text and "empty (0 bytes)" in text
    assert f"{foreign.name}: " in text and "not a Minutes App backup" in text


def test_no_restore_is_offered_when_every_backup_is_bad(qtbot, monkeypatch, sqlite_paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    sqlite_paths.backups_dir.mkdir()
    (sqlite_paths.backups_dir / "minutes-manual-29990101-000000-000000.db").write_bytes(b"")
    assert sqlite_paths.db_file is not None
    sqlite_paths.db_file.write_bytes(os.urandom(4096))
    shown = _answer(monkeypatch, "quit")
    assert open_services_interactively(sqlite_paths) is None
    dialog = shown[0]
    assert dialog.restore_button is None and dialog.defaultButton() is dialog.quit_button
    assert "There is no backup to restore." in dialog.informativeText()


def test_a_store_this_user_cannot_read_is_not_called_damaged_and_no_restore_is_offered(
    qtbot, monkeypatch, sqlite_paths: AppPaths
) -> None:  # type: ignore[no-untyped-def]
    from minutes_app.store import read_only

    backups.backup_now(sqlite_paths, keep=10)  # a good backup is there, and must not be offered over a healthy file
    before = sqlite_paths.db_file.read_bytes()  # type: ignore[union-attr]
    # Root reads anything: the check is replaced, as read_only.can_write is (a real run: tests/store/test_unreadable_store.py).
    monkeypatch.setattr(read_only, "can_read", lambda db_file: db_file != sqlite_paths.db_file)
    seen: list[tuple[StoreError, Path | None]] = []

    def ask(paths, error, scan, parent):  # type: ignore[no-untyped-def]
        seen.append((error, scan.good))
        dialog = StoreErrorDialog(paths, error, scan.good, parent)
        qtbot.addWidget(dialog)
        assert dialog.restore_button is None
        assert "cannot be read by this user" in dialog.text() and "damaged" not in dialog.text().lower()
        return StoreChoice.QUIT

    monkeypatch.setattr(store_opening, "ask_store_choice", ask)
    assert open_services_interactively(sqlite_paths) is None
    assert [(e.reason, good) for e, good in seen] == [("unreadable", None)]
    assert "cannot be read by this user (permission denied)" in str(seen[0][0])
    assert sqlite_paths.db_file.read_bytes() == before  # type: ignore[union-attr]


def test_the_dialog_never_offers_a_restore_over_an_unreadable_file(qtbot, sqlite_paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    backup = backups.backup_now(sqlite_paths, keep=10)
    dialog = StoreErrorDialog(sqlite_paths, StoreError("unreadable", "x cannot be read by this user"), backup)
    qtbot.addWidget(dialog)
    assert dialog.restore_button is None and dialog.defaultButton() is dialog.quit_button
