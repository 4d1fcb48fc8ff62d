"""Makes the keyboard focus plain to see: a highlight-coloured outline on the focused control.

The platform styles mark a focused button or table faintly or not at all (Fusion draws a thin line
only after Tab, and nothing around a table), so an officer working by keyboard loses track of
where Space or Delete will land. A proxy style over the platform's own keeps its look and adds the
outline; a style sheet would replace the whole look of every button it touches.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

OUTLINE_WIDTH = 2
_OUTLINED_CONTROLS = (
    QStyle.ControlElement.CE_PushButton,
    QStyle.ControlElement.CE_CheckBox,
    QStyle.ControlElement.CE_RadioButton,
)
_OUTLINED_COMPLEX = (QStyle.ComplexControl.CC_ToolButton, QStyle.ComplexControl.CC_ComboBox)


class FocusOutlineStyle(QProxyStyle):
    """The named base style, plus an outline around the control that has the keyboard focus."""

    def drawControl(
        self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element in _OUTLINED_CONTROLS and option.state & QStyle.StateFlag.State_HasFocus:
            _outline(painter, option.rect, option.palette)
        elif (
            element == QStyle.ControlElement.CE_ShapedFrame
            and isinstance(widget, QAbstractItemView)
            and widget.hasFocus()
        ):
            _outline(painter, option.rect, option.palette)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in _OUTLINED_COMPLEX and option.state & QStyle.StateFlag.State_HasFocus:
            _outline(painter, option.rect, option.palette)


def _outline(painter: QPainter, rect: QRect, palette: QPalette) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), OUTLINE_WIDTH))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = OUTLINE_WIDTH // 2
    painter.drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), 3, 3)
    painter.restore()


def apply_focus_style(app: QApplication) -> None:
    """Give the whole app the focus outline, over the style it already uses (once)."""
    if isinstance(app.style(), FocusOutlineStyle):
        return
    # By name: a proxy owns its base style, and the application's current one is deleted on setStyle.
    app.setStyle(FocusOutlineStyle(app.style().name()))
