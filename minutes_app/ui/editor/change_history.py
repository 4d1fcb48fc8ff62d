"""The editor's History tab: who changed which field of the meeting (and its follow-ups), when, from what."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from minutes_app.domain import records as r
from minutes_app.domain.errors import MinutesError
from minutes_app.services import Services
from minutes_app.ui.common.audit_text import entry_sentence, field_label


class ChangeHistoryPanel(QWidget):
    """The recorded changes of the open meeting, newest first, filterable by field."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._meeting_id: int | None = None
        self._entries: list[r.AuditEntry] = []
        self._stale = True
        self.field_filter = QComboBox()
        self.field_filter.setMinimumContentsLength(24)
        self.field_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        filter_label = QLabel(self.tr("&Field:"))
        filter_label.setBuddy(self.field_filter)
        self.entries = QListWidget()
        self.entries.setWordWrap(True)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.field_filter, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.entries, 1)
        self.field_filter.activated.connect(lambda _index: self._fill())

    def set_meeting(self, meeting_id: int | None) -> None:
        """Follow another meeting (or a new, unsaved one); read when next shown."""
        self._meeting_id = meeting_id
        self._stale = True
        if self.isVisible():
            self.refresh()

    def mark_stale(self) -> None:
        """The meeting was written: read the trail again now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the trail if it may have changed since last read."""
        if not self._stale:
            return
        self._stale = False
        self._entries = []
        if self._meeting_id is not None:
            try:
                self._entries = self._services.audit.history("meeting", self._meeting_id)
            except MinutesError as error:  # a store gone away: say so in the panel, keep the editor usable
                self._entries = []
                self.empty_label.setText(self.tr("The history could not be read: %1").replace("%1", str(error)))
                self.empty_label.show()
                self.entries.clear()
                return
        chosen = self.field_filter.currentData()
        labels = sorted({field_label(e) for e in self._entries})
        self.field_filter.clear()
        self.field_filter.addItem(self.tr("All fields"), "")
        for label in labels:
            self.field_filter.addItem(label, label)
        self.field_filter.setCurrentIndex(max(0, self.field_filter.findData(chosen)) if chosen else 0)
        self._fill()

    def _fill(self) -> None:
        chosen = self.field_filter.currentData() or ""
        self.entries.clear()
        for entry in self._entries:
            if chosen and field_label(entry) != chosen:
                continue
            item = QListWidgetItem(entry_sentence(entry))
            whole = f"{entry.old_value}\n→\n{entry.new_value}" if entry.action == "changed" else entry.new_value
            item.setToolTip(whole[:2000])
            self.entries.addItem(item)
        if self._meeting_id is None:
            self.empty_label.setText(self.tr("The history starts when the meeting is first saved."))
        elif not self._entries:
            self.empty_label.setText(self.tr("No changes recorded."))
        self.empty_label.setVisible(self._meeting_id is None or not self._entries)

    def lines(self) -> list[str]:
        """The entries as shown, top first."""
        return [self.entries.item(i).text() for i in range(self.entries.count())]

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Read the trail when the tab is shown, not on every save while it is hidden."""
        super().showEvent(event)
        self.refresh()
