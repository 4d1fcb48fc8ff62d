"""The list of backups to restore from, with their dates and sizes, and a way to pick another file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minutes_app.services.backups import list_backups

_KINDS = {
    "daily": QCoreApplication.translate("RestoreDialog", "Daily"),
    "manual": QCoreApplication.translate("RestoreDialog", "Manual"),
    "pre-migration": QCoreApplication.translate("RestoreDialog", "Before an update"),
    "pre-restore": QCoreApplication.translate("RestoreDialog", "Before a restore"),
}


def describe_kind(path: Path) -> str:
    """What made the backup, from its file name (minutes-KIND-stamp.db)."""
    name = path.name.removeprefix("minutes-")
    for prefix, text in _KINDS.items():
        if name.startswith(prefix):
            return text
    return QCoreApplication.translate("RestoreDialog", "Other")


def human_size(size: int) -> str:
    """A file size as a person reads it."""
    if size < 1024 * 1024:
        return QCoreApplication.translate("RestoreDialog", "%1 KB").replace("%1", f"{max(size // 1024, 1):,}")
    return QCoreApplication.translate("RestoreDialog", "%1 MB").replace("%1", f"{size / (1024 * 1024):,.1f}")


class RestoreDialog(QDialog):
    """Pick a backup from the backups folder (newest first) or any other backup file."""

    def __init__(self, backups_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(640, 380)
        self._backups_dir = backups_dir
        self.chosen: Path | None = None
        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size"), self.tr("File")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        for path in list_backups(backups_dir):
            stat = path.stat()
            made = dt.datetime.fromtimestamp(stat.st_mtime).strftime("%Y-%m-%d %H:%M")
            item = QTreeWidgetItem([made, describe_kind(path), human_size(stat.st_size), path.name])
            item.setData(0, Qt.ItemDataRole.UserRole, str(path))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        for column in range(3):
            self.list.resizeColumnToContents(column)
        if (newest := self.list.topLevelItem(0)) is not None:
            self.list.setCurrentItem(newest)
        empty = QLabel(self.tr("There are no backups in %1 yet.").replace("%1", str(backups_dir)))
        empty.setVisible(self.list.topLevelItemCount() == 0)
        note = QLabel(
            self.tr("The backup is checked before anything is replaced, and the current data is backed up first.")
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(self.list.topLevelItemCount() > 0)
        other = QPushButton(self.tr("&Other file…"))
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(empty)
        layout.addWidget(note)
        layout.addWidget(buttons)
        buttons.accepted.connect(self._accept_selected)
        buttons.rejected.connect(self.reject)
        other.clicked.connect(self._pick_other)
        self.list.itemActivated.connect(lambda _item, _column: self._accept_selected())

    def _accept_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = Path(item.data(0, Qt.ItemDataRole.UserRole))
        self.accept()

    def _pick_other(self) -> None:
        file_types = self.tr("Minutes App backups (*.db);;All files (*)")
        chosen, _ = QFileDialog.getOpenFileName(self, self.windowTitle(), str(self._backups_dir), file_types)
        if chosen:
            self.chosen = Path(chosen)
            self.accept()
