"""The Trash page: deleted meetings, follow-ups, people and organisations; restore them or empty the trash."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.errors import MinutesError
from minutes_app.domain.records import TrashItem
from minutes_app.services import Services
from minutes_app.ui.common.error_messages import describe_error
from minutes_app.ui.trash.trash_table_model import DELETED_AT, DETAIL, KIND, NAME, TrashTableModel
from minutes_app.ui.widgets.table_setup import configure_table, set_column_widths


def ask_to_empty_trash(parent: QWidget | None, count: int) -> bool:
    """Ask before deleting `count` records for good; True to go ahead (tests replace this)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("TrashPage", "Empty the trash"),
        QCoreApplication.translate(
            "TrashPage",
            "Records in the trash: %1. Delete them for good? This cannot be undone.\n\n"
            "People and organisations still named in the minutes of a meeting are kept in the trash.",
        ).replace("%1", str(count)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


class TrashPage(QWidget):
    """Lists the trash; Restore brings the selected records back with everything attached."""

    data_changed = Signal()
    status_reported = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.model = TrashTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_table(self.table, stretch_column=NAME)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.sortByColumn(DELETED_AT, Qt.SortOrder.DescendingOrder)
        set_column_widths(self.table, {KIND: 12, DETAIL: 34, DELETED_AT: 16})
        self.intro_label = QLabel(
            self.tr(
                "Deleted records wait here until the trash is emptied. A meeting comes back with its participants, "
                "agenda, decisions and follow-ups."
            )
        )
        self.intro_label.setWordWrap(True)
        self.count_label = QLabel()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setToolTip(self.tr("Bring the selected records back, with everything attached"))
        self.empty_button = QPushButton(self.tr("E&mpty trash…"))

        restore_key = QAction(self.table)
        restore_key.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        restore_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        restore_key.triggered.connect(self.restore_selected)
        self.table.addAction(restore_key)

        self._lay_out()
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button.clicked.connect(self.empty_trash)
        self._update_buttons()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.intro_label, 1)
        top.addWidget(self.count_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        """Reload the trash from the store."""
        self.result_label.hide()  # what the last emptying did is stale once the trash is reloaded
        self.model.set_rows(self._services.trash.list_deleted())
        count = self.model.total_count()
        self.count_label.setText(
            self.tr("In the trash: %1").replace("%1", str(count)) if count else self.tr("The trash is empty.")
        )

    def focus_search(self) -> None:
        """Put the keyboard in the list (the trash has no filter box)."""
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.model.rowCount() and not self.selected_items():
            self._select_row(0)

    def selected_items(self) -> list[TrashItem]:
        """The records of the selected rows, top to bottom."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.record_at(row) for row in rows]

    def restore_selected(self) -> int:
        """Bring the selected records back; returns how many came back."""
        restored: list[TrashItem] = []
        problems: list[str] = []
        for item in self.selected_items():
            try:
                self._services.trash.restore(item.kind, item.id)
            except MinutesError as error:
                problems.append(f"“{item.label}”: {describe_error(error)}")
            else:
                restored.append(item)
        if problems:
            QMessageBox.warning(self, self.tr("Restore"), "\n\n".join(problems))
        if restored:
            self.status_reported.emit(
                self.tr("Restored “%1”.").replace("%1", restored[0].label)
                if len(restored) == 1
                else self.tr("Restored %1 records.").replace("%1", str(len(restored)))
            )
        if restored or problems:
            self.data_changed.emit()
            self.refresh()
        return len(restored)

    def empty_trash(self) -> int | None:
        """Ask, then delete everything in the trash for good; how many went, or None when not asked to."""
        count = self.model.total_count()
        if not count or not ask_to_empty_trash(self, count):
            return None
        try:
            gone = self._services.trash.empty()
        except MinutesError as error:
            QMessageBox.warning(self, self.tr("Empty the trash"), describe_error(error))
            return None
        self.data_changed.emit()
        self.refresh()
        message = self.tr("Deleted for good: %1.").replace("%1", str(gone))
        kept = self.model.total_count()
        if kept:
            message += " " + self.tr(
                "Kept in the trash because the minutes of a meeting still name them: %1 (people and organisations)."
            ).replace("%1", str(kept))
        self.result_label.setText(message)
        self.result_label.show()
        self.status_reported.emit(message)
        return gone

    def _select_row(self, row: int) -> None:
        # Through the selection model: selectRow() would read the Ctrl and Shift of a shortcut still held.
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        self.empty_button.setEnabled(self.model.total_count() > 0)
