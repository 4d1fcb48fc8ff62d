"""A follow-up tracker row's texts in a document's language: action, department, owner, topic, meeting title."""

from __future__ import annotations

from minutes_app.domain.records import FollowUpRow
from minutes_app.exports.localize import Said, text_of


def action(row: FollowUpRow, lang: str) -> Said:
    """The action in `lang`, or as written (tagged with the meeting's language)."""
    text = text_of(row, "description", lang, row.language)
    return Said(text.strip(), text.lang)


def department(row: FollowUpRow, lang: str) -> Said:
    """The department in `lang`, or as written (tagged with the meeting's language)."""
    text = text_of(row, "department", lang, row.language)
    return Said(text.strip(), text.lang)


def owner(row: FollowUpRow, lang: str) -> str:
    """The owner's name spelled for `lang`, else as recorded."""
    return row.owner_names.get(lang, "").strip() or row.owner_name


def topic(row: FollowUpRow, lang: str) -> str:
    """The topic's name in `lang`, else as recorded."""
    return row.topic_names.get(lang, "").strip() or row.topic_name


def meeting_title(row: FollowUpRow, lang: str) -> Said:
    """The title of the row's meeting in `lang`, or as written (tagged with the meeting's language)."""
    if lang == row.language:
        return Said(row.meeting_title)
    translated = row.meeting_titles.get(lang, "").strip()
    if translated:
        return Said(translated)
    return Said(row.meeting_title, row.language if row.meeting_title.strip() else "")
