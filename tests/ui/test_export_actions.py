"""The shared export helpers: the save dialog's folder per kind, the open-after preference, error messages,
and the progress runner (the window keeps painting; Cancel stops the work; errors come back)."""

from __future__ import annotations

import errno
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from minutes_app.domain.errors import ExportError
from minutes_app.exports.progress import ExportCancelled, Progress, ProgressCallback
from minutes_app.fsutil import atomic_path
from minutes_app.ui.export_actions.export_errors import export_error_text, failure_reason
from minutes_app.ui.export_actions.exporter import Exporter, ExportKind
from minutes_app.ui.export_actions.open_after import OPEN_AFTER_KEY, open_after_export, set_open_after_export
from minutes_app.ui.export_actions.progress_runner import ExportProgressRunner
from minutes_app.ui.export_actions.save_dialog import LAST_FOLDER_KEY, choose_export_path, default_folder, last_folder

KIND = ExportKind("notes", "Save the notes", "Text files (*.txt)", ".txt", "notes.txt")


@pytest.fixture
def parent(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _answer_save(monkeypatch: pytest.MonkeyPatch, answer: str, seen: list[str] | None = None) -> None:
    def save_name(parent, caption, directory, file_types, *args, **kwargs):  # type: ignore[no-untyped-def]
        if seen is not None:
            seen.append(directory)
        return answer, file_types

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)


def test_the_save_dialog_adds_the_suffix_and_remembers_the_folder_per_kind(
    monkeypatch, tmp_path: Path, ui_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    assert last_folder(ui_settings, "notes") == default_folder()
    _answer_save(monkeypatch, str(tmp_path / "minutes"), seen)
    chosen = choose_export_path(
        None, ui_settings, kind="notes", caption="c", file_types="*.txt", suggested_name="n.txt", suffix=".txt"
    )
    assert chosen == tmp_path / "minutes.txt"
    assert seen == [str(default_folder() / "n.txt")]
    assert ui_settings.value(LAST_FOLDER_KEY + "notes") == str(tmp_path)
    choose_export_path(
        None, ui_settings, kind="notes", caption="c", file_types="*.txt", suggested_name="n.txt", suffix=".txt"
    )
    assert seen[1] == str(tmp_path / "n.txt")
    assert last_folder(ui_settings, "other") == default_folder()
    ui_settings.setValue(LAST_FOLDER_KEY + "notes", str(tmp_path / "gone"))  # a folder since removed
    assert last_folder(ui_settings, "notes") == default_folder()
    _answer_save(monkeypatch, "")
    assert (
        choose_export_path(
            None, ui_settings, kind="notes", caption="c", file_types="", suggested_name="n", suffix=".txt"
        )
        is None
    )


def test_open_after_export_defaults_to_on_and_is_remembered(ui_settings: QSettings) -> None:
    assert open_after_export(ui_settings)
    set_open_after_export(ui_settings, False)
    assert ui_settings.value(OPEN_AFTER_KEY, type=bool) is False and not open_after_export(ui_settings)


def test_error_messages_say_what_to_do(tmp_path: Path) -> None:
    def failed(code: int) -> ExportError:
        try:
            raise OSError(code, "raw")
        except OSError as cause:
            try:
                raise ExportError("Cannot write x") from cause
            except ExportError as error:
                return error

    assert "read-only" in failure_reason(failed(errno.EACCES)) and "another program" in failure_reason(
        failed(errno.EACCES)
    )
    assert failure_reason(failed(errno.ENOSPC)) == "The disk is full."
    assert failure_reason(failed(errno.ENOENT)) == "The folder does not exist."
    assert (
        failure_reason(ExportError("The template t.docx is not a Word document"))
        == "The template t.docx is not a Word document"
    )
    text = export_error_text(tmp_path / "out.docx", failed(errno.EACCES))
    assert str(tmp_path / "out.docx") in text and "unchanged" in text


def test_the_window_keeps_painting_while_an_export_runs(parent: QWidget) -> None:
    # The export waits until the window's event loop has run five timer ticks: with a blocked loop
    # they never come and the wait times out. No clock is raced, so a loaded machine cannot fail it.
    ticks: list[int] = []
    five_ticks = threading.Event()
    timer = QTimer()
    timer.setInterval(10)

    def tick() -> None:
        ticks.append(1)
        if len(ticks) >= 5:
            five_ticks.set()

    timer.timeout.connect(tick)
    timer.start()

    def slow(progress: ProgressCallback) -> Path:
        return Path("done") if five_ticks.wait(timeout=20) else Path("the window was blocked")

    assert ExportProgressRunner(parent).run(slow, label="Writing", cancellable=False) == Path("done")
    timer.stop()


def test_cancel_stops_the_work_part_way(parent: QWidget) -> None:
    runner = ExportProgressRunner(parent)
    steps: list[int] = []

    def long_job(progress: ProgressCallback) -> Path:
        tracker = Progress(1000, progress, every=1)
        for _ in range(1000):
            time.sleep(0.002)
            tracker.step()
            steps.append(tracker.done)
        tracker.finish()
        return Path("never")

    dialogs = []
    runner.progress_started.connect(dialogs.append)
    QTimer.singleShot(150, lambda: dialogs[0].cancel())
    assert runner.run(long_job, label="Writing", cancellable=True) is None
    assert 0 < len(steps) < 1000


def test_errors_of_the_job_come_back(parent: QWidget) -> None:
    def failing(progress: ProgressCallback) -> Path:
        raise ExportError("The template is damaged")

    with pytest.raises(ExportError, match="damaged"):
        ExportProgressRunner(parent).run(failing, label="Writing", cancellable=True)


def test_the_exporter_from_dialog_to_opened_file(
    monkeypatch, parent: QWidget, tmp_path: Path, ui_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(QUrl(url).toLocalFile()) or True)
    _answer_save(monkeypatch, str(tmp_path / "notes.txt"))
    exporter = Exporter(parent, ui_settings)
    reported: list[str] = []
    exporter.status_reported.connect(reported.append)

    def write(path: Path, progress: ProgressCallback) -> Path:
        with atomic_path(path) as tmp:
            tmp.write_text("hello")
        return path

    assert exporter.export(KIND, write) == tmp_path / "notes.txt"
    assert (tmp_path / "notes.txt").read_text() == "hello"
    assert opened == [str(tmp_path / "notes.txt")] and reported == [f"Saved {tmp_path / 'notes.txt'}"]


def test_the_exporter_reports_a_cancel_and_a_failure(
    monkeypatch, parent: QWidget, tmp_path: Path, ui_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: warnings.append(text))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: pytest.fail("nothing should open"))
    _answer_save(monkeypatch, str(tmp_path / "notes.txt"))
    exporter = Exporter(parent, ui_settings)
    reported: list[str] = []
    exporter.status_reported.connect(reported.append)

    def cancelled(path: Path, progress: ProgressCallback) -> Path:
        raise ExportCancelled()

    def unwritable(path: Path, progress: ProgressCallback) -> Path:
        with atomic_path(tmp_path / "missing" / path.name) as tmp:
            tmp.write_text("never")
        return path

    assert exporter.export(KIND, cancelled, cancellable=True) is None
    assert reported == ["Export cancelled; no file was written."] and warnings == []
    assert exporter.export(KIND, unwritable) is None
    assert len(warnings) == 1 and "The folder does not exist." in warnings[0]
    assert not (tmp_path / "notes.txt").exists()
