"""Date and time fields that take what people type and may be left empty ("no date", "no time").

A date field keeps Qt's date edit (calendar popup, range, arrow keys over its parts) but reads a
typed date as a whole, in any common form, wherever the cursor was: the first typed character
starts the text afresh, and Tab, Enter or leaving the field reads it. Qt's date edit would take a
digit only into the part under the cursor, and Tab would walk its parts instead of leaving.
An optional date shows a placeholder on the day before its range to mean "none"; Delete empties it.
A time field is a line edit: hours and minutes typed as 1100, 11:00, 11.00 or 11 00.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QMouseEvent, QValidator, QWheelEvent
from PySide6.QtWidgets import QDateEdit, QLineEdit, QWidget

from minutes_app.ui.widgets.typed_values import DATE_CHARACTERS, TIME_CHARACTERS, parse_date, parse_time

_NO_DATE = QDate(1752, 9, 14)  # the earliest date Qt's date edits accept: never a real meeting date
# Keys that end the typing of a date and then do their usual work (step the date, press the default button).
_ENDS_TYPING = {
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
}


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _typed_character(event: QKeyEvent) -> str:
    """The printable character the key types ("" for keys that type none, shortcuts included)."""
    text = event.text()
    shortcut = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
    if len(text) != 1 or not text.isprintable() or event.modifiers() & shortcut:
        return ""
    return text


class TypedDateEdit(QDateEdit):
    """A date edit that reads a whole typed date (15.10.2026, 15/10/2026, 2026-10-15, 20261015, 15102026)."""

    typing_problem = Signal(str)  # why typed text was refused, to show beside the field; "" when fixed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typing = False
        self._walking_parts = False
        self._validator: QValidator | None = None

    def is_typing(self) -> bool:
        """True while typed text waits to be read as a date."""
        return self._typing

    def finish_typing(self) -> None:
        """Read the typed text as the date, or restore the date shown before and say why."""
        if not self._typing:
            return
        line = self.lineEdit()
        text = line.text().strip()
        self._typing = False
        if self._validator is not None:
            line.setValidator(self._validator)
        line.blockSignals(False)
        if not text:
            self._typed_nothing()
            return
        shown = self.date()
        around = dt.date(shown.year(), shown.month(), shown.day()) if shown > self.minimumDate() else dt.date.today()
        day = parse_date(text, around=around)
        if day is not None and self._first_date() <= _qdate(day) <= self.maximumDate():
            self.setDate(_qdate(day))
            self.typing_problem.emit("")
            return
        self.setDate(shown)  # shows the earlier date's text again
        self.typing_problem.emit(
            QCoreApplication.translate("TypedDateEdit", "“%1” is not a date from %2 to %3.")
            .replace("%1", text)
            .replace("%2", self._first_date().toString(self.displayFormat()))
            .replace("%3", self.maximumDate().toString(self.displayFormat()))
        )

    def _first_date(self) -> QDate:
        return self.minimumDate()

    def _typed_nothing(self) -> None:
        self.setDate(self.date())  # a required date keeps its value when its text is erased

    def _start_typing(self) -> None:
        line = self.lineEdit()
        self._typing = True
        # While typing, the line edit holds free text: Qt's validator would refuse it part by part, and
        # the spin box, listening to the line edit, would move the cursor between the date's parts.
        self._validator = line.validator()
        line.blockSignals(True)
        line.setValidator(None)  # type: ignore[arg-type]  # Qt takes no validator; the stubs forget it
        line.clear()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._typing and event.key() == Qt.Key.Key_Escape:
            self._typing_cancelled()
            super().keyPressEvent(event)
            return
        if self._typing and event.key() in _ENDS_TYPING:
            self.finish_typing()
            super().keyPressEvent(event)
            return
        typed = _typed_character(event)
        if typed and typed not in DATE_CHARACTERS:
            self.typing_problem.emit(
                QCoreApplication.translate("TypedDateEdit", "A date takes digits only, e.g. %1.").replace(
                    "%1", QDate(2026, 10, 15).toString(self.displayFormat())
                )
            )
            return
        if typed or event.matches(QKeySequence.StandardKey.Paste):
            if not self._typing:
                self._start_typing()
                self.typing_problem.emit("")
        if not self._typing and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._walking_parts = True  # Ctrl+arrow: Qt walks the parts through focusNextPrevChild
            try:
                super().keyPressEvent(event)
            finally:
                self._walking_parts = False
            return
        if self._typing:
            # Straight to the line edit's handler: sent as an event, a key it ignores would come back here.
            self.lineEdit().event(QKeyEvent(event.type(), event.key(), event.modifiers(), event.text()))
            return
        super().keyPressEvent(event)

    def _typing_cancelled(self) -> None:
        line = self.lineEdit()
        self._typing = False
        if self._validator is not None:
            line.setValidator(self._validator)
        line.blockSignals(False)
        self.setDate(self.date())

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt's name
        # Tab leaves the field; Qt's date edit would move to its next part instead.
        if self._walking_parts:
            return super().focusNextPrevChild(forward)
        self.finish_typing()
        return QWidget.focusNextPrevChild(self, forward)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.finish_typing()
        super().focusOutEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.finish_typing()  # the calendar button or the arrows work on the typed date
        super().mousePressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.finish_typing()
        super().wheelEvent(event)


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
        """The date shown (a date still being typed is read first), or None when empty."""
        self.finish_typing()
        date = self.date()
        return None if date == self._no_date else dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: dt.date | None) -> None:
        """Show `value`, or empty the field for None."""
        if self.is_typing():
            self._typing_cancelled()
        self.setDate(_qdate(value) if value else self._no_date)

    def _first_date(self) -> QDate:
        return self._no_date.addDays(1)

    def _typed_nothing(self) -> None:
        self.set_value(None)  # typing, then erasing everything, empties an optional date

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and not self.is_typing():
            self.set_value(None)
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # An empty field opens its calendar on this month, not on the placeholder's year.
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show and self.value() is None:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)


class OptionalTimeEdit(QLineEdit):
    """A time (hours and minutes) typed as 1100, 11:00, 11.00 or 11 00; empty means none."""

    value_changed = Signal()
    typing_problem = Signal(str)  # why the typing was refused, to show beside the field; "" when fixed

    def __init__(self, parent: QWidget | None = None, *, empty_text: str = "") -> None:
        super().__init__(parent)
        self._value: dt.time | None = None
        self._settled: dt.time | None = None  # the time before this round of typing
        self.setPlaceholderText(empty_text)
        self.setMaxLength(5)
        widest = max(self.fontMetrics().horizontalAdvance(t) for t in (empty_text, "00:00 "))
        self.setMinimumWidth(widest + 16)
        self.textEdited.connect(self._edited)
        self.editingFinished.connect(self._settle)

    def value(self) -> dt.time | None:
        """The time shown, or None when empty (an unreadable text keeps the time it replaced)."""
        return self._value

    def set_value(self, value: dt.time | None) -> None:
        """Show `value`, or empty the field for None."""
        self.setText(value.strftime("%H:%M") if value else "")
        self._settled = value
        self._take(value)

    def _take(self, value: dt.time | None) -> None:
        if value != self._value:
            self._value = value
            self.value_changed.emit()

    def _edited(self, text: str) -> None:
        if not text.strip():
            self._take(None)
        elif (time := parse_time(text)) is not None:
            self._take(time)

    def _settle(self) -> None:
        text = self.text().strip()
        time = parse_time(text)
        if time is not None or not text:
            self.setText(time.strftime("%H:%M") if time else "")
            self._settled = time
            self.typing_problem.emit("")
        else:
            self._take(self._settled)  # a time read from the first digits (25 of 2599) does not stay
            self.typing_problem.emit(
                QCoreApplication.translate("OptionalTimeEdit", "“%1” is not a time: type it as 11:00 or 1100.").replace(
                    "%1", text
                )
            )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        typed = _typed_character(event)
        if typed and typed not in TIME_CHARACTERS:
            self.typing_problem.emit(
                QCoreApplication.translate("OptionalTimeEdit", "A time takes digits only: type it as 11:00 or 1100.")
            )
            return
        if typed:
            self.typing_problem.emit("")
        super().keyPressEvent(event)
