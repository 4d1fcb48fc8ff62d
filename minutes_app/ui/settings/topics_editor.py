"""The Settings page of topics: add, rename (in English, Azerbaijani and Russian) and retire topics."""

from __future__ import annotations

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QWidget

from minutes_app.domain import records as r
from minutes_app.services import Services
from minutes_app.ui.settings.list_editor import ListEditor


class TopicsEditor(ListEditor):
    """The topic list with a form for the chosen (or a new) topic; each topic is saved by its own button."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.name_edit = QLineEdit()
        self.name_az_edit = QLineEdit()
        self.name_ru_edit = QLineEdit()
        self.active_check = QCheckBox(self.tr("In &use: offered for meetings and follow-ups"))
        self.new_button.setText(self.tr("&New topic"))
        self.save_button.setText(self.tr("Sa&ve topic"))
        form = QFormLayout()
        form.addRow(self.tr("&English:"), self.errors.wrap("name", self.name_edit))
        form.addRow(self.tr("&Azerbaijani:"), self.errors.wrap("name_az", self.name_az_edit))
        form.addRow(self.tr("&Russian:"), self.errors.wrap("name_ru", self.name_ru_edit))
        form.addRow(self.active_check)
        self._set_up(
            form,
            self.tr(
                "Documents print a topic in their language. A renamed topic is renamed on every meeting filed under "
                "it; a topic no longer in use stays on those meetings. Each topic is saved by “Save topic”."
            ),
        )

    @property
    def topics_changed(self) -> SignalInstance:
        """Emitted when a topic was stored."""
        return self.changed

    def _entries(self) -> list[r.Topic]:
        return self._services.topics.list_topics(include_inactive=True)

    def _item_text(self, topic: r.Topic) -> str:
        text = " · ".join(name for name in (topic.name, topic.name_az, topic.name_ru) if name)
        return text if topic.active else text + " " + self.tr("(not in use)")

    def _blank(self) -> r.Topic:
        return r.Topic()

    def _from_form(self, entry_id: int | None) -> r.Topic:
        return r.Topic(
            id=entry_id,
            name=self.name_edit.text().strip(),
            name_az=self.name_az_edit.text().strip(),
            name_ru=self.name_ru_edit.text().strip(),
            active=self.active_check.isChecked(),
        )

    def _store(self, topic: r.Topic) -> r.Topic:
        return self._services.topics.save(topic)

    def _show(self, topic: r.Topic) -> None:
        self.name_edit.setText(topic.name)
        self.name_az_edit.setText(topic.name_az)
        self.name_ru_edit.setText(topic.name_ru)
        self.active_check.setChecked(topic.active)

    def _first_field(self) -> QWidget:
        return self.name_edit
