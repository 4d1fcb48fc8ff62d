"""After a crash: the unsaved work the editor kept, offered back at the next start (Recover or Discard each)."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain import records as r
from minutes_app.domain.errors import MinutesError, NotFoundError
from minutes_app.services import Services
from minutes_app.services.recovery import Recovery, abandoned_recoveries, discard_recovery, read_recovery
from minutes_app.ui.common.formatting import format_utc_timestamp
from minutes_app.ui.editor import ask
from minutes_app.ui.editor.meeting_editor import MeetingEditor, as_copy
from minutes_app.ui.meetings.editor_area import EditorArea

log = logging.getLogger(__name__)
Recoverer = Callable[[Recovery], bool]  # opens one recovery copy in the editor; True when it is open


class RecoveryDialog(QDialog):
    """Lists each recovery copy (meeting, when it was written); Recover opens one, Discard deletes one."""

    TITLE, SAVED_AT, KIND = range(3)

    def __init__(self, recoveries: list[Recovery], recover: Recoverer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._recover = recover
        self.setWindowTitle(self.tr("Recover unsaved work"))
        self.setMinimumWidth(780)
        intro = QLabel(
            self.tr(
                "Minutes App did not close properly last time. It kept a copy of the changes that were not saved yet.\n"
                "Recover opens one in the meeting editor, as unsaved changes for you to check and save. "
                "Discard deletes the copy for good. What you leave here is offered again at the next start."
            )
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Meeting"), self.tr("Unsaved changes from"), self.tr("Kind")])
        self.list.header().resizeSection(self.TITLE, 400)
        self.list.header().resizeSection(self.SAVED_AT, 165)
        for recovery in recoveries:
            self._add_row(recovery)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        self.buttons = QDialogButtonBox()
        self.recover_button = QPushButton(self.tr("&Recover"))
        self.discard_button = QPushButton(self.tr("&Discard…"))
        self.later_button = QPushButton(self.tr("Decide &later"))
        self.buttons.addButton(self.recover_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.recover_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        # Clicks go to our own slots: the box's accepted/rejected would close the dialog regardless.
        self.recover_button.clicked.connect(self.recover_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        self.later_button.clicked.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item, _column: self.recover_selected())
        self.list.currentItemChanged.connect(lambda _now, _before: self._update_buttons())
        self._update_buttons()

    def _add_row(self, recovery: Recovery) -> None:
        title = recovery.title.strip() or self.tr("(untitled meeting)")
        kind = (
            self.tr("New meeting, never saved")
            if recovery.meeting_id is None
            else self.tr("Changes to a saved meeting")
        )
        when = format_utc_timestamp(recovery.saved_at.astimezone(dt.UTC).replace(tzinfo=None))
        item = QTreeWidgetItem([title, when, kind])
        item.setData(self.TITLE, Qt.ItemDataRole.UserRole, recovery)
        item.setToolTip(self.TITLE, title)
        self.list.addTopLevelItem(item)

    def recoveries(self) -> list[Recovery]:
        """The recovery copies still listed."""
        items = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [item.data(self.TITLE, Qt.ItemDataRole.UserRole) for item in items if item is not None]

    def selected(self) -> Recovery | None:
        """The recovery copy selected, or None."""
        item = self.list.currentItem()
        return item.data(self.TITLE, Qt.ItemDataRole.UserRole) if item is not None else None

    def recover_selected(self) -> bool:
        """Open the selected copy in the editor and close the dialog; True when it is open."""
        recovery = self.selected()
        if recovery is None:
            return False
        if not self._recover(recovery):
            self.message.setText(self.tr("This copy could not be opened; the reason is in the log. It is kept."))
            self.message.show()
            return False
        self.accept()
        return True

    def discard_selected(self) -> bool:
        """Delete the selected copy after confirmation; True when deleted."""
        recovery = self.selected()
        if recovery is None:
            return False
        answer = ask.ask(
            self,
            self.tr("Discard unsaved work"),
            self.tr("Delete the unsaved changes to “{0}” for good?").format(
                recovery.title.strip() or self.tr("(untitled meeting)")
            ),
            [ask.Answer.DISCARD, ask.Answer.CANCEL],
            default=ask.Answer.CANCEL,
        )
        if answer != ask.Answer.DISCARD:
            return False
        discard_recovery(recovery.path)
        item = self.list.currentItem()
        if item is not None:
            self.list.takeTopLevelItem(self.list.indexOfTopLevelItem(item))
        if self.list.topLevelItemCount() == 0:
            self.accept()
        self._update_buttons()
        return True

    def _update_buttons(self) -> None:
        chosen = self.list.currentItem() is not None
        self.recover_button.setEnabled(chosen)
        self.discard_button.setEnabled(chosen)


def recover_into(editor_area: EditorArea, services: Services, recovery: Recovery) -> bool:
    """Open a recovery copy in the editor as unsaved work: against the stored meeting when it still
    exists (its version kept, so a conflicting save is caught), else as a new meeting."""
    try:
        meeting = read_recovery(recovery.path)
    except MinutesError as error:
        log.warning("cannot recover %s: %s", recovery.path, error)
        return False
    meeting = _against_store(services, meeting)
    if not editor_area.open_draft(meeting):
        return False
    editor = editor_area.editor()
    if isinstance(editor, MeetingEditor):
        editor.adopt_recovered(meeting, recovery.path)
    return True


def _against_store(services: Services, meeting: r.Meeting) -> r.Meeting:
    if meeting.id is None:
        return meeting
    try:
        services.meetings.get(meeting.id)
    except NotFoundError:
        return as_copy(meeting)  # deleted since: the work comes back as a new meeting
    return meeting


def offer_recovery(services: Services, editor_area: EditorArea, parent: QWidget) -> RecoveryDialog | None:
    """At start-up, once the store is open: offer the unsaved work a crashed session left (None when there is none)."""
    recoveries = abandoned_recoveries(services.paths)
    if not recoveries:
        return None
    dialog = RecoveryDialog(recoveries, lambda recovery: recover_into(editor_area, services, recovery), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
