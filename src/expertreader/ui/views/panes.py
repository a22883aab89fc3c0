"""The window's body: the question pane beside the reading pane, or the two taking turns.

Which it is depends on the width the window has at the current text size (``needs_turns``), not
on a fixed breakpoint: at large text or in a narrow window one pane shows at a time, with a
"Questions" button (and Alt+Left, Escape) back to the list. The reading side scrolls as a whole
when the window is too short for the answer, its buttons and the notes at this text size, so
nothing is squeezed below its size or cut off; the disclaimer and the messages stay in view.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from expertreader.ui.views.wrap_row import WrapRow

QUESTIONS, READING = "questions", "reading"
QUESTION_CHARS = 22  # a question pane narrower than this many average letters is hard to scan
READING_CHARS = 34  # nor an answer narrower than this (plus its margins)
SPLIT_GAP = 24  # the splitter's handle and the panes' frames


class Panes(QWidget):
    """Layout only: ``set_turns`` and ``show_turn`` are driven by the layout controller."""

    turn_changed = Signal(str)

    def __init__(
        self, question_pane: QWidget, reading: QWidget, notes: QWidget, tools: WrapRow
    ) -> None:
        super().__init__()
        self.question_pane = question_pane
        self._reading, self._notes, self._tools = reading, notes, tools
        self.back = QPushButton(self.tr("‹ Questions"))
        self.back.setObjectName("backToQuestions")
        self.back.setAccessibleName(self.tr("Back to the questions"))
        self.back.setAccessibleDescription(self.tr("Shows the list of questions again (Alt+Left)."))
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
        self.page = _page("readingScroll", self.page_content)
        self.page.viewport().installEventFilter(self)
        self.question_side = _page("questionScroll", question_pane)  # a short window scrolls it
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        for editor in notes.findChildren(QPlainTextEdit):  # the line typed on stays in view
            editor.cursorPositionChanged.connect(lambda e=editor: self._show_caret(e))

        self.reading_side = QWidget()
        side = QVBoxLayout(self.reading_side)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.back, 0, Qt.AlignmentFlag.AlignLeft)
        side.addWidget(self.page, 1)

        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.question_side)
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
        self.question_side.setVisible(not self._turns or turn == QUESTIONS)
        self.reading_side.setVisible(not self._turns or turn == READING)
        if changed:
            self.turn_changed.emit(turn)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.page.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_page()
        return False

    def fit_page(self) -> None:
        """Too short for the answer, its buttons and the notes at their smallest: the answer
        and its buttons fill the view and the notes follow below it, the page scrolling.

        Otherwise the splitter shares the height as usual and nothing scrolls. Called when the
        view changes size and when the text size changes (the view may then stay the same).
        """
        view = self.page.viewport().height()
        self._reading.setMinimumHeight(0)
        natural = self._reading_natural()
        notes = self._notes.minimumSizeHint().height() + self.right_split.handleWidth()
        above = (
            self.page_content.minimumSizeHint().height()
            - self.right_split.minimumSizeHint().height()
        )
        if view < above + natural + notes:
            self._reading.setMinimumHeight(max(self._reading.minimumSizeHint().height(), view))
        focus = QApplication.focusWidget()
        if focus is not None and self.page_content.isAncestorOf(focus):  # keep it in sight
            QTimer.singleShot(0, self.page, lambda: _ensure_visible(self.page, focus))

    def _reading_natural(self) -> int:
        """The answer and its buttons at their smallest, as laid out without a scroll bar.

        Measured at the page's whole width: with a scroll bar the buttons may wrap onto one
        more row, which would keep the scroll bar (and a layout that flips between the two).
        """
        tools = self._tools
        wrapped = tools.height() if tools.isVisible() else tools.height_for(tools.width())
        unscrolled = tools.height_for(self.page.width())
        return self._reading.minimumSizeHint().height() - wrapped + unscrolled

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Whatever takes the focus in a pane is scrolled into view, once laid out."""
        if new is None or not shiboken6.isValid(self.page):  # the window is gone, not the app
            return
        for page in (self.page, self.question_side):
            content = page.widget()
            if content is not None and content.isAncestorOf(new):
                QTimer.singleShot(0, page, lambda page=page: _ensure_visible(page, new))

    def _show_caret(self, editor: QPlainTextEdit) -> None:
        """When the page scrolls (a short window, large text), typing never goes out of sight."""
        if not editor.hasFocus() or not self.page_content.isAncestorOf(editor):
            return
        caret = editor.cursorRect()
        centre = editor.viewport().mapTo(self.page_content, caret.center())
        self.page.ensureVisible(centre.x(), centre.y(), 0, caret.height())

    def reading_need(self) -> int:
        """Height the reading side needs at its minimum (the header apart), not scrolling."""
        back = self.back.sizeHint().height() if self._turns else 0
        split = self._reading_natural() + self.right_split.handleWidth()
        return back + split + self._notes.minimumSizeHint().height()


def _ensure_visible(page: QScrollArea, widget: QWidget) -> None:
    if shiboken6.isValid(widget) and widget.hasFocus():
        page.ensureWidgetVisible(widget, 0, 0)


class Page(QScrollArea):
    """Scrolls its contents up and down only; never narrower than they need to be."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        content = self.widget()
        hint = super().minimumSizeHint()
        if content is None:
            return hint
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), content.minimumSizeHint().width() + bar), hint.height())


def _page(object_name: str, content: QWidget) -> Page:
    """A frameless scroll area that scrolls ``content`` up and down only when it must."""
    page = Page()
    page.setObjectName(object_name)
    page.setFrameShape(QFrame.Shape.NoFrame)
    page.setWidgetResizable(True)
    page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    page.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its parts take the focus, not it
    page.setWidget(content)
    return page
