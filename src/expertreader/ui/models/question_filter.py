"""Filters the question list: bookmarks only, and words typed into the search box."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from expertreader.ui.models.question_tree import BOOKMARKED_ROLE, QuestionTreeModel


class QuestionFilter(QSortFilterProxyModel):
    """Keeps questions matching every typed word (in question or answer); articles follow."""

    def __init__(self, source: QuestionTreeModel) -> None:
        super().__init__()
        self.setSourceModel(source)
        self.setRecursiveFilteringEnabled(True)
        self._words: list[str] = []
        self._bookmarks_only = False

    @property
    def active(self) -> bool:
        return bool(self._words) or self._bookmarks_only

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange()

    def set_bookmarks_only(self, on: bool) -> None:
        self.beginFilterChange()
        self._bookmarks_only = on
        self.endFilterChange()

    def filterAcceptsRow(  # noqa: N802
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        assert isinstance(model, QuestionTreeModel)
        index = model.index(source_row, 0, source_parent)
        qa = model.qa_at(index)
        if qa is None:  # article rows show when a question under them does (recursive filtering)
            return not self.active
        if self._bookmarks_only and not model.data(index, BOOKMARKED_ROLE):
            return False
        haystack = (qa.question + " " + qa.answer_text).casefold()
        return all(word in haystack for word in self._words)
