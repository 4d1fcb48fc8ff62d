"""The global search in the main window: the box in a toolbar, results under it while typing, Enter opens.

Typing starts a search once the keys pause (DEBOUNCE_MS); the search service folds case,
diacritics and script, and any text is a query, so nothing typed here can raise an error.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QToolBar, QWidget

from minutes_app.domain.records import SearchHit
from minutes_app.domain.textfold import query_terms
from minutes_app.services.search import SearchService
from minutes_app.ui.search.results_model import SearchResultsModel
from minutes_app.ui.search.results_panel import SearchResultsPanel
from minutes_app.ui.widgets.search_box import SearchBox

DEBOUNCE_MS = 150
SHOWN_PER_KIND = 50
BOX_WIDTH = 460
PANEL_MIN_WIDTH = 640
PANEL_MAX_WIDTH = 900
EDGE = 8  # the panel keeps this far from the window's edges


class GlobalSearch(QObject):
    """Runs searches as the person types and says which record they chose to open."""

    meeting_chosen = Signal(int)  # a meeting, or the meeting holding the agenda item, decision, follow-up or note
    person_chosen = Signal(int)
    organisation_chosen = Signal(int)
    results_shown = Signal(int)  # a search ran and its hits (this many) are on show

    def __init__(self, service: SearchService, window: QWidget) -> None:
        super().__init__(window)
        self._service = service
        self._window = window
        self._last_query: str | None = None
        self.model = SearchResultsModel(self)
        self.box = SearchBox("")
        self.box.setObjectName("global_search_box")
        self.box.setMinimumWidth(BOX_WIDTH)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("search_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        self.toolbar.toggleViewAction().setVisible(False)
        self.toolbar.addWidget(self.box)
        self.panel = SearchResultsPanel(self.model, window)
        self.view = self.panel.view
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)

        self._timer.timeout.connect(self.run_now)
        self.box.textChanged.connect(self._on_text_changed)
        self.box.down_pressed.connect(self._enter_results)
        self.box.returnPressed.connect(self._open_first_hit)
        self.view.hit_activated.connect(self.open_hit)
        self.view.left_at_top.connect(self._back_to_box)
        self.view.escape_pressed.connect(self._close_from_results)
        self.view.key_forwarded.connect(self._type_in_box)
        for watched in (self.box, self.view, window):
            watched.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        """The box's hint and the toolbar's name in the interface language (again after a language switch)."""
        shortcut = QKeySequence(QKeySequence.StandardKey.Find).toString(QKeySequence.SequenceFormat.NativeText)
        placeholder = self.tr("Search meetings, people, organisations, decisions, follow-ups and notes (%1)")
        self.box.setPlaceholderText(placeholder.replace("%1", shortcut))
        self.toolbar.setWindowTitle(self.tr("Search"))

    # What the window asks -----------------------------------------------------------------

    def focus(self) -> None:
        """Ctrl+F: put the keyboard in the box, text selected, and show its results again."""
        self.box.focus_and_select()
        if self.box.text().strip():
            self.run_now()

    def refresh(self) -> None:
        """Search again after the data changed, when results are on show."""
        if self.panel.isVisible():
            self._last_query = None
            self.run_now()

    def run_now(self) -> None:
        """Search for the box's text at once (the debounce timer calls this when typing pauses)."""
        self._timer.stop()
        query = self.box.text()
        if not query.strip():
            self._last_query = query
            self.model.clear()
            self.panel.hide()
            return
        if query != self._last_query:
            self._last_query = query
            self.model.set_hits(
                self._service.search(query, limit_per_kind=SHOWN_PER_KIND + 1, snippets=False),
                shown_per_kind=SHOWN_PER_KIND,
                terms=query_terms(query),
            )
        if self.model.hit_count():
            self.panel.show_message("")
        else:
            self.panel.show_message(self.tr("Nothing matches “%1”.").replace("%1", query.strip()))
        self._show_panel()
        self.results_shown.emit(self.model.hit_count())

    def open_hit(self, hit: SearchHit) -> None:
        """Close the results and announce the record to open."""
        self.panel.hide()
        if hit.kind == "person":
            self.person_chosen.emit(hit.record_id)
        elif hit.kind == "organisation":
            self.organisation_chosen.emit(hit.record_id)
        elif hit.meeting_id is not None:
            self.meeting_chosen.emit(hit.meeting_id)

    # Reacting -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._window and kind in (QEvent.Type.Resize, QEvent.Type.Move) and self.panel.isVisible():
            self._place_panel()
        elif watched in (self.box, self.view) and kind == QEvent.Type.FocusOut:
            reason = event.reason() if isinstance(event, QFocusEvent) else None
            if reason not in (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason):
                QTimer.singleShot(0, self, self._hide_unless_focused)
        return False

    def _on_text_changed(self, text: str) -> None:
        if text.strip():
            self._timer.start()
        else:
            self.run_now()

    def _show_panel(self) -> None:
        self._place_panel()
        self.panel.show()
        self.panel.raise_()

    def _place_panel(self) -> None:
        window = self._window
        top_left = self.box.mapTo(window, QPoint(0, self.box.height() + 2))
        room = max(window.width() - top_left.x() - EDGE, 0)
        width = min(max(self.box.width(), PANEL_MIN_WIDTH, min(room, PANEL_MAX_WIDTH)), room)
        height = min(self.panel.preferred_height(), max(window.height() - top_left.y() - EDGE, 60))
        self.panel.setGeometry(top_left.x(), top_left.y(), width, height)

    def _hide_unless_focused(self) -> None:
        focused = QApplication.focusWidget()
        if focused is not None and focused not in (self.box, self.view) and not self.panel.isAncestorOf(focused):
            self.panel.hide()

    def _enter_results(self) -> None:
        self.run_now()
        if self.panel.isVisible() and self.view.select_first_hit():
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_first_hit(self) -> None:
        self.run_now()
        hits = self.model.hit_indexes()
        if hits:
            hit = self.model.hit_at(hits[0])
            if hit is not None:
                self.open_hit(hit)

    def _back_to_box(self) -> None:
        self.view.clearSelection()
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _close_from_results(self) -> None:
        self.panel.hide()
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _type_in_box(self, event: QKeyEvent) -> None:
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)
        QApplication.sendEvent(self.box, QKeyEvent(event.type(), event.key(), event.modifiers(), event.text()))
