"""The text of the agreed minutes in one language, as a list of blocks aligned across languages.

The same meeting gives the same number of blocks, in the same order, in every language, so block i
of the Azerbaijani text and block i of the Russian text are the same paragraph, side by side.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from minutes_app.domain.records import Meeting
from minutes_app.exports.labels import az_ordinal_suffix, format_date, label, unbreakable, upper
from minutes_app.exports.localize import Said, like, text_of
from minutes_app.exports.minutes_docx import owner_in, responsible
from minutes_app.exports.people import name_of, participant_line, position_of, present
from minutes_app.exports.sides import side_heading, signatory_line


class Block(NamedTuple):
    """One paragraph (or several, for a text of several lines) in a style of the template."""

    style: str
    text: Said


class Signatory(NamedTuple):
    """The signature block of one head of delegation in one language."""

    for_line: Said  # "For the Government of the Republic of Azerbaijan", or the meeting's own line
    name: str
    position: Said


def _block(style: str, text: str) -> Block:
    return Block(style, text if isinstance(text, Said) else Said(text))


def az_year(year: int) -> str:
    """ "2026-cı il", "2024-cü il", "2020-ci il": the year with the suffix vowel harmony wants."""
    return f"{year}-{az_ordinal_suffix(year)} il"


def signing_date(date: dt.date | None, lang: str) -> str:
    """The date as the closing formula writes it: "15 October 2026", "15 oktyabr 2026-cı il", "15 октября 2026 года"."""
    if date is None:
        return "_" * 12
    if lang == "ru":
        return format_date(date, lang).removesuffix(" г.") + " года"
    return format_date(date, lang)


# Words naming a city around its name ("г. Баку", "Bakı şəhəri", "City of Baku"): the formula says them itself.
_CITY_WORDS = re.compile(r"^(?:г\.|город|city of)\s+|\s+(?:şəhəri|ş\.|city)$", re.IGNORECASE)


def place_of(meeting: Meeting, lang: str) -> str:
    """The city the minutes were done in: the last part of the venue in `lang`, "" when it is not a place name."""
    venue = text_of(meeting, "venue", lang, meeting.language)
    last = _CITY_WORDS.sub("", venue.rsplit(",", 1)[-1].strip()).strip()
    if not last or any(ch.isdigit() for ch in last) or len(last.split()) > 3:
        return ""
    return last


def closing_formula(meeting: Meeting, lang: str, first: str, second: str) -> str:
    """The closing formula: "Done in Baku on 15 October 2026 in two originals, ... equally authentic." """
    values = {
        "date": signing_date(meeting.date, lang),
        "first": label(f"language.{first}", lang),
        "second": label(f"language.{second}", lang),
    }
    place = place_of(meeting, lang)
    if place:
        return label("authentic", lang, place=place, **values)
    return label("authentic_no_place", lang, **values)


def signatory(meeting: Meeting, side: str, lang: str) -> Signatory | None:
    """Who signs for `side` (its head of delegation) in `lang`; None when the side has nobody present."""
    people = present(meeting, side)
    if not people:
        return None
    head = people[0]
    position = position_of(head, lang, meeting.language) if head.person is not None else Said("")
    return Signatory(signatory_line(meeting, side, lang), name_of(head, lang), position)


def agreed_blocks(meeting: Meeting, lang: str, first: str, second: str) -> list[Block]:
    """The agreed minutes in `lang` (`first`, `second`: the two languages, for the closing formula)."""
    original = meeting.language
    blocks = [_block("Title", upper(label("agreed_minutes_title", lang), lang))]
    title = text_of(meeting, "title", lang, original)
    if title.strip():
        blocks.append(_block("Subtitle", title))
    if meeting.date:
        blocks.append(_block("Minutes Meta", f"{label('date', lang)}: {format_date(meeting.date, lang)}"))
    if meeting.venue.strip():
        venue = text_of(meeting, "venue", lang, original)
        blocks.append(_block("Minutes Meta", like(f"{label('venue', lang)}: {venue}", venue)))
    sides = [(side, present(meeting, side)) for side in ("host", "guest", "other")]
    sides = [(side, people) for side, people in sides if people]
    if sides:
        blocks.append(_block("Heading 1", label("participants", lang)))
    for side, people in sides:
        blocks.append(_block("Heading 2", side_heading(meeting, side, lang)))
        for number, attendance in enumerate(people, start=1):
            line = participant_line(attendance, lang, original)
            blocks.append(_block("Minutes Numbered", like(f"{number}.\t{line}", line)))
    items = [item for item in meeting.agenda if item.title.strip()]
    if items:
        blocks.append(_block("Heading 1", label("agenda", lang)))
        for number, item in enumerate(items, start=1):
            item_title = text_of(item, "title", lang, original)
            blocks.append(_block("Minutes Numbered", like(f"{number}.\t{item_title.strip()}", item_title)))
    noted = [(n, item) for n, item in enumerate(meeting.agenda, start=1) if item.notes.strip()]
    summary = text_of(meeting, "summary", lang, original)
    if noted or summary.strip():
        blocks.append(_block("Heading 1", label("discussion", lang)))
    for number, item in noted:
        item_title = text_of(item, "title", lang, original)
        blocks.append(_block("Heading 3", like(f"{number}. {item_title.strip()}", item_title)))
        blocks.append(_block("Normal", text_of(item, "notes", lang, original)))
    if summary.strip():
        if noted:
            blocks.append(_block("Heading 3", label("general_discussion", lang)))
        blocks.append(_block("Normal", summary))
    decisions = [d for d in meeting.decisions if d.text.strip()]
    if decisions:
        blocks.append(_block("Heading 1", label("decisions", lang)))
        for number, decision in enumerate(decisions, start=1):
            text = text_of(decision, "text", lang, original)
            blocks.append(_block("Minutes Numbered", like(f"{number}.\t{' '.join(text.split())}", text)))
    if meeting.follow_ups:
        blocks.append(_block("Heading 1", label("follow_up_plan", lang)))
        for number, follow_up in enumerate(meeting.follow_ups, start=1):
            action = text_of(follow_up, "description", lang, original)
            department = text_of(follow_up, "department", lang, original)
            who = responsible(owner_in(follow_up, meeting, lang), department)
            # what was agreed, never the status since: a signed text does not change with the tracker
            details = [part for part in (who, unbreakable(format_date(follow_up.due_date, lang))) if part]
            fell_back = action if action.lang else department
            blocks.append(
                _block(
                    "Minutes Numbered", like(f"{number}.\t{' '.join(action.split())} ({'; '.join(details)})", fell_back)
                )
            )
    blocks.append(_block("Normal", closing_formula(meeting, lang, first, second)))
    return blocks
