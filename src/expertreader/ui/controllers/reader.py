"""Reading: the question list drives the answer pane, the header and the disclaimer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from expertreader.content.library import Library
from expertreader.content.model import QA, Article
from expertreader.ui import style
from expertreader.ui.models.question_filter import QuestionFilter
from expertreader.ui.models.question_tree import QuestionTreeModel
from expertreader.ui.settings import Settings
from expertreader.ui.views.answer_view import AnswerView
from expertreader.ui.views.dialogs import inform
from expertreader.ui.views.disclaimer_banner import DisclaimerBanner
from expertreader.ui.views.question_list import QuestionList

ORPHANS_ID = "notes-without-question"
ORPHANS_TITLE = "Your notes on questions no longer in these articles"
ORPHANS_INTRO = (
    "These questions were in an earlier version of the articles. Their answers are gone, but "
    "your bookmarks and notes on them are kept here and in every export."
)


@dataclass(frozen=True, slots=True)
class ReaderViews:
    """The widgets and actions the reader drives (``MainWindow.reader_views`` makes one)."""

    questions: QuestionList
    answer: AnswerView
    search: QLineEdit
    bookmarks_only: QCheckBox
    banner: DisclaimerBanner
    header: Callable[[Article | None], None]
    fit_to_height: Callable[[], None]
    dialog_parent: QWidget
    next_action: QAction
    previous_action: QAction
    list_action: QAction
    answer_action: QAction
    find_action: QAction
    zoom_in_action: QAction
    zoom_out_action: QAction
    zoom_reset_action: QAction
    disclaimer_action: QAction
    bookmarks_only_action: QAction


class ReaderController(QObject):
    """Keeps the list, the answer, the header and the banner in step."""

    qa_shown = Signal(object)  # QA | None

    def __init__(self, views: ReaderViews, library: Library, settings: Settings) -> None:
        super().__init__(views.dialog_parent)
        self.views = window = views
        self.library = library
        self.settings = settings
        self.model = QuestionTreeModel(library.articles, self)
        self.filter = QuestionFilter(self.model)
        window.questions.setModel(self.filter)
        window.questions.expandAll()
        self.current_qa: QA | None = None
        self._last_read = settings.last_qa  # before opening anything overwrites it

        window.questions.selectionModel().currentChanged.connect(self._on_current_changed)
        window.search.textChanged.connect(self._on_search)
        window.bookmarks_only.toggled.connect(window.bookmarks_only_action.setChecked)
        window.bookmarks_only_action.toggled.connect(window.bookmarks_only.setChecked)
        window.bookmarks_only_action.toggled.connect(self._on_bookmarks_only)
        window.next_action.triggered.connect(lambda: self.step(1))
        window.previous_action.triggered.connect(lambda: self.step(-1))
        window.list_action.triggered.connect(window.questions.setFocus)
        window.answer_action.triggered.connect(window.answer.setFocus)
        window.find_action.triggered.connect(self._focus_search)
        window.zoom_in_action.triggered.connect(lambda: self.set_point_size(self.point_size + 1))
        window.zoom_out_action.triggered.connect(lambda: self.set_point_size(self.point_size - 1))
        window.zoom_reset_action.triggered.connect(
            lambda: self.set_point_size(style.BASE_POINT_SIZE)
        )
        window.banner.expanded_changed.connect(self._on_banner_toggled)
        window.banner.full_text_requested.connect(self.show_full_disclaimer)
        window.disclaimer_action.toggled.connect(window.banner.set_expanded)

        self.point_size: int = settings.point_size
        style.apply_text_size(self.point_size)  # usually done before the window was built
        window.banner.set_expanded(settings.disclaimer_expanded)
        window.disclaimer_action.setChecked(window.banner.expanded)
        self._show_nothing()

    # --- selection ---------------------------------------------------------------------------
    def restore_last(self) -> None:
        """Open the question read last time, else the first question."""
        index = self.model.index_of_qa(self._last_read)
        if not index.isValid() and self.library.articles:
            index = self.model.index(0, 0, self.model.index(0, 0))
        if index.isValid():
            self.select(self.filter.mapFromSource(index))

    def select(self, proxy_index: QModelIndex) -> None:
        view = self.views.questions
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        view.selectionModel().setCurrentIndex(proxy_index, flags)
        view.scrollTo(proxy_index)

    def set_orphans(self, orphans: list[QA], reopen_last: bool = False) -> None:
        """List notes whose question the articles lost (after a content update) at the end.

        ``reopen_last``: at start-up, the question read last time may be one of them.
        """
        current = self.current_qa.id if self.current_qa else None
        if reopen_last and any(qa.id == self._last_read for qa in orphans):
            current = self._last_read
        group = Article(
            id=ORPHANS_ID,
            source="",
            title=ORPHANS_TITLE,
            date=None,
            expert=None,
            intro=(ORPHANS_INTRO,),
            disclaimer=None,
            qas=tuple(orphans),
        )
        self.model.set_orphans(group)
        self.views.questions.expandAll()
        if current:
            self.select_qa(current)

    def select_qa(self, qa_id: str) -> None:
        index = self.filter.mapFromSource(self.model.index_of_qa(qa_id))
        if index.isValid():
            self.select(index)

    def step(self, delta: int) -> None:
        """Move to the next or previous question, across articles, skipping article rows."""
        rows = self._visible_question_indexes()
        if not rows:
            return
        current = self.views.questions.currentIndex()
        if not current.isValid() and self.current_qa is not None:  # e.g. hidden by a search
            current = self.filter.mapFromSource(self.model.index_of_qa(self.current_qa.id))
        positions = [i for i, index in enumerate(rows) if index == current]
        if positions:
            target = max(0, min(len(rows) - 1, positions[0] + delta))
        else:
            target = 0 if delta > 0 else len(rows) - 1
        self.select(rows[target])

    def _visible_question_indexes(self) -> list[QModelIndex]:
        result: list[QModelIndex] = []
        for article_row in range(self.filter.rowCount()):
            parent = self.filter.index(article_row, 0)
            result.extend(
                self.filter.index(r, 0, parent) for r in range(self.filter.rowCount(parent))
            )
        return result

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        source = self.filter.mapToSource(current)
        article = self.model.article_at(source)
        qa = self.model.qa_at(source)
        if article is None:
            if self.current_qa is None:
                self._show_nothing()
            return  # a filter hid the question being read: keep it in view
        self.views.header(article)
        if qa is None:
            self.views.answer.show_article(article)
        else:
            self.views.answer.show_qa(qa)
            self.settings.last_qa = qa.id
        self.current_qa = qa
        self.qa_shown.emit(qa)

    def _show_nothing(self) -> None:
        """No article chosen or none could be read: still title and disclaimer in view."""
        self.current_qa = None
        if self.library.articles:
            self.views.header(self.library.articles[0])
            self.views.answer.show_message("Choose a question", "Pick a question from the list.")
        else:
            self.views.header(None)
            self.views.answer.show_message(
                "No articles to show",
                "None of the bundled articles could be read. The message above says why.",
            )
        self.qa_shown.emit(None)

    # --- list filters ------------------------------------------------------------------------
    def _focus_search(self) -> None:
        self.views.search.setFocus()
        self.views.search.selectAll()

    def _on_search(self, text: str) -> None:
        self.filter.set_search(text)
        self._after_filtering()

    def _on_bookmarks_only(self, on: bool) -> None:
        self.filter.set_bookmarks_only(on)
        self._after_filtering()

    def _after_filtering(self) -> None:
        """Keep the question being read marked in the list whenever the filter shows it."""
        self.views.questions.expandAll()
        if self.current_qa is None:
            return
        index = self.filter.mapFromSource(self.model.index_of_qa(self.current_qa.id))
        if index.isValid() and index != self.views.questions.currentIndex():
            self.select(index)

    # --- view preferences --------------------------------------------------------------------
    def set_point_size(self, size: int) -> None:
        """Text size for the whole window, within readable bounds; remembered."""
        self.point_size = max(style.MIN_POINT_SIZE, min(style.MAX_POINT_SIZE, size))
        style.apply_text_size(self.point_size)
        self.settings.point_size = self.point_size
        self.views.fit_to_height()

    def show_full_disclaimer(self) -> None:
        """The whole disclaimer in a dialog, for windows too short to show it inline."""
        inform(self.views.dialog_parent, "Disclaimer", self.views.banner.text)

    def _on_banner_toggled(self, expanded: bool) -> None:
        self.settings.disclaimer_expanded = expanded
        self.views.disclaimer_action.setChecked(expanded)
