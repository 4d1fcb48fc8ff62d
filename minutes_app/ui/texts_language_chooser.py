"""The main window's "Texts in:" chooser: the language the lists show the meetings' texts in, kept per computer."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMenu, QWidget

from minutes_app.ui.common import vocabulary_labels
from minutes_app.ui.common.texts_in import ORIGINAL, TEXT_LANGUAGES
from minutes_app.ui.common.ui_settings import TEXTS_LANGUAGE_KEY


def saved_texts_language(settings: QSettings) -> str:
    """The texts language chosen last on this computer ("" for the original, also for anything unknown)."""
    value = str(settings.value(TEXTS_LANGUAGE_KEY, ORIGINAL) or "")
    return value if value in TEXT_LANGUAGES else ORIGINAL


class TextsLanguageChooser(QWidget):
    """A label and a combo box ("Original", then each language named in itself), with a matching menu."""

    language_changed = Signal(str)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.combo = QComboBox()
        self.combo.addItem("", ORIGINAL)
        for lang in TEXT_LANGUAGES:
            self.combo.addItem("", lang)
        self.combo.setCurrentIndex(max(self.combo.findData(saved_texts_language(settings)), 0))
        self.label = label = QLabel()
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        self.menu = QMenu(self)
        self._group = QActionGroup(self)
        self._actions: dict[str, QAction] = {}
        for index in range(self.combo.count()):
            action = self.menu.addAction("")
            action.setCheckable(True)
            self._group.addAction(action)
            lang = str(self.combo.itemData(index))
            action.triggered.connect(lambda _=False, value=lang: self.set_language(value))
            self._actions[lang] = action
        self._actions[self.language()].setChecked(True)
        self.retranslate()
        self.combo.currentIndexChanged.connect(self._on_changed)

    def retranslate(self) -> None:
        """Its label, choices, tooltip and menu in the interface language."""
        names = dict(vocabulary_labels.choices(vocabulary_labels.LANGUAGE))
        for index in range(self.combo.count()):
            lang = str(self.combo.itemData(index) or "")
            text = names.get(lang, lang) if lang else self.tr("Original")
            self.combo.setItemText(index, text)
            self._actions[lang].setText(text)
        self.combo.setToolTip(
            self.tr(
                "The language the lists show the meetings' texts, names and words in. "
                "A text not translated into it shows as written, in italics."
            )
        )
        self.label.setText(self.tr("Texts in:"))
        self.menu.setTitle(self.tr("Te&xts in"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def language(self) -> str:
        """The chosen language; "" for each text's original."""
        return str(self.combo.currentData() or "")

    def set_language(self, lang: str) -> None:
        """Choose `lang` ("" for the original), as the officer would."""
        self.combo.setCurrentIndex(max(self.combo.findData(lang if lang in TEXT_LANGUAGES else ORIGINAL), 0))

    def _on_changed(self) -> None:
        lang = self.language()
        self._actions[lang].setChecked(True)
        self._settings.setValue(TEXTS_LANGUAGE_KEY, lang)
        self.language_changed.emit(lang)
