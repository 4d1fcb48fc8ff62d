"""A form's translation editors: beside each translatable field, its text in the second language chosen.

The original field stays where it is and keeps being edited as before; the translation editor next
to it is shown only while a second language is chosen, and writes `record.translations[field][lang]`
through `multilingual.set_translation`, so the undo history, the dirty state and the recovery copy
see it as any other edit of the record.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPlainTextEdit, QWidget

from minutes_app.domain import multilingual as ml
from minutes_app.ui.common import vocabulary_labels

TranslationEditor = QLineEdit | QPlainTextEdit


def language_name(lang: str) -> str:
    """The language as the language lists name it ("Русский")."""
    return vocabulary_labels.label(vocabulary_labels.LANGUAGE, lang)


def editor_text(editor: TranslationEditor) -> str:
    """What a line or text editor holds."""
    return editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()


def set_editor_text(editor: TranslationEditor, text: str) -> None:
    """Show `text`, leaving the cursor alone when it is already there (undo of another field)."""
    if editor_text(editor) != text:
        if isinstance(editor, QLineEdit):
            editor.setText(text)
        else:
            editor.setPlainText(text)


class TranslationFields(QObject):
    """The translation editors of one form, all in one language, writing into the record `current()` returns."""

    edited = Signal()

    def __init__(self, current: Callable[[], Any | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current = current
        self._lang: str | None = None
        self._loading = False
        self.editors: dict[str, TranslationEditor] = {}
        self._hints: dict[str, dict[str, str]] = {}  # field -> language -> placeholder instead of "Translation: …"

    def add(self, field: str, original: QWidget, editor: TranslationEditor | None = None) -> QWidget:
        """`original` with the translation editor of `field` to its right; put the result in the form instead."""
        if editor is None:
            editor = QPlainTextEdit() if isinstance(original, QPlainTextEdit) else QLineEdit()
        if isinstance(editor, QPlainTextEdit):
            editor.setTabChangesFocus(True)
            editor.setMinimumHeight(original.minimumHeight())
            editor.setMaximumHeight(original.maximumHeight())
        editor.setObjectName(f"translation_{field}")
        editor.hide()
        self.editors[field] = editor
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(original, 1)
        row.addWidget(editor, 1)
        box.setFocusProxy(original)  # an error shown under the pair puts the cursor in the original
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(lambda text, name=field: self._edited(name, text))
        else:
            editor.textChanged.connect(lambda name=field, e=editor: self._edited(name, e.toPlainText()))
        return box

    def language(self) -> str | None:
        """The second language shown, or None when the translation editors are hidden."""
        return self._lang

    def set_hints(self, hints: dict[str, dict[str, str]]) -> None:
        """Placeholders for some fields (field -> language -> text), e.g. what an empty field prints instead."""
        self._hints = hints
        if self._lang is not None:
            self._show_placeholders(self._lang)

    def _show_placeholders(self, lang: str) -> None:
        generic = QCoreApplication.translate("TranslationFields", "Translation: {0}").format(language_name(lang))
        for field, editor in self.editors.items():
            hint = self._hints.get(field, {}).get(lang, "")
            if editor.placeholderText() != (hint or generic):
                editor.setPlaceholderText(hint or generic)
                if isinstance(editor, QPlainTextEdit):
                    editor.viewport().update()  # a text box repaints its new placeholder only when told

    def set_language(self, lang: str | None) -> None:
        """Show the translation editors for `lang` (None hides them) and fill them from the current record."""
        self._lang = lang
        if lang is not None:
            self._show_placeholders(lang)
        for editor in self.editors.values():
            editor.setVisible(lang is not None)
            if lang is not None:
                editor.setToolTip(
                    QCoreApplication.translate(
                        "TranslationFields", "The text in {0}; the field to the left holds the original"
                    ).format(language_name(lang))
                )
        self.load()

    def load(self) -> None:
        """Show the current record's translations (not an edit)."""
        record = self._current()
        self._loading = True
        try:
            for field, editor in self.editors.items():
                text = ml.translation(record, field, self._lang) if record is not None and self._lang else ""
                set_editor_text(editor, text)
                editor.setEnabled(record is not None)
        finally:
            self._loading = False

    def _edited(self, field: str, text: str) -> None:
        record = self._current()
        if self._loading or self._lang is None or record is None:
            return
        if ml.translation(record, field, self._lang) == (text if text.strip() else ""):
            return
        ml.set_translation(record, field, self._lang, text)
        self.edited.emit()
