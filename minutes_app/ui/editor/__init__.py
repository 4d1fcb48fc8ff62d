"""The meeting editor: one meeting's fields, participants, agenda, decisions and follow-ups."""

from minutes_app.ui.editor import qt_compat

qt_compat.install()  # before any signal is emitted from Python: see qt_compat

from minutes_app.ui.editor.meeting_editor import MeetingEditor  # noqa: E402

__all__ = ["MeetingEditor"]
