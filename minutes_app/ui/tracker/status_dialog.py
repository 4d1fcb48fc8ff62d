"""The small dialog asked on every status change: a note, the completion date, a new due date, why it reopens."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.records import FollowUpRow
from minutes_app.domain.vocab import CLOSED_STATUSES, FollowUpStatus
from minutes_app.ui.common import vocabulary_labels
from minutes_app.ui.common.date_fields import date_edit, optional_date_edit

_CLOSED = {status.value for status in CLOSED_STATUSES}


@dataclass(frozen=True, slots=True)
class StatusChange:
    """What the officer asked for: the new status, why, and the dates it needs."""

    status: str
    note: str
    completed_on: dt.date | None = None
    new_due_date: dt.date | None = None


def is_reopening(old_status: str, new_status: str) -> bool:
    """True when a done or cancelled follow-up is set back to an unfinished status."""
    return old_status in _CLOSED and new_status not in _CLOSED


class StatusChangeDialog(QDialog):
    """Asks what the change needs; OK stays disabled until the required answers are given."""

    def __init__(self, row: FollowUpRow, new_status: str, *, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row = row
        self._status = new_status
        self._today = today
        self.setWindowTitle(self.tr("Change status"))
        self.setMinimumWidth(480)
        self.reopening = is_reopening(row.status, new_status)

        summary = QLabel(
            self.tr("<b>%1</b><br>Status: %2 → <b>%3</b>")
            .replace("%1", _escape(_shorten(row.description)))
            .replace("%2", _escape(vocabulary_labels.label(vocabulary_labels.FOLLOW_UP_STATUS, row.status)))
            .replace("%3", _escape(vocabulary_labels.label(vocabulary_labels.FOLLOW_UP_STATUS, new_status)))
        )
        summary.setWordWrap(True)
        self.completed_edit = date_edit()
        self.completed_edit.setMaximumDate(_qdate(today))
        self.completed_edit.setDate(_qdate(today))
        self.due_edit = optional_date_edit(empty_text=self.tr("choose a date"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMinimumHeight(90)
        if self.reopening:
            self.note_edit.setPlaceholderText(self.tr("Why is this follow-up reopened? (required)"))
        else:
            self.note_edit.setPlaceholderText(self.tr("What was done, or why the status changes (optional)"))
        self.hint_label = QLabel()
        self.hint_label.setStyleSheet("color: #8a1c1c;")
        self.hint_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)

        form = QFormLayout()
        if new_status == FollowUpStatus.DONE.value:
            form.addRow(self.tr("&Completed on:"), self.completed_edit)
        else:
            self.completed_edit.hide()
        if new_status == FollowUpStatus.DEFERRED.value:
            form.addRow(self.tr("&New due date:"), self.due_edit)
        else:
            self.due_edit.hide()
        form.addRow(self.tr("Reason (&required):") if self.reopening else self.tr("&Note:"), self.note_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.note_edit.textChanged.connect(self._update_ok)
        self.due_edit.value_changed.connect(self._update_ok)
        self._update_ok()

    def change(self) -> StatusChange:
        """The answers given, as a status change."""
        done = self._status == FollowUpStatus.DONE.value
        deferred = self._status == FollowUpStatus.DEFERRED.value
        picked = self.completed_edit.date()
        return StatusChange(
            status=self._status,
            note=self.note_edit.toPlainText().strip(),
            completed_on=dt.date(picked.year(), picked.month(), picked.day()) if done else None,
            new_due_date=self.due_edit.value() if deferred else None,
        )

    def missing(self) -> str:
        """What must still be answered before OK ("" when nothing)."""
        if self._status == FollowUpStatus.DEFERRED.value:
            due = self.due_edit.value()
            if due is None:
                return self.tr("Choose the new due date.")
            if due < self._today:
                return self.tr("The new due date cannot be in the past.")
        if self.reopening and not self.note_edit.toPlainText().strip():
            return self.tr("Say why the follow-up is reopened.")
        return ""

    def _update_ok(self) -> None:
        missing = self.missing()
        self.hint_label.setText(missing)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(not missing)


def open_status_dialog(
    owner: QWidget,
    row: FollowUpRow,
    new_status: str,
    *,
    today: dt.date,
    on_accepted: Callable[[FollowUpRow, StatusChangeDialog], None],
) -> StatusChangeDialog:
    """Open the window-modal status dialog for `row`; `owner.status_dialog` holds it while it is open."""
    dialog = StatusChangeDialog(row, new_status, today=today, parent=owner)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: on_accepted(row, dialog))
    dialog.destroyed.connect(lambda _obj=None: setattr(owner, "status_dialog", None))
    owner.status_dialog = dialog  # type: ignore[attr-defined]  # tests and callers reach the open dialog here
    dialog.open()
    return dialog


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _shorten(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
