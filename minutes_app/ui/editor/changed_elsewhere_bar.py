"""The editor's bar saying that another officer saved the open meeting: who, when, Reload and Compare."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

_STYLE = "QFrame#changedElsewhere { background: #fff4d6; border: 1px solid #e0c27a; border-radius: 3px; }"


class ChangedElsewhereBar(QFrame):
    """Hidden until `tell()`; Reload and Compare are the editor's to answer."""

    reload_requested = Signal()
    compare_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changedElsewhere")
        self.setStyleSheet(_STYLE)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("&Reload"))
        self.compare_button = QPushButton(self.tr("Co&mpare"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reload_button)
        layout.addWidget(self.compare_button)
        self.reload_button.clicked.connect(self.reload_requested)
        self.compare_button.clicked.connect(self.compare_requested)
        self.hide()

    def tell(self, user: str, at: dt.datetime) -> None:
        """ "Changed by a.mammadov at 14:05" (or "Changed elsewhere at 14:05" when the writer is not known)."""
        when = at.strftime("%H:%M")
        if user:
            text = self.tr("Changed by %1 at %2.").replace("%1", user).replace("%2", when)
        else:
            text = self.tr("Changed elsewhere at %1.").replace("%1", when)
        self.label.setText(text + " " + self.tr("Your unsaved changes are kept."))
        self.show()
