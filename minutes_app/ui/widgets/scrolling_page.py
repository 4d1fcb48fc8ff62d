"""A page (a tab, a long form) that scrolls when the window is lower or narrower than its contents."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QWidget


class ScrollingPage(QScrollArea):
    """Asks for its contents' whole size, but can be made smaller: then it scrolls instead of squeezing them."""

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        hint = content.sizeHint()
        return QSize(hint.width() + bar, hint.height())


def scrolling_page(content: QWidget) -> ScrollingPage:
    """Wrap `content` so its page never forces the window past the screen: it scrolls instead."""
    page = ScrollingPage()
    page.setWidgetResizable(True)
    page.setFrameShape(QFrame.Shape.NoFrame)
    page.setWidget(content)
    return page
