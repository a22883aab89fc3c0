"""The question list: articles at the top level and their questions beneath, fetched as shown.

Only the small ``ArticleInfo`` of each article is held; an article's questions are fetched from
the library the first time it is expanded, so 100,000 questions cost nothing until read. Every
lookup by id goes through the library's index (no scan), and a change of marks updates only the
rows that changed. "Bookmarks only" is a filter of this model itself (no proxy walking the tree).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from expertreader.content.info import ArticleInfo, QuestionInfo
from expertreader.content.library import Library, Order
from expertreader.content.model import QA
from expertreader.ui.views.plain_text import plain_tooltip

QA_ID_ROLE = Qt.ItemDataRole.UserRole + 1
BOOKMARKED_ROLE = Qt.ItemDataRole.UserRole + 2
NOTED_ROLE = Qt.ItemDataRole.UserRole + 3

_ARTICLE_ROW = 0xFFFFFFFF  # internalId of article rows; question rows store their article's row
_Index = QModelIndex | QPersistentModelIndex
BOOKMARK_MARK = "★"
NOTE_MARK = "✎"
ORPHANS_ID = "notes-without-question"


@dataclass(frozen=True, slots=True)
class OrphanGroup:
    """Notes whose questions the articles no longer have, listed last like an article."""

    title: str
    intro: tuple[str, ...]
    qas: tuple[QA, ...]
    id: str = ORPHANS_ID
    date: None = None
    expert: None = None
    disclaimer: None = None


Group = ArticleInfo | OrphanGroup


class QuestionTreeModel(QAbstractItemModel):
    """Articles and their questions; marks show bookmarks (★) and notes (✎)."""

    def __init__(self, library: Library, order: Order = "date", parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.library = library
        self.order: Order = order
        self._orphans: OrphanGroup | None = None
        self._only: set[str] | None = None
        self._bookmarked: set[str] = set()
        self._noted: set[str] = set()
        self._groups: list[Group] = []
        self._row_of: dict[str, int] = {}
        self._questions: dict[int, list[QuestionInfo]] = {}
        self._rebuild()

    # --- structure ---------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return (
                self.createIndex(row, 0, _ARTICLE_ROW) if row < len(self._groups) else QModelIndex()
            )
        if parent.internalId() == _ARTICLE_ROW and row < len(self._children(parent.row())):
            return self.createIndex(row, 0, parent.row())
        return QModelIndex()

    def parent(self, child: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _ARTICLE_ROW:
            return QModelIndex()
        return self.createIndex(child.internalId(), 0, _ARTICLE_ROW)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _ARTICLE_ROW:
            return len(self._children(parent.row()))
        return 0

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        """Without fetching: an article has questions when its count says so."""
        if not parent.isValid():
            return bool(self._groups)
        if parent.internalId() != _ARTICLE_ROW:
            return False
        group = self._groups[parent.row()]
        if isinstance(group, OrphanGroup) or self._only is not None:
            return bool(self._children(parent.row()))
        return group.question_count > 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 1

    # --- content -----------------------------------------------------------------------------
    def group_at(self, index: _Index) -> Group | None:
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == _ARTICLE_ROW else index.internalId()
        return self._groups[row]

    def question_at(self, index: _Index) -> QuestionInfo | None:
        if not index.isValid() or index.internalId() == _ARTICLE_ROW:
            return None
        return self._children(index.internalId())[index.row()]

    def qa_at(self, index: _Index) -> QA | None:
        """The whole Q&A at a question row (one indexed lookup), or None for an article row."""
        info = self.question_at(index)
        if info is None:
            return None
        group = self.group_at(index)
        if isinstance(group, OrphanGroup):
            return next((qa for qa in group.qas if qa.id == info.id), None)
        return self.library.qa(info.id)

    def index_of_qa(self, qa_id: str) -> QModelIndex:
        """Where a question is in the list, through the library's index (no scan of rows)."""
        if self._orphans is not None and qa_id in {qa.id for qa in self._orphans.qas}:
            row = len(self._groups) - 1
            position = next(i for i, q in enumerate(self._children(row)) if q.id == qa_id)
            return self.createIndex(position, 0, row)
        located = self.library.locate(qa_id)
        found_row = self._row_of.get(located.article.id) if located is not None else None
        if located is None or found_row is None:
            return QModelIndex()
        row = found_row
        children = self._children(row)
        if self._only is None:
            position = located.position
        else:
            position = next((i for i, q in enumerate(children) if q.id == qa_id), -1)
        if not 0 <= position < len(children) or children[position].id != qa_id:
            return QModelIndex()
        return self.createIndex(position, 0, row)

    def index_of_group(self, group_id: str) -> QModelIndex:
        row = self._row_of.get(group_id)
        return self.createIndex(row, 0, _ARTICLE_ROW) if row is not None else QModelIndex()

    def visible_questions(self) -> list[QModelIndex]:
        """Every question row, in order: for stepping through a short, filtered list only."""
        return [
            self.createIndex(position, 0, row)
            for row in range(len(self._groups))
            for position in range(len(self._children(row)))
        ]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        info = self.question_at(index)
        if info is None:
            group = self._groups[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return group.title
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tooltip(group.title)
            return None
        qa_id = info.id
        if role == Qt.ItemDataRole.DisplayRole:
            marks = (BOOKMARK_MARK if qa_id in self._bookmarked else "") + (
                NOTE_MARK if qa_id in self._noted else ""
            )
            return f"{marks} {info.question}" if marks else info.question
        if role == Qt.ItemDataRole.AccessibleTextRole:
            states = [
                word
                for word, on in (
                    (self.tr("bookmarked"), qa_id in self._bookmarked),
                    (self.tr("has notes"), qa_id in self._noted),
                )
                if on
            ]
            return info.question + (f" ({', '.join(states)})" if states else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(info.question)
        if role == QA_ID_ROLE:
            return qa_id
        if role == BOOKMARKED_ROLE:
            return qa_id in self._bookmarked
        if role == NOTED_ROLE:
            return qa_id in self._noted
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- changes -----------------------------------------------------------------------------
    def set_library(self, library: Library) -> None:
        """List this library's articles (a new one, or the same after articles were added or
        removed); marks, the filter and the orphans stay."""
        self.beginResetModel()
        self.library = library
        self._rebuild()
        self.endResetModel()

    def set_orphans(self, orphans: OrphanGroup | None) -> None:
        """Show (or stop showing) notes whose question these articles no longer have."""
        self.beginResetModel()
        self._orphans = orphans if orphans and orphans.qas else None
        self._rebuild()
        self.endResetModel()

    def set_order(self, order: Order) -> None:
        self.beginResetModel()
        self.order = order
        self._rebuild()
        self.endResetModel()

    def set_only(self, qa_ids: set[str] | None) -> None:
        """Show only these questions (and their articles); None shows everything."""
        self.beginResetModel()
        self._only = set(qa_ids) if qa_ids is not None else None
        self._rebuild()
        self.endResetModel()

    def set_marks(self, bookmarked: set[str], noted: set[str]) -> None:
        """Refresh which questions show the bookmark and note marks: changed rows only."""
        changed = (bookmarked ^ self._bookmarked) | (noted ^ self._noted)
        self._bookmarked, self._noted = set(bookmarked), set(noted)
        for qa_id in changed:
            index = self.index_of_qa(qa_id)
            if index.isValid():
                self.dataChanged.emit(index, index)

    @property
    def bookmarked(self) -> set[str]:
        return self._bookmarked

    # ---
    def _rebuild(self) -> None:
        infos = list(self.library.article_infos(self.order))
        self._questions = {}
        if self._only is not None:
            wanted = {
                located.article.id
                for qa_id in self._only
                if (located := self.library.locate(qa_id)) is not None
            }
            infos = [info for info in infos if info.id in wanted]
        self._groups = [*infos]
        if self._orphans is not None:
            orphans = self._orphans
            if self._only is not None:
                orphans = OrphanGroup(
                    orphans.title,
                    orphans.intro,
                    tuple(q for q in orphans.qas if q.id in self._only),
                )
            if orphans.qas:
                self._groups.append(orphans)
        self._row_of = {group.id: row for row, group in enumerate(self._groups)}

    def _children(self, row: int) -> list[QuestionInfo]:
        """The questions under a group, fetched from the library the first time they are needed."""
        found = self._questions.get(row)
        if found is None:
            group = self._groups[row]
            if isinstance(group, OrphanGroup):
                found = [
                    QuestionInfo(qa.id, qa.question, position, ORPHANS_ID)
                    for position, qa in enumerate(group.qas)
                ]
            else:
                found = self.library.questions(group.id)
                if self._only is not None:
                    found = [info for info in found if info.id in self._only]
            self._questions[row] = found
        return found
