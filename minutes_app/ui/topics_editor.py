"""The Settings page of topics: add, rename (in English, Azerbaijani and Russian) and retire topics."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain import records as r
from minutes_app.services import Services
from minutes_app.ui.messages import save_reporting_errors
from minutes_app.ui.widgets.field_errors import FieldErrors

TOPIC_ROLE = Qt.ItemDataRole.UserRole + 1


class TopicsEditor(QWidget):
    """The topic list with a form for the chosen (or a new) topic; each topic is saved by its own button."""

    topics_changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._editing_id: int | None = None
        self.errors = FieldErrors()
        self.list = QListWidget()
        self.name_edit = QLineEdit()
        self.name_az_edit = QLineEdit()
        self.name_ru_edit = QLineEdit()
        self.active_check = QCheckBox(self.tr("In &use: offered for meetings and follow-ups"))
        self.new_button = QPushButton(self.tr("&New topic"))
        self.save_button = QPushButton(self.tr("Sa&ve topic"))
        self._lay_out()
        self.list.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save_topic)
        self.reload()
        self.start_new()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&English:"), self.errors.wrap("name", self.name_edit))
        form.addRow(self.tr("&Azerbaijani:"), self.errors.wrap("name_az", self.name_az_edit))
        form.addRow(self.tr("&Russian:"), self.errors.wrap("name_ru", self.name_ru_edit))
        form.addRow(self.active_check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        note = QLabel(self.tr(
            "Documents print a topic in their language. A renamed topic is renamed on every meeting filed under "
            "it; a topic no longer in use stays on those meetings. Each topic is saved by “Save topic”."
        ))
        note.setWordWrap(True)
        note.setEnabled(False)  # drawn greyed: it explains, it is not a field
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(note)

    def reload(self, select_id: int | None = None) -> None:
        """Show the stored topics (those not in use too), selecting `select_id` if given."""
        self.list.blockSignals(True)
        self.list.clear()
        for topic in self._services.topics.list_topics(include_inactive=True):
            text = " · ".join(name for name in (topic.name, topic.name_az, topic.name_ru) if name)
            if not topic.active:
                text += " " + self.tr("(not in use)")
            item = QListWidgetItem(text, self.list)
            item.setData(TOPIC_ROLE, topic)
            if topic.id == select_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def start_new(self) -> None:
        """Empty the form for a topic not yet in the list."""
        self.list.clearSelection()
        self._show(r.Topic())
        self.name_edit.setFocus()

    def save_topic(self) -> r.Topic | None:
        """Store the form as a new topic or as the chosen one; None when it was refused (said next to the field)."""
        self.errors.clear()
        topic = r.Topic(
            id=self._editing_id, name=self.name_edit.text().strip(), name_az=self.name_az_edit.text().strip(),
            name_ru=self.name_ru_edit.text().strip(), active=self.active_check.isChecked(),
        )
        stored = save_reporting_errors(self, self.errors, lambda: self._services.topics.save(topic))
        if stored is None:
            return None
        self.reload(select_id=stored.id)
        self._show(stored)
        self.topics_changed.emit()
        return stored

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        # selectionChanged, not currentRowChanged: a mouse click moves the current row first (STYLE.md).
        items = self.list.selectedItems()
        if items:
            self._show(items[0].data(TOPIC_ROLE))

    def _show(self, topic: r.Topic) -> None:
        self.errors.clear()
        self._editing_id = topic.id
        self.name_edit.setText(topic.name)
        self.name_az_edit.setText(topic.name_az)
        self.name_ru_edit.setText(topic.name_ru)
        self.active_check.setChecked(topic.active)
