"""The meeting editor: opens a meeting or a draft, tracks unsaved changes, saves it whole, deletes, duplicates.

Tabs (the meeting's fields, participants, agenda and decisions, follow-ups, and what is still open
from earlier meetings) rather than one long page: each list gets the full height, and Ctrl+Tab
moves between them. Every edit goes into an undo history (edit_history), and unsaved work is
copied to disk every few seconds (recovery_copy). Every question to the user goes through
`ask.ask` so tests can answer it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont, QUndoStack
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain import multilingual as ml
from minutes_app.domain import records as r
from minutes_app.domain.errors import ConflictError, MinutesError, NotFoundError, ValidationError
from minutes_app.domain.meeting_header import HEADER_FIELDS
from minutes_app.exports.sides import default_signatory_line
from minutes_app.services import Services
from minutes_app.services.change_watch import Change as StoreChange
from minutes_app.services.settings import Settings
from minutes_app.ui.common.attachments_box import AttachmentsBox, local_files
from minutes_app.ui.common.error_messages import describe_error
from minutes_app.ui.common.formatting import display_language
from minutes_app.ui.directory.organisation_dialog import add_organisation_named
from minutes_app.ui.editor import ask, conflict_dialog
from minutes_app.ui.editor import snapshots as s
from minutes_app.ui.editor.agenda import AgendaSection
from minutes_app.ui.editor.carry_forward import CarryForwardPanel
from minutes_app.ui.editor.change_history import ChangeHistoryPanel
from minutes_app.ui.editor.changed_elsewhere_bar import ChangedElsewhereBar
from minutes_app.ui.editor.changed_fields import changes_made, conflict_rows
from minutes_app.ui.editor.decisions import DecisionsSection
from minutes_app.ui.editor.directory_copy import Directory
from minutes_app.ui.editor.edit_history import EditHistory
from minutes_app.ui.editor.followups_section import FollowUpsSection
from minutes_app.ui.editor.header_form import HeaderForm
from minutes_app.ui.editor.item_merge import Key
from minutes_app.ui.editor.list_controls import select_row
from minutes_app.ui.editor.participants import ParticipantsSection, error_label
from minutes_app.ui.editor.record_section import RecordSection
from minutes_app.ui.editor.recovery_copy import RecoveryCopy
from minutes_app.ui.editor.refused_save_text import describe, parse_field
from minutes_app.ui.editor.snapshots import Change, ProvisionalIds, for_store, own_translations
from minutes_app.ui.editor.store_merge import changed_since, merge, resolve, standing
from minutes_app.ui.editor.store_notice import StoreNotice, describe_conflicts
from minutes_app.ui.editor.translation_fields import language_name
from minutes_app.ui.editor.undo_keys import UndoKeysGuard
from minutes_app.ui.team import role_limits
from minutes_app.ui.tracker.flow_layout import FlowLayout
from minutes_app.ui.widgets.elided_label import ElidedLabel
from minutes_app.ui.widgets.scrolling_tabs import ScrollingTabs

SettingsProvider = Callable[[], Settings]
CARRY_FORWARD_DELAY_MS = 250  # the list follows the counterpart and date once typing in them pauses
_TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QAbstractSpinBox)
_SETTLED, _CANCELLED, _COPIED = "settled", "cancelled", "copied"  # how the side-by-side question ended


def as_copy(meeting: r.Meeting) -> r.Meeting:
    """The meeting as a new record: no ids or versions anywhere, so saving it creates everything afresh."""
    return replace(
        meeting,
        id=None,
        version=0,
        attendances=[replace(a, id=None) for a in meeting.attendances],
        agenda=[replace(a, id=None) for a in meeting.agenda],
        decisions=[replace(d, id=None) for d in meeting.decisions],
        follow_ups=[replace(f, id=None, version=0, meeting_id=None, history=[]) for f in meeting.follow_ups],
    )


def is_blank(meeting: r.Meeting) -> bool:
    """True for a brand-new meeting nobody has filled in (as opposed to a duplicated one)."""
    return meeting.id is None and not meeting.title and not meeting.attendances and not meeting.agenda


class MeetingEditor(QWidget):
    """Edits one meeting at a time; the main window opens meetings in it and listens to its signals."""

    saved = Signal(int)  # the id of the meeting just written
    closed = Signal()  # the user closed the editor (Close button, request_close) or deleted the meeting
    deleted = Signal(int)  # the id of the meeting just moved to the trash
    dirty_changed = Signal(bool)
    title_changed = Signal(str)  # what to call the open meeting in a window or tab title
    language_changed = Signal(str)  # the meeting's language as the form shows it (chosen, loaded or undone)
    follow_ups_changed = Signal()  # a follow-up of an earlier meeting was reviewed (written at once)

    def __init__(self, services: Services, settings_provider: SettingsProvider, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._announcing_save = False  # saved.emit() running: the refreshes it causes need not re-read this meeting
        self._services = services
        self._settings_provider = settings_provider
        self._meeting = r.Meeting()
        # Follow-ups whose same field follow_store saw changed here and on another page of this window:
        # id -> (those fields, True when the change came from the Follow-ups page); the save's question says so.
        self._store_conflicts: dict[int, tuple[tuple[str, ...], bool]] = {}
        self._conflicts_elsewhere = False  # those conflicts came from another officer, not from this window
        # Values (by store_merge key) changed here and in the store since the last save: the save asks about them.
        self._pending: list[Key] = []
        # True when self._meeting is a version the store held, so what the user changed is what differs from it.
        # A recovered draft or a draft of a stored meeting carries unsaved work in it: never merged, only asked.
        self._base_is_stored = False
        # The meeting before and after another officer's change that the bar tells about (for Compare).
        self._elsewhere: tuple[r.Meeting, r.Meeting] | None = None
        self._dirty = False  # as last announced through dirty_changed
        self._loading = False
        self._ids = ProvisionalIds()
        self._carry_forward_for: tuple[int | None, list[str], dt.date | None] | None = None
        self._access = services.access()  # the member's role on a team server: what they may change
        self.directory = Directory(services)
        self.directory.refresh()
        self._build()
        self.history = EditHistory(self._snapshot, self._restore, self)
        self.undo_stack: QUndoStack = self.history.stack
        self.recovery = RecoveryCopy(services.paths, lambda: for_store(self._snapshot()), self)
        self._connect()
        self.setAcceptDrops(True)  # files dropped anywhere on a saved meeting are attached (dropEvent)
        self.setEnabled(False)  # until a meeting or a draft is opened

    # Building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = ElidedLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.unsaved_label = QLabel(self.tr("Unsaved changes"))
        self.unsaved_label.setStyleSheet("color: #8a5a00;")
        self.unsaved_label.hide()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the whole meeting (Ctrl+S)"))
        self.duplicate_button = QPushButton(self.tr("Duplicate as next meeting"))
        self.duplicate_button.setToolTip(
            self.tr("Start a new meeting with the same counterpart and participants, dated today")
        )
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.close_button = QPushButton(self.tr("Close"))
        for button in (self.save_button, self.duplicate_button, self.delete_button, self.close_button):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.translation_combo = QComboBox()
        self.translation_combo.setToolTip(
            self.tr("Show beside each text its translation into this language, and count what is still untranslated")
        )
        translation_label = QLabel(self.tr("Translat&ion:"))
        translation_label.setBuddy(self.translation_combo)
        translation = QWidget()
        translation_row = QHBoxLayout(translation)
        translation_row.setContentsMargins(0, 0, 12, 0)
        translation_row.addWidget(translation_label)
        translation_row.addWidget(self.translation_combo)
        # On a narrow screen (150 % scaling) the buttons wrap onto a second line instead of leaving the window.
        controls = QWidget()
        controls_flow = FlowLayout(controls, horizontal_gap=6)
        for widget in (translation, self.save_button, self.duplicate_button, self.delete_button, self.close_button):
            controls_flow.addWidget(widget)
        bar = QHBoxLayout()
        bar.addWidget(self.heading, 1)
        bar.addWidget(self.unsaved_label)
        bar.addSpacing(12)
        bar.addWidget(controls)
        self.message = error_label()
        self.store_notice = StoreNotice()
        self.changed_bar = ChangedElsewhereBar()
        self.role_bar = role_limits.limit_bar()  # why this meeting opens read-only (a team server's role)

        self.header = HeaderForm(self.directory)
        self.header_page = QScrollArea()
        self.header_page.setWidgetResizable(True)
        self.header_page.setFrameShape(QScrollArea.Shape.NoFrame)
        self.header_page.setWidget(self.header)
        self.participants = ParticipantsSection(self._services, self.directory)
        self.agenda = AgendaSection()
        self.decisions = DecisionsSection(self.agenda.agenda_model)
        self.agenda_page = QSplitter(Qt.Orientation.Vertical)
        self.agenda_page.setChildrenCollapsible(False)
        self.agenda_page.addWidget(self.agenda)
        self.agenda_page.addWidget(self.decisions)
        self.follow_ups = FollowUpsSection(
            self._services, self.directory, self.agenda.agenda_model, self.decisions.decisions_model
        )
        self.carry_forward = CarryForwardPanel(
            self._services,
            lambda: self._settings_provider().officer_name,
            lambda: (self.display_title(), self.header.date.value()),
            on_screen=self,  # the editor, not the hidden tab: the count starts once the opened meeting is painted
        )
        # Written at once, not with the meeting's edits: files are not part of the undo history.
        self.attachments = AttachmentsBox(self._services, "meeting")
        # Every tab scrolls rather than grow the window past a small screen (1366x768, or 150 % scaling).
        self.tabs = ScrollingTabs()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.header_page, "")  # scrolls already
        for page in (self.participants, self.agenda_page, self.follow_ups, self.carry_forward):
            self.tabs.add_scrolling_tab(page, "")
        self.tabs.addTab(self.attachments, "")  # its table scrolls already
        self.change_history = ChangeHistoryPanel(self._services)
        self.tabs.addTab(self.change_history, "")  # its list scrolls already
        self.tabs.setTabToolTip(0, self.tr("Ctrl+Tab and Ctrl+Shift+Tab move between the tabs"))
        self.tabs.setTabToolTip(
            4, self.tr("Follow-ups of earlier meetings with the same counterpart that are not done yet")
        )
        self._carry_forward_timer = QTimer(self)
        self._carry_forward_timer.setSingleShot(True)
        self._carry_forward_timer.setInterval(CARRY_FORWARD_DELAY_MS)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.store_notice)
        layout.addWidget(self.changed_bar)
        layout.addWidget(self.role_bar)
        layout.addWidget(self.tabs, 1)
        self._update_tab_titles()
        # One history for the whole meeting: its fields leave the undo keys to the window's Edit menu.
        # The carry-forward tab is not part of the meeting; its note box keeps its own undo.
        self.undo_keys = UndoKeysGuard(self)
        self.undo_keys.watch(
            [
                self,
                *(
                    w
                    for w in self.findChildren(QWidget)
                    if w is not self.carry_forward and not self.carry_forward.isAncestorOf(w)
                ),
            ]
        )

    def _connect(self) -> None:
        for section in (self.header, self.participants, self.agenda, self.decisions, self.follow_ups):
            section.edited.connect(self._on_edited)
        self.header.title_edited.connect(lambda _text: self._update_heading())
        self.header.edited.connect(self._carry_forward_timer.start)
        self._carry_forward_timer.timeout.connect(self._update_carry_forward)
        self.carry_forward.count_changed.connect(lambda _count: self._update_tab_titles())
        self.carry_forward.changed.connect(self.follow_ups_changed)
        self.attachments.changed.connect(self._update_tab_titles)
        self.translation_combo.activated.connect(lambda _index: self._show_translation(self.translation_language()))
        self.undo_stack.indexChanged.connect(self._on_history_changed)  # after every edit, merge, undo and redo
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.header.host.new_organisation_requested.connect(self._add_host_organisation)
        self.header.language_changed.connect(self.language_changed)
        self.save_button.clicked.connect(self.save)
        self.saved.connect(lambda _id: self.store_notice.hide())
        self.saved.connect(lambda _id: self.changed_bar.hide())
        self.changed_bar.reload_requested.connect(self.reload_from_store)
        self.changed_bar.compare_requested.connect(self.compare_with_store)
        self.duplicate_button.clicked.connect(self.duplicate_as_next)
        self.delete_button.clicked.connect(self.delete_meeting)
        self.close_button.clicked.connect(self.request_close)

    def meeting_language(self) -> str:
        """The language the open meeting is recorded in, as the form shows it."""
        return self.header.meeting_language()

    def _add_host_organisation(self, name: str) -> None:
        """Create the host organisation typed (its spellings, kind, country asked) and make it the host."""
        created = add_organisation_named(self._services, name, self)
        if created is None:
            return
        self.directory.remember_organisation(created)
        self.header.host.reload()
        self.header.host.set_organisation_id(created.id)

    # Opening ---------------------------------------------------------------------------------

    def open_meeting(self, meeting_id: int) -> None:
        """Show the stored meeting (raises NotFoundError when it is gone); unsaved changes are the caller's to guard."""
        self._load(self._services.meetings.get(meeting_id), dirty=False)

    def open_draft(self, meeting: r.Meeting) -> None:
        """Show an unsaved meeting: a new one gets today's date, the own organisation as host, the
        default language and the officer as "prepared by"; a duplicated one counts as unsaved work,
        and so does a draft of a stored meeting (its id and version kept, so a save detects conflicts)."""
        settings = self._settings_provider()
        blank = is_blank(meeting)
        draft = replace(
            meeting,
            date=meeting.date or dt.date.today(),
            host_organisation_id=meeting.host_organisation_id or settings.own_organisation_id,
            language=settings.minutes_language if blank else meeting.language,
            prepared_by=meeting.prepared_by or settings.officer_name,
            department=self._draft_department(meeting),
        )
        self._load(draft, dirty=not blank)
        self.tabs.setCurrentWidget(self.header_page)
        self.header.title.setFocus()

    def _draft_department(self, meeting: r.Meeting) -> str:
        """A new meeting's department: the member's own on a team server (a copy of another department's too)."""
        access = self._access
        if not meeting.department:
            return access.department
        if access.is_restricted and not access.may_edit_meeting(meeting.department, ""):
            return access.department
        return meeting.department

    def adopt_recovered(self, meeting: r.Meeting, path: Path) -> None:
        """Show exactly the draft kept in recovery file `path` (just opened) as unsaved work, and take the file over."""
        self._store_conflicts = {}
        self._pending = []
        self._base_is_stored = False
        self._show(meeting, keep_view=False)
        self.attachments.set_owner(meeting.id)
        self.history.reset(saved=False)
        self._sync_dirty()
        self._update_tab_titles()
        self._update_heading()
        self._update_carry_forward(force=True)
        self.recovery.take_over(path)

    def _load(self, meeting: r.Meeting, *, dirty: bool) -> None:
        self.message.hide()
        self.store_notice.hide()
        self.changed_bar.hide()
        self._elsewhere = None
        self._conflicts_elsewhere = False
        self.directory.refresh()
        topics = self._services.topics.list_topics(include_inactive=True)
        shown_topics = [t for t in topics if t.active or t.id in meeting.topic_ids]
        self.header.set_choices(shown_topics)
        named = self._services.follow_ups.departments()  # read once for both lists
        departments = {*named, meeting.department, self._access.department}
        self.header.set_departments(sorted(departments - {""}, key=str.casefold))
        self.follow_ups.set_choices(shown_topics, named)
        self._meeting = meeting
        self._base_is_stored = not dirty and meeting.id is not None
        self._store_conflicts = {}
        self._pending = []
        self._show(meeting, keep_view=False)
        self.attachments.set_owner(meeting.id)
        self.change_history.set_meeting(meeting.id)
        self.setEnabled(True)
        self.delete_button.setEnabled(True)
        self.duplicate_button.setEnabled(meeting.id is not None)
        self.history.reset(saved=not dirty)
        self.recovery.discard()  # what was open before was saved or discarded by now
        if dirty:
            self.recovery.changed(dirty=True)
        self._sync_dirty()
        self._update_tab_titles()
        self._update_heading()
        self._update_carry_forward(force=True)
        self._apply_role_limit()

    def _apply_role_limit(self) -> None:
        """Open the meeting read-only, with a bar saying why, when the member's role cannot change it."""
        reason = role_limits.meeting_limit(self._access, self._meeting)
        role_limits.show_limit(self.role_bar, reason)
        for page in (self.header, self.participants, self.agenda_page, self.follow_ups):
            page.setEnabled(not reason)
        self.attachments.set_write_limit(reason)
        if reason:
            role_limits.limit((self.save_button, self.delete_button), reason)
        else:
            self.save_button.setEnabled(True)
            self.save_button.setToolTip(self.tr("Save the whole meeting (Ctrl+S)"))
        role_limits.limit((self.duplicate_button,), role_limits.write_limit(self._access))

    def _show(self, meeting: r.Meeting, *, keep_view: bool, items: bool = True) -> None:
        """Fill every field and table from `meeting` (not an edit); `keep_view` keeps selections where they are;
        without `items` the agenda, decisions and follow-ups are left as they are (they show `meeting`'s already)."""
        meeting = own_translations(meeting)  # the widgets' copies: typing a translation changes no snapshot
        self._loading = True
        try:
            self.header.load(meeting)
            self.participants.set_attendances(meeting.attendances, keep_view=keep_view)
            if items:
                agenda = [replace(a) for a in meeting.agenda]
                self.agenda.set_rows(agenda)
                self.decisions.set_decisions(meeting.decisions, agenda)
                self.follow_ups.set_follow_ups(meeting.follow_ups, agenda, self.decisions.entries())
        finally:
            self._loading = False
        self._update_translation_choices()
        self._update_signatory_defaults()
        self._apply_role_limit()

    def follow_store(self) -> bool:
        """Show this meeting as another page just stored it, keeping unsaved edits; True when it changed."""
        base = self._meeting
        if base.id is None or not self.isEnabled() or not self._base_is_stored or self._announcing_save:
            return False  # during its own save's announcement the editor already shows the stored meeting
        try:
            stored = self._services.meetings.get(base.id)
        except NotFoundError:
            return False  # deleted meanwhile: saving offers to keep it as a new meeting
        if not changed_since(base, stored):
            return False
        self._take_in(base, stored)
        return True

    def _take_in(self, base: r.Meeting, stored: r.Meeting) -> None:
        """Show `stored` with this editor's unsaved edits (made on `base`) on it; remember what both changed."""
        merged = merge(base, self._snapshot(), stored)
        self._pending = standing([*self._pending, *merged.keys], merged.meeting, stored)
        self._meeting = stored
        self._show(merged.meeting, keep_view=True)
        # Every undo step now sits on the stored meeting, so undoing or saving never brings back the old follow-ups.
        self.history.rebase(lambda snapshot: merge(base, snapshot, stored).meeting)
        self.change_history.mark_stale()
        self.recovery.changed(dirty=self.is_dirty())
        self._sync_dirty()
        self._update_tab_titles()
        self._update_heading()
        from_tracker = stored.version == base.version  # only follow-ups changed: the Follow-ups page
        conflicts: dict[int, tuple[tuple[str, ...], bool]] = {}
        for follow_up_id, fields in merged.conflicts.items():
            earlier = self._store_conflicts.get(follow_up_id)
            conflicts[follow_up_id] = earlier if not fields and earlier is not None else (fields, from_tracker)
        self._store_conflicts = conflicts
        self.store_notice.tell(base, stored, self._conflict_rows(merged.meeting))

    def follow_change_elsewhere(self, changes: list[StoreChange]) -> bool:
        """Another officer saved (another process or connection): bring their change in now, keeping unsaved
        edits, and say who and when in the bar; True when the open meeting was among the changes."""
        meeting_id = self._meeting.id
        relevant = [c for c in changes if c.record_id is None or (c.kind == "meeting" and c.record_id == meeting_id)]
        if meeting_id is None or not relevant:
            return False
        before = self._meeting
        if not self.follow_store():
            return False
        self._conflicts_elsewhere = bool(self._store_conflicts)
        if not self._store_conflicts:
            self.store_notice.hide()  # the bar says it; the notice stays only to name conflicting follow-ups
        earlier = self._elsewhere[0] if self._elsewhere is not None else before
        self._elsewhere = (earlier, self._meeting)
        self.changed_bar.tell(*self._writer(relevant))
        return True

    def _writer(self, changes: list[StoreChange]) -> tuple[str, dt.datetime]:
        """Who wrote the open meeting last, and when (local time): as the notification says (a server), else
        (SQLite tells only that something changed) from the audit trail's newest entry for the meeting."""
        user = next((c.user for c in changes if c.user), "")
        if user or self._meeting.id is None:
            return user, changes[-1].at
        try:
            entry = self._services.audit.latest("meeting", self._meeting.id)
        except MinutesError:
            entry = None  # the trail cannot be read just now: the bar says "changed elsewhere"
        if entry is None:
            return "", changes[-1].at
        return entry.changed_by, entry.changed_at.replace(tzinfo=dt.UTC).astimezone()

    def reload_from_store(self) -> None:
        """The bar's Reload: show the stored meeting, after asking when that drops unsaved changes."""
        meeting_id = self._meeting.id
        if meeting_id is None:
            return
        if self.is_dirty():
            answer = ask.ask(
                self,
                self.tr("Reload"),
                self.tr("Reloading shows the meeting as stored and drops your unsaved changes."),
                [ask.Answer.DISCARD, ask.Answer.CANCEL],
                default=ask.Answer.CANCEL,
            )
            if answer != ask.Answer.DISCARD:
                return
        try:
            self.open_meeting(meeting_id)
        except NotFoundError:
            self.changed_bar.hide()  # deleted meanwhile: saving offers to keep it as a new meeting

    def compare_with_store(self) -> None:
        """The bar's Compare: what the other officer changed, field by field, and what you changed here."""
        if self._elsewhere is None:
            return
        before, after = self._elsewhere
        fields = (*HEADER_FIELDS, "attendances", "agenda", "decisions")
        theirs = changes_made(before, after, fields)
        mine = changes_made(self._meeting, for_store(self._snapshot()), fields)
        text = (
            self.tr("Changed by the other officer:")
            + "\n"
            + ("\n".join(theirs) or self.tr("(nothing you can see here)"))
        )
        informative = self.tr("Your unsaved changes:") + "\n" + ("\n".join(mine) or self.tr("(none)"))
        ask.tell(self, self.tr("Compare"), text, informative=informative)

    def _conflict_rows(self, meeting: r.Meeting) -> list[tuple[int, tuple[str, ...]]]:
        """Where the follow-ups follow_store found changed on both sides sit in `meeting`, with those fields."""
        return [
            (row, self._store_conflicts[f.id][0])
            for row, f in enumerate(meeting.follow_ups)
            if f.id is not None and f.id in self._store_conflicts
        ]

    def _conflict_seen_here(self, meeting: r.Meeting) -> str:
        """The conflict question's text when the save's conflict is exactly the one follow_store saw (made on
        another page of this window, and nothing stored since), else ""."""
        if not self._store_conflicts or meeting.id is None or self._conflicts_elsewhere:
            return ""
        try:
            stored = self._services.meetings.get(meeting.id)
        except MinutesError:
            return ""
        if changed_since(self._meeting, stored):
            return ""  # stored again since (another window, another officer): the usual question
        rows = describe_conflicts(self._conflict_rows(meeting))
        if all(from_tracker for _fields, from_tracker in self._store_conflicts.values()):
            return self.tr(
                "Follow-up {0} was also changed on the Follow-ups page of this window since you opened this meeting."
            ).format(rows)
        return self.tr(
            "Follow-up {0} was also changed on another page of this window since you opened this meeting."
        ).format(rows)

    # State -----------------------------------------------------------------------------------

    def current_meeting_id(self) -> int | None:
        """The id of the meeting shown, or None for an unsaved draft."""
        return self._meeting.id

    def is_dirty(self) -> bool:
        """True when there are changes not yet saved."""
        return not self.history.is_clean()

    def display_title(self) -> str:
        """The meeting's title as typed, or a stand-in for an untitled one."""
        title = self.header.title.text().strip()
        if title:
            return title
        return self.tr("New meeting") if self._meeting.id is None else self.tr("Untitled meeting")

    def _on_edited(self) -> None:
        if self._loading:
            return
        self.history.record(typing_in=self._typing_field())
        self._update_translation_choices()  # the original language may have changed
        self._update_tab_titles()
        self._update_signatory_defaults()  # the host or the heads of delegation may have changed

    def _update_signatory_defaults(self) -> None:
        """Show, in each empty signature line, what the agreed minutes print there: the line made from the side's country."""
        # The header's fields and the participants as they are: a whole snapshot copies every record.
        meeting = replace(self.header.apply(self._meeting), attendances=self.participants.attendances())
        meeting.host_organisation = self.directory.organisation(meeting.host_organisation_id)
        self.header.set_signatory_defaults(
            {
                side: {}
                if getattr(meeting, f"signatory_{side}").strip()
                else {lang: default_signatory_line(meeting, side, lang) for lang in ml.LANGUAGES}
                for side in ("host", "guest")
            }
        )

    def _typing_field(self) -> QWidget | None:
        """The text field of this editor the keyboard is in, if any: typing there merges into one undo step."""
        focus = QApplication.focusWidget()
        if isinstance(focus, _TEXT_FIELDS) and self.isAncestorOf(focus):
            return focus
        return None

    def _sync_dirty(self) -> None:
        dirty = self.is_dirty()
        self.unsaved_label.setVisible(dirty)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def _on_clean_changed(self, _clean: bool) -> None:
        self._sync_dirty()

    def _on_history_changed(self, _index: int) -> None:
        self.recovery.changed(dirty=self.is_dirty())

    def _update_heading(self) -> None:
        title = self.display_title()
        self.heading.setText(title)
        self.title_changed.emit(title)

    def _update_tab_titles(self) -> None:
        missing = self.untranslated_counts()
        titles = (
            self.tr("Meeting"),
            self.tr("Participants ({0})").format(len(self.participants.attendances())),
            self.tr("Agenda ({0}) and decisions ({1})").format(
                self.agenda.model.rowCount(), self.decisions.model.rowCount()
            ),
            self.tr("Follow-ups ({0})").format(self.follow_ups.model.rowCount()),
        )
        for index, title in enumerate(titles):
            count = missing.get(index, 0)
            self.tabs.setTabText(index, self.tr("{0} · {1} untranslated").format(title, count) if count else title)
        earlier = self.carry_forward.count()  # None while counted beside the window: no number, not the last meeting's
        self.tabs.setTabText(4, self.tr("Open from earlier meetings ({0})").format("…" if earlier is None else earlier))
        self.tabs.setTabText(5, self.tr("Attachments ({0})").format(len(self.attachments.attachments())))
        self.tabs.setTabText(6, self.tr("History"))

    # Attached files -------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Files dragged anywhere over the editor of a saved meeting can be dropped to attach them."""
        if self._meeting.id is not None and local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """Attach the dropped files to the meeting and show them on the Attachments tab."""
        files = local_files(event.mimeData())
        if self._meeting.id is None or not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.tabs.setCurrentWidget(self.attachments)
        self.attachments.attach_paths(files)

    # Translation view -------------------------------------------------------------------------

    def translation_language(self) -> str | None:
        """The second language whose translations are shown beside the originals, or None."""
        data = self.translation_combo.currentData()
        return str(data) if data else None

    def set_translation_language(self, lang: str | None) -> None:
        """Show the translations into `lang` beside the original texts (None, or the original language, hides them)."""
        index = self.translation_combo.findData(lang) if lang else 0
        self.translation_combo.setCurrentIndex(max(index, 0))
        self._show_translation(self.translation_language())

    def _update_translation_choices(self) -> None:
        """Offer the languages other than the meeting's original; keep the one chosen while it still is one."""
        original = self.header.language.currentData()
        chosen = self.translation_language()
        wanted = [lang for lang in ml.LANGUAGES if lang != original]
        if [self.translation_combo.itemData(i) for i in range(1, self.translation_combo.count())] != wanted:
            self.translation_combo.clear()
            self.translation_combo.addItem(self.tr("None"), None)
            for lang in wanted:
                self.translation_combo.addItem(language_name(lang), lang)
        index = self.translation_combo.findData(chosen) if chosen in wanted else 0
        self.translation_combo.setCurrentIndex(max(index, 0))
        self._show_translation(self.translation_language())

    def _show_translation(self, lang: str | None) -> None:
        if self.header.translated.language() != lang:
            self.header.translated.set_language(lang)
        for section in (self.agenda, self.decisions, self.follow_ups):
            section.set_translation_language(lang)
        self.participants.set_translation_language(lang)
        self._update_tab_titles()

    def untranslated(self) -> list[ml.Untranslated]:
        """The texts the meeting as shown lacks in the chosen second language (none when no language is chosen)."""
        lang = self.translation_language()
        return ml.untranslated(self._snapshot(), lang) if lang else []

    def untranslated_counts(self) -> dict[int, int]:
        """Per tab (by index), how many texts lack a translation into the chosen second language."""
        tabs = {"meeting": 0, "attendance": 1, "agenda": 2, "decision": 2, "follow_up": 3}
        counts: dict[int, int] = {}
        if not hasattr(self, "history"):
            return counts  # still being built
        for item in self.untranslated():
            counts[tabs[item.kind]] = counts.get(tabs[item.kind], 0) + 1
        return counts

    def go_to_untranslated(self, item: ml.Untranslated, lang: str) -> None:
        """Show the translation into `lang` of one untranslated text: its tab, its row, the cursor in its translation."""
        self.set_translation_language(lang)
        if item.kind == "meeting":
            self.tabs.setCurrentWidget(self.header_page)
            editor = self.header.translated.editors[item.field]
            self._focus_later(editor)
            self.header_page.ensureWidgetVisible(editor)
            return
        if item.kind == "attendance":
            self.tabs.setCurrentWidget(self.participants)
            self.participants.edit_translation(item.index or 0)
            return
        sections: dict[str, tuple[QWidget, RecordSection]] = {
            "agenda": (self.agenda_page, self.agenda),
            "decision": (self.agenda_page, self.decisions),
            "follow_up": (self.follow_ups, self.follow_ups),
        }
        page, section = sections[item.kind]
        self.tabs.setCurrentWidget(page)
        select_row(section.view, item.index or 0)
        self._focus_later(section.translated.editors[item.field])

    def _focus_later(self, field: QWidget) -> None:
        """Put the cursor in `field` now and again once a closing dialog has handed the focus back to its window."""
        field.setFocus()
        QTimer.singleShot(0, field.setFocus)

    # Undo and redo ---------------------------------------------------------------------------

    def undo(self) -> None:
        """Take the last edit back."""
        self.undo_stack.undo()

    def redo(self) -> None:
        """Make the last edit taken back again."""
        self.undo_stack.redo()

    def _restore(self, snapshot: r.Meeting, change: Change) -> None:
        """Show a state of the meeting from the undo history (not an edit), with the row it concerns selected."""
        self._clear_errors()
        self._show(snapshot, keep_view=True)
        self._reveal(change)
        self._update_tab_titles()
        self._update_heading()
        self._carry_forward_timer.start()

    def _reveal(self, change: Change) -> None:
        """Bring the tab and row an undone or redone edit concerns into view."""
        if change.area == s.MEETING:
            self.tabs.setCurrentWidget(self.header_page)
            return
        if change.area == s.PARTICIPANTS:
            self.tabs.setCurrentWidget(self.participants)
            self.participants.select(change.field, change.index)
            return
        sections: dict[str, tuple[QWidget, RecordSection]] = {
            s.AGENDA: (self.agenda_page, self.agenda),
            s.DECISIONS: (self.agenda_page, self.decisions),
            s.FOLLOW_UPS: (self.follow_ups, self.follow_ups),
        }
        page, section = sections[change.area]
        self.tabs.setCurrentWidget(page)
        select_row(section.view, min(change.index, section.model.rowCount() - 1))
        focus = QApplication.focusWidget()
        if focus is None or not section.isAncestorOf(focus):
            section.view.setFocus()

    # Open follow-ups of earlier meetings ------------------------------------------------------

    def _update_carry_forward(self, *, force: bool = False) -> None:
        """List what is open from earlier meetings with the counterpart as the fields now name it."""
        wanted = (self._meeting.id, [str(k) for k in self.header.countries.chosen_keys()], self.header.date.value())
        if force or wanted != self._carry_forward_for:
            self._carry_forward_for = wanted
            self.carry_forward.set_meeting(*wanted)

    # Saving ----------------------------------------------------------------------------------

    def collect(self) -> r.Meeting:
        """The meeting as the fields show it now (raises ValidationError for what only the editor can check)."""
        return for_store(self._checked_snapshot())

    def _checked_snapshot(self) -> r.Meeting:
        if self.header.host_is_unresolved():
            raise ValidationError(
                "host_organisation",
                self.tr(
                    "No organisation in the directory has this name; pick one from the list, or add it there as a new organisation."
                ),
            )
        owner_row = self.follow_ups.unresolved_owner_row()
        if owner_row >= 0:
            raise ValidationError(
                f"follow_ups[{owner_row + 1}].owner",
                self.tr("Pick the owner from the directory, or create the person."),
            )
        return self._snapshot()

    def _snapshot(self) -> r.Meeting:
        """The meeting as the fields show it now, unchecked, new rows under provisional ids; a copy nothing else changes."""
        self._ids.assign(self.agenda.items())
        self._ids.assign(entry.record for entry in self.decisions.entries())
        self._ids.assign(entry.record for entry in self.follow_ups.entries())
        meeting = self.header.apply(self._meeting)
        return own_translations(  # which copies every record
            replace(
                meeting,
                attendances=self.participants.attendances(),
                agenda=self.agenda.items(),
                decisions=self.decisions.decisions(),
                follow_ups=self.follow_ups.follow_ups(),
            )
        )

    def save(self) -> bool:
        """Write the whole meeting in one transaction; False (nothing written) when refused or cancelled."""
        self._clear_errors()
        refused = role_limits.meeting_limit(self._access, self._meeting)
        if refused:  # Ctrl+S as well as the greyed-out button: say why, write nothing
            ask.tell(self, self.tr("Not saved"), self.tr("The meeting could not be saved."), informative=refused)
            return False
        try:
            snapshot = self._checked_snapshot()
        except ValidationError as error:
            self._show_validation(error)
            return False
        if self._pending and self._base_is_stored:
            # A colleague's change was taken in while the same values were edited here: never saved over unseen.
            keys = standing(self._pending, snapshot, self._meeting)
            settled = self._settle(self._meeting, keys) if keys else _SETTLED
            if settled != _SETTLED:
                return settled == _COPIED
            # Values made equal meanwhile need no question; their follow-ups move to the stored version.
            self._apply(lambda shown: resolve(shown, self._meeting, self._pending, ()))
            self._pending = []
            snapshot = self._snapshot()
        return self._write(for_store(snapshot), snapshot=snapshot)

    def _settle(self, stored: r.Meeting, keys: list[Key]) -> str:
        """Show the values changed both here and in `stored` side by side and take the user's choice of each
        into the editor (on `stored`): _SETTLED; _CANCELLED leaves the editor as it was; _COPIED when the
        user saved their version as a new meeting instead (or _CANCELLED when that failed)."""
        snapshot = self._snapshot()
        rows = conflict_rows(keys, snapshot, stored, self._name_of)
        intro = self._conflict_seen_here(snapshot) or self.tr(
            "This meeting was changed elsewhere (in another window or by another officer) since you opened it."
        )
        writer = self._last_writer(stored)
        chosen = conflict_dialog.choose(self, intro, writer, rows)
        if chosen is None:
            return _CANCELLED
        if not isinstance(chosen, set):  # Save mine as a copy
            return _COPIED if self._write(as_copy(for_store(snapshot))) else _CANCELLED
        theirs = {keys[i] for i in chosen}
        if stored is not self._meeting:
            self._take_in(self._meeting, stored)
        self._apply(lambda shown: resolve(shown, stored, keys, theirs))
        self._pending = []
        self._store_conflicts = {}
        self.store_notice.hide()
        return _SETTLED

    def _apply(self, adapt: Callable[[r.Meeting], r.Meeting]) -> None:
        """Pass what the editor shows, and every undo step, through `adapt` (not an edit)."""
        self._show(adapt(self._snapshot()), keep_view=True)
        self.history.rebase(adapt)
        self._sync_dirty()

    def _last_writer(self, stored: r.Meeting) -> str:
        """Who last wrote the meeting, by the audit trail ("" when it cannot say)."""
        if stored.id is None:
            return ""
        try:
            entry = self._services.audit.latest("meeting", stored.id)
        except MinutesError:
            return ""
        return entry.changed_by if entry is not None else ""

    def _name_of(self, kind: str, record_id: int | None) -> str:
        """The name of a person, organisation or topic the conflict question shows."""
        if record_id is None:
            return ""
        if kind == "topic":
            topics = self._services.topics.list_topics(include_inactive=True)  # asked only for a conflict
            topic = next((t for t in topics if t.id == record_id), None)
            return topic.name_in(display_language()) if topic is not None else f"#{record_id}"
        found = self.directory.person(record_id) if kind == "person" else self.directory.organisation(record_id)
        return found.name if found is not None else f"#{record_id}"

    def _write(self, meeting: r.Meeting, *, force: bool = False, snapshot: r.Meeting | None = None) -> bool:
        """Save `meeting`; `snapshot` (the editor's view of it) keeps the undo history across the save."""
        author = self._settings_provider().officer_name
        try:
            stored = self._services.meetings.save(meeting, author=author, force=force)
        except ValidationError as error:
            self._show_validation(error)
            return False
        except ConflictError:
            if snapshot is not None and not force and self._base_is_stored:
                return self._merge_with_store(meeting, snapshot)
            return self._resolve_conflict(meeting, snapshot)
        except NotFoundError:
            return self._resolve_vanished(meeting)
        except MinutesError as error:
            # Disk full, locked, read-only: in words; the editor keeps everything typed.
            ask.tell(
                self,
                self.tr("Not saved"),
                self.tr("The meeting could not be saved."),
                informative=describe_error(error),
            )
            return False
        assert stored.id is not None
        if snapshot is None:
            self._load(stored, dirty=False)  # a new record (saved as a copy): its history starts here
        else:
            self._adopt_saved(snapshot, stored)
        self._announcing_save = True
        try:
            self.saved.emit(stored.id)
        finally:
            self._announcing_save = False
        return True

    def _adopt_saved(self, snapshot: r.Meeting, stored: r.Meeting) -> None:
        """Show the meeting as stored, and make that the undo history's clean state."""
        self._meeting = stored
        self._base_is_stored = True
        self._store_conflicts = {}
        self._pending = []
        self._conflicts_elsewhere = False
        self._elsewhere = None
        # Agenda, decisions and follow-ups stored exactly as sent (no new row numbered, no follow-up's version
        # moved) are shown as they are: filling their three tables and forms again was a third of a Ctrl+S.
        items_as_sent = (snapshot.agenda, snapshot.decisions, snapshot.follow_ups) == (
            stored.agenda,
            stored.decisions,
            stored.follow_ups,
        )
        self._show(stored, keep_view=True, items=not items_as_sent)
        if self.attachments.owner_id() != stored.id:
            # The first save of a new meeting: files can be attached now. A save never changes the files,
            # so the list shown is kept (reading it again cost a transaction, three round trips to a server).
            self.attachments.set_owner(stored.id)
        self.history.mark_saved(snapshot, stored)
        self.change_history.mark_stale()
        self.recovery.discard()
        self.duplicate_button.setEnabled(True)
        self._sync_dirty()
        self._update_tab_titles()
        self._update_heading()
        self._update_carry_forward()

    def _merge_with_store(self, meeting: r.Meeting, snapshot: r.Meeting) -> bool:
        """The save met a newer stored meeting: take in what was changed elsewhere and save at once when no
        value was changed on both sides, else show those values side by side for the user to choose."""
        assert meeting.id is not None
        try:
            stored = self._services.meetings.get(meeting.id)
        except NotFoundError:
            return self._resolve_vanished(meeting)
        base = self._meeting
        if not changed_since(base, stored):  # refused, yet nothing new to take in: ask rather than try again
            return self._resolve_conflict(meeting, snapshot)
        merged = merge(base, snapshot, stored)
        keys = standing([*self._pending, *merged.keys], merged.meeting, stored)
        if keys:
            # Nothing is taken in before the answer: Cancel leaves the editor exactly as it was.
            settled = self._settle(stored, keys)
            return self.save() if settled == _SETTLED else settled == _COPIED
        self._take_in(base, stored)
        self._conflicts_elsewhere = True
        return self.save()  # different fields: the merged meeting is saved as it is shown

    def _resolve_conflict(self, meeting: r.Meeting, snapshot: r.Meeting | None) -> bool:
        here = self._conflict_seen_here(meeting)
        if here:
            text = here
        else:
            text = self.tr(
                "This meeting was changed elsewhere (in another window or by another officer) since you opened it."
            )
        if here:  # the editor shows the merge: Overwrite settles only the fields named
            informative = self.tr(
                "Reload shows the stored version and drops your changes. Overwrite keeps your value "
                "of these fields and the other changes made there. Save as a copy keeps both."
            )
        else:  # a recovered draft: what the user changed is not known, so nothing could be merged
            informative = self.tr(
                "Reload shows the stored version and drops your changes. Overwrite replaces the stored "
                "version with yours. Save as a copy keeps both."
            )
        answer = ask.ask(
            self,
            self.tr("Changed elsewhere"),
            text,
            [ask.Answer.RELOAD, ask.Answer.OVERWRITE, ask.Answer.SAVE_COPY, ask.Answer.CANCEL],
            default=ask.Answer.CANCEL,
            informative=informative,
            icon=QMessageBox.Icon.Warning,
        )
        if answer == ask.Answer.RELOAD and meeting.id is not None:
            self.open_meeting(meeting.id)
            return False
        if answer == ask.Answer.OVERWRITE:
            if snapshot is None or not self._base_is_stored:
                return self._write(meeting, force=True, snapshot=snapshot)
            # The editor shows the merge by now: only the fields changed on both sides keep your value.
            current = self._checked_snapshot()
            return self._write(for_store(current), force=True, snapshot=current)
        if answer == ask.Answer.SAVE_COPY:
            return self._write(as_copy(meeting))
        return False

    def _resolve_vanished(self, meeting: r.Meeting) -> bool:
        answer = ask.ask(
            self,
            self.tr("Deleted elsewhere"),
            self.tr("This meeting was deleted elsewhere since you opened it. Save your version as a new meeting?"),
            [ask.Answer.SAVE_COPY, ask.Answer.CANCEL],
            default=ask.Answer.SAVE_COPY,
            icon=QMessageBox.Icon.Warning,
        )
        return answer == ask.Answer.SAVE_COPY and self._write(as_copy(meeting))

    def _clear_errors(self) -> None:
        self.message.hide()
        self.header.clear_errors()
        self.participants.clear_errors()
        for section in (self.agenda, self.decisions, self.follow_ups):
            section.errors.clear()

    def _show_validation(self, error: ValidationError) -> None:
        """Show the error next to the field it names, on its tab, and put the cursor there."""
        text = describe(error)
        path = parse_field(error.field)
        if path.list == "":
            previous = self.tabs.currentWidget()
            self.tabs.setCurrentWidget(self.header_page)
            if self.header.show_error(path.field, text):
                focused = self.header.focusWidget()
                if focused is not None:
                    self.header_page.ensureWidgetVisible(focused)
                return
            self.tabs.setCurrentWidget(previous)
        sections = {
            "agenda": (self.agenda_page, self.agenda),
            "decisions": (self.agenda_page, self.decisions),
            "follow_ups": (self.follow_ups, self.follow_ups),
        }
        if path.list == "participants":
            self.tabs.setCurrentWidget(self.participants)
            self.participants.show_error(path.index, text)
            return
        if path.list in sections and 0 <= path.index < sections[path.list][1].model.rowCount():
            page, section = sections[path.list]
            self.tabs.setCurrentWidget(page)
            section.show_error(path.index, path.field, text)
            return
        self.message.setText(self.tr("Not saved: {0}").format(text))
        self.message.show()

    # Closing, deleting, duplicating ----------------------------------------------------------------

    def maybe_close(self) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved changes; True when the editor may close."""
        if not self.is_dirty():
            self.recovery.discard()
            return True
        answer = ask.ask(
            self,
            self.tr("Unsaved changes"),
            self.tr("“{0}” has changes that are not saved.").format(self.display_title()),
            [ask.Answer.SAVE, ask.Answer.DISCARD, ask.Answer.CANCEL],
            default=ask.Answer.SAVE,
            informative=self.tr("Save them before closing?"),
        )
        if answer == ask.Answer.SAVE:
            return self.save()
        if answer == ask.Answer.DISCARD:
            self._discard()
            return True
        return False

    def request_close(self) -> bool:
        """Close the editor as the user asked (guarding unsaved changes); emits `closed` when it may."""
        if not self.maybe_close():
            return False
        self.closed.emit()
        return True

    def _discard(self) -> None:
        """Drop the unsaved changes: show the stored meeting again (or nothing, for a draft)."""
        if self._meeting.id is not None:
            try:
                self.open_meeting(self._meeting.id)
                return
            except NotFoundError:
                pass
        self._forget_changes()

    def _forget_changes(self) -> None:
        """Nothing unsaved is kept: no history to undo into, no recovery copy."""
        self.history.reset(saved=True)
        self.recovery.discard()
        self._sync_dirty()

    def delete_meeting(self) -> bool:
        """Move the meeting to the trash after confirmation (a draft is just dropped); True when done."""
        meeting_id = self._meeting.id
        if meeting_id is None:
            answer = ask.ask(
                self,
                self.tr("Discard new meeting"),
                self.tr("Discard this new meeting? It was never saved."),
                [ask.Answer.DISCARD, ask.Answer.CANCEL],
                default=ask.Answer.CANCEL,
            )
            if answer != ask.Answer.DISCARD:
                return False
            self._forget_changes()
            self.setEnabled(False)
            self.closed.emit()
            return True
        answer = ask.ask(
            self,
            self.tr("Delete meeting"),
            self.tr("Delete “{0}” with its participants, agenda, decisions and follow-ups?").format(
                self.display_title()
            ),
            [ask.Answer.DELETE, ask.Answer.CANCEL],
            default=ask.Answer.CANCEL,
            informative=self.tr("The meeting goes to the trash."),
            icon=QMessageBox.Icon.Warning,
        )
        if answer != ask.Answer.DELETE:
            return False
        try:
            self._services.meetings.delete(meeting_id)
        except NotFoundError:
            pass  # already gone elsewhere: the outcome the user asked for
        except MinutesError as error:
            ask.tell(self, self.tr("Not deleted"), self.tr("The meeting could not be deleted."), informative=str(error))
            return False
        self._meeting = r.Meeting()
        self._forget_changes()
        self.setEnabled(False)
        self.deleted.emit(meeting_id)
        self.closed.emit()
        return True

    def duplicate_as_next(self) -> bool:
        """Open a new draft with this meeting's counterpart and participants, dated today (saving first if needed)."""
        if self.is_dirty() or self._meeting.id is None:
            answer = ask.ask(
                self,
                self.tr("Save first"),
                self.tr("Save “{0}” before starting the next meeting from it?").format(self.display_title()),
                [ask.Answer.SAVE, ask.Answer.CANCEL],
                default=ask.Answer.SAVE,
            )
            if answer != ask.Answer.SAVE or not self.save():
                return False
        assert self._meeting.id is not None
        self.open_draft(self._services.meetings.duplicate_as_next(self._meeting.id))
        return True
