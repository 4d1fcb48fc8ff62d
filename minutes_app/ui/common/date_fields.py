"""The app's date pickers, each limited to the years the services accept, so a typo like 9999 cannot be typed.

Each shows dates the way the interface language writes them and takes a date typed in any common form.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QWidget

from minutes_app.services.validation import FIRST_YEAR, LAST_YEAR
from minutes_app.ui.common.formatting import date_display_format
from minutes_app.ui.widgets.optional_datetime import OptionalDateEdit, TypedDateEdit

FIRST_DATE, LAST_DATE = dt.date(FIRST_YEAR, 1, 1), dt.date(LAST_YEAR, 12, 31)
_EXAMPLE = QDate(2026, 10, 15)


def date_tooltip(*, optional: bool) -> str:
    """How to type a date, its first example in the order the field shows dates."""
    shown = _EXAMPLE.toString(date_display_format())
    others = [f for f in ("15.10.2026", "15/10/2026", "2026-10-15", "20261015", "15102026") if f != shown]
    text = (
        QCoreApplication.translate("DateFields", "Type the date as %1 (or %2), or pick it from the calendar")
        .replace("%1", shown)
        .replace("%2", ", ".join(others))
    )
    if optional:
        text += QCoreApplication.translate("DateFields", "; Delete clears it")
    return text


def optional_date_edit(*, empty_text: str, parent: QWidget | None = None) -> OptionalDateEdit:
    """A date field that may be left empty, showing `empty_text` then."""
    edit = OptionalDateEdit(
        parent, empty_text=empty_text, display_format=date_display_format(), date_range=(FIRST_DATE, LAST_DATE)
    )
    edit.setToolTip(date_tooltip(optional=True))
    return edit


def date_edit(parent: QWidget | None = None) -> QDateEdit:
    """A date field that always holds a date, with a calendar popup."""
    edit = TypedDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_display_format())
    edit.setDateRange(QDate(FIRST_DATE.year, 1, 1), QDate(LAST_DATE.year, 12, 31))
    edit.setToolTip(date_tooltip(optional=False))
    return edit
