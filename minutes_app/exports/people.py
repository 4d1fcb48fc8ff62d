"""How a participant is written in a document: "Name, position, organisation" in the document's language."""

from __future__ import annotations

from minutes_app.domain.records import Attendance, Meeting
from minutes_app.exports.grammar import representative_of
from minutes_app.domain.vocab import HEAD_ROLES
from minutes_app.exports.labels import role_after_name


def position_of(attendance: Attendance, lang: str) -> str:
    """The position held at the meeting: the attendance's own when the person has since changed post."""
    person = attendance.person
    held = attendance.position.strip()
    if person is None:
        return held
    recorded = {person.position, person.position_en, person.position_az, person.position_ru} - {""}
    if held and held not in recorded:
        return held
    return person.position_in(lang) or held


def organisation_of(attendance: Attendance, lang: str) -> str:
    """The participant's organisation in `lang`, from the attendance or else the person's record."""
    if attendance.organisation is not None:
        return attendance.organisation.name_in(lang)
    if attendance.person is not None:
        return attendance.person.organisation_name
    return ""


def name_of(attendance: Attendance, lang: str) -> str:
    """The person's name spelled for `lang`, or "Representative of <organisation>"."""
    if attendance.person is not None and attendance.person.name_in(lang):
        return attendance.person.name_in(lang)
    return representative_of(organisation_of(attendance, lang), lang)


def participant_line(attendance: Attendance, lang: str) -> str:
    """ "Name, position, organisation (role)"; an unnamed one as "Representative of <organisation>"."""
    named = attendance.person is not None and bool(attendance.person.name_in(lang))
    parts = [name_of(attendance, lang)]
    position = position_of(attendance, lang)
    if position:
        parts.append(position)
    if named:
        organisation = organisation_of(attendance, lang)
        if organisation and organisation.casefold() not in position.casefold():
            parts.append(organisation)
    line = ", ".join(part.strip() for part in parts if part.strip())
    # The catalogue says per role and language what follows the name; a plain member needs no mention.
    after_name = role_after_name(attendance.role, lang)
    if after_name:
        line += f" ({after_name})"
    return line


def present(meeting: Meeting, side: str) -> list[Attendance]:
    """The participants of `side` who were present, head of delegation first, then by precedence."""
    people = [a for a in meeting.side(side) if a.present]
    return sorted(people, key=lambda a: (a.role not in HEAD_ROLES, a.precedence))


def head_of(meeting: Meeting, side: str, lang: str) -> str:
    """Who led `side`: "Name, position", or "" when the side is empty."""
    people = present(meeting, side)
    if not people:
        return ""
    head = people[0]
    position = position_of(head, lang)
    return f"{name_of(head, lang)}, {position}" if position and head.person else name_of(head, lang)
