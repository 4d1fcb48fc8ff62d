"""The Follow-ups page: every follow-up of every meeting, filtered and sorted in SQL, with presets, a detail
panel with the history, status changes with a dated note, and exports of what it shows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from PySide6.QtCore import QLocale, QModelIndex, QPoint, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.errors import ConflictError, MinutesError, NotFoundError
from minutes_app.domain.filters import FollowUpFilter
from minutes_app.domain.records import FollowUpRow, Topic
from minutes_app.exports.selection import describe_selection
from minutes_app.services import Services
from minutes_app.services.presets import PresetService
from minutes_app.ui.common import vocabulary_labels
from minutes_app.ui.common.attachments_box import AttachmentsBox
from minutes_app.ui.common.background_call import BackgroundCall
from minutes_app.ui.common.error_messages import describe_error, show_error
from minutes_app.ui.common.formatting import display_language
from minutes_app.ui.common.overdue_mark import with_overdue
from minutes_app.ui.common.ui_settings import default_ui_settings
from minutes_app.ui.common.vocabulary_labels import FOLLOW_UP_STATUS
from minutes_app.ui.common.vocabulary_labels import PRIORITY as PRIORITY_VOCABULARY
from minutes_app.ui.meetings.meeting_commands import MeetingCommands
from minutes_app.ui.tracker.detail_panel import FollowUpDetailPanel
from minutes_app.ui.tracker.export_menu import TrackerExportMenu
from minutes_app.ui.tracker.filter_bar import FilterBar, FilterChoices
from minutes_app.ui.tracker.flow_layout import FlowLayout
from minutes_app.ui.tracker.followups_table_model import (
    COUNTRY,
    DEPARTMENT,
    DESCRIPTION,
    DUE_DATE,
    DUE_SOON_BACKGROUND,
    DUE_SOON_FOREGROUND,
    LAST_UPDATE,
    MEETING,
    OVERDUE_BACKGROUND,
    OVERDUE_FOREGROUND,
    OWNER,
    PRIORITY,
    STATUS,
    TOPIC,
    FollowUpsTableModel,
)
from minutes_app.ui.tracker.history_text import HISTORY_SHOWN
from minutes_app.ui.tracker.presets_box import BUILT_IN, PresetsBox
from minutes_app.ui.tracker.status_dialog import StatusChangeDialog, open_status_dialog
from minutes_app.ui.tracker.status_menu import fill_status_menu
from minutes_app.ui.widgets.column_fit import ColumnFit
from minutes_app.ui.widgets.search_box import SearchBox
from minutes_app.ui.widgets.table_setup import configure_table, set_column_widths, widen_for_texts


def _conditions(flt: FollowUpFilter) -> FollowUpFilter:
    return replace(flt, sort="due_date", descending=False)


class FollowUpsPage(QWidget):
    """The tracker: filters and presets above, the table and the selected follow-up's panel below."""

    data_changed = Signal()  # a follow-up was written; the owner refreshes the pages (this one included)
    status_reported = Signal(str)

    def __init__(
        self,
        services: Services,
        commands: MeetingCommands,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
        ui_settings: QSettings | None = None,
        background_choices: bool = False,
    ) -> None:
        """With `background_choices`, a refresh reads the filter's pick lists and the whole count in a thread."""
        super().__init__(parent)
        self._services = services
        self._commands = commands
        self.write_limit = ""  # why the member's role on a team server cannot change follow-ups ("" when it can)
        self._today = today
        self._topics: list[Topic] = []
        self._all_count = 0
        self._choices_shown: FilterChoices | None = None  # what the filter's pick lists were last filled with
        self._choices_call = (
            BackgroundCall(self._apply_choices, self, name="tracker-choices", after_paint=self)
            if background_choices
            else None
        )
        self.status_dialog: StatusChangeDialog | None = None
        self.model = FollowUpsTableModel(services.follow_ups, self, today=today)
        self.presets = PresetService(services.store)

        self.filter_bar = FilterBar()
        self.search_box: SearchBox = self.filter_bar.text_box
        self.presets_box = PresetsBox(self.presets, self.filter_bar.current_filter)
        self.export_menu = TrackerExportMenu(
            services,
            ui_settings if ui_settings is not None else default_ui_settings(),
            self.current_filter,
            self._describe_selection,
            self,
            today=self.model.today,
        )
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("E&xport"))
        self.export_button.setMenu(self.export_menu)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.count_label = QLabel()
        self.legend = QLabel(
            self.tr(
                "<span style='background:%1; color:%2'>&nbsp;Overdue&nbsp;</span>&nbsp;&nbsp;"
                "<span style='background:%3; color:%4'>&nbsp;Due within 7 days&nbsp;</span>"
            )
            .replace("%1", OVERDUE_BACKGROUND.name())
            .replace("%2", OVERDUE_FOREGROUND.name())
            .replace("%3", DUE_SOON_BACKGROUND.name())
            .replace("%4", DUE_SOON_FOREGROUND.name())
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_table(self.table)  # too many columns to stretch one: the last fills what is left
        self.table.sortByColumn(DUE_DATE, Qt.SortOrder.AscendingOrder)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        set_column_widths(
            self.table,
            {
                DUE_DATE: 11,
                DESCRIPTION: 44,
                MEETING: 28,
                COUNTRY: 12,
                OWNER: 18,
                DEPARTMENT: 22,
                TOPIC: 16,
                PRIORITY: 9,
                STATUS: 11,
                LAST_UPDATE: 16,
            },
        )
        # Statuses and priorities show whole in every language (the Russian "In progress" is wider than 11 characters),
        # an unfinished status with its overdue words too ("In progress · Overdue by 12 days").
        statuses = [text for _key, text in vocabulary_labels.choices(FOLLOW_UP_STATUS)]
        widen_for_texts(self.table, STATUS, statuses + [with_overdue(text, 99) for text in statuses])
        priorities = [text for _key, text in vocabulary_labels.choices(PRIORITY_VOCABULARY)]
        widen_for_texts(self.table, PRIORITY, priorities)
        # The long texts give way first, then what the detail panel shows anyway, so Status and Owner stay in sight
        # on a laptop screen.
        self.column_fit = ColumnFit(
            self.table,
            {DESCRIPTION: 20, MEETING: 12, DEPARTMENT: 8, TOPIC: 6, OWNER: 8, COUNTRY: 6},
            [LAST_UPDATE, DEPARTMENT, TOPIC, PRIORITY, COUNTRY, MEETING],
        )
        self.column_fit.remember_widths()
        self.detail_panel = FollowUpDetailPanel(attachments=AttachmentsBox(self._services, "follow_up"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.detail_scroll = QScrollArea()  # so a low window still fits every field and the history
        self.detail_scroll.setWidget(self.detail_panel)
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.splitter.addWidget(self.detail_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([860, 400])
        self.splitter.setChildrenCollapsible(False)
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        top = FlowLayout(horizontal_gap=16)
        top.addWidget(self.presets_box)
        top.addWidget(self.export_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.legend)
        bottom.addStretch(1)
        bottom.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.filter_bar.filter_changed.connect(self._on_filter_changed)
        self.filter_bar.text_box.down_pressed.connect(self._enter_table)
        self.presets_box.preset_chosen.connect(self.apply_filter)
        self.presets_box.status_reported.connect(self.status_reported)
        self.export_menu.exporter.status_reported.connect(self.status_reported)
        self.table.activated.connect(self._on_activated)
        self.table.customContextMenuRequested.connect(self._show_context_menu)
        # selectionChanged, not currentRowChanged: a click moves the current index before it selects the row.
        self.table.selectionModel().selectionChanged.connect(lambda _selected, _deselected: self._show_selected())
        self.detail_panel.status_change_requested.connect(self.change_status)
        self.detail_panel.note_submitted.connect(self.add_note)
        self.detail_panel.meeting_open_requested.connect(self.open_selected_meeting)

    # Loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload pick lists, presets and the rows (as many as were loaded), keeping the selection."""
        language, services, today = display_language(), self._services, self.model.today()
        background = self._choices_call is not None
        if not background:
            self._apply_choices(_read_choices(services, language, today, None))
            self.presets_box.reload()
        selected = self.selected_follow_up()
        selected_row = self._selected_row()
        wanted = self.filter_bar.current_filter()
        if _conditions(wanted) != _conditions(self.model.current_filter()):
            self.model.set_filter(wanted)
            shown = None
        else:
            # On a fast start the rows on screen are read now, and how many match comes with the pick lists.
            self.model.reload(keep_loaded=True, recount=not background)
            shown = self.model.current_filter()
        if self._choices_call is not None:
            presets = self.presets
            self._choices_call.start(lambda: _read_choices(services, language, today, shown, presets))
        # Rows re-read keep their pages' keys: the selected follow-up is looked for where it was (its page read again).
        if selected is None or not self.select_follow_up(selected.id, near=selected_row):
            self._show_selected()
        self._update_count()

    def _apply_choices(self, choices: _Choices) -> None:
        """Show the pick lists and the whole count read for a refresh."""
        self._topics = choices.topics
        self.model.set_topic_names({t.id: t.name_in(choices.filter.language) for t in self._topics if t.id is not None})
        if choices.filter != self._choices_shown:  # a refresh follows every change; the lists rarely change with it
            self.filter_bar.set_choices(choices.filter)
            self._choices_shown = choices.filter
        self._all_count = choices.all_count
        if choices.presets is not None:
            self.presets_box.show_saved(choices.presets)  # the list is rebuilt only when they changed
        if choices.matching is not None:
            self.model.set_total(choices.matching)
        self.table.viewport().update()  # the topics' names
        self._update_count()

    def set_texts_language(self, lang: str) -> None:
        """Show the follow-ups' texts in `lang` ("" for the original), keeping the selection."""
        selected, selected_row = self.selected_follow_up(), self._selected_row()
        self.model.set_texts_language(lang)
        if selected is not None:
            self.select_follow_up(selected.id, near=selected_row)

    def focus_search(self) -> None:
        """Put the keyboard in the text filter."""
        self.filter_bar.focus_text()

    def current_filter(self) -> FollowUpFilter:
        """The filter the table shows, with its sort order (what exports use)."""
        return self.model.current_filter()

    def apply_filter(self, flt: FollowUpFilter) -> None:
        """Show the follow-ups `flt` selects (its conditions appear in the filter bar)."""
        self.filter_bar.set_filter(flt)

    def apply_built_in_preset(self, key: str) -> bool:
        """Apply "overdue" or "due_this_week"; False for an unknown key."""
        return self.presets_box.choose(BUILT_IN, key)

    def _on_filter_changed(self) -> None:
        wanted = self.filter_bar.current_filter()
        self.presets_box.follow(wanted)
        if _conditions(wanted) == _conditions(self.model.current_filter()):
            return
        selected = self.selected_follow_up()
        self.model.set_filter(wanted)
        if selected is None or not self.select_follow_up(selected.id):
            self._show_selected()
        self._update_count()

    # Selection --------------------------------------------------------------------------

    def selected_follow_up(self) -> FollowUpRow | None:
        """The follow-up of the selected row, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.record_at(rows[0].row())

    def select_follow_up(self, follow_up_id: int, *, near: int = -1) -> bool:
        """Select a loaded follow-up's row (or one in the page of row `near`); False when the filter hides it or it is
        not loaded."""
        row = self.model.row_of_id(follow_up_id, near=near)
        if row < 0:
            return False
        self.table.selectRow(row)  # selectionChanged shows it in the panel
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _show_selected(self) -> None:
        row = self.selected_follow_up()
        if row is None:
            self.detail_panel.clear()
            return
        try:
            # the newest entries only: a follow-up chased for years has thousands, too many to render at each click
            detail = self._services.follow_ups.get(row.id, latest_notes=HISTORY_SHOWN)
        except NotFoundError:
            self.detail_panel.clear()
            return
        shown = len(detail.history)
        earlier = self._services.follow_ups.note_count(row.id) - shown if shown == HISTORY_SHOWN else 0
        topic = next((t for t in self._topics if t.id == detail.topic_id), None)
        topic_name = topic.name_in(display_language()) if topic else detail.topic_name
        # Status and due-date changes are told by the notes; the trail adds the other fields' changes.
        changes = self._services.audit.follow_up_field_changes(row.id, limit=HISTORY_SHOWN)
        self.detail_panel.show_follow_up(row, detail, topic_name, earlier, today=self.model.today(), changes=changes)

    def _enter_table(self) -> None:
        if self.model.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if self.selected_follow_up() is None:
                self.table.selectRow(0)

    # Actions ----------------------------------------------------------------------------

    def open_selected_meeting(self) -> bool:
        """Open the meeting the selected follow-up came from in the editor."""
        row = self.selected_follow_up()
        return row is not None and self._commands.open_meeting(row.meeting_id)

    def change_status(self, new_status: str) -> StatusChangeDialog | None:
        """Ask for the note (and dates) a status change needs; the change is stored when the dialog is accepted."""
        row = self.selected_follow_up()
        if row is None or new_status == row.status:
            return None
        return open_status_dialog(
            self, row, new_status, today=self.model.today(), on_accepted=self._store_status_change
        )

    def _store_status_change(self, row: FollowUpRow, dialog: StatusChangeDialog) -> None:
        change = dialog.change()
        try:
            self._services.follow_ups.change_status(
                row.id,
                change.status,
                note=change.note,
                author=self._officer(),
                new_due_date=change.new_due_date,
                expected_version=row.version,
                completed_on=change.completed_on,
            )
        except (ConflictError, NotFoundError) as error:
            self._report_stale(error)
            return
        except MinutesError as error:
            show_error(self, self.tr("Change status"), error)
            return
        self.status_reported.emit(self.tr("Status changed: %1").replace("%1", _short(row.description)))
        self.data_changed.emit()

    def add_note(self, text: str) -> bool:
        """Add a dated progress note to the selected follow-up; True when stored."""
        detail = self.detail_panel.current()
        if detail is None or detail.id is None or not text.strip():
            return False
        try:
            self._services.follow_ups.add_note(detail.id, text, author=self._officer(), expected_version=detail.version)
        except (ConflictError, NotFoundError) as error:
            self._report_stale(error)
            return False
        except MinutesError as error:
            show_error(self, self.tr("Add note"), error)
            return False
        self.detail_panel.note_added()
        self.status_reported.emit(self.tr("Note added."))
        self.data_changed.emit()
        return True

    def _report_stale(self, error: MinutesError) -> None:
        """Another window or colleague changed the follow-up first: say so, then show the latest version."""
        QMessageBox.warning(
            self,
            self.tr("Follow-up changed elsewhere"),
            describe_error(error) + "\n\n" + self.tr("The tracker now shows the latest version."),
        )
        self.refresh()

    def context_menu_for(self, row: int) -> QMenu:
        """The context menu of a table row: open its meeting, change its status, add a note."""
        record = self.model.record_at(row)
        menu = QMenu(self)
        open_action = menu.addAction(self.tr("Open the &meeting"))
        open_action.setObjectName("open_meeting")
        font = open_action.font()
        font.setBold(True)
        open_action.setFont(font)
        open_action.triggered.connect(self.open_selected_meeting)
        status_menu = menu.addMenu(self.tr("Change &status"))
        fill_status_menu(status_menu, record.status, self.change_status)
        note_action = menu.addAction(self.tr("Add a progress &note"))
        note_action.setObjectName("add_note")
        note_action.triggered.connect(lambda: self.detail_panel.note_edit.setFocus(Qt.FocusReason.OtherFocusReason))
        if self.write_limit:  # a reader on a team server: shown, greyed, with the reason
            menu.setToolTipsVisible(True)
            status_menu.setEnabled(False)
            status_menu.menuAction().setToolTip(self.write_limit)
            note_action.setEnabled(False)
            note_action.setToolTip(self.write_limit)
        return menu

    def _show_context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = self.context_menu_for(index.row())
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.viewport().mapToGlobal(position))

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self._commands.open_meeting(self.model.record_at(index.row()).meeting_id)

    # Helpers ----------------------------------------------------------------------------

    def _officer(self) -> str:
        return self._services.settings.get().officer_name

    def _describe_selection(self, flt: FollowUpFilter, lang: str) -> str:
        topic = next((t for t in self._topics if t.id == flt.topic_id), None)
        owner = self.filter_bar.owner_edit.text() if flt.owner_id is not None else ""
        return describe_selection(
            flt,
            lang,
            today=self.model.today(),
            owner_name=owner,
            topic_name=topic.name_in(lang) if topic else "",
        )

    def _update_count(self) -> None:
        matching = self.model.total_count()
        if _conditions(self.model.current_filter()) == _conditions(FollowUpFilter()):
            self.count_label.setText(self.tr("Follow-ups: %1").replace("%1", QLocale().toString(matching)))
        else:
            self.count_label.setText(
                self.tr("Shown: %1 of %2")
                .replace("%1", QLocale().toString(matching))
                .replace("%2", QLocale().toString(self._all_count))
            )


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class _Choices:
    """What a refresh reads besides the rows: the filter's pick lists, the topics and how many follow-ups there are."""

    topics: list[Topic]
    filter: FilterChoices
    all_count: int
    matching: int | None  # how many follow-ups `shown` matches (None when not asked)
    presets: list[tuple[str, FollowUpFilter]] | None = None  # the saved presets (None when not read)


def _read_choices(
    services: Services,
    language: str,
    today: dt.date,
    shown: FollowUpFilter | None,
    presets: PresetService | None = None,
) -> _Choices:
    """Read the pick lists (in a thread on a fast start: the owners' names sort slowly on a large directory).

    With `presets`, the saved presets too (a refresh in the background: the box is rebuilt when they changed).
    """
    saved = presets.list_presets() if presets is not None else None
    topics = services.topics.list_topics(include_inactive=True)
    choices = FilterChoices(
        owners=services.follow_ups.owners(),
        departments=services.follow_ups.departments(),
        topics=[(t.id, t.name_in(language)) for t in topics if t.id is not None],
        countries=services.meetings.counterpart_countries(),
        language=language,
    )
    all_count = services.follow_ups.count(today=today)
    if shown is None:
        matching = None
    elif _conditions(shown) == _conditions(FollowUpFilter()):
        matching = all_count  # nothing filtered: the same count, not read twice
    else:
        matching = services.follow_ups.count(shown, today=today)
    return _Choices(topics, choices, all_count, matching, saved)
