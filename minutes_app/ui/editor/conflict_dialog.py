"""The save's question when fields were changed both here and by a colleague: each field side by side, one choice each.

Each field (named as the History tab names it: "Venue", "Decision 3", "Follow-up 12: Status") shows
the user's unsaved value and the stored one; the user picks one per field, and Save is offered only
once every field has a choice. Cancel leaves everything as it was. Callers use `choose()` through the
module (`conflict_dialog.choose(...)`), so tests may drive the real dialog or stand in for it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

SHOWN_CHARS = 600  # a long summary is cut in the box; the tooltip holds the whole
SAVE_COPY = "save_copy"  # choose()'s answer when the user keeps the stored meeting and saves theirs as a new one


_COPY_CODE = 2  # the dialog's result code for Save mine as a copy (0 and 1 are Rejected and Accepted)


@dataclass(frozen=True, slots=True)
class ConflictRow:
    """One field changed on both sides: its name and both values, as a person reads them."""

    label: str
    mine: str
    theirs: str


def _value_label(text: str) -> QLabel:
    shown = text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"
    label = QLabel(shown)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setToolTip(text[:4000] if len(text) > SHOWN_CHARS else "")
    label.setStyleSheet("padding-left: 22px;")
    return label


class ConflictDialog(QDialog):
    """One group per field: "Keep mine" with my value, "Take theirs" with the stored one."""

    def __init__(self, intro: str, writer: str, rows: list[ConflictRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed here and by a colleague"))
        self.setObjectName("conflictDialog")
        text = QLabel(intro)
        text.setWordWrap(True)
        hint = QLabel(self.tr("Choose which value to save for each field. Everything else is merged by itself."))
        hint.setWordWrap(True)
        self.groups: list[QButtonGroup] = []
        self.mine_buttons: list[QRadioButton] = []
        self.theirs_buttons: list[QRadioButton] = []
        body = QWidget()
        column = QVBoxLayout(body)
        theirs_text = (
            self.tr("Take theirs (saved by %1)").replace("%1", writer) if writer else self.tr("Take the saved value")
        )
        for row in rows:
            box = QGroupBox(row.label)
            grid = QGridLayout(box)
            mine = QRadioButton(self.tr("Keep mine"))
            theirs = QRadioButton(theirs_text)
            group = QButtonGroup(self)
            group.addButton(mine, 0)
            group.addButton(theirs, 1)
            group.buttonClicked.connect(lambda _button: self._update_save())
            grid.addWidget(mine, 0, 0)
            grid.addWidget(theirs, 0, 1)
            grid.addWidget(_value_label(row.mine), 1, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(_value_label(row.theirs), 1, 1, Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 1)
            column.addWidget(box)
            self.groups.append(group)
            self.mine_buttons.append(mine)
            self.theirs_buttons.append(theirs)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button: QPushButton = self.buttons.addButton(
            self.tr("Save with these choices"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.copy_button: QPushButton = self.buttons.addButton(
            self.tr("Save mine as a copy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setToolTip(self.tr("Leave the stored meeting as it is and save your version as a new meeting"))
        self.copy_button.clicked.connect(lambda: self.done(_COPY_CODE))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(hint)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.resize(760, min(640, 180 + 110 * len(rows)))
        self._update_save()

    def _update_save(self) -> None:
        missing = sum(1 for group in self.groups if group.checkedId() < 0)
        self.save_button.setEnabled(missing == 0)
        self.save_button.setToolTip(self.tr("Choose a value for %n more field(s)", "", missing) if missing else "")

    def theirs_chosen(self) -> set[int]:
        """The rows (by position) whose stored value the user took."""
        return {i for i, group in enumerate(self.groups) if group.checkedId() == 1}


def choose(parent: QWidget | None, intro: str, writer: str, rows: list[ConflictRow]) -> set[int] | str | None:
    """Ask which value to keep for each row: the rows taking the stored value, SAVE_COPY, or None (cancelled)."""
    dialog = ConflictDialog(intro, writer, rows, parent)
    try:
        code = dialog.exec()
        if code == _COPY_CODE:
            return SAVE_COPY
        if code != QDialog.DialogCode.Accepted:
            return None
        return dialog.theirs_chosen()
    finally:
        dialog.deleteLater()
