"""Find texts a window shows cut short: labels, buttons, check boxes, tab titles and header sections too narrow."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QWidget,
)

from minutes_app.ui.widgets.elided_label import ElidedLabel

SLACK_PX = 1  # rounding between the font metrics and the style's own arithmetic


def _plain(text: str) -> str:
    """The text as drawn: accelerator ampersands dropped, "&&" kept as one."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _widest_line(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _shown(widget: QWidget) -> bool:
    """Visible on screen: shown, with a size, and not scrolled out of a scroll area's viewport."""
    if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
        return False
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            viewport = parent.viewport()
            if viewport.isAncestorOf(widget):
                top_left = widget.mapTo(viewport, widget.rect().topLeft())
                if not QRect(top_left, widget.size()).intersects(viewport.rect()):
                    return False
        parent = parent.parentWidget()
    return True


def _label_problem(label: QLabel) -> str | None:
    if isinstance(label, ElidedLabel) or label.wordWrap() or label.pixmap() is not None:
        return None  # shortens on purpose (full text as tooltip) or wraps
    if label.textFormat() == Qt.TextFormat.RichText or Qt.mightBeRichText(label.text()):
        return None
    text = _plain(label.text()) if label.buddy() is not None else label.text()
    needed = _widest_line(label.fontMetrics(), text)
    room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    return None if needed <= room + SLACK_PX else f"needs {needed} px, has {room}"


def _button_problem(button: QAbstractButton) -> str | None:
    text = _plain(button.text())
    if not text:
        return None
    needed = _widest_line(button.fontMetrics(), text)
    option = QStyleOptionButton()
    option.initFrom(button)
    style = button.style()
    if isinstance(button, QPushButton):
        margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, option, button)
        frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, option, button)
        icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
        menu = style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button) if button.menu() else 0
        room = button.contentsRect().width() - margin - 2 * frame - icon - menu
    elif isinstance(button, (QCheckBox, QRadioButton)):
        element = (
            QStyle.SubElement.SE_CheckBoxContents
            if isinstance(button, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonContents
        )
        room = style.subElementRect(element, option, button).width()
        if not button.icon().isNull():
            room -= button.iconSize().width() + 4
    else:
        return None
    return None if needed <= room + SLACK_PX else f"needs {needed} px, has {room}"


def _tab_problems(bar: QTabBar) -> list[str]:
    problems = []
    metrics = bar.fontMetrics()
    for index in range(bar.count()):
        text = _plain(bar.tabText(index))
        needed = metrics.horizontalAdvance(text)
        hint = bar.tabSizeHint(index).width()
        room = bar.tabRect(index).width()
        if room + SLACK_PX < hint or not bar.rect().contains(bar.tabRect(index)):
            problems.append(f"tab {text!r}: needs {needed} px of text, tab is {room} px of {hint}")
    return problems


def _header_problems(header: QHeaderView) -> list[str]:
    problems = []
    model = header.model()
    if model is None or header.isHidden():
        return problems
    orientation = header.orientation()
    metrics = header.fontMetrics()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole) or "")
        if not text or orientation != Qt.Orientation.Horizontal:
            continue
        needed = _widest_line(metrics, text) + 2 * margin
        room = header.sectionSize(section)
        start = header.sectionViewportPosition(section)
        if needed > room + SLACK_PX:
            problems.append(f"column {text!r}: needs {needed} px, has {room}")
        elif start < 0 or start + room > header.viewport().width() + SLACK_PX:
            problems.append(f"column {text!r}: outside the visible part of the table")
    return problems


def clipped_texts(root: QWidget) -> list[str]:
    """Every visible text under `root` that does not fit its widget, described for an assertion message."""
    problems: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget):
            continue
        where = f"{type(widget).__name__} {widget.objectName() or ''}".strip()
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
            what = widget.text()
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
            what = widget.text()
        elif isinstance(widget, QTabBar):
            problems.extend(f"{where}: {p}" for p in _tab_problems(widget))
        elif isinstance(widget, QHeaderView):
            problems.extend(f"{where}: {p}" for p in _header_problems(widget))
        if problem is not None:
            problems.append(f"{where} {what!r}: {problem}")
    return problems


def off_screen(root: QWidget, area: QRect) -> list[str]:
    """The window's frame or visible buttons that lie outside `area` (the screen's available geometry)."""
    problems = []
    if not area.contains(root.frameGeometry()):
        problems.append(f"window frame {root.frameGeometry()} outside {area}")
    for button in root.findChildren(QPushButton):
        if not _shown(button):
            continue
        top_left = button.mapToGlobal(button.rect().topLeft())
        if not area.contains(QRect(top_left, button.size())):
            problems.append(f"button {button.text()!r} at {QRect(top_left, button.size())} outside {area}")
    return problems


def clipped_cells(view: QAbstractItemView, columns: list[int]) -> list[str]:
    """Texts of these columns' visible cells that do not fit their column (words from a vocabulary, not free text)."""
    problems = []
    model = view.model()
    if model is None or not _shown(view):
        return problems
    metrics = view.fontMetrics()
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    for row in range(model.rowCount()):
        for column in columns:
            index = model.index(row, column)
            rect = view.visualRect(index)
            if rect.isEmpty() or not rect.intersects(view.viewport().rect()):
                continue
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            needed = metrics.horizontalAdvance(text) + margin
            if index.data(Qt.ItemDataRole.DecorationRole) is not None:
                needed += view.iconSize().width() + 4
            if needed > rect.width() + SLACK_PX:
                problems.append(f"cell {text!r} (row {row}, column {column}): needs {needed} px, has {rect.width()}")
    return problems
