"""The panel that drops down under the search box: the grouped results, or a line saying why there are none."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLabel, QTreeView, QVBoxLayout, QWidget

from minutes_app.domain.records import SearchHit
from minutes_app.ui.search.hit_delegate import SearchHitDelegate
from minutes_app.ui.search.results_model import SearchResultsModel

_FORWARDED_KEYS = (Qt.Key.Key_Backspace, Qt.Key.Key_Delete, Qt.Key.Key_Left, Qt.Key.Key_Right)


class SearchResultsView(QTreeView):
    """Up and Down step from hit to hit over the headings; typing goes back to the search box."""

    hit_activated = Signal(object)  # the SearchHit opened with Enter or a double-click
    left_at_top = Signal()  # Up on the first hit
    escape_pressed = Signal()
    key_forwarded = Signal(QKeyEvent)  # a key meant for the search box (text, Backspace, ...)

    def __init__(self, model: SearchResultsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._results = model
        self.setModel(model)
        self.delegate = SearchHitDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setExpandsOnDoubleClick(False)
        self.setIndentation(0)
        self.setUniformRowHeights(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        model.modelReset.connect(self.expandAll)
        self.activated.connect(self._on_activated)

    def select_first_hit(self) -> bool:
        """Make the first hit current; False when there is none."""
        hits = self._results.hit_indexes()
        if not hits:
            return False
        self._make_current(hits[0])
        return True

    def current_hit(self) -> SearchHit | None:
        """The hit under the keyboard cursor."""
        return self._results.hit_at(self.currentIndex())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self._step(1 if key == Qt.Key.Key_Down else -1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            hit = self.current_hit()
            if hit is not None:
                self.hit_activated.emit(hit)
            return
        if key == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            return
        if key in _FORWARDED_KEYS or (event.text().isprintable() and event.text().strip()):
            self.key_forwarded.emit(event)
            return
        super().keyPressEvent(event)

    def _step(self, delta: int) -> None:
        hits = self._results.hit_indexes()
        if not hits:
            return
        current = self.currentIndex()
        position = next((i for i, index in enumerate(hits) if index == current), -1)
        wanted = position + delta if position >= 0 else 0
        if wanted < 0:
            self.left_at_top.emit()
            return
        self._make_current(hits[min(wanted, len(hits) - 1)])

    def _make_current(self, index: QModelIndex) -> None:
        if index.row() == 0:
            self.scrollTo(index.parent())  # keep the group's heading in sight
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def _on_activated(self, index: QModelIndex) -> None:
        hit = self._results.hit_at(index)
        if hit is not None:
            self.hit_activated.emit(hit)


class SearchResultsPanel(QFrame):
    """A framed panel floating over the window: the results view, a status line and a key hint."""

    def __init__(self, model: SearchResultsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_results_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.view = SearchResultsView(model)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setContentsMargins(8, 6, 8, 6)
        self.hint_label = QLabel(self.tr("↓ moves into the results · Enter opens · Esc closes"))
        self.hint_label.setContentsMargins(8, 2, 8, 4)
        faint = self.hint_label.palette()
        faint.setColor(QPalette.ColorRole.WindowText, faint.color(QPalette.ColorRole.PlaceholderText))
        self.hint_label.setPalette(faint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        layout.addWidget(self.status_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint_label)
        self.hide()

    def show_message(self, text: str) -> None:
        """Show a line in place of the results (nothing found, nothing to search)."""
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))
        self.view.setVisible(not text)

    def preferred_height(self) -> int:
        """The height that shows every row without scrolling."""
        # Counted from the two row heights rather than asking the view for each of up to 357 rows.
        model = self.view.model()
        groups = model.rowCount()
        hits = sum(model.rowCount(model.index(group_row, 0)) for group_row in range(groups))
        font = self.view.font()
        rows = groups * self.view.delegate.row_height(font, group=True) + hits * self.view.delegate.row_height(
            font, group=False
        )
        body = rows + 4 if self.view.isVisibleTo(self) else self.status_label.sizeHint().height()
        return body + self.hint_label.sizeHint().height() + 4
