"""A multi-select typed in: pick items from a type-ahead popup, each shown as a removable chip.

Enter takes the highlighted (or else the first) suggestion; Backspace in the empty box removes
the last chip. Matching is pluggable, so the owner decides what finds an item: a matcher says
whether one item is found, a finder gives the keys found best first (an exact name before a
name that merely starts alike).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QToolButton, QWidget

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_SHOWN = 30


def _contains(query: str, text: str) -> bool:
    return query.casefold() in text.casefold()


class _TokenLine(QLineEdit):
    """The typing box; tells its owner about Enter and Backspace-when-empty."""

    backspace_on_empty = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Backspace and not self.text():
            self.backspace_on_empty.emit()
            return
        super().keyPressEvent(event)


class TokenEdit(QWidget):
    """Chips for the chosen items followed by a box to type the next one; `chosen_keys()` is the selection."""

    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        placeholder: str = "",
        matcher: Callable[[str, str], bool] = _contains,
        finder: Callable[[str], Sequence[Hashable]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._matcher = matcher
        self._finder = finder
        self._choices: list[tuple[Hashable, str, str]] = []  # key, text, search text
        self._keys: list[Hashable] = []
        self._chips: list[QToolButton] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._line = _TokenLine(self)
        self._line.setPlaceholderText(placeholder)
        self._layout.addWidget(self._line, 1)
        self.setFocusProxy(self._line)
        self._popup_model = QStandardItemModel(self)
        self._completer = QCompleter(self._popup_model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setWidget(self._line)
        popup = self._completer.popup()
        assert popup is not None
        self._popup = popup
        self._completer.activated[QModelIndex].connect(self._on_activated)  # type: ignore[index]
        self._line.textEdited.connect(self._suggest)
        self._line.returnPressed.connect(self._take_first)
        self._line.backspace_on_empty.connect(self._remove_last)

    def line_edit(self) -> QLineEdit:
        """The box the user types in (for tab order and tests)."""
        return self._line

    def set_choices(self, choices: Sequence[tuple[Hashable, str] | tuple[Hashable, str, str]]) -> None:
        """Items that can be chosen: (key, text) or (key, text, extra text they are found by)."""
        self._choices = [(c[0], c[1], c[2] if len(c) > 2 else "") for c in choices]
        self._rebuild_chips()

    def chosen_keys(self) -> list[Hashable]:
        """The chosen keys, in the order they were added."""
        return list(self._keys)

    def set_chosen_keys(self, keys: Iterable[Hashable]) -> None:
        """Choose exactly `keys` (emits `changed`)."""
        self._keys = list(dict.fromkeys(keys))
        self._rebuild_chips()
        self.changed.emit()

    def add_key(self, key: Hashable) -> None:
        """Add one key at the end, unless it is already chosen."""
        if key in self._keys:
            return
        self._keys.append(key)
        self._rebuild_chips()
        self.changed.emit()

    def remove_key(self, key: Hashable) -> None:
        """Remove one chosen key."""
        if key in self._keys:
            self._keys.remove(key)
            self._rebuild_chips()
            self.changed.emit()

    def _text_of(self, key: Hashable) -> str:
        return next((text for k, text, _ in self._choices if k == key), str(key))

    def _rebuild_chips(self) -> None:
        for chip in self._chips:
            self._layout.removeWidget(chip)
            chip.deleteLater()
        self._chips = []
        for i, key in enumerate(self._keys):
            text = self._text_of(key)
            chip = QToolButton(self)
            chip.setText(f"{text}  \u00d7")
            chip.setToolTip(QCoreApplication.translate("TokenEdit", "Remove {0}").format(text))
            chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            chip.setAutoRaise(False)
            chip.clicked.connect(lambda _checked=False, k=key: self.remove_key(k))
            self._layout.insertWidget(i, chip)
            self._chips.append(chip)

    def _matches(self, query: str) -> list[tuple[Hashable, str]]:
        if self._finder is not None:
            texts = {key: text for key, text, _ in self._choices}
            ranked = [(key, texts[key]) for key in self._finder(query) if key in texts and key not in self._keys]
            return ranked[:MAX_SHOWN]
        found = []
        for key, text, extra in self._choices:
            if key not in self._keys and self._matcher(query, f"{text} {extra}"):
                found.append((key, text))
                if len(found) >= MAX_SHOWN:
                    break
        return found

    def _suggest(self, text: str) -> None:
        self._popup_model.clear()
        query = text.strip()
        if not query:
            self._popup.hide()
            return
        for key, shown in self._matches(query):
            item = QStandardItem(shown)
            item.setData(key, KEY_ROLE)
            item.setEditable(False)
            self._popup_model.appendRow(item)
        if self._popup_model.rowCount():
            self._completer.complete()
        else:
            self._popup.hide()

    def _on_activated(self, index: QModelIndex) -> None:
        self._take(index.data(KEY_ROLE))

    def _take_first(self) -> None:
        popup = self._popup
        if popup.isVisible() and popup.currentIndex().isValid():
            return  # the completer takes the highlighted suggestion itself
        query = self._line.text().strip()
        found = self._matches(query) if query else []
        if found:
            self._take(found[0][0])

    def _take(self, key: Hashable) -> None:
        self._popup.hide()
        self._line.clear()
        self.add_key(key)

    def _remove_last(self) -> None:
        if self._keys:
            self.remove_key(self._keys[-1])
