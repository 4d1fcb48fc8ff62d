""" "Open after export" when no program opens the file: it says so, offers the folder, and else gives the path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWidget

from minutes_app.exports.progress import ProgressCallback
from minutes_app.fsutil import atomic_path
from minutes_app.ui.export_actions.exporter import Exporter, ExportKind
from minutes_app.ui.export_actions.no_program import SHOW_FOLDER_NAME

KIND = ExportKind("notes", "Save the notes", "Text files (*.txt)", ".txt", "notes.txt")


@pytest.fixture
def parent(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _write(path: Path, progress: ProgressCallback) -> Path:
    with atomic_path(path) as tmp:
        tmp.write_text("hello")
    return path


def _answer_boxes(answers: list[Callable[[QMessageBox], QPushButton]], seen: list[str]) -> None:
    """Answer each message box as it opens by clicking the button `answers` picks, noting its texts."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            QTimer.singleShot(20, answer)
            return
        seen.append(f"{box.text()} {box.informativeText()}")
        button = answers.pop(0)(box)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        if answers:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)


def _show_folder(box: QMessageBox) -> QPushButton:
    button = box.findChild(QPushButton, SHOW_FOLDER_NAME)
    assert button is not None and button.isVisible()
    return button


def _close(box: QMessageBox) -> QPushButton:
    button = box.button(QMessageBox.StandardButton.Close)
    assert button is not None
    return button


def _export(
    monkeypatch, parent: QWidget, tmp_path: Path, ui_settings: QSettings, opens: Callable[[Path], bool]
) -> list[str]:  # type: ignore[no-untyped-def]
    """Export notes.txt with openUrl answering `opens(path)`; returns what was asked to open."""
    tried: list[str] = []

    def open_url(url: QUrl) -> bool:
        tried.append(QUrl(url).toLocalFile())
        return opens(Path(QUrl(url).toLocalFile()))

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "notes.txt"), KIND.file_types))
    assert Exporter(parent, ui_settings).export(KIND, _write) == tmp_path / "notes.txt"
    return tried


def test_no_program_for_the_file_says_so_and_shows_the_folder(
    qtbot, monkeypatch, parent: QWidget, tmp_path: Path, ui_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    _answer_boxes([_show_folder], seen)
    tried = _export(monkeypatch, parent, tmp_path, ui_settings, lambda path: path.is_dir())
    assert tried == [str(tmp_path / "notes.txt"), str(tmp_path)]
    assert len(seen) == 1 and "no program on this computer opens “notes.txt”" in seen[0]


def test_the_offer_can_be_closed_without_opening_anything(
    qtbot, monkeypatch, parent: QWidget, tmp_path: Path, ui_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    _answer_boxes([_close], seen)
    tried = _export(monkeypatch, parent, tmp_path, ui_settings, lambda path: False)
    assert tried == [str(tmp_path / "notes.txt")] and len(seen) == 1


def test_when_the_folder_cannot_be_shown_either_the_path_is_given_to_copy(
    qtbot, monkeypatch, parent: QWidget, tmp_path: Path, ui_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    _answer_boxes([_show_folder, _close], seen)
    tried = _export(monkeypatch, parent, tmp_path, ui_settings, lambda path: False)
    assert tried == [str(tmp_path / "notes.txt"), str(tmp_path)]
    assert len(seen) == 2 and seen[1].endswith(str(tmp_path / "notes.txt"))
    assert "could not be shown" in seen[1]


def test_a_file_that_opens_asks_nothing(
    qtbot, monkeypatch, parent: QWidget, tmp_path: Path, ui_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "exec", lambda self: pytest.fail("asked"))
    assert _export(monkeypatch, parent, tmp_path, ui_settings, lambda path: True) == [str(tmp_path / "notes.txt")]
