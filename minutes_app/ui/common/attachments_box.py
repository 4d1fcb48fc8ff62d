"""The files attached to one meeting or follow-up: a list with Add…, Open, Save as…, Remove and an annex tick.

Attaching, ticking and removing are written at once (they are not part of the meeting's unsaved
edits), through services.attachments. Files dropped on the box, or handed over by a page that
accepts drops (`attach_paths`), are attached the same way.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMimeData, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain import records as r
from minutes_app.domain.errors import MinutesError, ValidationError
from minutes_app.services import Services
from minutes_app.services.attachments import TooLargeError
from minutes_app.ui.common.error_messages import describe_error
from minutes_app.ui.common.formatting import format_utc_timestamp
from minutes_app.ui.tracker.flow_layout import FlowLayout

NAME, SIZE, ADDED, BY, ANNEX = range(5)
_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def local_files(mime: QMimeData) -> list[Path]:
    """The local files (not folders) named by dragged data; [] when it holds none."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.is_file()]


def choose_files(parent: QWidget) -> list[str]:
    """Ask which files to attach (tests replace this function)."""
    chosen, _ = QFileDialog.getOpenFileNames(parent, QCoreApplication.translate("AttachmentsBox", "Attach files"))
    return list(chosen)


def choose_target(parent: QWidget, name: str) -> str:
    """Ask where to save an attachment, suggesting its name ("" when cancelled; tests replace this function)."""
    start = str(Path.home() / name)
    chosen, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("AttachmentsBox", "Save as"), start)
    return chosen


def open_with_system(path: Path) -> bool:
    """Open a file with the program the system associates with its type (tests replace this function)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _private_copy_folder() -> Path:
    """A folder only this user can read, for copies opened with other programs."""
    folder = Path(tempfile.gettempdir()) / f"minutes-app-open-{os.getuid() if hasattr(os, 'getuid') else 'user'}"
    folder.mkdir(mode=0o700, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(folder, 0o700)
    return folder


class AttachmentsBox(QWidget):
    """Lists and manages the attachments of one owner ("meeting" or "follow_up")."""

    changed = Signal()  # something was attached, removed or (un)ticked

    def __init__(self, services: Services, owner_kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._owner_kind = owner_kind
        self._owner_id: int | None = None
        self._filling = False
        self.setAcceptDrops(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Size"), self.tr("Added"), self.tr("Added by")])
        annex_header = QTableWidgetItem(self.tr("Annex"))
        annex_header.setToolTip(self.tr("List the file as an annex at the end of the minutes"))
        self.table.setHorizontalHeaderItem(ANNEX, annex_header)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.write_limit = ""  # why the member's role on a team server cannot attach or remove ("" when it can)
        self.add_button = QPushButton(self.tr("&Add files…"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.save_button = QPushButton(self.tr("Sa&ve as…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        # The buttons wrap onto a second line in a narrow panel (the Follow-ups page) instead of widening it.
        buttons = QWidget()
        buttons_flow = FlowLayout(buttons, horizontal_gap=6)
        for button in (self.add_button, self.open_button, self.save_button, self.remove_button):
            button.setAutoDefault(False)
            buttons_flow.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self._add)
        self.open_button.clicked.connect(self._open)
        self.save_button.clicked.connect(self._save_as)
        self.remove_button.clicked.connect(self._remove)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _index: self._open())
        self.set_owner(None)

    # Owner -------------------------------------------------------------------------------------

    def owner_id(self) -> int | None:
        """The meeting or follow-up whose attachments are shown (None: not saved yet)."""
        return self._owner_id

    def set_owner(self, owner_id: int | None) -> None:
        """Show the attachments of this meeting or follow-up (None: not saved yet, nothing can be attached)."""
        self._owner_id = owner_id
        if owner_id is None:
            self.hint.setText(self.tr("Save first: files can be attached once it is saved."))
        else:
            self.hint.setText(self.tr("Drop files here or use Add files…; they are kept in the store."))
        self.refresh()

    def refresh(self) -> None:
        """Read the list again from the store."""
        rows = [] if self._owner_id is None else self._services.attachments.list_for(self._owner_kind, self._owner_id)
        self._fill(rows)

    def attachments(self) -> list[r.Attachment]:
        """What is listed, in order."""
        return list(self._rows)

    def _fill(self, rows: Sequence[r.Attachment]) -> None:
        self._rows = list(rows)
        self._filling = True
        try:
            self.table.setRowCount(len(rows))
            locale = QLocale()
            for row, attachment in enumerate(rows):
                cells = (
                    attachment.file_name,
                    locale.formattedDataSize(attachment.size),
                    format_utc_timestamp(attachment.created_at),
                    attachment.created_by,
                )
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    item.setData(_ID_ROLE, attachment.id)
                    if column == NAME:
                        item.setToolTip(f"{attachment.media_type}\nSHA-256 {attachment.sha256}")
                    self.table.setItem(row, column, item)
                tick = QTableWidgetItem()
                tick.setFlags(
                    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
                )
                tick.setCheckState(Qt.CheckState.Checked if attachment.annex else Qt.CheckState.Unchecked)
                tick.setData(_ID_ROLE, attachment.id)
                self.table.setItem(row, ANNEX, tick)
        finally:
            self._filling = False
        self._update_buttons()

    def _selected(self) -> list[r.Attachment]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self._rows[row] for row in rows if row < len(self._rows)]

    def set_write_limit(self, reason: str) -> None:
        """Files can be opened and saved but not added, removed or ticked as annexes, for `reason` ("" lifts it)."""
        self.write_limit = reason
        for button in (self.add_button, self.remove_button):
            button.setToolTip(reason)
            button.setStatusTip(reason)
        self._update_buttons()

    def _update_buttons(self) -> None:
        owned = self._owner_id is not None
        writable = owned and not self.write_limit
        chosen = bool(self._selected())
        self.add_button.setEnabled(writable)
        self.setAcceptDrops(writable)
        for button in (self.open_button, self.save_button):
            button.setEnabled(owned and chosen)
        self.remove_button.setEnabled(writable and chosen)

    # Actions -----------------------------------------------------------------------------------

    def attach_paths(self, paths: Sequence[str | os.PathLike[str]]) -> int:
        """Attach files (each in its own transaction); says which were refused and why. Returns how many went in."""
        if self._owner_id is None:
            self._warn(self.tr("Save first: files can be attached once it is saved."))
            return 0
        added = 0
        refused: list[str] = []
        for path in paths:
            try:
                self._services.attachments.attach(self._owner_kind, self._owner_id, path)
                added += 1
            except TooLargeError as exc:
                refused.append(
                    self.tr("{0} is larger than the limit of {1} MB for an attached file; it was not attached.").format(
                        exc.file_name, exc.limit_mb
                    )
                    + " "
                    + self.tr("The limit can be changed in Settings.")
                )
            except ValidationError as exc:
                refused.append(f"{Path(path).name}: {exc.message}")
            except MinutesError as exc:
                refused.append(describe_error(exc))
            except OSError as exc:
                refused.append(self.tr("{0} cannot be read: {1}").format(Path(path).name, exc.strerror or exc))
        self.refresh()
        if added:
            self.changed.emit()
        if refused:
            self._warn("\n".join(refused))
        return added

    def _add(self) -> None:
        chosen = choose_files(self)
        if chosen:
            self.attach_paths(chosen)

    def _open(self) -> None:
        for attachment in self._selected():
            folder = Path(tempfile.mkdtemp(prefix="file-", dir=_private_copy_folder()))
            try:
                path = self._services.attachments.save_as(attachment.id, folder / attachment.file_name)
            except (MinutesError, OSError) as exc:
                self._warn(describe_error(exc) if isinstance(exc, MinutesError) else str(exc))
                continue
            if not open_with_system(path):
                self._warn(self.tr("No program on this computer opens {0}.").format(attachment.file_name))

    def _save_as(self) -> None:
        for attachment in self._selected():
            target = choose_target(self, attachment.file_name)
            if not target:
                return
            try:
                self._services.attachments.save_as(attachment.id, target)
            except MinutesError as exc:
                self._warn(describe_error(exc))
            except OSError as exc:
                self._warn(self.tr("{0} cannot be written: {1}").format(target, exc.strerror or exc))

    def _remove(self) -> None:
        chosen = self._selected()
        for attachment in chosen:
            try:
                self._services.attachments.remove(attachment.id)
            except MinutesError as exc:
                self._warn(describe_error(exc))
        self.refresh()
        if chosen:
            self.changed.emit()

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != ANNEX:
            return
        if self.write_limit:  # the tick goes back: the server would refuse it
            self._warn(self.write_limit)
            self.refresh()
            return
        try:
            self._services.attachments.set_annex(int(item.data(_ID_ROLE)), item.checkState() == Qt.CheckState.Checked)
        except MinutesError as exc:
            self._warn(describe_error(exc))
        self.refresh()
        self.changed.emit()

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Attached files"), text)

    # Drops -------------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._owner_id is not None and not self.write_limit and local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event.mimeData())
        if self._owner_id is None or self.write_limit or not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.attach_paths(files)
