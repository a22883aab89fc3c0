"""My notes: every bookmark, note and passage note in one list, to find one and open its answer.

Layout only (``controllers/my_notes.py`` fills and wires it). Keyboard first: the filter box
has the focus, typing filters at once, Down goes into the list, Enter opens the chosen answer
in the reader, Escape closes. The disclaimer is in view; the chosen entry is shown in full
below the list. Text from notes and articles is plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from expertreader.ui.views.disclaimer_banner import DisclaimerBanner
from expertreader.ui.views.plain_text import plain_label
from expertreader.ui.views.screen_fit import FittedDialog

BANNER_SHARE = 0.25


class MyNotesDialog(FittedDialog):
    """The filter, the way of ordering, the list, the chosen entry in full, and its buttons."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("myNotesWindow")
        self.setWindowTitle(self.tr("My notes"))
        self.setAccessibleName(self.tr("My notes"))
        self.setModal(False)
        self.banner = DisclaimerBanner()
        self.banner.finish_setup()
        self.filter = QLineEdit()
        self.filter.setObjectName("myNotesFilter")
        self.filter.setPlaceholderText(self.tr("Type words to find a note"))
        self.filter.setAccessibleName(self.tr("Show only the notes with these words"))
        self.filter.setClearButtonEnabled(True)
        caption = QLabel(self.tr("&Find:"))
        caption.setBuddy(self.filter)
        self.by_article = QRadioButton(self.tr("By &article"))
        self.by_article.setObjectName("byArticle")
        self.by_date = QRadioButton(self.tr("By &date, newest first"))
        self.by_date.setObjectName("byDate")
        self.order = QButtonGroup(self)
        self.order.addButton(self.by_article)
        self.order.addButton(self.by_date)
        self.by_article.setChecked(True)
        self.summary = plain_label(accessible_name=self.tr("How many notes are shown"))
        self.summary.setObjectName("myNotesSummary")
        self.entries = QTreeWidget()
        self.entries.setObjectName("myNotes")
        self.entries.setAccessibleName(self.tr("Your bookmarks and notes"))
        self.entries.setHeaderHidden(True)
        self.entries.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # rows wrap
        self.entries.setWordWrap(True)
        self.entries.setUniformRowHeights(False)
        self.entries.setRootIsDecorated(False)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("myNotesPreview")
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.preview.setAccessibleName(self.tr("The chosen note in full"))
        self.open_button = QPushButton(self.tr("&Open the answer"))
        self.open_button.setObjectName("openAnswer")
        self.open_button.setAccessibleName(self.tr("Open the answer of the chosen note"))
        self.open_button.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Close My notes")
        )

        search_row = QHBoxLayout()
        search_row.addWidget(caption)
        search_row.addWidget(self.filter, 1)
        order_row = QHBoxLayout()
        order_row.addWidget(self.by_article)
        order_row.addWidget(self.by_date)
        order_row.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.entries)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(search_row)
        layout.addLayout(order_row)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.setTabOrder(self.filter, self.by_article)
        self.setTabOrder(self.by_article, self.by_date)
        self.setTabOrder(self.by_date, self.entries)
        self.setTabOrder(self.entries, self.preview)
        self.filter.installEventFilter(self)
        self.resize(760, 620)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Down (or Enter) in the filter box goes into the list, as in the main search."""
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.entries.setFocus()
                return True
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_banner()

    def fit_banner(self) -> None:
        full = self.banner.full_text_height(self.width())
        self.banner.set_compact(full > self.height() * BANNER_SHARE)
