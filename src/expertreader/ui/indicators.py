"""Check boxes and radio buttons drawn in the theme's colours, with a boundary you can see.

Fusion draws their frames a shade darker than the window (about 1.7:1 on cream), and a
stylesheet that styles their frame loses the check mark, so this style draws just those two.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

from expertreader.ui.palettes import LIGHT, Palette

_CHECK_MARK = ((0.24, 0.52), (0.43, 0.71), (0.77, 0.31))  # fractions of the box


class IndicatorStyle(QProxyStyle):
    """Fusion, except that check boxes and radio buttons follow ``colours``."""

    def __init__(self) -> None:
        super().__init__("Fusion")
        self.colours: Palette = LIGHT
        self._kinds = {
            QStyle.PrimitiveElement.PE_IndicatorCheckBox: False,
            QStyle.PrimitiveElement.PE_IndicatorRadioButton: True,
        }

    def drawPrimitive(  # noqa: N802
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        round_ = self._kinds.get(element)
        if round_ is None:
            super().drawPrimitive(element, option, painter, widget)
        else:
            self._draw_indicator(option, painter, round_)

    def _draw_indicator(self, option: QStyleOption, painter: QPainter, round_: bool) -> None:
        c = self.colours
        state = option.state
        on = bool(state & (QStyle.StateFlag.State_On | QStyle.StateFlag.State_NoChange))
        enabled = bool(state & QStyle.StateFlag.State_Enabled)
        strong = c.selection if enabled else c.disabled
        size = min(option.rect.width(), option.rect.height())
        pen_width = max(2.0, size / 9)
        box = QRectF(option.rect).adjusted(
            pen_width / 2, pen_width / 2, -pen_width / 2, -pen_width / 2
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(
            QPen(QColor(strong if on else c.border if enabled else c.disabled), pen_width)
        )
        painter.setBrush(QColor(strong if on and not round_ else c.base))
        if round_:
            painter.drawEllipse(box)
            if on:
                painter.setPen(QPen(QColor(strong), 0.1))
                painter.setBrush(QColor(strong))
                painter.drawEllipse(box.center(), box.width() * 0.26, box.height() * 0.26)
        else:
            painter.drawRoundedRect(box, 3, 3)
            if state & QStyle.StateFlag.State_NoChange:
                middle = box.center().y()
                painter.setPen(QPen(QColor(c.selection_text), pen_width))
                painter.drawLine(QPointF(box.left() + 4, middle), QPointF(box.right() - 4, middle))
            elif on:
                painter.setPen(QPen(QColor(c.selection_text if enabled else c.base), pen_width))
                points = [
                    QPointF(box.left() + x * box.width(), box.top() + y * box.height())
                    for x, y in _CHECK_MARK
                ]
                painter.drawPolyline(points)
        painter.restore()
