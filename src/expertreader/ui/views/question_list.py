"""The question list view: long questions wrap onto several lines instead of being cut off."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView

_PADDING = 14


class WrappingDelegate(QStyledItemDelegate):
    """Row height follows the wrapped text at the list's current width."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        indent = self._view.indentation() * (depth + 1)
        width = max(80, self._view.viewport().width() - indent - _PADDING)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        metrics = option.fontMetrics
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
        rect = metrics.boundingRect(QRect(0, 0, width, 10_000), flags, text)
        return QSize(width, rect.height() + _PADDING)


class QuestionList(QTreeView):
    """A tree whose rows re-measure their wrapped text whenever the list changes width."""

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Questions"))
        self.setAccessibleDescription(
            self.tr("Up and Down choose a question; its answer shows. Enter goes to the answer.")
        )
        self.setHeaderHidden(True)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setExpandsOnDoubleClick(False)
        self._delegate = WrappingDelegate(self)
        self.setItemDelegate(self._delegate)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()
