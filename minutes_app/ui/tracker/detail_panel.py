"""The panel beside the tracker table: one follow-up's fields, its full history, status change and a new note."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.records import AuditEntry, FollowUp, FollowUpRow
from minutes_app.ui.common import vocabulary_labels
from minutes_app.ui.common.attachments_box import AttachmentsBox
from minutes_app.ui.common.formatting import countries_text, format_date
from minutes_app.ui.common.overdue_mark import days_overdue, overdue_icon, overdue_text
from minutes_app.ui.tracker.history_text import history_html
from minutes_app.ui.tracker.status_menu import fill_status_menu
from minutes_app.ui.widgets.elided_label import ElidedLabel


class FollowUpDetailPanel(QWidget):
    """Shows the selected follow-up; asks its owner to change the status, add a note or open the meeting."""

    status_change_requested = Signal(str)  # the new status picked
    note_submitted = Signal(str)  # the text of a progress note to add
    meeting_open_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, attachments: AttachmentsBox | None = None) -> None:
        super().__init__(parent)
        self.attachments = attachments  # the follow-up's files (Add…, Open, Save as…, Remove), when given
        self._row: FollowUpRow | None = None
        self._detail: FollowUp | None = None
        self.empty_label = QLabel(self.tr("Select a follow-up to see its details and history."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.description_label = _value_label()
        self.description_label.setStyleSheet("font-weight: bold;")
        self.fields: dict[str, QLabel] = {}
        self.status_button = QToolButton()
        self.status_button.setText(self.tr("Change &status"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_menu = QMenu(self.status_button)
        self.status_button.setMenu(self.status_menu)
        self.open_meeting_button = QPushButton(self.tr("Open &meeting"))
        self.history_view = QTextBrowser()
        self.history_view.setOpenLinks(False)
        self.history_view.setMinimumHeight(80)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("A progress note: what was done, who was contacted…"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(60)
        self.add_note_button = QPushButton(self.tr("&Add note"))
        self.add_note_button.setEnabled(False)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self._build_details())
        outer = QVBoxLayout(self)
        outer.addWidget(self.stack)
        outer.setContentsMargins(0, 0, 0, 0)
        if (stacked := self.stack.layout()) is not None:
            stacked.setContentsMargins(0, 0, 0, 0)

        self.open_meeting_button.clicked.connect(self.meeting_open_requested)
        self.note_edit.textChanged.connect(
            lambda: self.add_note_button.setEnabled(bool(self.note_edit.toPlainText().strip()))
        )
        self.add_note_button.clicked.connect(self._submit_note)

    def _build_details(self) -> QWidget:
        box = QWidget()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(3)
        captions = (
            ("meeting", self.tr("Meeting:")),
            ("countries", self.tr("Countries:")),
            ("owner", self.tr("Owner:")),
            ("department", self.tr("Department:")),
            ("topic", self.tr("Topic:")),
            ("priority", self.tr("Priority:")),
            ("status", self.tr("Status:")),
            ("due", self.tr("Due:")),
            ("completed", self.tr("Completed on:")),
            ("contact", self.tr("Counterpart contact:")),
        )
        for key, caption in captions:
            self.fields[key] = ElidedLabel() if key == "meeting" else _value_label()  # the title in full as a tooltip
            form.addRow(caption, self.fields[key])
            if key == "due":
                form.addRow("", self._build_overdue_row())
        self._form = form
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_button)
        buttons.addWidget(self.open_meeting_button)
        buttons.addStretch(1)
        note_buttons = QHBoxLayout()
        note_buttons.addStretch(1)
        note_buttons.addWidget(self.add_note_button)
        history_label = QLabel(self.tr("<b>History</b>"))
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.description_label)
        layout.addLayout(form)
        layout.addLayout(buttons)
        # The note box comes before the history, so "Add note" is in sight on a laptop screen however long the
        # history grows.
        layout.addWidget(self.note_edit)
        layout.addLayout(note_buttons)
        if self.attachments is None:
            layout.addWidget(history_label)
            layout.addWidget(self.history_view, 1)
            return box
        # The files share the history's room (a tab each), so "Add note" stays in sight on a laptop screen.
        self.lower_tabs = QTabWidget()
        self.lower_tabs.setDocumentMode(True)
        self.lower_tabs.addTab(self.history_view, self.tr("History"))
        self.lower_tabs.addTab(self.attachments, self.tr("Attached files"))
        layout.addWidget(self.lower_tabs, 1)
        return box

    def _build_overdue_row(self) -> QWidget:
        """ "Overdue by 12 days" with its icon, under the due date (hidden when not overdue)."""
        self.overdue_row = QWidget()
        row = QHBoxLayout(self.overdue_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.overdue_icon_label = QLabel()
        self.overdue_label = _value_label()
        self.overdue_label.setStyleSheet("font-weight: bold")
        row.addWidget(self.overdue_icon_label)
        row.addWidget(self.overdue_label, 1)
        return self.overdue_row

    def show_follow_up(
        self,
        row: FollowUpRow,
        detail: FollowUp,
        topic_name: str,
        earlier_notes: int = 0,
        *,
        today: dt.date | None = None,
        changes: Sequence[AuditEntry] = (),
    ) -> None:
        """Show a follow-up's fields (from its table row and its record) and its history (`earlier_notes` not read)."""
        keep_note = self._detail is not None and self._detail.id == detail.id
        self._row, self._detail = row, detail
        self.description_label.setText(detail.description)
        values = {
            "meeting": f"{format_date(row.meeting_date)} {row.meeting_title}".strip(),
            "countries": countries_text(row.countries),
            "owner": detail.owner_name,
            "department": detail.department,
            "topic": topic_name,
            "priority": vocabulary_labels.label(vocabulary_labels.PRIORITY, detail.priority),
            "status": vocabulary_labels.label(vocabulary_labels.FOLLOW_UP_STATUS, detail.status),
            "due": format_date(detail.due_date),
            "completed": format_date(detail.completed_on),
            "contact": detail.counterpart_contact,
        }
        for key, value in values.items():
            self.fields[key].setText(value or "—")
        # Rows that rarely hold anything take no room when empty.
        self._form.setRowVisible(self.fields["completed"], bool(values["completed"]))
        self._form.setRowVisible(self.fields["contact"], bool(values["contact"]))
        overdue = overdue_text(days_overdue(detail.due_date, detail.status, today or dt.date.today()))
        self.overdue_label.setText(overdue)
        if overdue and self.overdue_icon_label.pixmap().isNull():
            size = self.overdue_label.fontMetrics().height()
            self.overdue_icon_label.setPixmap(overdue_icon().pixmap(size, size))
        self._form.setRowVisible(self.overdue_row, bool(overdue))
        fill_status_menu(self.status_menu, detail.status, self.status_change_requested.emit)
        self.history_view.setHtml(history_html(detail.history, earlier_notes, changes))
        if not keep_note:
            self.note_edit.clear()
        if self.attachments is not None:
            self.attachments.set_owner(detail.id)
        self.stack.setCurrentIndex(1)

    def clear(self) -> None:
        """Show nothing selected."""
        self._row = self._detail = None
        self.note_edit.clear()
        if self.attachments is not None:
            self.attachments.set_owner(None)
        self.stack.setCurrentIndex(0)

    def current(self) -> FollowUp | None:
        """The follow-up on show, as last read from the store."""
        return self._detail

    def history_text(self) -> str:
        """The history as plain text (what the officer reads)."""
        return self.history_view.toPlainText()

    def _submit_note(self) -> None:
        text = self.note_edit.toPlainText().strip()
        if text:
            self.note_submitted.emit(text)

    def note_added(self) -> None:
        """The note was stored: empty the box."""
        self.note_edit.clear()


def _value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
