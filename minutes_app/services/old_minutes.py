"""Import old Word minutes: a meeting made from what the file gives away, saved for the officer to complete."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from minutes_app.domain import records as r
from minutes_app.domain.vocab import MeetingStatus
from minutes_app.services import Services
from minutes_app.services.old_minutes_reader import FoundMinutes, read_old_minutes

# Keeps the original file with the meeting (the attachments service, where the app has it): (meeting_id, file).
AttachOriginal = Callable[[int, Path], object]


@dataclass(slots=True)
class ImportedMinutes:
    """The meeting made, what the file gave away, the people added to the directory, and whether the file is kept."""

    meeting: r.Meeting
    found: FoundMinutes
    new_people: list[str] = field(default_factory=list)
    attached: bool = False

    def lines(self) -> list[str]:
        """What was found, one fact a line (English, for the command line)."""
        found = self.found
        sides = {"host": 0, "guest": 0}
        for participant in found.participants:
            sides[participant.side] += 1
        out = [
            f"Title: {found.title or '(not found: the file name is used)'}",
            f"Date: {found.date.isoformat() if found.date else '(not found)'}",
            f"Language: {found.language}",
            f"Counterpart country: {found.country or '(not found)'}",
            f"Participants: {len(found.participants)} (host side {sides['host']}, guest side {sides['guest']})"
            if found.participants
            else "Participants: (none found)",
        ]
        if self.new_people:
            out.append(f"Added to the directory: {', '.join(self.new_people)}")
        if found.representatives:
            out.append(f"Left for you to add: {len(found.representatives)} unnamed representative(s)")
        out.append("Attached the original file" if self.attached else "The original file was not attached")
        return out


class OldMinutesImporter:
    """Makes a meeting from an old .docx and keeps the file with it as an attachment (or as `attach_original` says)."""

    def __init__(self, services: Services, attach_original: AttachOriginal | None = None) -> None:
        self.services = services
        self.attach_original = attach_original if attach_original is not None else self._attach_to_meeting

    def _attach_to_meeting(self, meeting_id: int, path: Path) -> None:
        """The original file, attached to the meeting made from it (not listed as an annex)."""
        self.services.attachments.attach("meeting", meeting_id, path)

    def import_file(self, path: str | os.PathLike[str]) -> ImportedMinutes:
        """Read the file and save a meeting with status "minutes drafted"; ImportFormatError when it is not a .docx."""
        source = Path(path)
        found = read_old_minutes(source)
        attendances, new_people = self._attendances(found)
        meeting = r.Meeting(
            title=found.title or source.stem,
            date=found.date,
            language=found.language,
            countries=[found.country] if found.country else [],
            # Saved, not left open unsaved: the command line prints its id, the original is attached to it,
            # and closing the window cannot lose it; "minutes drafted" says the record still wants reviewing.
            status=MeetingStatus.MINUTES_DRAFTED.value,
            attendances=attendances,
        )
        saved = self.services.meetings.save(meeting, author=self.services.settings.get().officer_name)
        attached = False
        if self.attach_original is not None and saved.id is not None:
            self.attach_original(saved.id, source)
            attached = True
        return ImportedMinutes(saved, found, new_people, attached)

    def _attendances(self, found: FoundMinutes) -> tuple[list[r.Attendance], list[str]]:
        """Each participant as an attendance: the directory's person of that name, else a new one."""
        attendances: list[r.Attendance] = []
        new_people: list[str] = []
        precedence = {"host": 0, "guest": 0}
        for participant in found.participants:
            person = self.services.directory.find_person(participant.name)
            if person is None:
                person = r.Person(name=participant.name, position=participant.position)
                setattr(person, f"name_{found.language}", participant.name)  # the spelling in the file's language
                person = self.services.directory.save_person(person)
                new_people.append(participant.name)
            attendances.append(
                r.Attendance(
                    person_id=person.id,
                    side=participant.side,
                    precedence=precedence[participant.side],
                    position=participant.position,
                )
            )
            precedence[participant.side] += 1
        return attendances, new_people
