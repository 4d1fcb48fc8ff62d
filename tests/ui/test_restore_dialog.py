"""The restore dialog lists the backups, newest first, with their dates and sizes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from minutes_app.services import Services
from minutes_app.services.backups import backup_now
from minutes_app.store.sqlite_files import backup_name
from minutes_app.ui.backups.restore_dialog import RestoreDialog


def test_lists_backups_newest_first_with_date_kind_and_size(qtbot, sqlite_services: Services) -> None:  # type: ignore[no-untyped-def]
    paths = sqlite_services.paths
    older = paths.backups_dir / backup_name("daily", dt.datetime(2026, 1, 2, 9, 0))
    paths.backups_dir.mkdir(parents=True, exist_ok=True)
    older.write_bytes(Path(paths.db_file).read_bytes())
    newest = backup_now(paths, keep=14)
    dialog = RestoreDialog(paths.backups_dir)
    qtbot.addWidget(dialog)
    assert dialog.list.topLevelItemCount() == 2
    first, second = dialog.list.topLevelItem(0), dialog.list.topLevelItem(1)
    assert (first.text(3), first.text(1)) == (newest.name, "Manual")
    assert (second.text(3), second.text(1)) == (older.name, "Daily")
    assert first.text(2).endswith("KB") and first.text(0)[:4].isdigit()
    dialog.restore_button.click()
    assert dialog.chosen == newest


def test_other_file_and_empty_folder(qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = RestoreDialog(tmp_path / "none")
    qtbot.addWidget(dialog)
    assert dialog.list.topLevelItemCount() == 0 and not dialog.restore_button.isEnabled()
    elsewhere = tmp_path / "usb" / "copy.db"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(elsewhere), ""))
    dialog._pick_other()
    assert dialog.chosen == elsewhere


def test_the_gui_restore_refuses_an_empty_backup_and_says_why(qtbot, monkeypatch, sqlite_services: Services) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from minutes_app.ui.backups.backup_actions import restore_and_report

    paths = sqlite_services.paths
    sqlite_services.close()
    paths.backups_dir.mkdir(parents=True, exist_ok=True)
    empty = paths.backups_dir / backup_name("manual")
    empty.write_bytes(b"")  # a "Back up now" killed before it wrote anything
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    monkeypatch.setattr(
        QMessageBox, "information", lambda *a: (_ for _ in ()).throw(AssertionError("reported as restored"))
    )
    assert restore_and_report(None, paths, empty) is False
    assert len(said) == 1 and said[0].startswith("Nothing was restored: ") and "empty (0 bytes)" in said[0]
    assert not list(paths.backups_dir.glob("minutes-pre-restore-*"))
