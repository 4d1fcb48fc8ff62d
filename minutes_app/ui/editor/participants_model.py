"""The participants of one side, in order of precedence: heads always first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from minutes_app.domain import multilingual as ml
from minutes_app.domain import records as r
from minutes_app.ui.common import vocabulary_labels
from minutes_app.ui.editor.directory_copy import Directory
from minutes_app.ui.editor.ordered_model import OrderedTableModel

AnyIndex = QModelIndex | QPersistentModelIndex


class ParticipantsTableModel(OrderedTableModel):
    """Attendances of one side; position, role and presence are edited in the table."""

    HEADER_CONTEXT = "ParticipantsTableModel"
    NUMBER, NAME, POSITION, ORGANISATION, ROLE, PRESENT, TRANSLATED_POSITION = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("ParticipantsTableModel", "No."),
        QT_TRANSLATE_NOOP("ParticipantsTableModel", "Name"),
        QT_TRANSLATE_NOOP("ParticipantsTableModel", "Position at the meeting"),
        QT_TRANSLATE_NOOP("ParticipantsTableModel", "Organisation"),
        QT_TRANSLATE_NOOP("ParticipantsTableModel", "Role"),
        QT_TRANSLATE_NOOP("ParticipantsTableModel", "Present"),
        QT_TRANSLATE_NOOP("ParticipantsTableModel", "Position: {0}"),
    )

    def __init__(self, side: str, directory: Directory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self._directory = directory
        self._lang: str | None = None  # the second language whose position column is shown

    def set_translation_language(self, lang: str | None) -> None:
        """Which language the translated-position column holds (None: the column is not used)."""
        self._lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, self.TRANSLATED_POSITION, self.TRANSLATED_POSITION)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, self.TRANSLATED_POSITION), self.index(self.rowCount() - 1, self.TRANSLATED_POSITION)
            )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        text = super().headerData(section, orientation, role)
        if section == self.TRANSLATED_POSITION and isinstance(text, str):
            return text.format(vocabulary_labels.label(vocabulary_labels.LANGUAGE, self._lang) if self._lang else "")
        return text

    def normalised(self, rows: list[Any]) -> list[Any]:
        """Heads (roles that lead their side) stand first; the rest keep their order."""
        return sorted(rows, key=lambda a: not self._directory.roles.leads(a.role))

    def attendances(self) -> list[r.Attendance]:
        """The side's attendances, precedence numbered in display order."""
        for number, attendance in enumerate(self._rows):
            attendance.side = self.side
            attendance.precedence = number
        return list(self._rows)

    def name_of(self, attendance: r.Attendance) -> str:
        """The name shown for a participant ("Representative of X" for an unnamed one)."""
        if attendance.person_id is None:
            return QCoreApplication.translate("ParticipantsTableModel", "Representative (unnamed)")
        person = attendance.person or self._directory.person(attendance.person_id)
        return person.name if person else QCoreApplication.translate("ParticipantsTableModel", "(unknown person)")

    def _organisation_name(self, attendance: r.Attendance) -> str:
        organisation = attendance.organisation or self._directory.organisation(attendance.organisation_id)
        if organisation is None and attendance.person is not None:
            organisation = self._directory.organisation(attendance.person.organisation_id)
            if organisation is None:
                return attendance.person.organisation_name
        return organisation.name if organisation else ""

    def display_text(self, record: Any, row: int, column: int) -> str:
        """The text of one cell."""
        if column == self.NUMBER:
            return str(row + 1)
        if column == self.NAME:
            return self.name_of(record)
        if column == self.POSITION:
            return str(record.position)
        if column == self.ORGANISATION:
            return self._organisation_name(record)
        if column == self.ROLE:
            return self._directory.roles.name(record.role)
        if column == self.TRANSLATED_POSITION and self._lang:
            return ml.translation(record, "position", self._lang)
        return ""

    def cell_data(self, record: Any, row: int, column: int, role: int) -> Any:
        """Presence as a check box, the raw role for its editor, representatives in italics."""
        if column == self.PRESENT and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if record.present else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.EditRole:
            if column == self.ROLE:
                return record.role
            if column == self.POSITION:
                return record.position
            if column == self.TRANSLATED_POSITION:
                return ml.translation(record, "position", self._lang) if self._lang else ""
        if role == Qt.ItemDataRole.FontRole and column == self.NAME and record.person_id is None:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.NAME, self.POSITION, self.ORGANISATION):
            if column == self.NAME and record.person_id is None:
                return QCoreApplication.translate("ParticipantsTableModel", "Representative of {0}").format(
                    self._organisation_name(record)
                )
            return self.display_text(record, row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() in (self.POSITION, self.ROLE) or (index.column() == self.TRANSLATED_POSITION and self._lang):
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() == self.PRESENT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        record = self._rows[index.row()]
        column = index.column()
        if column == self.PRESENT and role == Qt.ItemDataRole.CheckStateRole:
            record.present = Qt.CheckState(value) == Qt.CheckState.Checked
        elif column == self.POSITION and role == Qt.ItemDataRole.EditRole:
            record.position = str(value or "")
        elif column == self.TRANSLATED_POSITION and role == Qt.ItemDataRole.EditRole and self._lang:
            if ml.translation(record, "position", self._lang) == str(value or ""):
                return False
            ml.set_translation(record, "position", self._lang, str(value or ""))
        elif (
            column == self.ROLE
            and role == Qt.ItemDataRole.EditRole
            and value in dict(self._directory.roles.choices({record.role}))
        ):
            record.role = str(value)
        else:
            return False
        self.row_changed(index.row())
        return True
