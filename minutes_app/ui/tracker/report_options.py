"""Before a status report: group by topic or department, the report's language, and the period for "done"."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from minutes_app.ui import labels
from minutes_app.ui.date_fields import optional_date_edit


@dataclass(frozen=True, slots=True)
class ReportOptions:
    """How the status report is laid out."""

    group_by: str = "topic"
    lang: str = "en"
    period_start: dt.date | None = None


class ReportOptionsDialog(QDialog):
    """Asks how to group the report, in which language, and since when to count completed follow-ups."""

    def __init__(self, *, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Status report"))
        self.group_combo = QComboBox()
        self.group_combo.addItem(self.tr("Country, then topic"), "topic")
        self.group_combo.addItem(self.tr("Country, then department"), "department")
        self.language_combo = QComboBox()
        for value, text in labels.choices(labels.LANGUAGE):
            self.language_combo.addItem(text, value)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(lang), 0))
        self.period_edit = optional_date_edit(empty_text=self.tr("all time"))
        note = QLabel(self.tr("The report lists the follow-ups the tracker shows now, with its current filter."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Group by:"), self.group_combo)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.tr("Count completed &since:"), self.period_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def options(self) -> ReportOptions:
        """The choices made."""
        return ReportOptions(
            group_by=str(self.group_combo.currentData()),
            lang=str(self.language_combo.currentData()),
            period_start=self.period_edit.value(),
        )
