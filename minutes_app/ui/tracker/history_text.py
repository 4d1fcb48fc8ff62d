"""A follow-up's history in words: when, who, what changed and the note, newest first."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from functools import cache

from PySide6.QtCore import QCoreApplication, QObject

from minutes_app.domain.records import AuditEntry, FollowUpNote
from minutes_app.domain.vocab import NoteKind
from minutes_app.ui.common import vocabulary_labels
from minutes_app.ui.common.audit_text import change_line
from minutes_app.ui.common.formatting import format_date, format_utc_timestamp

HISTORY_SHOWN = 200  # the newest history entries shown for a selected follow-up (the tracker, carry-forward)


def _status(value: str) -> str:
    return vocabulary_labels.label(vocabulary_labels.FOLLOW_UP_STATUS, value) if value else "—"


def _date(value: dt.date | None) -> str:
    return format_date(value) or QCoreApplication.translate("FollowUpHistory", "none")


def what_changed(note: FollowUpNote) -> str:
    """One line saying what an entry recorded (status from → to, due date from → to, a note…)."""
    if note.kind == NoteKind.CREATED.value:
        return (
            QCoreApplication.translate("FollowUpHistory", "Recorded (status %1, due %2)")
            .replace("%1", _status(note.new_status))
            .replace("%2", _date(note.new_due_date))
        )
    if note.kind == NoteKind.STATUS.value:
        return (
            QCoreApplication.translate("FollowUpHistory", "Status: %1 → %2")
            .replace("%1", _status(note.old_status))
            .replace("%2", _status(note.new_status))
        )
    if note.kind == NoteKind.DUE_DATE.value:
        return (
            QCoreApplication.translate("FollowUpHistory", "Due date: %1 → %2")
            .replace("%1", _date(note.old_due_date))
            .replace("%2", _date(note.new_due_date))
        )
    if note.kind == NoteKind.DISCUSSED.value:
        return QCoreApplication.translate("FollowUpHistory", "Discussed at a meeting")
    return QCoreApplication.translate("FollowUpHistory", "Progress note")


def entry_heading(note: FollowUpNote) -> str:
    """ "date time · who" of an entry."""
    who = note.author.strip() or QCoreApplication.translate("FollowUpHistory", "unknown officer")
    return f"{format_utc_timestamp(note.created_at)} · {who}"


def history_html(history: list[FollowUpNote], earlier: int = 0, changes: Sequence[AuditEntry] = ()) -> str:
    """The history as simple HTML for a text browser, newest entry first; `earlier` older entries were not read.

    `changes` are the audit trail's entries the notes do not tell (description, owner…), shown among them by time.
    """
    if not history and not changes:
        return f"<p><i>{html.escape(QCoreApplication.translate('FollowUpHistory', 'No history recorded.'))}</i></p>"
    # (when, order within the same second: notes by id, a save's audit rows after the note of that save)
    shown: list[tuple[dt.datetime, int, str]] = []
    for note in history:
        body = html.escape(note.text.strip()).replace("\n", "<br>")
        heading, change = html.escape(entry_heading(note)), html.escape(what_changed(note))
        more = f"<br>{body}" if body else ""
        shown.append((note.created_at or dt.datetime.min, note.id or 0, _entry_html(heading, change, more)))
    for entry in changes:
        heading = html.escape(f"{format_utc_timestamp(entry.changed_at)} · {entry.changed_by}")
        shown.append((entry.changed_at, entry.id, _entry_html(heading, html.escape(change_line(entry)), "")))
    shown.sort(key=lambda item: (item[0], item[1]), reverse=True)
    parts = [part for _when, _order, part in shown]
    if earlier > 0:
        left = _history().earlier_not_shown(earlier)
        parts.append(f"<p><i>{html.escape(left)}</i></p>")
    return "".join(parts)


def _entry_html(heading: str, change: str, more: str) -> str:
    return f"<p style='margin-bottom:8px'><span style='color:#555'>{heading}</span><br><b>{change}</b>{more}</p>"


class FollowUpHistory(QObject):
    """The translation context of the history's plural line: lupdate reads a plural only from `tr(text, "", n)`."""

    def earlier_not_shown(self, count: int) -> str:
        """ "%n earlier entries are not shown." in the interface language."""
        return self.tr("%n earlier entries are not shown.", "", count)


@cache
def _history() -> FollowUpHistory:
    return FollowUpHistory()
