"""A line edit that picks one item of a list through a type-ahead popup with a pluggable matcher."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
OFFER_ROLE = Qt.ItemDataRole.UserRole + 2  # marks the owner's extra line (e.g. "Add … as new")
MAX_SHOWN = 50


@dataclass(frozen=True, slots=True)
class Choice:
    """One item that can be picked: its key, the text shown, and the text it is found by."""

    key: Hashable
    text: str
    search_text: str = ""


def substring_matcher(query: str, text: str) -> bool:
    """Case-insensitive substring match, the default when the owner gives no matcher."""
    return query.casefold() in text.casefold()


class LookupEdit(QLineEdit):
    """Type part of any spelling, pick from the popup; `current_key()` is what was picked."""

    picked = Signal(object)  # the key of the item picked from the popup
    offer_taken = Signal(str)  # the typed text, when the owner's extra line was taken

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        matcher: Callable[[str, str], bool] = substring_matcher,
    ) -> None:
        super().__init__(parent)
        self._matcher = matcher
        self._choices: list[Choice] = []
        self._key: Hashable | None = None
        self._offer: Callable[[str], str] | None = None
        self._popup_model = QStandardItemModel(self)
        self._completer = QCompleter(self._popup_model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setWidget(self)
        self._completer.activated[QModelIndex].connect(self._on_activated)  # type: ignore[index]
        self.textEdited.connect(self._on_text_edited)

    def set_choices(self, choices: list[Choice]) -> None:
        """The items that can be picked (the current pick stays when its key is still there)."""
        self._choices = list(choices)
        if self._key is not None:
            self.set_current_key(self._key)

    def set_offer(self, line_for: Callable[[str], str] | None) -> None:
        """After the items found, offer one more line made from the typed text (unless an item has
        exactly that text); taking it emits `offer_taken` with the text. None offers nothing."""
        self._offer = line_for

    def current_key(self) -> Hashable | None:
        """The picked item's key; an item whose text is typed exactly counts as picked."""
        typed = self.text().strip()
        if not typed:
            return None
        chosen = self._choice(self._key)
        if chosen is not None and chosen.text == typed:
            return chosen.key
        for choice in self._choices:
            if choice.text.casefold() == typed.casefold():
                return choice.key
        return None

    def set_current_key(self, key: Hashable | None) -> None:
        """Show the item with `key` (or nothing for None or an unknown key)."""
        chosen = self._choice(key)
        self._key = chosen.key if chosen else None
        self.setText(chosen.text if chosen else "")

    def _choice(self, key: Hashable | None) -> Choice | None:
        if key is None:
            return None
        return next((c for c in self._choices if c.key == key), None)

    def _on_text_edited(self, text: str) -> None:
        self._key = None
        query = text.strip()
        self._popup_model.clear()
        if not query:
            self._hide_popup()
            return
        for choice in self._choices:
            if self._matcher(query, f"{choice.text} {choice.search_text}"):
                item = QStandardItem(choice.text)
                item.setData(choice.key, KEY_ROLE)
                item.setEditable(False)
                self._popup_model.appendRow(item)
                if self._popup_model.rowCount() >= MAX_SHOWN:
                    break
        if self._offer is not None and all(c.text.casefold() != query.casefold() for c in self._choices):
            item = QStandardItem(self._offer(query))
            item.setData(True, OFFER_ROLE)
            item.setEditable(False)
            self._popup_model.appendRow(item)
        if self._popup_model.rowCount():
            self._completer.complete()
        else:
            self._hide_popup()

    def _hide_popup(self) -> None:
        popup = self._completer.popup()
        if popup is not None:
            popup.hide()

    def _on_activated(self, index: QModelIndex) -> None:
        if index.data(OFFER_ROLE):
            self.offer_taken.emit(self.text().strip())
            return
        key = index.data(KEY_ROLE)
        self.set_current_key(key)
        self.picked.emit(key)
