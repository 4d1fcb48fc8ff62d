"""How a participant is written in a document: "Name, position, organisation" in the document's language."""

from __future__ import annotations

import re

from minutes_app.domain.records import Attendance, Meeting
from minutes_app.domain.vocab import HEAD_ROLES
from minutes_app.exports.grammar import representative_of
from minutes_app.exports.labels import role_after_name
from minutes_app.exports.localize import Said, text_of

# Roles that lead a side (the vocabulary's heads): listed first, and the one who signs agreed minutes.
LEADING_ROLES = tuple(sorted(role.value for role in HEAD_ROLES))


def leads(attendance: Attendance) -> bool:
    """True when the participant's role leads their side (as the store's role list says, else the vocabulary)."""
    if attendance.role_entry is not None:
        return attendance.role_entry.leads
    return attendance.role in LEADING_ROLES


def role_wording(attendance: Attendance, lang: str) -> str:
    """What follows the participant's name in brackets in `lang`: the store's wording, else the catalogue's."""
    if attendance.role_entry is not None:
        return attendance.role_entry.after_name_in(lang).strip()
    return role_after_name(attendance.role, lang)


def position_of(attendance: Attendance, lang: str, original: str | None = None) -> Said:
    """The position held at the meeting in `lang`, as recorded with the attendance.

    The attendance's own position (and its translations) wins, so a later change in the directory never
    alters past minutes; the person's directory position is used only when the attendance has none.
    `original` is the meeting's language (the language the attendance's position is written in).
    """
    held = attendance.position.strip()
    if held:
        said = text_of(attendance, "position", lang, original or lang)
        return Said(said.strip(), said.lang)
    if attendance.person is not None:
        return Said(attendance.person.position_in(lang).strip())
    return Said("")


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


def _squeezed(text: str) -> str:
    # "İ".casefold() is "i" + a combining dot, which would never match an Azerbaijani "i"
    return re.sub(r"\s+", " ", text.replace("İ", "i")).strip().casefold()


def names_organisation(position: str, organisation: str) -> bool:
    """True when `position` already names the organisation (case and spacing aside).

    Either the whole name is in the position, or the name without its institution word is: "Minister of
    Economy of the Republic of Azerbaijan" names the "Ministry of Economy of the Republic of Azerbaijan",
    «министр экономики Азербайджанской Республики» its Министерство, and "Azərbaycan Respublikasının
    iqtisadiyyat naziri" its "... İqtisadiyyat Nazirliyi" (Azerbaijani puts the institution word last).
    """
    held, name = _squeezed(position), _squeezed(organisation)
    if not name:
        return False
    if name in held:
        return True
    words = name.split(" ")
    if len(words) < 3:
        return False
    return " ".join(words[1:]) in held or " ".join(words[:-1]) in held


def participant_line(attendance: Attendance, lang: str, original: str | None = None) -> Said:
    """ "Name, position, organisation (role)"; an unnamed one as "Representative of <organisation>".

    The line is tagged with the original language when its position had to fall back to it.
    """
    named = attendance.person is not None and bool(attendance.person.name_in(lang))
    parts = [name_of(attendance, lang)]
    position = position_of(attendance, lang, original)
    if position:
        parts.append(position)
    if named:
        organisation = organisation_of(attendance, lang)
        if organisation and not names_organisation(position, organisation):
            parts.append(organisation)
    line = ", ".join(part.strip() for part in parts if part.strip())
    # The catalogue says per role and language what follows the name; a plain member needs no mention.
    after_name = role_wording(attendance, lang)
    if after_name:
        line += f" ({after_name})"
    return Said(line, position.lang)


def present(meeting: Meeting, side: str) -> list[Attendance]:
    """The participants of `side` who were present, head of delegation first, then by precedence."""
    people = [a for a in meeting.side(side) if a.present]
    return sorted(people, key=lambda a: (not leads(a), a.precedence))


def head_of(meeting: Meeting, side: str, lang: str) -> str:
    """Who led `side`: "Name, position", or "" when the side is empty."""
    people = present(meeting, side)
    if not people:
        return ""
    head = people[0]
    position = position_of(head, lang, meeting.language)
    return f"{name_of(head, lang)}, {position}" if position and head.person else name_of(head, lang)
