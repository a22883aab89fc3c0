"""Reading: the question list drives the answer pane, the header, the position and the disclaimer.

The list shows articles newest first (or by title, View > Order articles); an article's
questions are fetched when it is opened. Next and previous question ask the library for the
neighbour of the question being read (no list of every row is built).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from expertreader import words
from expertreader.content.info import ArticleInfo
from expertreader.content.library import Library, Order
from expertreader.content.model import QA
from expertreader.ui import style
from expertreader.ui.models.question_tree import (
    ORPHANS_ID,
    QA_ID_ROLE,
    OrphanGroup,
    QuestionTreeModel,
)
from expertreader.ui.settings import Settings
from expertreader.ui.views.answer_view import AnswerView
from expertreader.ui.views.dialogs import inform
from expertreader.ui.views.disclaimer_banner import DisclaimerBanner
from expertreader.ui.views.question_list import QuestionList

ORPHANS_TITLE = words.QT_TRANSLATE_NOOP(
    "ReaderController", "Your notes on questions no longer in these articles"
)
ORPHANS_INTRO = words.QT_TRANSLATE_NOOP(
    "ReaderController",
    "These questions were in an earlier version of the articles. Their answers are gone, but "
    "your bookmarks and notes on them are kept here and in every export.",
)
EXPAND_ALL_UP_TO = 200
"""Libraries with up to this many questions open with every article expanded."""


@dataclass(frozen=True, slots=True)
class ReaderViews:
    """The widgets and actions the reader drives (``ui.wiring.reader_views`` makes one)."""

    questions: QuestionList
    answer: AnswerView
    position: QLabel
    search: QLineEdit
    bookmarks_only: QCheckBox
    banner: DisclaimerBanner
    header: Callable[[ArticleInfo | OrphanGroup | None], None]
    fit_to_height: Callable[[], None]
    dialog_parent: QWidget
    next_action: QAction
    previous_action: QAction
    list_action: QAction
    answer_action: QAction
    zoom_in_action: QAction
    zoom_out_action: QAction
    zoom_reset_action: QAction
    disclaimer_action: QAction
    bookmarks_only_action: QAction
    order_by_date_action: QAction
    order_by_title_action: QAction


class ReaderController(QObject):
    """Keeps the list, the answer, the header, the position and the banner in step."""

    qa_shown = Signal(object)  # QA | None

    def __init__(self, views: ReaderViews, library: Library, settings: Settings) -> None:
        super().__init__(views.dialog_parent)
        self.views = views
        self.library = library
        self.settings = settings
        self.model = QuestionTreeModel(library, settings.article_order, self)
        views.questions.setModel(self.model)
        self.current_qa: QA | None = None
        self._last_read = settings.last_qa  # before opening anything overwrites it
        self._total = sum(info.question_count for info in library.article_infos())

        views.questions.selectionModel().currentChanged.connect(self._on_current_changed)
        views.bookmarks_only.toggled.connect(views.bookmarks_only_action.setChecked)
        views.bookmarks_only_action.toggled.connect(views.bookmarks_only.setChecked)
        views.bookmarks_only_action.toggled.connect(self._on_bookmarks_only)
        views.next_action.triggered.connect(lambda: self.step(1))
        views.previous_action.triggered.connect(lambda: self.step(-1))
        views.list_action.triggered.connect(self.focus_list)
        views.answer_action.triggered.connect(views.answer.setFocus)
        views.zoom_in_action.triggered.connect(lambda: self.set_point_size(self.point_size + 1))
        views.zoom_out_action.triggered.connect(lambda: self.set_point_size(self.point_size - 1))
        views.zoom_reset_action.triggered.connect(
            lambda: self.set_point_size(style.BASE_POINT_SIZE)
        )
        views.order_by_date_action.triggered.connect(lambda: self.set_order("date"))
        views.order_by_title_action.triggered.connect(lambda: self.set_order("title"))
        views.order_by_date_action.setChecked(settings.article_order == "date")
        views.order_by_title_action.setChecked(settings.article_order == "title")
        views.banner.expanded_changed.connect(self._on_banner_toggled)
        views.banner.full_text_requested.connect(self.show_full_disclaimer)
        views.disclaimer_action.toggled.connect(views.banner.set_expanded)

        self.point_size: int = settings.point_size
        style.apply_text_size(self.point_size)  # usually done before the window was built
        views.banner.set_expanded(settings.disclaimer_expanded)
        views.disclaimer_action.setChecked(views.banner.expanded)
        self._expand()
        self._show_nothing()

    # --- selection ---------------------------------------------------------------------------
    def restore_last(self) -> None:
        """Open the question read last time, else the first question."""
        index = self.model.index_of_qa(self._last_read)
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0, self.model.index(0, 0))
        if index.isValid():
            self.select(index)

    def select(self, index: QModelIndex) -> None:
        view = self.views.questions
        if index.parent().isValid():
            view.expand(index.parent())
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        view.selectionModel().setCurrentIndex(index, flags)
        view.scrollTo(index)

    def select_qa(self, qa_id: str) -> bool:
        index = self.model.index_of_qa(qa_id)
        if index.isValid():
            self.select(index)
        return index.isValid()

    def focus_list(self) -> None:
        self.views.questions.setFocus()

    def set_library(self, library: Library) -> None:
        """Read this library from now on (or the same one after articles were added or
        removed): the list shows it, and the question being read stays open if it is still
        listed (its notes keep it among the orphans otherwise), else the first question."""
        self.library = library
        self._total = sum(info.question_count for info in library.article_infos())
        current = self.current_qa.id if self.current_qa is not None else None
        self.model.set_library(library)
        self._expand()
        if current is not None and self.select_qa(current):
            return
        self.current_qa = None
        if self.model.rowCount():
            self.restore_first()
        else:
            self._show_nothing()

    def restore_first(self) -> None:
        """Open the first question of the list."""
        first = self.model.index(0, 0, self.model.index(0, 0))
        if first.isValid():
            self.select(first)
        else:
            self._show_nothing()

    def show_article(self, article_id: str) -> None:
        """Open an article's first question (one just added, say)."""
        group = self.model.index_of_group(article_id)
        first = self.model.index(0, 0, group) if group.isValid() else group
        if first.isValid():
            self.select(first)

    def set_orphans(self, orphans: list[QA], reopen_last: bool = False) -> None:
        """List notes whose question the articles lost (after a content update) at the end.

        ``reopen_last``: at start-up, the question read last time may be one of them.
        """
        current = self.current_qa.id if self.current_qa else None
        if reopen_last and any(qa.id == self._last_read for qa in orphans):
            current = self._last_read
        title, intro = (
            QCoreApplication.translate("ReaderController", text)
            for text in (ORPHANS_TITLE, ORPHANS_INTRO)
        )
        group = OrphanGroup(title, (intro,), tuple(orphans))
        self.model.set_orphans(group)
        self._expand()
        if current:
            self.select_qa(current)

    def step(self, delta: int) -> None:
        """Move to the next or previous question, across articles, skipping article rows."""
        target = self._neighbour(delta)
        if target is not None:
            self.select(target)

    def _neighbour(self, delta: int) -> QModelIndex | None:
        current = self.current_qa
        in_orphans = current is not None and self.library.find(current.id) is None
        if current is None or self.views.bookmarks_only.isChecked() or in_orphans:
            rows = self.model.visible_questions()  # a short list: bookmarks, or orphans
            if not rows:
                return None
            ids = [self.model.data(row, QA_ID_ROLE) for row in rows]
            at = ids.index(current.id) if current is not None and current.id in ids else None
            if at is None:
                return rows[0] if delta > 0 else rows[-1]
            return rows[max(0, min(len(rows) - 1, at + delta))]
        neighbour = self.library.adjacent(current.id, delta, self.model.order)
        if neighbour is None:
            orphans = self.model.index_of_group(ORPHANS_ID)
            if delta > 0 and orphans.isValid():
                return self.model.index(0, 0, orphans)
            return None
        index = self.model.index_of_qa(neighbour)
        return index if index.isValid() else None

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        group = self.model.group_at(current)
        qa = self.model.qa_at(current)
        if group is None:
            if self.current_qa is None:
                self._show_nothing()
            return  # a filter hid the question being read: keep it in view
        self.views.header(group)
        if qa is None:
            self._show_intro(group)
            self.views.position.setText("")
        else:
            self.views.answer.show_qa(qa, in_library=not isinstance(group, OrphanGroup))
            self.settings.last_qa = qa.id
            self._show_position(group, current.row())
        self.current_qa = qa
        self.qa_shown.emit(qa)

    def _show_intro(self, group: ArticleInfo | OrphanGroup) -> None:
        if isinstance(group, OrphanGroup):
            self.views.answer.show_article(group.title, group.intro, len(group.qas))
            return
        article = self.library.article(group.id)
        intro = article.intro if article is not None else ()
        self.views.answer.show_article(group.title, intro, group.question_count)

    def _show_position(self, group: ArticleInfo | OrphanGroup, row: int) -> None:
        count = len(group.qas) if isinstance(group, OrphanGroup) else group.question_count
        text = self.tr("Question {number} of {count}").format(number=row + 1, count=count)
        if self.views.bookmarks_only.isChecked():
            text = ""
        self.views.position.setText(text)
        self.views.position.setAccessibleName(text or self.tr("Bookmarked question"))

    def _show_nothing(self) -> None:
        """No article chosen or none could be read: still title and disclaimer in view."""
        self.current_qa = None
        infos = self.library.article_infos(self.model.order)
        if infos:
            self.views.header(infos[0])
            self.views.answer.show_message(
                self.tr("Choose a question"), self.tr("Pick a question from the list.")
            )
        else:
            self.views.header(None)
            self.views.answer.show_message(
                self.tr("No articles to show"),
                self.tr("None of the articles could be read. The message below says why."),
            )
        self.views.position.setText("")
        self.qa_shown.emit(None)

    # --- list filters and order ----------------------------------------------------------------
    def _on_bookmarks_only(self, on: bool) -> None:
        self.model.set_only(set(self.model.bookmarked) if on else None)
        self._after_filtering()

    def refresh_bookmark_filter(self) -> None:
        """Bookmarks changed while "Bookmarks only" is on: show the new set."""
        if self.views.bookmarks_only.isChecked():
            self.model.set_only(set(self.model.bookmarked))
            self._after_filtering()

    def set_order(self, order: Order) -> None:
        self.settings.article_order = order
        self.views.order_by_date_action.setChecked(order == "date")
        self.views.order_by_title_action.setChecked(order == "title")
        self.model.set_order(order)
        self._after_filtering()

    def _after_filtering(self) -> None:
        """Keep the question being read marked in the list whenever the list shows it."""
        self._expand()
        if self.current_qa is not None:
            self.select_qa(self.current_qa.id)

    def _expand(self) -> None:
        """Small libraries (and filtered lists) open expanded; large ones open where you read."""
        if self._total <= EXPAND_ALL_UP_TO or self.views.bookmarks_only.isChecked():
            self.views.questions.expandAll()
        elif (orphans := self.model.index_of_group(ORPHANS_ID)).isValid():
            self.views.questions.expand(orphans)

    # --- view preferences --------------------------------------------------------------------
    def set_point_size(self, size: int) -> None:
        """Text size for the whole window, within readable bounds; remembered."""
        self.point_size = max(style.MIN_POINT_SIZE, min(style.MAX_POINT_SIZE, size))
        style.apply_text_size(self.point_size)
        self.settings.point_size = self.point_size
        self.views.fit_to_height()

    def show_full_disclaimer(self) -> None:
        """The whole disclaimer in a dialog, for windows too short to show it inline."""
        inform(self.views.dialog_parent, self.tr("Disclaimer"), self.views.banner.text)

    def _on_banner_toggled(self, expanded: bool) -> None:
        self.settings.disclaimer_expanded = expanded
        self.views.disclaimer_action.setChecked(expanded)
