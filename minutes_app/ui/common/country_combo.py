"""A country list that finds what is typed on it as the country choosers do ("США" selects the United States)."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from minutes_app.ui.common.choosers import find_country_codes


class CountryCombo(QComboBox):
    """A combo of countries (each item's data its ISO code); letters typed on it select the best match of
    the whole text typed so far: an exact name or abbreviation in any language, else a name starting with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._since_key = QElapsedTimer()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if not text or not text.isprintable() or self.isEditable():
            super().keyPressEvent(event)
            return
        # Qt's own search matches only the start of the shown name; keys typed in a burst make one word.
        if not self._since_key.isValid() or self._since_key.elapsed() > QApplication.keyboardInputInterval():
            self._typed = ""
        self._typed += text
        for code in find_country_codes(self._typed):
            index = self.findData(code)
            if index >= 0:
                self.setCurrentIndex(index)
                self.activated.emit(index)  # as a choice made with Qt's own type-ahead is announced
                break
        # Timed from here: the time the app spends answering the choice does not split the word typed.
        self._since_key.start()
        event.accept()
