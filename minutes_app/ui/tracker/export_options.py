"""Before a calendar or CSV export: the calendar's period, the CSV's separator."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from minutes_app.ui.common.date_fields import optional_date_edit


@dataclass(frozen=True, slots=True)
class CalendarPeriod:
    """What the calendar holds: what is dated from `start` on, or everything when `start` is None."""

    start: dt.date | None


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class CalendarOptionsDialog(QDialog):
    """Asks from which date on meetings and deadlines go into the calendar (default: twelve months ago)."""

    def __init__(self, *, today: dt.date, parent: QWidget | None = None) -> None:
        from minutes_app.exports.calendar_ics import twelve_months_before  # icalendar loads on first use only

        super().__init__(parent)
        self.setWindowTitle(self.tr("Calendar"))
        self.since_edit = optional_date_edit(empty_text=self.tr("all dates"))
        self.since_edit.set_value(twelve_months_before(today))
        note = QLabel(
            self.tr(
                "Meetings, and the deadlines of the follow-ups the tracker shows now. Done and "
                "cancelled follow-ups are marked so; open ones remind their owner before the deadline."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&From:"), self.since_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def period(self) -> CalendarPeriod:
        """The period chosen."""
        return CalendarPeriod(start=self.since_edit.value())


class CsvOptionsDialog(QDialog):
    """Asks which separator the CSV uses; the default is the one Excel expects in the export's language."""

    def __init__(self, *, lang: str, parent: QWidget | None = None) -> None:
        from minutes_app.exports.tables import delimiter_for  # openpyxl loads on first use only

        super().__init__(parent)
        self.setWindowTitle(self.tr("CSV"))
        self.delimiter_combo = QComboBox()
        self.delimiter_combo.addItem(self.tr("Semicolon (;): Excel in Azerbaijani or Russian"), ";")
        self.delimiter_combo.addItem(self.tr("Comma (,): Excel in English"), ",")
        self.delimiter_combo.addItem(self.tr("Tab"), "\t")
        self.delimiter_combo.setCurrentIndex(max(self.delimiter_combo.findData(delimiter_for(lang)), 0))
        note = QLabel(
            self.tr(
                "Excel opens a CSV file in columns only when its separator is the one of the "
                "computer's regional settings."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Separator:"), self.delimiter_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def delimiter(self) -> str:
        """The separator chosen."""
        return str(self.delimiter_combo.currentData())
