"""Attaching files in the GUI: dropped on the meeting editor, ticked as annexes, added, saved and removed."""

from __future__ import annotations

import hashlib
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from minutes_app.domain import records as r
from minutes_app.services import Services
from minutes_app.services.documents import DocumentService
from minutes_app.services.settings import Settings
from minutes_app.ui.common import attachments_box
from minutes_app.ui.common.attachments_box import ANNEX, NAME, AttachmentsBox
from tests.ui.editor_helpers import refuse_unplanned_questions, show_editor


def _files(folder: Path, *names_and_sizes: tuple[str, int]) -> list[Path]:
    paths = []
    for name, size in names_and_sizes:
        path = folder / name
        path.write_bytes(bytes(range(256)) * (size // 256) + b"x" * (size % 256))
        paths.append(path)
    return paths


def _drop(widget, paths: list[Path]) -> QDropEvent:  # type: ignore[no-untyped-def]
    """Drag files from a file manager over `widget` and let go, as Qt delivers it."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where = QPoint(widget.width() // 2, widget.height() // 2)
    enter = QDragEnterEvent(
        where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted(), "the editor refused the dragged files"
    drop = QDropEvent(
        QPointF(where), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, drop)
    return drop


@pytest.fixture
def meeting(sqlite_services: Services) -> r.Meeting:
    return sqlite_services.meetings.save(
        r.Meeting(title="Talks on transit", follow_ups=[r.FollowUp(description="Send the draft agreement")])
    )


def test_files_dropped_on_the_editor_are_attached(
    qtbot, sqlite_services: Services, meeting: r.Meeting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    refuse_unplanned_questions(monkeypatch)
    editor = show_editor(qtbot, sqlite_services, meeting.id)
    assert editor.tabs.tabText(5) == "Attachments (0)"
    files = _files(tmp_path, ("Letter from the ministry.pdf", 3000), ("photo.jpg", 70_000))
    drop = _drop(editor, files)
    assert drop.isAccepted()
    stored = sqlite_services.attachments.list_for("meeting", meeting.id)
    assert [a.file_name for a in stored] == ["Letter from the ministry.pdf", "photo.jpg"]
    assert stored[1].sha256 == hashlib.sha256(files[1].read_bytes()).hexdigest()
    assert editor.tabs.currentWidget() is editor.attachments
    assert editor.tabs.tabText(5) == "Attachments (2)"
    table = editor.attachments.table
    assert [table.item(row, NAME).text() for row in range(table.rowCount())] == [
        "Letter from the ministry.pdf",
        "photo.jpg",
    ]
    assert not editor.is_dirty()  # attaching is written at once, not an unsaved edit


def test_a_dropped_file_over_the_limit_is_refused_in_words(
    qtbot, sqlite_services: Services, meeting: r.Meeting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    sqlite_services.settings.save(Settings(attachment_limit_mb=1))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    editor = show_editor(qtbot, sqlite_services, meeting.id)
    _drop(editor, _files(tmp_path, ("scan.tif", 1_500_000), ("small.txt", 10)))
    assert [a.file_name for a in sqlite_services.attachments.list_for("meeting", meeting.id)] == ["small.txt"]
    [message] = warnings
    assert "scan.tif" in message and "1 MB" in message and "Settings" in message


def test_an_unsaved_meeting_takes_no_drops(qtbot, sqlite_services: Services) -> None:  # type: ignore[no-untyped-def]
    from minutes_app.ui.editor import MeetingEditor

    editor = MeetingEditor(sqlite_services, sqlite_services.settings.get)
    qtbot.addWidget(editor)
    editor.show()
    editor.open_draft(r.Meeting(title="Not saved yet"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(__file__)])
    enter = QDragEnterEvent(
        QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(editor, enter)
    assert not enter.isAccepted()
    assert not editor.attachments.add_button.isEnabled()


def test_a_ticked_attachment_is_an_annex_of_the_exported_minutes(
    qtbot, sqlite_services: Services, meeting: r.Meeting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    refuse_unplanned_questions(monkeypatch)
    editor = show_editor(qtbot, sqlite_services, meeting.id)
    _drop(editor, _files(tmp_path, ("Agreed agenda.pdf", 100), ("photo.jpg", 100)))
    table = editor.attachments.table
    cell = table.visualRect(table.model().index(0, ANNEX)).center()
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, cell)
    QTest.keyClick(table, Qt.Key.Key_Space)
    assert table.item(0, ANNEX).checkState() == Qt.CheckState.Checked
    assert sqlite_services.meetings.get(meeting.id).annexes == ["Agreed agenda.pdf"]
    for lang, line in (("en", "Annex 1: Agreed agenda.pdf"), ("ru", "Приложение 1: Agreed agenda.pdf")):
        path = DocumentService(sqlite_services).minutes(meeting.id, tmp_path / f"minutes-{lang}.docx", lang=lang)
        texts = [p.text for p in docx.Document(str(path)).paragraphs if p.text]
        assert texts[-1] == line


def test_a_follow_up_s_files_are_added_saved_and_removed(
    qtbot, sqlite_services: Services, meeting: r.Meeting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    [source] = _files(tmp_path, ("draft agreement.docx", 5000))
    target = tmp_path / "out" / "saved.docx"
    target.parent.mkdir()
    monkeypatch.setattr(attachments_box, "choose_files", lambda parent: [str(source)])
    monkeypatch.setattr(attachments_box, "choose_target", lambda parent, name: str(target))
    box = AttachmentsBox(sqlite_services, "follow_up")
    qtbot.addWidget(box)
    box.resize(700, 300)
    box.show()
    box.set_owner(meeting.follow_ups[0].id)
    assert not box.open_button.isEnabled()
    QTest.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    assert box.table.rowCount() == 1
    cell = box.table.visualRect(box.table.model().index(0, NAME)).center()
    QTest.mouseClick(box.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, cell)
    assert box.save_button.isEnabled()
    QTest.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == source.read_bytes()
    opened: list[Path] = []
    monkeypatch.setattr(attachments_box, "open_with_system", lambda path: opened.append(path) or True)
    QTest.mouseClick(box.open_button, Qt.MouseButton.LeftButton)
    [copy] = opened
    assert copy.read_bytes() == source.read_bytes() and copy.name == "draft agreement.docx"
    assert (copy.parent.parent.stat().st_mode & 0o077) == 0  # a private folder
    QTest.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    assert box.table.rowCount() == 0
    assert [i.label for i in sqlite_services.trash.list_deleted()] == ["draft agreement.docx"]


def test_a_save_keeps_the_files_listed_without_reading_them_again(
    qtbot, sqlite_services: Services, meeting: r.Meeting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A save never changes a meeting's files: the list stays as shown, and is not read again (a transaction,
    three round trips to a server, in every Ctrl+S); the first save of a new meeting opens the list."""
    refuse_unplanned_questions(monkeypatch)
    editor = show_editor(qtbot, sqlite_services, meeting.id)
    _drop(editor, _files(tmp_path, ("Letter.pdf", 3000)))
    assert editor.tabs.tabText(5) == "Attachments (1)"
    reads: list[tuple[str, int]] = []
    listed = sqlite_services.attachments.list_for
    monkeypatch.setattr(
        sqlite_services.attachments, "list_for", lambda kind, owner: reads.append((kind, owner)) or listed(kind, owner)
    )
    editor.header.title.setText("Talks on transit, renamed")
    assert editor.save()
    assert reads == []
    assert editor.tabs.tabText(5) == "Attachments (1)"
    assert editor.attachments.table.item(0, NAME).text() == "Letter.pdf"
    editor.open_draft(r.Meeting(title="Not saved yet"))
    assert not editor.attachments.add_button.isEnabled()
    assert editor.save()
    assert editor.attachments.owner_id() == editor.current_meeting_id() is not None
    assert editor.attachments.add_button.isEnabled()
