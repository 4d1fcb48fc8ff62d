"""Loading the sample meeting and telling the officer what it added."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from minutes_app.domain.records import Meeting
from minutes_app.services import Services
from minutes_app.services.demo import load_demo


def loaded_message(meeting: Meeting) -> str:
    """What the sample brought, in the interface language: the meeting, its participants and follow-ups."""
    people, tasks = len(meeting.attendances), len(meeting.follow_ups)  # lupdate reads no call inside the count
    participants = QCoreApplication.translate("SampleMeeting", "%n participant(s)", "", people)
    follow_ups = QCoreApplication.translate("SampleMeeting", "%n follow-up(s)", "", tasks)
    return (
        QCoreApplication.translate("SampleMeeting", "The sample meeting was loaded: 1 meeting, %1, %2.")
        .replace("%1", participants)
        .replace("%2", follow_ups)
    )


def load_sample_and_confirm(services: Services, parent: QWidget | None) -> tuple[Meeting, bool]:
    """Load the sample meeting (once); when it was added, confirm what was loaded in a message. Returns (meeting, created)."""
    meeting, created = load_demo(services)
    if created:
        QMessageBox.information(
            parent, QCoreApplication.translate("SampleMeeting", "Sample meeting"), loaded_message(meeting)
        )
    return meeting, created
