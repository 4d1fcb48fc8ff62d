"""A lost team server connection as a banner above the pages (not a traceback, not a dialog per click)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from minutes_app.domain.errors import UNAVAILABLE, StoreError


class ConnectionWatch(QObject):
    """Announces that the store stopped answering; the open window's banner listens."""

    lost = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.banners = 0  # banners alive: without one the crash reporter still shows its dialog


_watch: ConnectionWatch | None = None


def connection_watch() -> ConnectionWatch:
    """The process's one ConnectionWatch."""
    global _watch
    if _watch is None:
        _watch = ConnectionWatch()
    return _watch


def is_lost_connection(error: BaseException) -> bool:
    """True for the store's "cannot be reached" failure."""
    return isinstance(error, StoreError) and error.reason == UNAVAILABLE


def report_if_lost(error: BaseException) -> bool:
    """Show the banner when `error` is a lost connection and a window shows it; True when it did."""
    watch = connection_watch()
    if not is_lost_connection(error) or watch.banners == 0:
        return False
    watch.lost.emit()
    return True


class ConnectionBanner(QWidget):
    """Hidden until the connection is lost; Try again hides it and asks the window to reload (which reconnects)."""

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        self.setStyleSheet("QWidget#connectionBanner { background: #fde7e9; } QLabel { color: #6e0811; }")
        self.label = QLabel(
            self.tr(
                "The database cannot be reached. Nothing is lost: unsaved changes are kept on this computer, "
                "and the app connects again at your next action."
            )
        )
        self.label.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Try &again"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry_button)
        self.retry_button.clicked.connect(self._retry)
        self.setVisible(False)
        watch = connection_watch()
        watch.banners += 1
        watch.lost.connect(self._show)
        self.destroyed.connect(_forget_banner)

    def _show(self) -> None:
        self.setVisible(True)

    def _retry(self) -> None:
        self.setVisible(False)
        self.retry_requested.emit()


def _forget_banner() -> None:
    connection_watch().banners -= 1
