"""The meeting editor: one meeting's fields, participants, agenda, decisions and follow-ups."""

from minutes_app.ui.editor.meeting_editor import MeetingEditor

__all__ = ["MeetingEditor"]
