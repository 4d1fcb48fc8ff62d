"""The restore dialog lists the backups, newest first, with their dates and sizes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from minutes_app.services import Services
from minutes_app.services.backups import backup_now
from minutes_app.store.sqlite_files import backup_name
from minutes_app.ui.restore_dialog import RestoreDialog


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
