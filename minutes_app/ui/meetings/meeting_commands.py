"""What a person can do to meetings from any page: new, open, duplicate as next, delete."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from minutes_app.domain.errors import MinutesError
from minutes_app.domain.records import Meeting
from minutes_app.domain.vocab import MeetingStatus
from minutes_app.services import Services
from minutes_app.ui.common.error_messages import show_error
from minutes_app.ui.meetings.editor_area import EditorArea, SettingsProvider


class MeetingCommands(QObject):
    """Runs meeting actions through the services and the editor area, then announces changes."""

    data_changed = Signal()
    status_reported = Signal(str)

    def __init__(
        self,
        services: Services,
        editor_area: EditorArea,
        settings_provider: SettingsProvider,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._services = services
        self._editor_area = editor_area
        self._settings_provider = settings_provider
        self._window = window

    def new_meeting(self, *, today: dt.date | None = None) -> bool:
        """Open a blank meeting dated today, hosted by the officer's own organisation."""
        settings = self._settings_provider()
        draft = Meeting(
            date=today or dt.date.today(),
            status=MeetingStatus.PLANNED.value,
            host_organisation_id=settings.own_organisation_id,
            language=settings.minutes_language,
            prepared_by=settings.officer_name,
        )
        return self._editor_area.open_draft(draft)

    def open_meeting(self, meeting_id: int) -> bool:
        """Open a saved meeting in the editor."""
        return self._editor_area.open_meeting(meeting_id)

    def duplicate_as_next(self, meeting_id: int) -> bool:
        """Open an unsaved next meeting with the same counterpart, participants and topics."""
        try:
            draft = self._services.meetings.duplicate_as_next(meeting_id)
        except MinutesError as error:
            show_error(self._window, self.tr("Duplicate as next meeting"), error)
            return False
        if not draft.prepared_by:
            draft.prepared_by = self._settings_provider().officer_name
        return self._editor_area.open_draft(draft)

    def delete_meeting(self, meeting_id: int, title: str) -> bool:
        """Ask, then move the meeting with everything in it to the trash."""
        answer = QMessageBox.question(
            self._window,
            self.tr("Delete meeting"),
            self.tr(
                "Delete the meeting “%1”?\n\nIts participants, agenda, decisions and follow-ups "
                "go to the trash with it."
            ).replace("%1", title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if self._editor_area.current_meeting_id() == meeting_id and not self._editor_area.close_editor():
            return False
        try:
            self._services.meetings.delete(meeting_id)
        except MinutesError as error:
            show_error(self._window, self.tr("Delete meeting"), error)
            return False
        self.status_reported.emit(self.tr("Deleted “%1”.").replace("%1", title))
        self.data_changed.emit()
        return True
