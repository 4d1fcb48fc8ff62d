"""Before a status report: grouping, language, the period (default: the last twelve months) and what to include."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from minutes_app.services.report_scope import year_before
from minutes_app.ui.common import vocabulary_labels
from minutes_app.ui.common.date_fields import date_edit


@dataclass(frozen=True, slots=True)
class ReportOptions:
    """How the status report is laid out and what it covers."""

    group_by: str = "topic"
    lang: str = "en"
    period_start: dt.date | None = None  # None: twelve months before the end
    period_end: dt.date | None = None  # None: today
    all_closed: bool = False  # also list follow-ups finished before the period
    summary_only: bool = False


class ReportOptionsDialog(QDialog):
    """Asks how to group the report, in which language, over which period, and whether to add the detail."""

    def __init__(self, *, lang: str, today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = today or dt.date.today()
        self.setWindowTitle(self.tr("Status report"))
        self.group_combo = QComboBox()
        self.group_combo.addItem(self.tr("Country, then topic"), "topic")
        self.group_combo.addItem(self.tr("Country, then department"), "department")
        self.language_combo = QComboBox()
        for value, text in vocabulary_labels.choices(vocabulary_labels.LANGUAGE):
            self.language_combo.addItem(text, value)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(lang), 0))
        self.since_edit = date_edit()
        self.since_edit.setDate(QDate(*_ymd(year_before(today))))
        self.until_edit = date_edit()
        self.until_edit.setDate(QDate(*_ymd(today)))
        self.all_closed_check = QCheckBox(self.tr("Also list follow-ups completed or cancelled &before the period"))
        self.summary_only_check = QCheckBox(self.tr("&Summary only (one page, without the list of follow-ups)"))
        note = QLabel(self.tr("The report lists the follow-ups the tracker shows now, with its current filter."))
        note.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Group by:"), self.group_combo)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.tr("Period &from:"), self.since_edit)
        form.addRow(self.tr("Period &to:"), self.until_edit)
        form.addRow(self.all_closed_check)
        form.addRow(self.summary_only_check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Close only with a period that ends after it starts."""
        options = self.options()
        if options.period_start and options.period_end and options.period_start > options.period_end:
            self.error_label.setText(self.tr("The period must start before it ends."))
            self.error_label.show()
            self.since_edit.setFocus()
            return
        super().accept()

    def options(self) -> ReportOptions:
        """The choices made."""
        return ReportOptions(
            group_by=str(self.group_combo.currentData()),
            lang=str(self.language_combo.currentData()),
            period_start=_as_date(self.since_edit.date().toPython()),
            period_end=_as_date(self.until_edit.date().toPython()),
            all_closed=self.all_closed_check.isChecked(),
            summary_only=self.summary_only_check.isChecked(),
        )


def _ymd(day: dt.date) -> tuple[int, int, int]:
    return day.year, day.month, day.day


def _as_date(value: object) -> dt.date:
    """A QDate's Python value, typed (PySide6 declares `toPython` as returning object)."""
    assert isinstance(value, dt.date)
    return value
