"""Back up now and Restore from backup say in words why a folder cannot be written, never "[Errno 13]"."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from minutes_app.paths import AppPaths
from minutes_app.services import Services, backups
from minutes_app.ui.backups import backup_actions


def _refuse_mkdir(monkeypatch: pytest.MonkeyPatch, folder: Path, code: int) -> None:
    """The folder cannot be made or written (root makes folders anywhere, so the refusal is injected)."""
    real = Path.mkdir

    def mkdir(self: Path, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        if self == folder:
            raise OSError(code, "refused", str(self))
        real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", mkdir)


def _warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.EACCES, "permission denied"),
        (errno.EPERM, "permission denied"),
        (errno.EROFS, "the disk is read-only"),
        (errno.ENOSPC, "the disk is full"),
    ],
)
def test_back_up_now_into_a_folder_that_cannot_be_written_says_so_in_words(
    qtbot, monkeypatch, sqlite_services: Services, code: int, words: str
) -> None:  # type: ignore[no-untyped-def]
    folder = sqlite_services.paths.backups_dir
    _refuse_mkdir(monkeypatch, folder, code)
    shown = _warnings(monkeypatch)
    assert backup_actions.back_up_now(None, sqlite_services) is None
    assert len(shown) == 1
    assert f"The backups folder {folder} cannot be written: {words}" in shown[0], shown[0]
    assert "Errno" not in shown[0] and "refused" not in shown[0]


def test_a_restore_whose_backups_folder_cannot_be_written_says_so_and_changes_nothing(
    qtbot, monkeypatch, sqlite_paths: AppPaths, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    backup = backups.backup_store(sqlite_paths, tmp_path / "b.db")
    before = sqlite_paths.db_file.read_bytes()  # type: ignore[union-attr]
    _refuse_mkdir(monkeypatch, sqlite_paths.backups_dir, errno.EACCES)
    shown = _warnings(monkeypatch)
    assert backup_actions.restore_and_report(None, sqlite_paths, backup) is False
    assert f"The backups folder {sqlite_paths.backups_dir} cannot be written: permission denied" in shown[0], shown[0]
    assert "Errno" not in shown[0]
    assert sqlite_paths.db_file.read_bytes() == before  # type: ignore[union-attr]


def test_an_os_error_is_put_in_words() -> None:
    text = backup_actions.in_words(PermissionError(errno.EACCES, "Permission denied", "/srv/x/backups"))
    assert text.startswith("The folder /srv/x/backups cannot be written: permission denied") and "Errno" not in text
