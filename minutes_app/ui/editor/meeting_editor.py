"""The meeting editor: opens a meeting or a draft, tracks unsaved changes, saves it whole, deletes, duplicates.

Four tabs (the meeting's fields, participants, agenda and decisions, follow-ups) rather than one long
page: each list gets the full height, and Ctrl+Tab moves between them. Every question to the user
goes through `ask.ask` so tests can answer it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain import records as r
from minutes_app.domain.errors import ConflictError, MinutesError, NotFoundError, ValidationError
from minutes_app.services import Services
from minutes_app.services.settings import Settings
from minutes_app.ui.editor import ask
from minutes_app.ui.editor.agenda import AgendaSection
from minutes_app.ui.editor.decisions import DecisionsSection
from minutes_app.ui.editor.directory import Directory
from minutes_app.ui.editor.followups import FollowUpsSection
from minutes_app.ui.editor.header_form import HeaderForm
from minutes_app.ui.editor.messages import describe, parse_field
from minutes_app.ui.editor.participants import ParticipantsSection, error_label
from minutes_app.ui.widgets.elided_label import ElidedLabel

SettingsProvider = Callable[[], Settings]


def as_copy(meeting: r.Meeting) -> r.Meeting:
    """The meeting as a new record: no ids or versions anywhere, so saving it creates everything afresh."""
    return replace(
        meeting, id=None, version=0,
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

    def __init__(self, services: Services, settings_provider: SettingsProvider, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._settings_provider = settings_provider
        self._meeting = r.Meeting()
        self._dirty = False
        self._loading = False
        self.directory = Directory(services)
        self.directory.refresh()
        self._build()
        self._connect()
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
        self.duplicate_button.setToolTip(self.tr("Start a new meeting with the same counterpart and participants, dated today"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.close_button = QPushButton(self.tr("Close"))
        for button in (self.save_button, self.duplicate_button, self.delete_button, self.close_button):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        bar = QHBoxLayout()
        bar.addWidget(self.heading, 1)
        bar.addWidget(self.unsaved_label)
        bar.addSpacing(12)
        for button in (self.save_button, self.duplicate_button, self.delete_button, self.close_button):
            bar.addWidget(button)
        self.message = error_label()

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
        self.follow_ups = FollowUpsSection(self._services, self.directory, self.agenda.agenda_model, self.decisions.decisions_model)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for page in (self.header_page, self.participants, self.agenda_page, self.follow_ups):
            self.tabs.addTab(page, "")
        self.tabs.setTabToolTip(0, self.tr("Ctrl+Tab and Ctrl+Shift+Tab move between the tabs"))

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self._update_tab_titles()

    def _connect(self) -> None:
        for section in (self.header, self.participants, self.agenda, self.decisions, self.follow_ups):
            section.edited.connect(self._on_edited)
        self.header.title_edited.connect(lambda _text: self._update_heading())
        self.save_button.clicked.connect(self.save)
        self.duplicate_button.clicked.connect(self.duplicate_as_next)
        self.delete_button.clicked.connect(self.delete_meeting)
        self.close_button.clicked.connect(self.request_close)

    # Opening ---------------------------------------------------------------------------------

    def open_meeting(self, meeting_id: int) -> None:
        """Show the stored meeting (raises NotFoundError when it is gone); unsaved changes are the caller's to guard."""
        self._load(self._services.meetings.get(meeting_id), dirty=False)

    def open_draft(self, meeting: r.Meeting) -> None:
        """Show an unsaved meeting: a new one gets today's date, the own organisation as host, the
        default language and the officer as "prepared by"; a duplicated one counts as unsaved work."""
        settings = self._settings_provider()
        blank = is_blank(meeting)
        draft = replace(
            meeting,
            id=None,
            date=meeting.date or dt.date.today(),
            host_organisation_id=meeting.host_organisation_id or settings.own_organisation_id,
            language=settings.minutes_language if blank else meeting.language,
            prepared_by=meeting.prepared_by or settings.officer_name,
        )
        self._load(draft, dirty=not blank)
        self.tabs.setCurrentWidget(self.header_page)
        self.header.title.setFocus()

    def _load(self, meeting: r.Meeting, *, dirty: bool) -> None:
        self._loading = True
        try:
            self.message.hide()
            self.directory.refresh()
            topics = self._services.topics.list(include_inactive=True)
            shown_topics = [t for t in topics if t.active or t.id in meeting.topic_ids]
            self.header.set_choices(shown_topics)
            self.follow_ups.set_choices(shown_topics, self._services.follow_ups.departments())
            self._meeting = meeting
            self.header.load(meeting)
            self.participants.set_attendances(meeting.attendances)
            agenda = [replace(a) for a in meeting.agenda]
            self.agenda.set_rows(agenda)
            self.decisions.set_decisions(meeting.decisions, agenda)
            self.follow_ups.set_follow_ups(meeting.follow_ups, agenda, self.decisions.entries())
        finally:
            self._loading = False
        self.setEnabled(True)
        self.delete_button.setEnabled(True)
        self.duplicate_button.setEnabled(meeting.id is not None)
        self._update_tab_titles()
        self._update_heading()
        self._set_dirty(dirty)

    # State -----------------------------------------------------------------------------------

    def current_meeting_id(self) -> int | None:
        """The id of the meeting shown, or None for an unsaved draft."""
        return self._meeting.id

    def is_dirty(self) -> bool:
        """True when there are changes not yet saved."""
        return self._dirty

    def display_title(self) -> str:
        """The meeting's title as typed, or a stand-in for an untitled one."""
        title = self.header.title.text().strip()
        if title:
            return title
        return self.tr("New meeting") if self._meeting.id is None else self.tr("Untitled meeting")

    def _on_edited(self) -> None:
        if self._loading:
            return
        self._set_dirty(True)
        self._update_tab_titles()

    def _set_dirty(self, dirty: bool) -> None:
        self.unsaved_label.setVisible(dirty)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def _update_heading(self) -> None:
        title = self.display_title()
        self.heading.setText(title)
        self.title_changed.emit(title)

    def _update_tab_titles(self) -> None:
        self.tabs.setTabText(0, self.tr("Meeting"))
        self.tabs.setTabText(1, self.tr("Participants ({0})").format(len(self.participants.attendances())))
        self.tabs.setTabText(2, self.tr("Agenda ({0}) and decisions ({1})").format(
            self.agenda.model.rowCount(), self.decisions.model.rowCount()))
        self.tabs.setTabText(3, self.tr("Follow-ups ({0})").format(self.follow_ups.model.rowCount()))

    # Saving ----------------------------------------------------------------------------------

    def collect(self) -> r.Meeting:
        """The meeting as the fields show it now (raises ValidationError for what only the editor can check)."""
        if self.header.host_is_unresolved():
            raise ValidationError("host_organisation", self.tr("No organisation in the directory has this name; pick one from the list."))
        owner_row = self.follow_ups.unresolved_owner_row()
        if owner_row >= 0:
            raise ValidationError(f"follow_ups[{owner_row + 1}].owner", self.tr("Pick the owner from the directory, or create the person."))
        meeting = self.header.apply(self._meeting)
        return replace(
            meeting,
            attendances=self.participants.attendances(),
            agenda=[replace(a) for a in self.agenda.items()],
            decisions=self.decisions.decisions(),
            follow_ups=self.follow_ups.follow_ups(),
        )

    def save(self) -> bool:
        """Write the whole meeting in one transaction; False (nothing written) when refused or cancelled."""
        self._clear_errors()
        try:
            meeting = self.collect()
        except ValidationError as error:
            self._show_validation(error)
            return False
        return self._write(meeting)

    def _write(self, meeting: r.Meeting, *, force: bool = False) -> bool:
        author = self._settings_provider().officer_name
        try:
            stored = self._services.meetings.save(meeting, author=author, force=force)
        except ValidationError as error:
            self._show_validation(error)
            return False
        except ConflictError:
            return self._resolve_conflict(meeting)
        except NotFoundError:
            return self._resolve_vanished(meeting)
        except MinutesError as error:
            ask.tell(self, self.tr("Not saved"), self.tr("The meeting could not be saved."), informative=str(error))
            return False
        assert stored.id is not None
        self._load(stored, dirty=False)
        self.saved.emit(stored.id)
        return True

    def _resolve_conflict(self, meeting: r.Meeting) -> bool:
        answer = ask.ask(
            self, self.tr("Changed elsewhere"),
            self.tr("This meeting was changed elsewhere (in another window or by another officer) since you opened it."),
            [ask.Answer.RELOAD, ask.Answer.OVERWRITE, ask.Answer.SAVE_COPY, ask.Answer.CANCEL],
            default=ask.Answer.CANCEL,
            informative=self.tr("Reload shows the stored version and drops your changes. Overwrite replaces the stored "
                                "version with yours. Save as a copy keeps both."),
            icon=QMessageBox.Icon.Warning,
        )
        if answer == ask.Answer.RELOAD and meeting.id is not None:
            self.open_meeting(meeting.id)
            return False
        if answer == ask.Answer.OVERWRITE:
            return self._write(meeting, force=True)
        if answer == ask.Answer.SAVE_COPY:
            return self._write(as_copy(meeting))
        return False

    def _resolve_vanished(self, meeting: r.Meeting) -> bool:
        answer = ask.ask(
            self, self.tr("Deleted elsewhere"),
            self.tr("This meeting was deleted elsewhere since you opened it. Save your version as a new meeting?"),
            [ask.Answer.SAVE_COPY, ask.Answer.CANCEL], default=ask.Answer.SAVE_COPY, icon=QMessageBox.Icon.Warning,
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
        sections = {"agenda": (self.agenda_page, self.agenda), "decisions": (self.agenda_page, self.decisions),
                    "follow_ups": (self.follow_ups, self.follow_ups)}
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
        if not self._dirty:
            return True
        answer = ask.ask(
            self, self.tr("Unsaved changes"),
            self.tr("“{0}” has changes that are not saved.").format(self.display_title()),
            [ask.Answer.SAVE, ask.Answer.DISCARD, ask.Answer.CANCEL], default=ask.Answer.SAVE,
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
        self._set_dirty(False)

    def delete_meeting(self) -> bool:
        """Move the meeting to the trash after confirmation (a draft is just dropped); True when done."""
        meeting_id = self._meeting.id
        if meeting_id is None:
            answer = ask.ask(
                self, self.tr("Discard new meeting"), self.tr("Discard this new meeting? It was never saved."),
                [ask.Answer.DISCARD, ask.Answer.CANCEL], default=ask.Answer.CANCEL,
            )
            if answer != ask.Answer.DISCARD:
                return False
            self._set_dirty(False)
            self.setEnabled(False)
            self.closed.emit()
            return True
        answer = ask.ask(
            self, self.tr("Delete meeting"),
            self.tr("Delete “{0}” with its participants, agenda, decisions and follow-ups?").format(self.display_title()),
            [ask.Answer.DELETE, ask.Answer.CANCEL], default=ask.Answer.CANCEL,
            informative=self.tr("The meeting goes to the trash."), icon=QMessageBox.Icon.Warning,
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
        self._set_dirty(False)
        self.setEnabled(False)
        self.deleted.emit(meeting_id)
        self.closed.emit()
        return True

    def duplicate_as_next(self) -> bool:
        """Open a new draft with this meeting's counterpart and participants, dated today (saving first if needed)."""
        if self._dirty or self._meeting.id is None:
            answer = ask.ask(
                self, self.tr("Save first"),
                self.tr("Save “{0}” before starting the next meeting from it?").format(self.display_title()),
                [ask.Answer.SAVE, ask.Answer.CANCEL], default=ask.Answer.SAVE,
            )
            if answer != ask.Answer.SAVE or not self.save():
                return False
        assert self._meeting.id is not None
        self.open_draft(self._services.meetings.duplicate_as_next(self._meeting.id))
        return True
