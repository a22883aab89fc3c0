"""Taking turns: when the question list and the answer show one at a time, the ways between them.

Opening a question (Enter, a click on it, a search result) shows the answer; the "Questions"
button, Alt+Left (Go > Go to the question list) or Escape in the answer show the list again. The
actions that go somewhere (Ctrl+L, Ctrl+F, Ctrl+R, Ctrl+N) first show the pane they go to. With
both panes side by side nothing here changes anything.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListView, QTreeView, QWidget

from expertreader.ui.views.panes import QUESTIONS, READING, Panes


@dataclass(frozen=True, slots=True)
class LayoutViews:
    """The widgets and actions the layout controller drives (``ui.wiring.layout_views``)."""

    panes: Panes
    search: QLineEdit
    questions: QTreeView
    results: QListView
    answer: QWidget
    list_action: QAction
    find_action: QAction
    answer_action: QAction
    note_action: QAction


class LayoutController(QObject):
    """Shows the pane a person goes to; build it after the reader and the search controllers."""

    def __init__(self, views: LayoutViews) -> None:
        super().__init__(views.panes)
        self.views = views
        views.panes.back.clicked.connect(views.list_action.trigger)
        views.list_action.triggered.connect(self.show_questions)
        views.find_action.triggered.connect(self._show_search)
        views.answer_action.triggered.connect(self.show_answer)
        views.note_action.triggered.connect(lambda: self._reveal(READING))  # notes focus it
        views.questions.activated.connect(lambda _index: self.show_answer())
        views.questions.clicked.connect(self._on_question_clicked)
        views.results.activated.connect(lambda _index: self.show_answer())
        views.results.clicked.connect(lambda _index: self.show_answer())
        views.answer.installEventFilter(self)

    def show_questions(self) -> None:
        """The question pane, the focus on the list shown (the search results, while searching)."""
        self._reveal(QUESTIONS)
        results = self.views.results
        (results if results.isVisible() else self.views.questions).setFocus()

    def show_answer(self) -> None:
        """When taking turns: the reading pane, the focus on the answer."""
        if self.views.panes.turns:
            self._reveal(READING)
            self.views.answer.setFocus()

    def _show_search(self) -> None:
        self._reveal(QUESTIONS)
        self.views.search.setFocus()
        self.views.search.selectAll()

    def _reveal(self, turn: str) -> None:
        if self.views.panes.turns and self.views.panes.turn != turn:
            self.views.panes.show_turn(turn)

    def _on_question_clicked(self, index: QModelIndex) -> None:
        """A click on a question opens it; a click on an article's title only chooses it."""
        if index.parent().isValid():
            self.show_answer()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.views.answer
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and self.views.panes.turns
        ):
            self.show_questions()
            return True
        return False
