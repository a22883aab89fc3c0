"""The question list: a tree model, articles at the top level and their questions beneath."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from expertreader.content.model import QA, Article
from expertreader.ui.views.plain_text import plain_tooltip

QA_ID_ROLE = Qt.ItemDataRole.UserRole + 1
BOOKMARKED_ROLE = Qt.ItemDataRole.UserRole + 2
NOTED_ROLE = Qt.ItemDataRole.UserRole + 3

_ARTICLE_ROW = 0xFFFFFFFF  # internalId of article rows; question rows store their article's row
_Index = QModelIndex | QPersistentModelIndex
BOOKMARK_MARK = "★"
NOTE_MARK = "✎"


class QuestionTreeModel(QAbstractItemModel):
    """Articles and their questions; marks show bookmarks (★) and notes (✎)."""

    def __init__(self, articles: list[Article], parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._content = list(articles)
        self._articles = list(articles)
        self._bookmarked: set[str] = set()
        self._noted: set[str] = set()

    # --- structure ---------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row < len(self._articles):
                return self.createIndex(row, 0, _ARTICLE_ROW)
            return QModelIndex()
        if parent.internalId() == _ARTICLE_ROW and row < len(self._articles[parent.row()].qas):
            return self.createIndex(row, 0, parent.row())
        return QModelIndex()

    def parent(self, child: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _ARTICLE_ROW:
            return QModelIndex()
        return self.createIndex(child.internalId(), 0, _ARTICLE_ROW)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self._articles)
        if parent.internalId() == _ARTICLE_ROW:
            return len(self._articles[parent.row()].qas)
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 1

    # --- content -----------------------------------------------------------------------------
    def article_at(self, index: _Index) -> Article | None:
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == _ARTICLE_ROW else index.internalId()
        return self._articles[row]

    def qa_at(self, index: _Index) -> QA | None:
        if not index.isValid() or index.internalId() == _ARTICLE_ROW:
            return None
        return self._articles[index.internalId()].qas[index.row()]

    def index_of_qa(self, qa_id: str) -> QModelIndex:
        for article_row, article in enumerate(self._articles):
            for row, qa in enumerate(article.qas):
                if qa.id == qa_id:
                    return self.createIndex(row, 0, article_row)
        return QModelIndex()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        qa = self.qa_at(index)
        if qa is None:
            article = self._articles[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return article.title
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tooltip(article.title)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            marks = (BOOKMARK_MARK if qa.id in self._bookmarked else "") + (
                NOTE_MARK if qa.id in self._noted else ""
            )
            return f"{marks} {qa.question}" if marks else qa.question
        if role == Qt.ItemDataRole.AccessibleTextRole:
            states = [
                word
                for word, on in (
                    ("bookmarked", qa.id in self._bookmarked),
                    ("has notes", qa.id in self._noted),
                )
                if on
            ]
            return qa.question + (f" ({', '.join(states)})" if states else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(qa.question)
        if role == QA_ID_ROLE:
            return qa.id
        if role == BOOKMARKED_ROLE:
            return qa.id in self._bookmarked
        if role == NOTED_ROLE:
            return qa.id in self._noted
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def set_orphans(self, orphans: Article | None) -> None:
        """Show (or stop showing) notes whose question these articles no longer have."""
        self.beginResetModel()
        self._articles = (
            [*self._content, orphans] if orphans and orphans.qas else list(self._content)
        )
        self.endResetModel()

    # --- marks -------------------------------------------------------------------------------
    def set_marks(self, bookmarked: set[str], noted: set[str]) -> None:
        """Refresh which questions show the bookmark and note marks."""
        changed = (bookmarked ^ self._bookmarked) | (noted ^ self._noted)
        self._bookmarked, self._noted = set(bookmarked), set(noted)
        for qa_id in changed:
            index = self.index_of_qa(qa_id)
            if index.isValid():
                self.dataChanged.emit(index, index)
