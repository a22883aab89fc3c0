"""The search results: what was searched, how many match, and each result with its snippet.

Shown in place of the question list while there is a search. Each result shows the question,
its article (quieter) and a short snippet, the matched words in bold. Text is laid out as plain
text with formats on ranges: nothing from an article or a note is ever read as markup.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPalette, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import (
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from expertreader.ui.views.plain_text import plain_label, plain_tooltip
from expertreader.ui.views.wrap_row import WrapRow

QUESTION_ROLE = Qt.ItemDataRole.UserRole + 10
QUESTION_SPANS_ROLE = Qt.ItemDataRole.UserRole + 11
ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 12
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 13
SNIPPET_SPANS_ROLE = Qt.ItemDataRole.UserRole + 14
_PADDING = 8
_GAP = 2
MAX_SUGGESTIONS = 3
BUTTON_QUERY_CHARS = 24  # of a typed query shown on the "Search instead for" button


class SearchResultsPane(QWidget):
    """Layout only. ``instead_requested`` and ``suggestion_chosen`` carry a query to search."""

    instead_requested = Signal(str)
    suggestion_chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._typed = ""
        self.summary = plain_label(accessible_name=self.tr("Search results"))
        self.summary.setObjectName("searchSummary")
        self.instead = QPushButton()
        self.instead.setFlat(True)
        self.instead.hide()
        self.instead.clicked.connect(lambda: self.instead_requested.emit(self._typed))
        self.suggestion_buttons = [QPushButton() for _ in range(MAX_SUGGESTIONS)]
        suggestions = WrapRow()  # wraps at large text instead of cutting a suggestion
        for button in self.suggestion_buttons:
            button.hide()
            button.clicked.connect(
                lambda _checked=False, b=button: self.suggestion_chosen.emit(b.property("query"))
            )
            suggestions.add(button)
        self.list = QListView()
        self.list.setObjectName("searchResults")
        self.list.setAccessibleName(self.tr("Search results"))
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.delegate = ResultDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.instead)
        layout.addWidget(suggestions)
        layout.addWidget(self.list, 1)

    def set_summary(self, text: str, typed_instead: str | None, suggestions: list[str]) -> None:
        """The count (or "no questions match"), the typed words if corrected, suggestions."""
        self.summary.setText(text)
        self.summary.setAccessibleName(text)
        self._typed = typed_instead or ""
        self.instead.setVisible(typed_instead is not None)
        if typed_instead is not None:
            self.instead.setText(
                self.tr("Search instead for “{typed}”").format(typed=_shortened(typed_instead))
            )
            self.instead.setToolTip(plain_tooltip(typed_instead))  # the whole of a long query
            self.instead.setAccessibleName(
                self.tr("Search instead for {typed}").format(typed=typed_instead)
            )
        for button, query in zip(
            self.suggestion_buttons, [*suggestions, *[""] * MAX_SUGGESTIONS], strict=False
        ):
            button.setVisible(bool(query))
            button.setProperty("query", query)
            button.setText(self.tr("Try “{query}”").format(query=query))
            button.setAccessibleName(self.tr("Search for {query}").format(query=query))


def _shortened(typed: str) -> str:
    """A long query cut to what a button can hold at the largest text size (it cannot wrap)."""
    return typed if len(typed) <= BUTTON_QUERY_CHARS else typed[: BUTTON_QUERY_CHARS - 1] + "…"


class ResultDelegate(QStyledItemDelegate):
    """Three parts per result: the question (bold), the article (quiet), the snippet."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self._sizes: dict[tuple[int, int, int], QSize] = {}

    def forget_sizes(self) -> None:
        """New results (or a new text size): measure again."""
        self._sizes.clear()

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = max(120, self._view.viewport().width() - 2 * _PADDING)
        key = (index.row(), width, option.font.pointSize())
        if (known := self._sizes.get(key)) is not None:
            return known
        height = sum(
            layout.boundingRect().height() for layout in self._layouts(option, index, width)
        )
        size = QSize(width, int(height) + 2 * _PADDING + 2 * _GAP)
        self._sizes[key] = size
        return size

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else self._view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(option.palette.color(role))
        top = option.rect.top() + _PADDING
        width = option.rect.width() - 2 * _PADDING
        for layout in self._layouts(option, index, width):
            layout.draw(painter, QPointF(option.rect.left() + _PADDING, top))
            top += int(layout.boundingRect().height()) + _GAP
        painter.restore()

    def _layouts(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex, width: int
    ) -> list[QTextLayout]:
        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(8.0, base.pointSizeF() * 0.9))
        small.setItalic(True)
        parts = [
            (str(index.data(QUESTION_ROLE) or ""), bold, index.data(QUESTION_SPANS_ROLE) or ()),
            (str(index.data(ARTICLE_ROLE) or ""), small, ()),
            (str(index.data(SNIPPET_ROLE) or ""), base, index.data(SNIPPET_SPANS_ROLE) or ()),
        ]
        return [_laid_out(text, font, spans, width) for text, font, spans in parts if text]


def _laid_out(text: str, font: QFont, spans: object, width: int) -> QTextLayout:
    layout = QTextLayout(text, font)
    formats = []
    for start, end in spans if isinstance(spans, tuple | list) else ():
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setFontUnderline(True)
        span = QTextLayout.FormatRange()
        span.start, span.length, span.format = (
            _utf16(text, start),
            _utf16_len(text, start, end),
            fmt,
        )
        formats.append(span)
    layout.setFormats(formats)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout


def _utf16(text: str, index: int) -> int:
    """Qt counts positions in UTF-16 units; Python in code points."""
    return len(text[:index].encode("utf-16-le")) // 2


def _utf16_len(text: str, start: int, end: int) -> int:
    return len(text[start:end].encode("utf-16-le")) // 2
