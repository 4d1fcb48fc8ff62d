"""Choosing, saving and deleting named tracker filters ("Overdue" and "Due this week" are built in)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QInputDialog, QLabel, QMessageBox, QPushButton, QWidget

from minutes_app.domain.errors import MinutesError
from minutes_app.domain.filters import FollowUpFilter
from minutes_app.services.presets import DUE_THIS_WEEK, OVERDUE, PresetService, built_in_presets
from minutes_app.ui.common.error_messages import show_error

BUILT_IN = "built_in"
USER = "user"


def built_in_name(key: str) -> str:
    """The translated name of a built-in preset."""
    if key == OVERDUE:
        return QCoreApplication.translate("PresetsBox", "Overdue")
    if key == DUE_THIS_WEEK:
        return QCoreApplication.translate("PresetsBox", "Due this week")
    return key


def _key(kind: str, name: str) -> str:
    """The item data of a preset: its kind and name in one string (a kind holds no colon)."""
    return f"{kind}:{name}"


def _unkey(data: object) -> tuple[str, str] | None:
    if not isinstance(data, str) or ":" not in data:
        return None
    kind, name = data.split(":", 1)
    return kind, name


def _conditions(flt: FollowUpFilter) -> FollowUpFilter:
    """The filter without its sort order, for comparing conditions."""
    return replace(flt, sort="due_date", descending=False)


class PresetsBox(QWidget):
    """A list of presets with Save and Delete; picking one announces its filter."""

    preset_chosen = Signal(object)  # the FollowUpFilter of the preset picked
    status_reported = Signal(str)

    def __init__(
        self,
        presets: PresetService,
        current_filter: Callable[[], FollowUpFilter],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._presets = presets
        self._current_filter = current_filter
        self._filters: dict[str, FollowUpFilter] = {}  # by item key, see _key()
        self._shown: list[tuple[str, FollowUpFilter]] | None = None  # the saved presets listed
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(14)
        self.save_button = QPushButton(self.tr("Sa&ve as preset…"))
        self.delete_button = QPushButton(self.tr("Delete preset"))
        label = QLabel(self.tr("&Preset:"))
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(self.save_button)
        layout.addWidget(self.delete_button)
        self.combo.activated.connect(self._on_activated)
        self.combo.currentIndexChanged.connect(lambda _i: self._update_buttons())
        self.save_button.clicked.connect(self.save_current)
        self.delete_button.clicked.connect(self.delete_selected)
        self.reload()

    def reload(self) -> None:
        """Rebuild the list from the store, keeping the selection when it still exists."""
        try:
            saved = self._presets.list_presets()
        except MinutesError as error:
            show_error(self, self.tr("Presets"), error)
            saved = []
        self._shown = None  # rebuilt whatever it shows
        self.show_saved(saved)

    def show_saved(self, saved: list[tuple[str, FollowUpFilter]]) -> None:
        """List the built-in presets and `saved` (read elsewhere), keeping the selection; nothing to do when unchanged."""
        if self._shown is not None and saved == self._shown and self.combo.itemText(0) == self.tr("Custom filter"):
            return  # the same presets in the same language: a refresh follows every change, the list stays
        self._shown = list(saved)
        kept = self.selected()
        self.combo.blockSignals(True)
        self.combo.clear()
        self._filters = {}
        self.combo.addItem(self.tr("Custom filter"), None)
        for key, flt in built_in_presets().items():
            self._add((BUILT_IN, key), built_in_name(key), flt)
        if saved:
            self.combo.insertSeparator(self.combo.count())
        for name, flt in saved:
            self._add((USER, name), name, flt)
        found = self.combo.findData(_key(*kept)) if kept is not None else -1
        self.combo.setCurrentIndex(max(found, 0))
        self.combo.blockSignals(False)
        self._update_buttons()

    def _add(self, data: tuple[str, str], text: str, flt: FollowUpFilter) -> None:
        self.combo.addItem(text, _key(*data))
        self._filters[_key(*data)] = flt

    def selected(self) -> tuple[str, str] | None:
        """(BUILT_IN or USER, key or name) of the preset shown, or None for a custom filter."""
        return _unkey(self.combo.currentData())

    def choose(self, kind: str, name: str) -> bool:
        """Show and apply a preset; False when there is no such preset."""
        found = self.combo.findData(_key(kind, name))
        if found < 0:
            return False
        self.combo.setCurrentIndex(found)
        self._on_activated(found)
        return True

    def follow(self, flt: FollowUpFilter) -> None:
        """Keep the preset shown while `flt` is still its filter, else show "Custom filter"."""
        chosen = self.selected()
        if chosen is not None and _conditions(self._filters[_key(*chosen)]) == _conditions(flt):
            return
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(0)
        self.combo.blockSignals(False)
        self._update_buttons()

    def save_current(self) -> bool:
        """Ask for a name and save the current filter under it; True when saved."""
        chosen = self.selected()
        suggested = chosen[1] if chosen is not None and chosen[0] == USER else ""
        name, accepted = QInputDialog.getText(
            self,
            self.tr("Save filter as preset"),
            self.tr("Name of the preset:"),
            text=suggested,
        )
        name = name.strip()
        if not accepted or not name:
            return False
        if self._presets.exists(name) and name != suggested:
            answer = QMessageBox.question(
                self,
                self.tr("Save filter as preset"),
                self.tr("A preset named “%1” exists. Replace it with the current filter?").replace("%1", name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            saved = self._presets.save(name, self._current_filter())
        except MinutesError as error:
            show_error(self, self.tr("Save filter as preset"), error)
            return False
        self.reload()
        self.combo.setCurrentIndex(max(self.combo.findData(_key(USER, saved)), 0))
        self.status_reported.emit(self.tr("Preset “%1” saved.").replace("%1", saved))
        return True

    def delete_selected(self) -> bool:
        """Delete the officer's preset on show, after asking; built-in presets cannot be deleted."""
        chosen = self.selected()
        if chosen is None or chosen[0] != USER:
            return False
        name = chosen[1]
        answer = QMessageBox.question(
            self,
            self.tr("Delete preset"),
            self.tr("Delete the preset “%1”? The follow-ups are not affected.").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self._presets.delete(name)
        except MinutesError as error:
            show_error(self, self.tr("Delete preset"), error)
        self.combo.setCurrentIndex(0)
        self.reload()
        self.status_reported.emit(self.tr("Preset “%1” deleted.").replace("%1", name))
        return True

    def _on_activated(self, index: int) -> None:
        data = self.combo.itemData(index)
        self._update_buttons()
        if isinstance(data, str) and data in self._filters:
            self.preset_chosen.emit(self._filters[data])

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.delete_button.setEnabled(chosen is not None and chosen[0] == USER)
        tip = self.tr("Built-in presets cannot be deleted.") if chosen is not None and chosen[0] == BUILT_IN else ""
        self.delete_button.setToolTip(tip)
