"""The keyboard focus is plain to see on buttons, check boxes, tool buttons and tables (the app's style)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from minutes_app.ui.common.focus_style import apply_focus_style


@pytest.fixture
def app_style(qapp: QApplication) -> Iterator[None]:
    """The app's focus style for one test; the session's plain style afterwards."""
    before = qapp.style().name()
    apply_focus_style(qapp)
    yield
    KEPT.clear()
    qapp.setStyle(before)


KEPT: list[QWidget] = []  # the test windows, alive until the test ends


def pair(qtbot, make) -> tuple[QWidget, QWidget]:  # type: ignore[no-untyped-def]
    """Two identical widgets side by side in a shown window; the first takes the keyboard focus by Tab."""
    window = QWidget()
    layout = QHBoxLayout(window)
    first, second = make(), make()
    layout.addWidget(first)
    layout.addWidget(second)
    qtbot.addWidget(window)
    KEPT.append(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    return first, second


def highlight_pixels(image: QImage) -> int:
    """How many pixels are (nearly) the palette's highlight colour."""
    colour = QApplication.palette().color(QPalette.ColorRole.Highlight)
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = QColor(image.pixel(x, y))
            if (
                abs(pixel.red() - colour.red())
                + abs(pixel.green() - colour.green())
                + abs(pixel.blue() - colour.blue())
                < 40
            ):
                count += 1
    return count


@pytest.mark.parametrize(
    "make",
    [
        lambda: QPushButton("Remove"),
        lambda: QCheckBox("Overdue"),
        lambda: QToolButton(text="Change status"),
    ],
    ids=["push button", "check box", "tool button"],
)
def test_the_focused_control_is_outlined(qtbot, app_style, make) -> None:  # type: ignore[no-untyped-def]
    focused, other = pair(qtbot, make)
    focused_image, other_image = focused.grab().toImage(), other.grab().toImage()
    assert focused_image != other_image
    # The mark is an outline all round, not a faint line: many pixels of the highlight colour.
    assert highlight_pixels(focused_image) >= focused.width() + focused.height()
    assert highlight_pixels(other_image) == 0


def test_a_focused_table_is_outlined(qtbot, app_style) -> None:  # type: ignore[no-untyped-def]
    def table() -> QTableWidget:
        made = QTableWidget(3, 2)
        made.setFixedSize(200, 120)
        return made

    focused, other = pair(qtbot, table)
    focused_image, other_image = focused.grab().toImage(), other.grab().toImage()
    assert highlight_pixels(focused_image) >= 2 * (focused.width() + focused.height()) - highlight_pixels(other_image)
    assert highlight_pixels(focused_image) > highlight_pixels(other_image)


def test_the_app_keeps_one_outline_style(qtbot, qapp: QApplication, app_style) -> None:  # type: ignore[no-untyped-def]
    style = qapp.style()
    apply_focus_style(qapp)
    assert qapp.style() is style
    window = QWidget()
    QVBoxLayout(window).addWidget(QPushButton("OK"))
    qtbot.addWidget(window)
    window.show()
