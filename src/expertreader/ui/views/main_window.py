"""The main window's layout and actions. Controllers (controllers/) wire it; it decides nothing.

Built in two steps so the window paints at once: the shell (title, disclaimer, menu titles,
the message line) before the first paint, the body (list, answer, notes, actions) right after.
The shell never touches PySide6's ``Qt`` namespace: creating its enums costs about 30 ms, so that
is paid after the first paint, in ``build_body`` (tests/gui/test_startup.py checks this).
Every label that shows text from an article or a person is plain text, never markup.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from expertreader import APP_NAME
from expertreader.ui.views.disclaimer_banner import DisclaimerBanner
from expertreader.ui.views.message_bar import MessageArea
from expertreader.ui.views.plain_text import plain_label

MINIMUM_SIZE = (720, 560)
DEFAULT_SIZE = (1120, 700)  # fits a 1366×768 screen with its panel and title bar
BANNER_SHARE = 0.6  # of the height left beyond the body's minimum; more and it takes one line
CHROME_HEIGHT = 48  # margins and spacing around the header, banner, messages and body
MENUS = ("&File", "&Edit", "&Go", "&Notes", "&View", "&Help")


class MainWindow(QMainWindow):
    """Header and disclaimer, the question list beside the answer and notes, messages below."""

    closing = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.close_guards: list[Callable[[], bool]] = []  # each may keep the window open
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(*MINIMUM_SIZE)
        self.resize(*DEFAULT_SIZE)

        self.article_title = _plain_label("articleTitle", "Article title")
        self.article_meta = _plain_label("articleMeta", "Article date and expert")
        self.banner = DisclaimerBanner()
        self.messages = MessageArea()
        self._menus: dict[str, QMenu] = {name: self.menuBar().addMenu(name) for name in MENUS}
        self._build_shell()

    def menu(self, name: str) -> QMenu:
        """One of ``MENUS`` ("&View", ...), for controllers that add their own entries."""
        return self._menus[name]

    def set_header(self, title: str, meta: str, disclaimer: str) -> None:
        """The article's title, its date and expert line (may be empty), and its disclaimer."""
        self.article_title.setText(title)
        self.article_title.setAccessibleName(f"Article: {title}")
        self.article_meta.setText(meta)
        self.article_meta.setAccessibleName(meta or "No date or expert given")
        self.article_meta.setVisible(bool(meta))
        self.banner.set_text(disclaimer)

    def build_body(self) -> None:
        """The list, the answer, the notes and every action: everything after the first paint."""
        from expertreader.ui.views.answer_view import AnswerView
        from expertreader.ui.views.notes_panel import NotesPanel
        from expertreader.ui.views.question_list import QuestionList
        from expertreader.ui.views.search_results import SearchResultsPane

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText("Search questions, answers and your notes")
        self.search.setAccessibleName("Search questions, answers and your notes")
        self.search.setClearButtonEnabled(True)
        for clear in self.search.findChildren(QToolButton):  # Qt's own, unnamed by default
            clear.setAccessibleName("Clear the search")
        self.bookmarks_only = QCheckBox("Bookmarks only")
        self.bookmarks_only.setAccessibleName("Show bookmarked questions only")
        self.questions = QuestionList()
        self.questions.setObjectName("questions")
        self.results = SearchResultsPane()
        self.position = plain_label(accessible_name="Position in the article")
        self.position.setObjectName("position")

        self.bookmark_button = QToolButton()
        self.bookmark_button.setCheckable(True)
        self.bookmark_button.setAccessibleName("Bookmark this question")
        self.add_passage = QPushButton("Note on selection…")
        self.add_passage.setAccessibleName("Add a note to the selected text of the answer")
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
        """Share the height: the body keeps its minimum, and the disclaimer yields.

        A disclaimer that would take more than its share shows on one line ("Show all" opens
        it). The message line has a fixed height, so messages never move anything.
        """
        width, height = self.width(), self.height() - self.menuBar().sizeHint().height()
        header = self.article_title.heightForWidth(width - 24)
        if self.article_meta.isVisible():
            header += self.article_meta.heightForWidth(width - 24)
        messages = self.messages.sizeHint().height()
        spare = height - header - messages - self.body.minimumSizeHint().height() - CHROME_HEIGHT
        full = self.banner.full_text_height(width)
        self.banner.set_compact(full > spare * BANNER_SHARE)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not all(guard() for guard in self.close_guards):
            event.ignore()
            return
        self.closing.emit()
        super().closeEvent(event)

    def _build_shell(self) -> None:
        header = QVBoxLayout()
        header.setSpacing(2)
        header.addWidget(self.article_title)
        header.addWidget(self.article_meta)
        self.body = QWidget()  # filled by build_body
        central = QWidget()
        central.setObjectName("central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.messages)
        self.setCentralWidget(central)

    def _build_body_layout(self) -> None:
        from PySide6.QtCore import Qt  # after the first paint (see the module docstring)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.bookmarks_only)
        left_layout.addWidget(self.questions, 1)
        left_layout.addWidget(self.results, 1)
        self.results.hide()  # shown instead of the list while there is a search

        self.bookmark_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        reading = QWidget()
        reading_layout = QVBoxLayout(reading)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        tools = QHBoxLayout()  # under the answer, so Tab goes list, answer, buttons, note
        tools.addWidget(self.position)
        tools.addStretch(1)
        tools.addWidget(self.add_passage)
        tools.addWidget(self.bookmark_button)
        reading_layout.addWidget(self.answer, 1)
        reading_layout.addLayout(tools)

        self.right_split = QSplitter(Qt.Orientation.Vertical)
        self.right_split.addWidget(reading)
        self.right_split.addWidget(self.notes)
        self.right_split.setStretchFactor(0, 3)
        self.right_split.setStretchFactor(1, 1)
        self.right_split.setSizes([520, 180])
        self.right_split.setChildrenCollapsible(False)

        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(left)
        self.split.addWidget(self.right_split)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 5)
        self.split.setChildrenCollapsible(False)
        self.split.setSizes([340, 780])

        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.split)
        self.setTabOrder(self.search, self.results.list)
        self.setTabOrder(self.results.list, self.bookmarks_only)
        self.setTabOrder(self.bookmarks_only, self.questions)
        self.setTabOrder(self.questions, self.answer)
        self.setTabOrder(self.answer, self.add_passage)
        self.setTabOrder(self.add_passage, self.bookmark_button)
        self.setTabOrder(self.bookmark_button, self.notes.answer_note)

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
        self.export_action = self._action("&File", "&Export notes…", "Ctrl+E")
        self.print_action = self._action("&File", "&Print notes…", QKeySequence(std.Print))
        self.import_action = self._action("&File", "&Import notes…", "Ctrl+I")
        self._menus["&File"].addSeparator()
        self.quit_action = self._action("&File", "&Quit", QKeySequence(std.Quit))
        self.undo_action = self._action("&Edit", "&Undo", QKeySequence(std.Undo))
        self.undo_action.setEnabled(False)
        self.redo_action = self._action("&Edit", "&Redo", QKeySequence(std.Redo), "Ctrl+Y")
        self.redo_action.setEnabled(False)
        self._menus["&Edit"].addSeparator()
        self.find_action = self._action("&Edit", "&Search", QKeySequence(std.Find))
        self._menus["&Edit"].addSeparator()
        self.versions_action = self._action("&Edit", "Earlier &versions of this note…")
        self.bin_action = self._action("&Edit", "Recently &deleted…")
        self.next_action = self._action("&Go", "&Next question", "Alt+Down", "Ctrl+PgDown")
        self.previous_action = self._action("&Go", "&Previous question", "Alt+Up", "Ctrl+PgUp")
        self.list_action = self._action("&Go", "Go to the question &list", "Ctrl+L")
        self.answer_action = self._action("&Go", "Go to the &answer", "Ctrl+R")
        self.bookmark_action = self._action("&Notes", "&Bookmark this question", "Ctrl+D")
        self.bookmark_action.setCheckable(True)
        self.bookmark_button.setDefaultAction(self.bookmark_action)
        self.note_action = self._action("&Notes", "Write a &note on this answer", "Ctrl+N")
        self.passage_action = self._action(
            "&Notes", "Add a note to the selected &text…", "Ctrl+Shift+N"
        )
        self.bookmarks_only_action = self._action("&Notes", "Show bookmarks &only", "Ctrl+B")
        self.bookmarks_only_action.setCheckable(True)
        self.zoom_in_action = self._action(
            "&View", "&Larger text", QKeySequence(std.ZoomIn), "Ctrl+="
        )
        self.zoom_out_action = self._action("&View", "&Smaller text", QKeySequence(std.ZoomOut))
        self.zoom_reset_action = self._action("&View", "&Normal text size", "Ctrl+0")
        self.disclaimer_action = self._action("&View", "Show the full &disclaimer")
        self.disclaimer_action.setCheckable(True)
        self._menus["&View"].addSeparator()
        self.order_by_date_action = self._action("&View", "Articles by &date, newest first")
        self.order_by_title_action = self._action("&View", "Articles by t&itle")
        order = QActionGroup(self)
        for action in (self.order_by_date_action, self.order_by_title_action):
            action.setCheckable(True)
            order.addAction(action)
        self._menus["&View"].addSeparator()
        self.about_action = self._action("&Help", f"&About {APP_NAME}")


def _plain_label(object_name: str, accessible_name: str) -> QLabel:
    """A header label: word-wrapped, and plain text whatever an article's title holds."""
    label = plain_label(accessible_name=accessible_name)
    label.setObjectName(object_name)
    return label
