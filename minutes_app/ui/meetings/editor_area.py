"""The page that hosts the meeting editor: one meeting at a time, never closed with unsaved work lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, cast

from PySide6.QtCore import QSettings, Signal, SignalInstance
from PySide6.QtWidgets import QVBoxLayout, QWidget

from minutes_app.domain.multilingual import Untranslated
from minutes_app.domain.records import Meeting
from minutes_app.services import Services
from minutes_app.services.settings import Settings
from minutes_app.ui.meetings.minutes_export_bar import MinutesExportBar

SettingsProvider = Callable[[], Settings]


class MeetingEditorWidget(Protocol):
    """What the main window relies on in the meeting editor (minutes_app/ui/editor)."""

    saved: SignalInstance
    closed: SignalInstance
    dirty_changed: SignalInstance
    title_changed: SignalInstance

    def open_meeting(self, meeting_id: int) -> None: ...
    def open_draft(self, meeting: Meeting) -> None: ...
    def is_dirty(self) -> bool: ...
    def save(self) -> bool: ...
    def maybe_close(self) -> bool: ...
    def current_meeting_id(self) -> int | None: ...


EditorFactory = Callable[[Services, SettingsProvider, QWidget], QWidget]


def real_editor_factory(services: Services, settings_provider: SettingsProvider, parent: QWidget) -> QWidget:
    """Build the app's MeetingEditor (imported on first use: the window opens faster)."""
    from minutes_app.ui.editor.meeting_editor import MeetingEditor

    editor: QWidget = MeetingEditor(services, settings_provider, parent)
    return editor


class EditorArea(QWidget):
    """Holds the editor; opening another meeting or closing first lets the editor ask to save.

    Escape never closes it (it dismisses popups and dialogs; one too many must not close a meeting):
    File > Close meeting (Ctrl+W) and the editor's own Close button do.
    """

    opened = Signal()
    closed = Signal()
    saved = Signal(int)
    deleted = Signal(int)  # the editor moved its meeting to the trash itself
    title_changed = Signal(str)
    dirty_changed = Signal(bool)

    status_reported = Signal(str)

    def __init__(
        self,
        services: Services,
        settings_provider: SettingsProvider,
        editor_factory: EditorFactory = real_editor_factory,
        parent: QWidget | None = None,
        *,
        ui_settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._settings_provider = settings_provider
        self._editor_factory = editor_factory
        self._editor: QWidget | None = None
        self._open = False
        self._title = ""
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.export_bar: MinutesExportBar | None = None
        if ui_settings is not None:
            self.export_bar = MinutesExportBar(
                services,
                ui_settings,
                meeting_id=self.current_meeting_id,
                is_dirty=self.is_dirty,
                save=self.save,
                go_to=self._go_to_untranslated,
            )
            self.export_bar.status_reported.connect(self.status_reported)
            self._layout.addWidget(self.export_bar)

    def editor(self) -> QWidget | None:
        """The editor widget once it was first needed."""
        return self._editor

    def is_open(self) -> bool:
        """True while a meeting (saved or draft) is open."""
        return self._open

    def is_dirty(self) -> bool:
        """True when the open meeting has unsaved changes."""
        return self._open and self._editor is not None and self._api().is_dirty()

    def title(self) -> str:
        """The open meeting's title as the editor last announced it."""
        return self._title

    def current_meeting_id(self) -> int | None:
        """The id of the open, saved meeting; None for a draft or when nothing is open."""
        if not self._open or self._editor is None:
            return None
        return self._api().current_meeting_id()

    def open_meeting(self, meeting_id: int) -> bool:
        """Show the meeting; False when the person kept the meeting already open instead."""
        if self._open and self.current_meeting_id() == meeting_id:
            return True
        if not self.close_editor():
            return False
        self._ensure_editor()
        self._api().open_meeting(meeting_id)
        self._mark_open()
        return True

    def open_draft(self, meeting: Meeting) -> bool:
        """Start an unsaved meeting (new or duplicated); False when the current one stays open."""
        if not self.close_editor():
            return False
        self._ensure_editor()
        self._title = meeting.title
        self._api().open_draft(meeting)
        self._mark_open()
        return True

    def save(self) -> bool:
        """Save the open meeting (the editor reports problems itself)."""
        if not self._open or self._editor is None:
            return False
        return bool(self._api().save())

    def close_editor(self) -> bool:
        """Close the open meeting after the editor's save / discard / cancel question; True when closed."""
        if not self._open or self._editor is None:
            return True
        if not self._api().maybe_close():
            return False
        self._mark_closed()
        return True

    def _ensure_editor(self) -> QWidget:
        if self._editor is None:
            editor = self._editor_factory(self._services, self._settings_provider, self)
            api = cast(MeetingEditorWidget, editor)
            api.saved.connect(self.saved)
            api.closed.connect(self._mark_closed)
            api.dirty_changed.connect(self.dirty_changed)
            api.title_changed.connect(self._on_title_changed)
            language_changed = getattr(editor, "language_changed", None)  # optional: the meeting's language
            if language_changed is not None and self.export_bar is not None:
                language_changed.connect(self.export_bar.follow_meeting_language)
            deleted = getattr(editor, "deleted", None)  # optional: an editor with its own Delete button
            if deleted is not None:
                deleted.connect(self.deleted)
            self._layout.addWidget(editor)
            self._editor = editor
        return self._editor

    def _go_to_untranslated(self, item: Untranslated, lang: str) -> None:
        """Show one untranslated text in the editor (an editor without a translation view shows nothing)."""
        go_to = getattr(self._editor, "go_to_untranslated", None)
        if self._open and go_to is not None:
            go_to(item, lang)

    def _api(self) -> MeetingEditorWidget:
        return cast(MeetingEditorWidget, self._editor)

    def _mark_open(self) -> None:
        self._open = True
        if self.export_bar is not None:
            shown = getattr(self._editor, "meeting_language", None)  # the form's choice, draft or stored
            meeting_id = self.current_meeting_id()
            stored = self._services.meetings.language_of(meeting_id) if meeting_id is not None else None
            language = shown() if shown is not None else stored
            self.export_bar.follow_meeting_language(language or self._settings_provider().minutes_language)
        self.opened.emit()

    def _mark_closed(self) -> None:
        if not self._open:
            return
        self._open = False
        self._title = ""
        self.closed.emit()

    def _on_title_changed(self, title: str) -> None:
        self._title = title
        self.title_changed.emit(title)
