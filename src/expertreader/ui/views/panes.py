"""The window's body: the question pane beside the reading pane, or the two taking turns.

Which it is depends on the width the window has at the current text size (``needs_turns``), not
on a fixed breakpoint: at large text or in a narrow window one pane shows at a time, with a
"Questions" button (and Alt+Left, Escape) back to the list. The reading side scrolls as a whole
when the window is too short for the answer, its buttons and the notes at this text size, so
nothing is squeezed below its size or cut off; the disclaimer and the messages stay in view.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

QUESTIONS, READING = "questions", "reading"
QUESTION_CHARS = 22  # a question pane narrower than this many average letters is hard to scan
READING_CHARS = 34  # nor an answer narrower than this (plus its margins)
COMFORT_LINES = 4  # lines of the answer beyond its minimum before the notes may share the view
SPLIT_GAP = 24  # the splitter's handle and the panes' frames


class Panes(QWidget):
    """Layout only: ``set_turns`` and ``show_turn`` are driven by the layout controller."""

    turn_changed = Signal(str)

    def __init__(
        self, question_pane: QWidget, reading: QWidget, notes: QWidget, answer: QWidget
    ) -> None:
        super().__init__()
        self.question_pane = question_pane
        self._reading, self._notes, self._answer = reading, notes, answer
        self.back = QPushButton("‹ Questions")
        self.back.setObjectName("backToQuestions")
        self.back.setAccessibleName("Back to the questions")
        self.back.setAccessibleDescription("Shows the list of questions again (Alt+Left).")
        self.back.hide()

        self.right_split = QSplitter(Qt.Orientation.Vertical)
        self.right_split.addWidget(reading)
        self.right_split.addWidget(notes)
        self.right_split.setStretchFactor(0, 3)
        self.right_split.setStretchFactor(1, 1)
        self.right_split.setSizes([520, 180])
        self.right_split.setChildrenCollapsible(False)

        self.page_content = QWidget()
        self.page_content.setObjectName("readingPage")
        self.page_layout = QVBoxLayout(self.page_content)
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.page_layout.addWidget(self.right_split, 1)
        self.page = QScrollArea()
        self.page.setObjectName("readingScroll")
        self.page.setFrameShape(QFrame.Shape.NoFrame)
        self.page.setWidgetResizable(True)
        self.page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its parts take the focus, not it
        self.page.setWidget(self.page_content)
        self.page.viewport().installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

        self.reading_side = QWidget()
        side = QVBoxLayout(self.reading_side)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.back, 0, Qt.AlignmentFlag.AlignLeft)
        side.addWidget(self.page, 1)

        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(question_pane)
        self.split.addWidget(self.reading_side)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 5)
        self.split.setChildrenCollapsible(False)
        self.split.setSizes([340, 780])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.split)
        self._turns = False
        self._turn = QUESTIONS

    @property
    def turns(self) -> bool:
        """True while one pane shows at a time."""
        return self._turns

    @property
    def turn(self) -> str:
        """The pane shown when taking turns: ``QUESTIONS`` or ``READING``."""
        return self._turn

    def needs_turns(self, width: int, question_width: int, reading_width: int) -> bool:
        """Whether ``width`` is too narrow for both panes, each needing the width given."""
        return width < question_width + reading_width + SPLIT_GAP

    def set_turns(self, on: bool, turn: str | None = None) -> None:
        """Both panes side by side, or one at a time (``turn``, else the one shown last)."""
        self._turns = on
        self.back.setVisible(on)
        self.show_turn(turn or self._turn)

    def show_turn(self, turn: str) -> None:
        """Show ``turn``'s pane; when both panes show, only remember it."""
        changed = turn != self._turn
        self._turn = turn
        self.question_pane.setVisible(not self._turns or turn == QUESTIONS)
        self.reading_side.setVisible(not self._turns or turn == READING)
        if changed:
            self.turn_changed.emit(turn)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.page.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_page()
        return False

    def _fit_page(self) -> None:
        """A short reading side: the answer and its buttons fill the view, the notes below it.

        With room for more than a few lines of the answer beside the notes, the splitter
        shares the height as usual.
        """
        view = self.page.viewport().height()
        self._reading.setMinimumHeight(0)
        natural = self._reading.minimumSizeHint().height()
        comfortable = natural + COMFORT_LINES * self._answer.fontMetrics().lineSpacing()
        notes = self._notes.minimumSizeHint().height() + self.right_split.handleWidth()
        if view < comfortable + notes:
            self._reading.setMinimumHeight(max(natural, view))

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Whatever takes the focus on the reading side is scrolled into view."""
        if not shiboken6.isValid(self.page):  # the window is gone; the application is not
            return
        if new is not None and self.page_content.isAncestorOf(new):
            self.page.ensureWidgetVisible(new, 0, 0)

    def reading_height(self) -> int:
        """Height the reading side needs to show everything at its minimum, without scrolling."""
        back = self.back.sizeHint().height() if self._turns else 0
        width = self.page.viewport().width()
        above = 0
        for index in range(self.page_layout.count()):
            item = self.page_layout.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.right_split:
                hint = widget.heightForWidth(width)
                above += (hint if hint > 0 else widget.minimumSizeHint().height()) + 6
        split = self._reading.minimumSizeHint().height() + self.right_split.handleWidth()
        return back + above + split + self._notes.minimumSizeHint().height()
