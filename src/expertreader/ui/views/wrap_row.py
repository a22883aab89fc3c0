"""A row of controls that wraps onto more rows when the width runs out, instead of cutting them.

Its height follows its width (through its minimum height), so it also works inside a splitter,
which passes no height-for-width down. Items keep their preferred width; a row too narrow even
for one item gives that item the whole row.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class WrapRow(QWidget):
    """Children added with ``add`` go left to right, wrapping; ``trailing`` ones go right."""

    def __init__(self, spacing: int = 6) -> None:
        super().__init__()
        self._spacing = spacing
        self._items: list[tuple[QWidget, bool]] = []
        self._height = 0
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def add(self, widget: QWidget, *, trailing: bool = False) -> None:
        """Append ``widget``; ``trailing`` widgets sit at the right end of the (last) row."""
        widget.setParent(self)
        widget.installEventFilter(self)
        self._items.append((widget, trailing))
        self._relayout()

    def widgets(self) -> list[QWidget]:
        return [widget for widget, _ in self._items]

    def _shown(self) -> list[tuple[QWidget, bool]]:
        return [(w, trailing) for w, trailing in self._items if not w.isHidden()]

    def _rows(self, width: int) -> list[list[tuple[QWidget, bool, QSize]]]:
        rows: list[list[tuple[QWidget, bool, QSize]]] = [[]]
        used = 0
        for widget, trailing in self._shown():
            hint = widget.sizeHint().expandedTo(widget.minimumSizeHint())
            needed = hint.width() + (self._spacing if rows[-1] else 0)
            if rows[-1] and used + needed > width:
                rows.append([])
                used, needed = 0, hint.width()
            rows[-1].append((widget, trailing, hint))
            used += needed
        return [row for row in rows if row]

    def height_for(self, width: int) -> int:
        rows = self._rows(width)
        heights = [max(hint.height() for _, _, hint in row) for row in rows]
        return sum(heights) + self._spacing * max(0, len(heights) - 1)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self.height_for(width)

    def sizeHint(self) -> QSize:  # noqa: N802
        shown = self._shown()
        width = sum(w.sizeHint().width() for w, _ in shown) + self._spacing * max(0, len(shown) - 1)
        return QSize(width, self._height or self.height_for(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        widest = max((w.minimumSizeHint().width() for w, _ in self._shown()), default=0)
        return QSize(widest, self._height or self.height_for(max(widest, self.width())))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._relayout()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind in (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.LayoutRequest):
            self._relayout()
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a child's text or size hint changed
            self._relayout()
        return super().event(event)

    def _relayout(self) -> None:
        width = max(1, self.width())
        top = 0
        for row in self._rows(width):
            height = max(hint.height() for _, _, hint in row)
            leading = [(w, hint) for w, trailing, hint in row if not trailing]
            trailing = [(w, hint) for w, is_trailing, hint in row if is_trailing]
            x = 0
            for widget, hint in leading:
                widget.setGeometry(QRect(x, top, min(hint.width(), width), height))
                x += hint.width() + self._spacing
            end = width
            for widget, hint in reversed(trailing):
                start = max(0, end - hint.width())
                widget.setGeometry(QRect(start, top, min(hint.width(), width), height))
                end = start - self._spacing
            top += height + self._spacing
        needed = self.height_for(width)
        if needed != self._height:
            self._height = needed
            self.setMinimumHeight(needed)
            self.setMaximumHeight(needed)
            self.updateGeometry()
