"""Asking for the agreed minutes' two languages and layout before writing them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain import multilingual as ml
from minutes_app.ui.common import vocabulary_labels

COLUMNS, CONSECUTIVE = "columns", "consecutive"


class AgreedMinutesDialog(QDialog):
    """The first and second language (different ones) and two columns or two consecutive texts."""

    def __init__(self, first: str, second: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agreed minutes"))
        self.first_combo = QComboBox()
        self.second_combo = QComboBox()
        for combo, chosen in ((self.first_combo, first), (self.second_combo, second)):
            for lang in ml.LANGUAGES:
                combo.addItem(vocabulary_labels.label(vocabulary_labels.LANGUAGE, lang), lang)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
        self.columns_button = QRadioButton(self.tr("Two &columns side by side (each paragraph beside its translation)"))
        self.consecutive_button = QRadioButton(self.tr("Two &consecutive texts in one file"))
        self.columns_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.columns_button)
        group.addButton(self.consecutive_button)
        intro = QLabel(self.tr("Both texts are equally authentic; each head of delegation signs both."))
        intro.setWordWrap(True)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("&First language:"), self.first_combo)
        form.addRow(self.tr("&Second language:"), self.second_combo)
        form.addRow(self.tr("Layout:"), self.columns_button)
        form.addRow("", self.consecutive_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def first_language(self) -> str:
        """The language of the left column, or of the first text."""
        return str(self.first_combo.currentData())

    def second_language(self) -> str:
        """The language of the right column, or of the second text."""
        return str(self.second_combo.currentData())

    def layout_choice(self) -> str:
        """COLUMNS or CONSECUTIVE."""
        return COLUMNS if self.columns_button.isChecked() else CONSECUTIVE

    def accept(self) -> None:
        """Go on only with two different languages."""
        if self.first_language() == self.second_language():
            self.message.setText(self.tr("Choose two different languages."))
            self.message.show()
            return
        super().accept()


def ask_agreed_minutes(parent: QWidget | None, first: str, second: str) -> tuple[str, str, str] | None:
    """(first language, second language, layout), or None when cancelled."""
    dialog = AgreedMinutesDialog(first, second, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.first_language(), dialog.second_language(), dialog.layout_choice()
    finally:
        dialog.deleteLater()
