"""The meeting editor's undo history: one command per edit holding the meeting before and after it.

Snapshots rather than per-widget commands: one mechanism covers typing, adding, removing, moving
and editing rows alike. Typing in one field merges into one step while the keys keep coming. The
stack's clean state is the saved meeting, so undoing back to it leaves nothing unsaved.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from minutes_app.domain import records as r
from minutes_app.ui.editor import snapshots as s
from minutes_app.ui.editor.snapshots import Change

MERGE_SECONDS = 1.5  # keys typed closer together than this in one field make one undo step
UNDO_LIMIT = 1000  # steps kept per meeting; each holds one copy of the meeting, a few kilobytes
_MERGEABLE = 1  # QUndoCommand.id() of edits that may merge; -1 never merges


def change_text(change: Change) -> str:
    """What an edit did, for "Undo …" / "Redo …" in the Edit menu."""
    texts = {
        (s.MEETING, s.EDIT): QCoreApplication.translate("EditHistory", "Edit the meeting's details"),
        (s.PARTICIPANTS, s.ADD): QCoreApplication.translate("EditHistory", "Add participant"),
        (s.PARTICIPANTS, s.REMOVE): QCoreApplication.translate("EditHistory", "Remove participant"),
        (s.PARTICIPANTS, s.MOVE): QCoreApplication.translate("EditHistory", "Move participant"),
        (s.PARTICIPANTS, s.EDIT): QCoreApplication.translate("EditHistory", "Edit participant"),
        (s.AGENDA, s.ADD): QCoreApplication.translate("EditHistory", "Add agenda item"),
        (s.AGENDA, s.REMOVE): QCoreApplication.translate("EditHistory", "Remove agenda item"),
        (s.AGENDA, s.MOVE): QCoreApplication.translate("EditHistory", "Move agenda item"),
        (s.AGENDA, s.EDIT): QCoreApplication.translate("EditHistory", "Edit agenda item"),
        (s.DECISIONS, s.ADD): QCoreApplication.translate("EditHistory", "Add decision"),
        (s.DECISIONS, s.REMOVE): QCoreApplication.translate("EditHistory", "Remove decision"),
        (s.DECISIONS, s.MOVE): QCoreApplication.translate("EditHistory", "Move decision"),
        (s.DECISIONS, s.EDIT): QCoreApplication.translate("EditHistory", "Edit decision"),
        (s.FOLLOW_UPS, s.ADD): QCoreApplication.translate("EditHistory", "Add follow-up"),
        (s.FOLLOW_UPS, s.REMOVE): QCoreApplication.translate("EditHistory", "Remove follow-up"),
        (s.FOLLOW_UPS, s.MOVE): QCoreApplication.translate("EditHistory", "Move follow-up"),
        (s.FOLLOW_UPS, s.EDIT): QCoreApplication.translate("EditHistory", "Edit follow-up"),
    }
    return texts.get((change.area, change.action), QCoreApplication.translate("EditHistory", "Edit"))


class SnapshotCommand(QUndoCommand):
    """One edit: undo shows the meeting as it was before, redo as it was after."""

    def __init__(
        self, history: EditHistory, before: r.Meeting, after: r.Meeting, change: Change, typing_in: object | None
    ) -> None:
        super().__init__(change_text(change))
        self.before = before
        self.after = after
        self.change = change
        self.typing_in = typing_in  # the text field typed in, when the edit was typing
        self._history = history
        self._last_edit = time.monotonic()
        self._on_screen = True  # pushed after the edit happened: the first redo has nothing to do

    def id(self) -> int:
        """Typing may merge with the typing before it; nothing else does."""
        return _MERGEABLE if self.typing_in is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Absorb more typing in the same field of the same row, while the keys keep coming."""
        if (
            not isinstance(other, SnapshotCommand)
            or other.typing_in is not self.typing_in
            or other.change != self.change
            or other._last_edit - self._last_edit > MERGE_SECONDS
        ):
            return False
        self.after = other.after
        self._last_edit = other._last_edit
        self.setObsolete(self.before == self.after)  # typed and rubbed out again: no step at all
        return True

    def undo(self) -> None:
        """Show the meeting as it was before this edit."""
        self._history.show(self.before, self.change)

    def redo(self) -> None:
        """Show the meeting as it was after this edit."""
        if self._on_screen:
            self._on_screen = False
            return
        self._history.show(self.after, self.change)


class EditHistory(QObject):
    """The undo stack of one editor, and the snapshot of what the editor shows now."""

    def __init__(
        self,
        capture: Callable[[], r.Meeting],
        restore: Callable[[r.Meeting, Change], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(UNDO_LIMIT)
        self._capture = capture
        self._restore = restore
        self.current = r.Meeting()

    def reset(self, *, saved: bool) -> None:
        """Start afresh from what the editor shows; `saved` says whether that is the stored meeting."""
        self.stack.clear()
        self.current = self._capture()
        if not saved:
            self.stack.resetClean()  # no undo leads back to a stored state

    def record(self, typing_in: object | None = None) -> bool:
        """Take what the editor shows now as one edit; False when nothing actually changed."""
        after = self._capture()
        change = s.describe_change(self.current, after)
        if change is None:
            return False
        command = SnapshotCommand(self, self.current, after, change, typing_in)
        self.current = after
        self.stack.push(command)
        return True

    def show(self, snapshot: r.Meeting, change: Change) -> None:
        """Put a snapshot back on screen (called by the commands, not an edit itself)."""
        self._restore(snapshot, change)
        self.current = self._capture()

    def mark_saved(self, sent: r.Meeting, stored: r.Meeting) -> None:
        """The meeting was saved as `sent` and came back as `stored` (now on screen): this is the clean state."""
        ids = s.saved_ids(sent, stored)
        for index in range(self.stack.count()):
            command = self.stack.command(index)
            if isinstance(command, SnapshotCommand):
                command.before = s.adopt_saved(command.before, ids, stored)
                command.after = s.adopt_saved(command.after, ids, stored)
        self.current = self._capture()
        top = self.stack.command(self.stack.index() - 1) if self.stack.index() > 0 else None
        if isinstance(top, SnapshotCommand):
            top.after = self.current  # redoing up to here shows exactly what was saved
        self.stack.setClean()

    def rebase(self, adapt: Callable[[r.Meeting], r.Meeting]) -> None:
        """Pass every snapshot through `adapt` (the stored meeting changed under them); steps and clean state stay."""
        for index in range(self.stack.count()):
            command = self.stack.command(index)
            if isinstance(command, SnapshotCommand):
                command.before = adapt(command.before)
                command.after = adapt(command.after)
        self.current = self._capture()

    def is_clean(self) -> bool:
        """True when the editor shows the stored meeting."""
        return self.stack.isClean()
