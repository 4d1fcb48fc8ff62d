"""Keep a top-level window inside its screen's available area (taskbar excluded), at any scaling."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

DEFAULT_SIZE = QSize(1280, 800)
TITLE_BAR_ALLOWANCE = 40  # a dialog's frame is unknown before it shows: leave room for a title bar


def available_area(window: QWidget) -> QRect:
    """The available geometry of the screen the window is on (or of the primary screen)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def frame_margins(window: QWidget) -> QMargins:
    """The window manager's frame around the window (nothing known before it is first shown)."""
    frame, inner = window.frameGeometry(), window.geometry()
    return QMargins(
        inner.left() - frame.left(),
        inner.top() - frame.top(),
        frame.right() - inner.right(),
        frame.bottom() - inner.bottom(),
    )


def limit_to_screen(window: QWidget) -> None:
    """Cap the window's size at its screen, so growing contents scroll instead of pushing it past the edge."""
    area = available_area(window)
    margins = frame_margins(window)
    window.setMaximumSize(
        max(area.width() - margins.left() - margins.right(), 1),
        max(area.height() - margins.top() - margins.bottom(), 1),
    )


def fit_on_screen(window: QWidget) -> None:
    """Shrink and move the window so its whole frame lies within the available area."""
    limit_to_screen(window)
    if window.isMaximized() or window.isFullScreen():
        return
    area = available_area(window)
    width = min(window.width(), window.maximumWidth())
    height = min(window.height(), window.maximumHeight())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    left = min(max(frame.left(), area.left()), area.right() + 1 - frame.width())
    top = min(max(frame.top(), area.top()), area.bottom() + 1 - frame.height())
    if (left, top) != (frame.left(), frame.top()):
        window.move(left, top)  # a top-level window's position is its frame's


def default_size(window: QWidget) -> QSize:
    """The first-start size: 1280x800, or the whole available area when the screen is not bigger (a laptop)."""
    area = available_area(window).size()
    return DEFAULT_SIZE if DEFAULT_SIZE.width() < area.width() and DEFAULT_SIZE.height() < area.height() else area


def fit_dialog_on_screen(dialog: QWidget) -> None:
    """Give a dialog the height its contents want, but no more than the screen's available height."""
    area = available_area(dialog)
    wanted = dialog.sizeHint()
    dialog.resize(
        min(max(dialog.width(), wanted.width()), area.width()),
        min(wanted.height(), area.height() - TITLE_BAR_ALLOWANCE),
    )
