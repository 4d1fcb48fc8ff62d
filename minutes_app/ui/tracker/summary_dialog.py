"""The start-up summary: how many follow-ups are overdue and due this week, with the first few of each."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from minutes_app.domain.records import FollowUpRow
from minutes_app.services.presets import DUE_THIS_WEEK, OVERDUE
from minutes_app.ui.common.formatting import format_date

SHOWN_PER_GROUP = 5


class FollowUpSummaryDialog(QDialog):
    """Non-modal; its buttons ask the window to show the tracker with a built-in preset applied."""

    preset_requested = Signal(str)  # OVERDUE or DUE_THIS_WEEK
    reminders_switched = Signal(bool)  # the "show at start-up" box was ticked or cleared

    def __init__(
        self,
        *,
        overdue: list[FollowUpRow],
        overdue_count: int,
        due_soon: list[FollowUpRow],
        due_soon_count: int,
        parent: QWidget | None = None,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Follow-ups to attend to"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(520)
        self.overdue_count, self.due_soon_count = overdue_count, due_soon_count

        self.text_label = QLabel(self._text(overdue, overdue_count, due_soon, due_soon_count))
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.show_overdue_button = QPushButton(self.tr("Show &overdue"))
        self.show_overdue_button.setEnabled(overdue_count > 0)
        self.show_due_soon_button = QPushButton(self.tr("Show due this &week"))
        self.show_due_soon_button.setEnabled(due_soon_count > 0)
        self.close_button = QPushButton(self.tr("&Close"))
        self.remind_check = QCheckBox(self.tr("Show this summary when the app starts"))
        self.remind_check.setChecked(True)
        if read_only:  # the choice is a setting in the store, which cannot be written
            self.remind_check.setEnabled(False)
            self.remind_check.setToolTip(
                self.tr(
                    "This data folder is read-only: the choice cannot be saved. "
                    "Turn the summary off where the data can be written."
                )
            )

        buttons = QHBoxLayout()
        buttons.addWidget(self.show_overdue_button)
        buttons.addWidget(self.show_due_soon_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_label)
        layout.addWidget(self.remind_check)
        layout.addLayout(buttons)

        self.show_overdue_button.clicked.connect(lambda: self._request(OVERDUE))
        self.show_due_soon_button.clicked.connect(lambda: self._request(DUE_THIS_WEEK))
        self.close_button.clicked.connect(self.close)
        self.remind_check.toggled.connect(self.reminders_switched)
        (self.show_overdue_button if overdue_count else self.show_due_soon_button).setDefault(True)

    def _text(
        self,
        overdue: list[FollowUpRow],
        overdue_count: int,
        due_soon: list[FollowUpRow],
        due_soon_count: int,
    ) -> str:
        parts = []
        if overdue_count:
            heading = self.tr("<b style='color:#8a1c1c'>Overdue: %1</b>").replace("%1", str(overdue_count))
            parts.append(heading + _items(overdue, overdue_count))
        if due_soon_count:
            heading = self.tr("<b style='color:#6b4a00'>Due within 7 days: %1</b>").replace("%1", str(due_soon_count))
            parts.append(heading + _items(due_soon, due_soon_count))
        return "".join(f"<p>{part}</p>" for part in parts)

    def _request(self, key: str) -> None:
        self.preset_requested.emit(key)
        self.close()


def _items(rows: list[FollowUpRow], count: int) -> str:
    lines = []
    for row in rows[:SHOWN_PER_GROUP]:
        description = " ".join(row.description.split())
        if len(description) > 90:
            description = description[:89] + "…"
        owner = f" — {html.escape(row.owner_name)}" if row.owner_name else ""
        lines.append(f"<li>{format_date(row.due_date)}: {html.escape(description)}{owner}</li>")
    more = count - min(len(rows), SHOWN_PER_GROUP)
    if more > 0:
        text = QCoreApplication.translate("FollowUpSummaryDialog", "and %1 more").replace("%1", str(more))
        lines.append(f"<li><i>{html.escape(text)}</i></li>")
    return "<ul style='margin-top:2px'>" + "".join(lines) + "</ul>"
