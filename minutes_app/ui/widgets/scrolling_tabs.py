"""Tabs whose pages scroll, yet are still named by the widget inside: setCurrentWidget(section) shows its tab."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from minutes_app.ui.widgets.scrolling_page import scrolling_page


class ScrollingTabs(QTabWidget):
    """A QTabWidget whose `add_scrolling_tab` pages scroll on a small screen; the code speaks of the content."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._content_of: dict[QWidget, QWidget] = {}  # scrolling page -> the widget it shows
        self._page_of: dict[QWidget, QWidget] = {}

    def add_scrolling_tab(self, content: QWidget, label: str) -> int:
        """Add `content` as a tab that scrolls when the window is smaller than it."""
        page = scrolling_page(content)
        self._content_of[page] = content
        self._page_of[content] = page
        return self.addTab(page, label)

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt's name
        super().setCurrentWidget(self._page_of.get(widget, widget))

    def currentWidget(self) -> QWidget:  # noqa: N802 - Qt's name
        page = super().currentWidget()
        return self._content_of.get(page, page)

    def indexOf(self, widget: QWidget) -> int:  # noqa: N802 - Qt's name
        return super().indexOf(self._page_of.get(widget, widget))
