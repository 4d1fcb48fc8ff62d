"""Date and time edits that may be left empty ("no date", "no time") and still take typed digits.

Qt's date and time edits always hold a value. These show a placeholder text at their minimum
(Qt's "special value") to mean "none"; typing a digit there starts a real value, and Delete
empties the field again. A date edit given a range keeps its placeholder on the day before it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit, QWidget

_NO_DATE = QDate(1752, 9, 14)  # the earliest date Qt's date edits accept: never a real meeting date
_NO_TIME = QTime(0, 0)  # so midnight itself cannot be entered; no meeting starts then


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _starts_value(event: QKeyEvent) -> bool:
    return event.text().isdigit() and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier


class TypedDateEdit(QDateEdit):
    """A date edit that takes a whole date typed over its selected text, separators or not (2026-05-04, 20260504)."""

    _advanced = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        line = self.lineEdit()
        if _starts_value(event) and line.hasSelectedText() and line.selectedText() == line.text():
            self.setSelectedSection(self.sectionAt(0))  # Qt would refuse a digit typed over the whole text
        typed = event.text()
        if self._advanced and typed and typed in {c for c in self.displayFormat() if not c.isalnum()}:
            self._advanced = False  # a full section already moved on: this separator must not skip the next
            return
        section = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._advanced = _starts_value(event) and self.currentSectionIndex() != section


class OptionalDateEdit(TypedDateEdit):
    """A date edit with a calendar popup that may be empty; Delete empties it."""

    value_changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        empty_text: str = "",
        display_format: str = "yyyy-MM-dd",
        date_range: tuple[dt.date, dt.date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setDisplayFormat(display_format)
        self.setCalendarPopup(True)
        self._no_date = _qdate(date_range[0] - dt.timedelta(days=1)) if date_range else _NO_DATE
        self.setDateRange(self._no_date, _qdate(date_range[1]) if date_range else self.maximumDate())
        self.setSpecialValueText(empty_text or " ")
        self.setDate(self._no_date)
        self.calendarWidget().installEventFilter(self)
        self.dateChanged.connect(lambda _date: self.value_changed.emit())

    def value(self) -> dt.date | None:
        """The date shown, or None when empty."""
        date = self.date()
        return None if date == self._no_date else dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: dt.date | None) -> None:
        """Show `value`, or empty the field for None."""
        self.setDate(_qdate(value) if value else self._no_date)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.set_value(None)
            return
        if self.value() is None and _starts_value(event):
            self.set_value(dt.date.today())
            self.setSelectedSection(self.sectionAt(0))
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # An empty field opens its calendar on this month, not on the placeholder's 1752.
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show and self.value() is None:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)


class OptionalTimeEdit(QTimeEdit):
    """A time edit (hours and minutes) that may be empty; Delete empties it."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, empty_text: str = "", display_format: str = "HH:mm") -> None:
        super().__init__(parent)
        self.setDisplayFormat(display_format)
        self.setMinimumTime(_NO_TIME)
        self.setSpecialValueText(empty_text or " ")
        self.setTime(_NO_TIME)
        self.setCurrentSection(QDateTimeEdit.Section.HourSection)
        self.timeChanged.connect(lambda _time: self.value_changed.emit())

    def value(self) -> dt.time | None:
        """The time shown, or None when empty."""
        time = self.time()
        return None if time == _NO_TIME else dt.time(time.hour(), time.minute())

    def set_value(self, value: dt.time | None) -> None:
        """Show `value`, or empty the field for None (and for midnight, which means none here)."""
        self.setTime(QTime(value.hour, value.minute) if value else _NO_TIME)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.set_value(None)
            return
        if self.value() is None and _starts_value(event):
            self.setTime(QTime(12, 0))
            self.setSelectedSection(QDateTimeEdit.Section.HourSection)
        super().keyPressEvent(event)
