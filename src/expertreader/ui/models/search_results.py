"""The search results as a list model: one row per hit, best first (``search.Hit``)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from expertreader import words
from expertreader.search.results import Hit
from expertreader.ui.views.plain_text import plain_tooltip
from expertreader.ui.views.search_results import (
    ARTICLE_ROLE,
    QUESTION_ROLE,
    QUESTION_SPANS_ROLE,
    SNIPPET_ROLE,
    SNIPPET_SPANS_ROLE,
)

HIT_ROLE = Qt.ItemDataRole.UserRole + 20
_Index = QModelIndex | QPersistentModelIndex
KIND_WORDS = {
    "question": words.QT_TRANSLATE_NOOP("SearchResultsModel", "Question"),
    "answer": words.QT_TRANSLATE_NOOP("SearchResultsModel", "In the answer"),
    "note": words.QT_TRANSLATE_NOOP("SearchResultsModel", "Your note"),
}
"""Where a result was found, in English (shown translated)."""


SHOWN_AT_ONCE = 15
"""Rows laid out when results arrive; more as the list is scrolled (keeps typing smooth)."""


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._hits: tuple[Hit, ...] = ()
        self._shown = 0

    def set_hits(self, hits: tuple[Hit, ...]) -> None:
        self.beginResetModel()
        self._hits = hits
        self._shown = min(len(hits), SHOWN_AT_ONCE)
        self.endResetModel()

    def hit(self, row: int) -> Hit | None:
        return self._hits[row] if 0 <= row < self._shown else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._shown

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._shown < len(self._hits)

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        more = min(len(self._hits), self._shown + SHOWN_AT_ONCE)
        if parent.isValid() or more == self._shown:
            return
        self.beginInsertRows(QModelIndex(), self._shown, more - 1)
        self._shown = more
        self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        hit = self.hit(index.row()) if index.isValid() else None
        if hit is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, QUESTION_ROLE):
            return hit.question
        if role == QUESTION_SPANS_ROLE:
            return tuple(hit.question_spans)
        if role == ARTICLE_ROLE:
            where = hit.article_title or self.tr("an article no longer here")
            return f"{self.tr(KIND_WORDS[hit.kind])} · {where}"
        if role == SNIPPET_ROLE:
            return hit.snippet
        if role == SNIPPET_SPANS_ROLE:
            return tuple(hit.snippet_spans)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            kind = self.tr(KIND_WORDS[hit.kind])
            return f"{hit.question}. {kind}, {hit.article_title}. {hit.snippet}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(hit.snippet or hit.question)
        if role == HIT_ROLE:
            return hit
        return None
