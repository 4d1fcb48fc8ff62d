"""The app's date pickers, each limited to the years the services accept, so a typo like 9999 cannot be typed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

from minutes_app.services.validation import FIRST_YEAR, LAST_YEAR
from minutes_app.ui.widgets.optional_datetime import OptionalDateEdit, TypedDateEdit

FIRST_DATE, LAST_DATE = dt.date(FIRST_YEAR, 1, 1), dt.date(LAST_YEAR, 12, 31)


def optional_date_edit(*, empty_text: str, parent: QWidget | None = None) -> OptionalDateEdit:
    """A date field that may be left empty, showing `empty_text` then."""
    return OptionalDateEdit(parent, empty_text=empty_text, date_range=(FIRST_DATE, LAST_DATE))


def date_edit(parent: QWidget | None = None) -> QDateEdit:
    """A date field that always holds a date, with a calendar popup."""
    edit = TypedDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDateRange(QDate(FIRST_DATE.year, 1, 1), QDate(LAST_DATE.year, 12, 31))
    return edit
