"""Overdue said in words and with an icon, not only in red: for the tracker, the dossier and the editor.

Colour alone is lost on a selected row (the selection colour replaces it) and on anyone who does not
tell red from amber; "Overdue by 12 days" with its icon survives both. Deferred, done and cancelled
follow-ups are never overdue (domain.vocab.NEVER_OVERDUE_STATUSES).
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from PySide6.QtCore import QObject, QSize
from PySide6.QtGui import QIcon

from minutes_app.domain.vocab import NEVER_OVERDUE_STATUSES
from minutes_app.resource_files import resources_dir

OVERDUE_ICON_FILE = "overdue.svg"
_NEVER_OVERDUE = {status.value for status in NEVER_OVERDUE_STATUSES}


def days_overdue(due_date: dt.date | None, status: str, today: dt.date) -> int:
    """How many days past its due date an unfinished, undeferred follow-up is (0 when it is not overdue)."""
    if due_date is None or str(status) in _NEVER_OVERDUE or due_date >= today:
        return 0
    return (today - due_date).days


class OverdueMark(QObject):
    """The translation context of the overdue words: lupdate reads a plural only from a `tr(text, "", n)` call."""

    def words(self, days: int) -> str:
        """ "Overdue by %n day(s)" in the interface language."""
        return self.tr("Overdue by %n day(s)", "", days)


@cache
def _mark() -> OverdueMark:
    return OverdueMark()


def overdue_text(days: int) -> str:
    """ "Overdue by 12 days" in the interface language ("" for 0)."""
    if days <= 0:
        return ""
    text = _mark().words(days)
    # English runs on the source texts (there is no English catalogue): give it its plural too.
    return text.replace("day(s)", "day" if days == 1 else "days")


def with_overdue(text: str, days: int) -> str:
    """`text` (a status) followed by the overdue words when there are any."""
    words = overdue_text(days)
    return f"{text} · {words}" if words and text else words or text


@cache
def overdue_icon() -> QIcon:
    """The overdue mark shown beside the words, in its own colours on a selected row too."""
    path = str(resources_dir() / "icons" / OVERDUE_ICON_FILE)
    icon = QIcon(path)
    # Without its own Selected image, Qt tints the icon with the selection colour and the mark fades.
    icon.addFile(path, QSize(), QIcon.Mode.Selected)
    return icon
