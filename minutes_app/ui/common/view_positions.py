"""Keeping where every list of a page is scrolled while the page reloads its rows."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QAbstractItemView, QWidget


@contextmanager
def scroll_kept(page: QWidget) -> Iterator[None]:
    """Put every item view of `page` back where it was scrolled once the block (a refresh) ends."""
    views = page.findChildren(QAbstractItemView)
    positions = [(view, view.verticalScrollBar().value(), view.horizontalScrollBar().value()) for view in views]
    try:
        yield
    finally:
        for view, vertical, horizontal in positions:
            view.verticalScrollBar().setValue(vertical)
            view.horizontalScrollBar().setValue(horizontal)
