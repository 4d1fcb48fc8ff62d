"""Paints search results: a bold heading per kind, and each hit as its title and date over a grey snippet."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from minutes_app.ui.search.results_model import DATE_ROLE, IS_GROUP_ROLE, SNIPPET_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex
MARGIN = 6
GAP = 12  # between the title and the date


class SearchHitDelegate(QStyledItemDelegate):
    """Two lines per hit (title and date, then the snippet); one bold line per group heading."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._line: tuple[QFont, int] | None = None  # the font last measured, and its line height

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return QSize(200, self.row_height(option.font, group=bool(index.data(IS_GROUP_ROLE))))

    def row_height(self, font: QFont, *, group: bool) -> int:
        """The height of a group heading or a hit in `font` (the view asks for every row at each search)."""
        if self._line is None or self._line[0] != font:
            self._line = (QFont(font), QFontMetrics(font).height())
        line = self._line[1]
        return line + 2 * MARGIN if group else 2 * line + 2 * MARGIN + 2

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget: QWidget | None = opt.widget
        style = widget.style() if widget is not None else None
        painter.save()
        try:
            if index.data(IS_GROUP_ROLE):
                self._paint_group(painter, opt, index)
            else:
                if style is not None:
                    style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
                self._paint_hit(painter, opt, index)
        finally:
            painter.restore()

    @staticmethod
    def _paint_group(painter: QPainter, opt: QStyleOptionViewItem, index: AnyIndex) -> None:
        painter.fillRect(opt.rect, opt.palette.color(QPalette.ColorRole.AlternateBase))
        font = QFont(opt.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(opt.palette.color(QPalette.ColorRole.Text))
        area = opt.rect.adjusted(MARGIN, 0, -MARGIN, 0)
        painter.drawText(area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), str(index.data() or ""))

    @staticmethod
    def _paint_hit(painter: QPainter, opt: QStyleOptionViewItem, index: AnyIndex) -> None:
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        faint_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        metrics = QFontMetrics(opt.font)
        line = metrics.height()
        area = opt.rect.adjusted(MARGIN + 8, MARGIN, -MARGIN, -MARGIN)
        date = str(index.data(DATE_ROLE) or "")
        date_width = metrics.horizontalAdvance(date) if date else 0
        painter.setFont(opt.font)
        if date:
            painter.setPen(opt.palette.color(faint_role))
            painter.drawText(
                QRect(area.right() - date_width, area.top(), date_width, line),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                date,
            )
        title_width = area.width() - (date_width + GAP if date else 0)
        title = metrics.elidedText(str(index.data() or ""), Qt.TextElideMode.ElideRight, max(title_width, 0))
        painter.setPen(opt.palette.color(text_role))
        left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(QRect(area.left(), area.top(), title_width, line), left, title)
        snippet = str(index.data(SNIPPET_ROLE) or "")
        if snippet:
            painter.setPen(opt.palette.color(faint_role))
            elided = metrics.elidedText(snippet, Qt.TextElideMode.ElideRight, area.width())
            painter.drawText(QRect(area.left(), area.top() + line + 2, area.width(), line), left, elided)
