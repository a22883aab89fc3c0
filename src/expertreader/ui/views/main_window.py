"""The main window's layout and actions. Controllers (controllers/) wire it; it decides nothing.

Built in two steps so the window paints at once: the shell (title, disclaimer, menu titles,
the message line) before the first paint, the body (list, answer, notes, actions) right after.
The shell never touches PySide6's ``Qt`` namespace: creating its enums costs about 30 ms, so that
is paid after the first paint, in ``build_body`` (tests/gui/test_startup.py checks this).
Every label that shows text from an article or a person is plain text, never markup.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from expertreader import APP_NAME, words
from expertreader.ui.style import READING_MARGIN
from expertreader.ui.views.disclaimer_banner import DisclaimerBanner
from expertreader.ui.views.message_bar import MessageArea
from expertreader.ui.views.plain_text import plain_label

if TYPE_CHECKING:
    from expertreader.ui.views.panes import Panes

MINIMUM_SIZE = (720, 560)
DEFAULT_SIZE = (1120, 680)  # a 1366×768 screen keeps its panel and the title bar in view
FRAME = (16, 48)  # the frame and title bar a desktop adds around the window
BANNER_SHARE = 0.6  # of the height left beyond the body's minimum; more and it takes one line
CHROME_HEIGHT = 48  # margins and spacing around the header, banner, messages and body
CENTRAL_MARGINS = 24  # left and right, around everything in the window
LIST_CHROME = 40  # a list's frame, scroll bar and indentation
MENUS = (
    words.QT_TRANSLATE_NOOP("MainWindow", "&File"),
    words.QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
    words.QT_TRANSLATE_NOOP("MainWindow", "&Go"),
    words.QT_TRANSLATE_NOOP("MainWindow", "&Notes"),
    words.QT_TRANSLATE_NOOP("MainWindow", "&View"),
    words.QT_TRANSLATE_NOOP("MainWindow", "&Help"),
)
"""The menus by their English names, which controllers use to find one (``menu("&View")``)
whatever language the window shows their titles in."""


class MainWindow(QMainWindow):
    """Header and disclaimer, the question list beside the answer and notes, messages below."""

    closing = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.close_guards: list[Callable[[], bool]] = []  # each may keep the window open
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(*MINIMUM_SIZE)
        self.resize(*default_size())

        self.article_title = _plain_label("articleTitle", self.tr("Article title"))
        self.article_meta = _plain_label("articleMeta", self.tr("Article date and expert"))
        self.banner = DisclaimerBanner()
        self.messages = MessageArea()
        self.panes: Panes | None = None  # built with the body
        self._header_in_page = False
        self._second_pass = False
        self._menus: dict[str, QMenu] = {
            name: self.menuBar().addMenu(self.tr(name)) for name in MENUS
        }
        self._build_shell()

    def menu(self, name: str) -> QMenu:
        """One of ``MENUS`` ("&View", ...), for controllers that add their own entries."""
        return self._menus[name]

    def set_header(self, title: str, meta: str, disclaimer: str) -> None:
        """The article's title, its date and expert line (may be empty), and its disclaimer."""
        self.article_title.setText(title)
        self.article_title.setAccessibleName(self.tr("Article: {title}").format(title=title))
        self.article_meta.setText(meta)
        self.article_meta.setAccessibleName(meta or self.tr("No date or expert given"))
        self.article_meta.setVisible(bool(meta))
        self.banner.set_text(disclaimer)

    def build_body(self) -> None:
        """The list, the answer, the notes and every action: everything after the first paint."""
        from expertreader.ui.views.answer_view import AnswerView
        from expertreader.ui.views.notes_panel import NotesPanel
        from expertreader.ui.views.question_list import QuestionList
        from expertreader.ui.views.search_field import SearchField
        from expertreader.ui.views.search_results import SearchResultsPane

        self.search = SearchField()  # its hint shortens to fit; the name stays whole
        self.search.setObjectName("search")
        self.search.setAccessibleDescription(
            self.tr("Results show as you type. Down arrow goes to them; Escape clears the search.")
        )
        self.search.setClearButtonEnabled(True)
        for clear in self.search.findChildren(QToolButton):  # Qt's own, unnamed by default
            clear.setAccessibleName(self.tr("Clear the search"))
        self.bookmarks_only = QCheckBox(self.tr("Bookmarks only"))
        self.bookmarks_only.setAccessibleName(self.tr("Show bookmarked questions only"))
        self.bookmarks_only.setAccessibleDescription(self.tr("Ctrl+B turns this on and off."))
        self.questions = QuestionList()
        self.messages.return_focus = self.questions  # a dismissed message's button had it
        self.questions.setObjectName("questions")
        self.results = SearchResultsPane()
        self.position = plain_label(accessible_name=self.tr("Position in the article"))
        self.position.setObjectName("position")

        self.bookmark_button = QToolButton()
        self.bookmark_button.setCheckable(True)
        self.bookmark_button.setAccessibleName(self.tr("Bookmark this question"))
        self.bookmark_button.setAccessibleDescription(
            self.tr("Ctrl+D adds or removes the bookmark.")
        )
        self.add_passage = QPushButton(self.tr("Note on selection…"))
        self.add_passage.setAccessibleName(self.tr("Add a note to the selected text of the answer"))
        self.add_passage.setAccessibleDescription(
            self.tr("Select words in the answer first (Shift and the arrow keys). Ctrl+Shift+N.")
        )
        self.answer = AnswerView()
        self.answer.setObjectName("answer")
        self.notes = NotesPanel()
        self.banner.finish_setup()

        self._build_body_layout()
        self._build_actions()
        self.fit_to_height()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_to_height()

    def fit_to_height(self) -> None:
        """Fit the window's parts to its size at the current text size (after a resize or zoom).

        Too narrow for both panes: they take turns. Too short for the reading side beside the
        header: the header moves into the reading side and scrolls with it. Then the height is
        shared: the body keeps what it needs and the disclaimer yields; a disclaimer that
        would take more than its share shows on one line ("Show all" opens it). The message
        line's height depends only on the text size and width, so messages never move anything.
        """
        self.reflow()
        if self.panes is not None:
            self.panes.fit_page()  # a smaller text size may leave the view as it was
        if self.panes is not None and not self._second_pass:  # again once laid out anew
            from PySide6.QtCore import QTimer

            self._second_pass = True
            QTimer.singleShot(0, self, self._fit_again)
        height = self.height() - self.menuBar().sizeHint().height()
        messages = self.messages.sizeHint().height()
        spare = height - self._header_height() - messages - self._body_height() - CHROME_HEIGHT
        full = self.banner.full_text_height(self.width())
        self.banner.set_compact(full > spare * BANNER_SHARE)

    def _fit_again(self) -> None:
        """After a zoom, sizes are right only once the new fonts are laid out."""
        self.fit_to_height()
        self._second_pass = False

    def reflow(self) -> None:
        """Both panes when the width allows them at this text size, else one at a time."""
        if self.panes is None:
            return
        from expertreader.ui.views.panes import READING

        width = self.width() - CENTRAL_MARGINS
        turns = self.panes.needs_turns(width, *pane_widths(self))
        if turns != self.panes.turns:
            focus = self.focusWidget()
            reading = focus is not None and self.panes.reading_side.isAncestorOf(focus)
            self.panes.set_turns(turns, READING if reading else None)
        room = (
            self.height()
            - self.menuBar().sizeHint().height()
            - self.messages.sizeHint().height()
            - self.banner.compact_height()
            - CHROME_HEIGHT
            - self._header_height()
        )
        self._place_header(in_page=turns or room < self.panes.reading_need())

    def _header_height(self) -> int:
        """The title and the date and expert line, wrapped at the window's width."""
        width = self.width() - CENTRAL_MARGINS
        header = self.article_title.heightForWidth(width)
        if self.article_meta.isVisible():
            header += self.article_meta.heightForWidth(width)
        return header

    def _place_header(self, in_page: bool) -> None:
        """The header tops the window, or scrolls with the reading side when room is short."""
        if in_page == self._header_in_page or self.panes is None:
            return
        self._header_in_page = in_page
        if in_page:
            self.panes.page_layout.insertWidget(0, self.header)
        else:
            self._central_layout.insertWidget(0, self.header)

    def _body_height(self) -> int:
        """What the body needs to show its shown panes whole, without scrolling."""
        if self.panes is None:
            return self.body.minimumSizeHint().height()
        needs = [self.panes.question_pane.minimumSizeHint().height()]
        if self.panes.reading_side.isVisibleTo(self) or not self.panes.turns:
            needs.append(self.panes.reading_need())
        return max(needs)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not all(guard() for guard in self.close_guards):
            event.ignore()
            return
        self.closing.emit()
        super().closeEvent(event)

    def _build_shell(self) -> None:
        self.header = QWidget()
        self.header.setObjectName("header")
        header = QVBoxLayout(self.header)
        header.setContentsMargins(0, 0, 0, 0)
        header.setSpacing(2)
        header.addWidget(self.article_title)
        header.addWidget(self.article_meta)
        self.body = QWidget()  # filled by build_body
        central = QWidget()
        central.setObjectName("central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(8)
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.messages)
        self._central_layout = layout
        self.setCentralWidget(central)

    def _build_body_layout(self) -> None:
        from PySide6.QtCore import Qt  # after the first paint (see the module docstring)

        from expertreader.ui.views.panes import Panes
        from expertreader.ui.views.wrap_row import WrapRow

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.bookmarks_only)
        left_layout.addWidget(self.questions, 1)
        left_layout.addWidget(self.results, 1)
        self.results.hide()  # shown instead of the list while there is a search

        self.bookmark_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.position.setWordWrap(False)
        reading = QWidget()
        reading_layout = QVBoxLayout(reading)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        self.tools = WrapRow()  # under the answer, so Tab goes list, answer, buttons, note
        self.tools.add(self.position)
        self.tools.add(self.add_passage, trailing=True)
        self.tools.add(self.bookmark_button, trailing=True)
        reading_layout.addWidget(self.answer, 1)
        reading_layout.addWidget(self.tools)

        self.panes = Panes(left, reading, self.notes, self.tools)
        self.split = self.panes.split
        self.right_split = self.panes.right_split
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.panes)
        for first, second in pairwise(tab_chain(self)):
            self.setTabOrder(first, second)
        left.installEventFilter(self)  # its needs change with what it shows (search results)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LayoutRequest and not self._second_pass:
            self.fit_to_height()
        return False

    def _action(self, menu_name: str, text: str, *keys: QKeySequence | str) -> QAction:
        menu = self._menus[menu_name]
        action = QAction(text, self)
        if keys:
            action.setShortcuts([QKeySequence(key) for key in keys])
        menu.addAction(action)
        self.addAction(action)  # shortcuts work wherever the focus is in the window
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.export_action = self._action("&File", self.tr("&Export notes…"), "Ctrl+E")
        self.print_action = self._action("&File", self.tr("&Print notes…"), QKeySequence(std.Print))
        self.import_action = self._action("&File", self.tr("&Import notes…"), "Ctrl+I")
        self._menus["&File"].addSeparator()
        self.quit_action = self._action("&File", self.tr("&Quit"), QKeySequence(std.Quit))
        self.undo_action = self._action("&Edit", self.tr("&Undo"), QKeySequence(std.Undo))
        self.undo_action.setEnabled(False)
        self.redo_action = self._action("&Edit", self.tr("&Redo"), QKeySequence(std.Redo), "Ctrl+Y")
        self.redo_action.setEnabled(False)
        self._menus["&Edit"].addSeparator()
        self.find_action = self._action("&Edit", self.tr("&Search"), QKeySequence(std.Find))
        self._menus["&Edit"].addSeparator()
        self.versions_action = self._action("&Edit", self.tr("Earlier &versions of this note…"))
        self.bin_action = self._action("&Edit", self.tr("Recently &deleted…"))
        self.next_action = self._action("&Go", self.tr("&Next question"), "Alt+Down", "Ctrl+PgDown")
        self.previous_action = self._action(
            "&Go", self.tr("&Previous question"), "Alt+Up", "Ctrl+PgUp"
        )
        self.list_action = self._action(
            "&Go", self.tr("Go to the question &list"), "Ctrl+L", "Alt+Left"
        )
        self.answer_action = self._action("&Go", self.tr("Go to the &answer"), "Ctrl+R")
        self.bookmark_action = self._action("&Notes", self.tr("&Bookmark this question"), "Ctrl+D")
        self.bookmark_action.setCheckable(True)
        self.bookmark_button.setDefaultAction(self.bookmark_action)
        self.note_action = self._action("&Notes", self.tr("Write a &note on this answer"), "Ctrl+N")
        self.passage_action = self._action(
            "&Notes", self.tr("Add a note to the selected &text…"), "Ctrl+Shift+N"
        )
        self.bookmarks_only_action = self._action(
            "&Notes", self.tr("Show bookmarks &only"), "Ctrl+B"
        )
        self.bookmarks_only_action.setCheckable(True)
        self.zoom_in_action = self._action(
            "&View", self.tr("&Larger text"), QKeySequence(std.ZoomIn), "Ctrl+="
        )
        self.zoom_out_action = self._action(
            "&View", self.tr("&Smaller text"), QKeySequence(std.ZoomOut)
        )
        self.zoom_reset_action = self._action("&View", self.tr("&Normal text size"), "Ctrl+0")
        self.disclaimer_action = self._action("&View", self.tr("Show the full &disclaimer"))
        self.disclaimer_action.setCheckable(True)
        self._menus["&View"].addSeparator()
        self.order_by_date_action = self._action(
            "&View", self.tr("Articles by &date, newest first")
        )
        self.order_by_title_action = self._action("&View", self.tr("Articles by t&itle"))
        order = QActionGroup(self)
        for action in (self.order_by_date_action, self.order_by_title_action):
            action.setCheckable(True)
            order.addAction(action)
        self._menus["&View"].addSeparator()
        self.about_action = self._action(
            "&Help", self.tr("&About {program}").format(program=APP_NAME)
        )


def pane_widths(window: MainWindow) -> tuple[int, int]:
    """The width the question pane and the reading pane each need at the current text size."""
    from expertreader.ui.views.panes import QUESTION_CHARS, READING_CHARS

    assert window.panes is not None
    letter = window.questions.fontMetrics().averageCharWidth()
    question = max(
        QUESTION_CHARS * letter + LIST_CHROME,
        window.bookmarks_only.sizeHint().width(),
        window.panes.question_side.minimumSizeHint().width(),  # search suggestions, say
    )
    reading_letter = window.answer.fontMetrics().averageCharWidth()
    reading = max(
        READING_CHARS * reading_letter + 2 * READING_MARGIN + LIST_CHROME,
        window.notes.needed_width(),
        *(widget.sizeHint().width() for widget in window.tools.widgets()),
    )
    return question, reading


def tab_chain(window: MainWindow) -> list[QWidget]:
    """Tab follows what is seen: rows top to bottom, each left to right, pane by pane."""
    assert window.panes is not None
    results = window.results
    return [
        window.banner.toggle,
        window.search,
        window.bookmarks_only,
        results.instead,
        *results.suggestion_buttons,
        results.list,
        window.questions,
        window.panes.back,
        window.answer,
        window.add_passage,
        window.bookmark_button,
        window.notes,  # the tab bar first, then the page shown (a compound: moved whole)
        window.messages.all_button,
    ]


def default_size() -> tuple[int, int]:
    """``DEFAULT_SIZE``, made smaller on a screen with less room (never below the minimum).

    The offscreen platform's screen is made up (800×800): screenshots keep the default size.
    """
    if QGuiApplication.platformName() == "offscreen":
        return DEFAULT_SIZE
    room = QGuiApplication.primaryScreen().availableGeometry()
    width = max(MINIMUM_SIZE[0], min(DEFAULT_SIZE[0], room.width() - FRAME[0]))
    height = max(MINIMUM_SIZE[1], min(DEFAULT_SIZE[1], room.height() - FRAME[1]))
    return width, height


def _plain_label(object_name: str, accessible_name: str) -> QLabel:
    """A header label: word-wrapped, and plain text whatever an article's title holds."""
    label = plain_label(accessible_name=accessible_name)
    label.setObjectName(object_name)
    return label
