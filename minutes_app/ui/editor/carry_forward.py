"""The carry-forward tab: open follow-ups from earlier meetings with the same counterpart, reviewed at this one.

What the officer does here (discussed, a note, a new status) is stored at once through the services:
those follow-ups belong to other meetings, so it is neither part of this meeting's Save nor of its undo.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.errors import ConflictError, MinutesError, NotFoundError
from minutes_app.domain.records import FollowUpRow
from minutes_app.domain.vocab import NoteKind
from minutes_app.services import Services
from minutes_app.ui.common import vocabulary_labels
from minutes_app.ui.common.background_call import BackgroundCall
from minutes_app.ui.common.error_messages import describe_error
from minutes_app.ui.common.formatting import countries_text, format_date
from minutes_app.ui.editor.carry_forward_model import (
    CarryForwardTableModel,
    count_earlier_open,
    earlier_open_follow_ups,
    meeting_label,
)
from minutes_app.ui.editor.list_controls import current_row, select_row
from minutes_app.ui.tracker.history_text import HISTORY_SHOWN, history_html
from minutes_app.ui.tracker.status_dialog import StatusChangeDialog, open_status_dialog
from minutes_app.ui.tracker.status_menu import fill_status_menu
from minutes_app.ui.widgets.table_setup import configure_table

ThisMeeting = Callable[[], "tuple[str, dt.date | None]"]  # the title and date the editor shows now
_NOTICE_STYLE = "background: #eef3fa; border: 1px solid #c5d5ea; border-radius: 4px; padding: 6px;"
_GOOD, _BAD = "color: #1d6b2f;", "color: #b00020;"


class CarryForwardPanel(QWidget):
    """Lists what is still open from earlier meetings and records the review of each one at once."""

    changed = Signal()  # a follow-up of another meeting was written
    count_changed = Signal(object)  # how many follow-ups the list shows: an int, or None while they are counted

    def __init__(
        self,
        services: Services,
        author: Callable[[], str],
        this_meeting: ThisMeeting,
        parent: QWidget | None = None,
        *,
        on_screen: QWidget | None = None,
    ) -> None:
        """`on_screen`: the widget on screen when a meeting opens; the hidden tab's count waits for its repaint."""
        super().__init__(parent)
        self._services = services
        self._author = author
        self._this_meeting = this_meeting
        self._countries: list[str] = []
        self._meeting_id: int | None = None
        self._date: dt.date | None = None
        self.status_dialog: StatusChangeDialog | None = None
        self._waiting_count: int | None = None  # how many the hidden tab will list; None once listed
        self._counting: object | None = None  # the hidden tab's count running beside the window; None when none is
        # Not after this panel's own repaint: hidden on another tab, it would hold the count until the tab is shown.
        self._counter = BackgroundCall(self._counted, self, name="carry-forward-count", after_paint=on_screen)
        self._build()
        self._show_selected()

    def _build(self) -> None:
        self.notice = QLabel(
            self.tr(
                "These follow-ups were agreed at earlier meetings with the same counterpart and are not done yet. "
                "Review each one at this meeting: what you record here is stored on it at once. It is not part of "
                "this meeting's Save, and Undo does not take it back."
            )
        )
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(_NOTICE_STYLE)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = CarryForwardTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        configure_table(self.view, stretch_column=CarryForwardTableModel.DESCRIPTION, sortable=False)
        header = self.view.horizontalHeader()
        for column, width in (
            (CarryForwardTableModel.DUE, 100),
            (CarryForwardTableModel.MEETING, 300),
            (CarryForwardTableModel.OWNER, 200),
            (CarryForwardTableModel.STATUS, 110),
        ):
            header.resizeSection(column, width)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()

        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.RichText)
        self.discussed_button = QPushButton(self.tr("Mark as discussed at this meeting"))
        self.discussed_button.setToolTip(
            self.tr("Adds a dated entry to its history saying it was discussed at this meeting")
        )
        self.status_button = QPushButton(self.tr("Change status"))
        self.status_menu = QMenu(self.status_button)
        self.status_button.setMenu(self.status_menu)
        self.status_menu.aboutToShow.connect(self._fill_status_menu)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(self.tr("A note on its progress, e.g. what the other side said about it"))
        self.note_edit.setMaximumHeight(self.note_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.add_note_button = QPushButton(self.tr("Add note"))
        self.history = QTextBrowser()
        self.history.setOpenLinks(False)
        for button in (self.discussed_button, self.status_button, self.add_note_button):
            button.setAutoDefault(False)

        actions = QHBoxLayout()
        actions.addWidget(self.discussed_button)
        actions.addWidget(self.status_button)
        actions.addStretch(1)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_edit, 1)
        note_row.addWidget(self.add_note_button, 0, Qt.AlignmentFlag.AlignTop)
        self.detail = QGroupBox(self.tr("Selected follow-up"))
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.addWidget(self.detail_label)
        detail_layout.addLayout(actions)
        detail_layout.addLayout(note_row)
        detail_layout.addWidget(QLabel(self.tr("History:")))
        detail_layout.addWidget(self.history, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.summary)
        table_layout.addWidget(self.view, 1)
        table_layout.addWidget(self.message)
        splitter.addWidget(table_box)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)

        # selectionChanged, not currentRowChanged: a click moves the current index before it selects the row.
        self.view.selectionModel().selectionChanged.connect(lambda _selected, _deselected: self._show_selected())
        self.discussed_button.clicked.connect(self.mark_discussed)
        self.add_note_button.clicked.connect(self.add_note)
        self.note_edit.textChanged.connect(self._update_buttons)

    # The list -----------------------------------------------------------------------------------

    def set_meeting(self, meeting_id: int | None, countries: list[str], date: dt.date | None) -> None:
        """List what is open from meetings before this one (`meeting_id`, None when unsaved) with these countries."""
        self._meeting_id, self._countries, self._date = meeting_id, list(countries), date
        self.message.hide()
        if self.isVisible():
            self.refresh()
            return
        # On another tab only the count shows (in the tab's title): the rows are read when the tab is shown,
        # so opening a meeting does not build a row for each of the counterpart's open follow-ups.
        self.model.set_rows([])
        self._waiting_count, self._counting = 0, None
        if self._countries:
            self._count_beside()
        self._update_summary()
        self.count_changed.emit(self.count())

    def _count_beside(self) -> None:
        """Count in a thread what the hidden tab will list: opening a meeting does not wait for it."""
        request = self._counting = object()  # a result with another token is stale: another meeting set, or listed
        follow_ups = self._services.follow_ups
        countries, meeting_id, date = self._countries, self._meeting_id, self._date  # as set now, not when it runs

        def work() -> tuple[object, int | MinutesError]:
            if request is not self._counting:
                return request, 0  # the tab was listed before the thread started (it waits for the repaint): dropped
            try:
                return request, count_earlier_open(follow_ups, countries=countries, meeting_id=meeting_id, date=date)
            except MinutesError as error:  # returned, not raised: BackgroundCall would only log it
                return request, error

        self._counter.start(work)

    def _counted(self, result: tuple[object, int | MinutesError]) -> None:
        """Show the count read beside the window, unless the tab was listed or another meeting set meanwhile."""
        request, counted = result
        if request is not self._counting:
            return
        self._counting = None
        if isinstance(counted, MinutesError):
            self._waiting_count = 0
            self._say(describe_error(counted), good=False)
        else:
            self._waiting_count = counted
        self._update_summary()
        self.count_changed.emit(self._waiting_count)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if event.spontaneous() and self._waiting_count is None and self._counting is None:
            return  # the window shown again (restored): nothing new to read
        # Shown again: another page may have changed those follow-ups meanwhile.
        self.refresh()

    def refresh(self) -> None:
        """Read the list again from the store, keeping the selected follow-up selected."""
        self._waiting_count = self._counting = None  # the rows listed count: a count still running is dropped
        selected = self.selected()
        row = current_row(self.view)
        try:
            rows = (
                earlier_open_follow_ups(
                    self._services.follow_ups,
                    countries=self._countries,
                    meeting_id=self._meeting_id,
                    date=self._date,
                )
                if self._countries
                else []
            )
        except MinutesError as error:
            rows = []
            self._say(describe_error(error), good=False)
        self.model.set_rows(rows)
        again = self.model.row_of_id(selected.id) if selected is not None else -1
        select_row(self.view, again if again >= 0 else min(max(row, 0), self.model.rowCount() - 1))
        self._show_selected()
        self._update_summary()
        self.count_changed.emit(self.model.rowCount())

    def count(self) -> int | None:
        """How many follow-ups the list shows (or will show, when its tab is next shown); None while counted."""
        if self._counting is not None:
            return None
        return self.model.rowCount() if self._waiting_count is None else self._waiting_count

    def selected(self) -> FollowUpRow | None:
        """The follow-up selected in the list, or None."""
        row = current_row(self.view)
        found: FollowUpRow | None = self.model.record_at(row) if 0 <= row < self.model.rowCount() else None
        return found

    def _update_summary(self) -> None:
        count = self.count()
        if not self._countries:
            self.summary.setText(
                self.tr(
                    "Choose the counterpart country on the Meeting tab to see what is still open from earlier meetings with it."
                )
            )
        elif count is None:
            self.summary.clear()  # still counted: the tab is hidden, and showing it lists the rows
        elif count == 0:
            self.summary.setText(
                self.tr("Nothing is open from earlier meetings with {0}.").format(countries_text(self._countries))
            )
        else:
            self.summary.setText(
                self.tr("Open from earlier meetings with {0}: {1}").format(countries_text(self._countries), count)
            )

    def _show_selected(self) -> None:
        row = self.selected()
        self.detail.setEnabled(row is not None)
        if row is None:
            self.detail_label.setText("")
            self.history.clear()
            self._update_buttons()
            return
        facts = self.tr("{0} · due {1} · {2} · {3}").format(
            meeting_label(row),
            format_date(row.due_date) or self.tr("no date"),
            vocabulary_labels.label(vocabulary_labels.FOLLOW_UP_STATUS, row.status),
            row.owner_name or row.department or self.tr("no owner"),
        )
        self.detail_label.setText(f"<b>{html.escape(row.description)}</b><br>{html.escape(facts)}")
        self._update_buttons()
        if not self.isVisible():
            return  # read when the tab is shown (showEvent)
        try:
            # the newest entries, as the tracker's detail pane: a follow-up chased for years has thousands
            detail = self._services.follow_ups.get(row.id, latest_notes=HISTORY_SHOWN)
            shown = len(detail.history)
            earlier = self._services.follow_ups.note_count(row.id) - shown if shown == HISTORY_SHOWN else 0
            self.history.setHtml(history_html(detail.history, earlier))
        except MinutesError as error:
            self.history.setPlainText(describe_error(error))

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.discussed_button.setEnabled(chosen)
        self.status_button.setEnabled(chosen)
        self.add_note_button.setEnabled(chosen and bool(self.note_edit.toPlainText().strip()))

    # Reviewing the selected follow-up -----------------------------------------------------------

    def discussed_text(self) -> str:
        """The history entry "Discussed at <this meeting> (<date>)"."""
        title, date = self._this_meeting()
        if date is None:
            return self.tr("Discussed at {0}").format(title)
        return self.tr("Discussed at {0} ({1})").format(title, format_date(date))

    def mark_discussed(self) -> bool:
        """Record on the selected follow-up that it was discussed at this meeting; True when stored."""
        row = self.selected()
        if row is None:
            return False
        text = self.discussed_text()
        return self._write(
            lambda: self._services.follow_ups.add_note(
                row.id,
                text,
                author=self._author(),
                kind=NoteKind.DISCUSSED.value,
                expected_version=row.version,
            ),
            self.tr("Recorded as discussed at this meeting."),
        )

    def add_note(self) -> bool:
        """Add the note typed to the selected follow-up's history; True when stored."""
        row = self.selected()
        text = self.note_edit.toPlainText().strip()
        if row is None or not text:
            return False
        if not self._write(
            lambda: self._services.follow_ups.add_note(
                row.id, text, author=self._author(), expected_version=row.version
            ),
            self.tr("Note added."),
        ):
            return False
        self.note_edit.clear()
        return True

    def change_status(self, new_status: str) -> StatusChangeDialog | None:
        """Ask for the note (and dates) the new status needs; it is stored when the dialog is accepted."""
        row = self.selected()
        if row is None or new_status == row.status:
            return None
        return open_status_dialog(self, row, new_status, today=dt.date.today(), on_accepted=self._store_status_change)

    def _store_status_change(self, row: FollowUpRow, dialog: StatusChangeDialog) -> None:
        change = dialog.change()
        self._write(
            lambda: self._services.follow_ups.change_status(
                row.id,
                change.status,
                note=change.note,
                author=self._author(),
                new_due_date=change.new_due_date,
                expected_version=row.version,
                completed_on=change.completed_on,
            ),
            self.tr("Status changed to {0}.").format(
                vocabulary_labels.label(vocabulary_labels.FOLLOW_UP_STATUS, change.status)
            ),
        )

    def _fill_status_menu(self) -> None:
        row = self.selected()
        fill_status_menu(self.status_menu, row.status if row else "", self._status_chosen)

    def _status_chosen(self, status: str) -> None:
        self.change_status(status)

    def _write(self, action: Callable[[], object], done: str) -> bool:
        """Store one review action, then show the list as it now stands."""
        try:
            action()
        except (ConflictError, NotFoundError):
            self.refresh()
            self._say(
                self.tr(
                    "This follow-up was changed elsewhere (in another window or by a colleague) since the list was read. "
                    "The list now shows it as it stands; record your review again if it is still needed."
                ),
                good=False,
            )
            return False
        except MinutesError as error:
            self._say(describe_error(error), good=False)
            return False
        self.refresh()
        self._say(done, good=True)
        self.changed.emit()
        return True

    def _say(self, text: str, *, good: bool) -> None:
        self.message.setStyleSheet(_GOOD if good else _BAD)
        self.message.setText(text)
        self.message.show()
