"""Below the answer: the note on the whole answer and the notes on highlighted passages."""

from __future__ import annotations

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from expertreader.ui.views.answer_changed import AnswerChangedNotice

ANSWER_TAB, PASSAGES_TAB = 0, 1
MIN_LINES = 2  # the note field and the passage list show at least this many lines
STATUS_LETTERS = 12  # room kept beside the tabs for the save status ("Not saved yet")


class SaveStatus(QLabel):
    """The note's save status; screen readers are told it once it settles ("Saved").

    A status that lasts less than ``SETTLE_MS`` ("Saving…" between two keys) is not said, nor
    the same status twice in a row: typing on does not make the reader say "Saved" each pause.
    """

    SETTLE_MS = 400

    def __init__(self) -> None:
        super().__init__("")
        self._said = ""
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(self.SETTLE_MS)
        self._settle.timeout.connect(self._announce)

    def setText(self, text: str) -> None:  # noqa: N802
        super().setText(text)
        self._settle.start()

    def _announce(self) -> None:
        text = self.text()
        if text and text != self._said:
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, text))
        self._said = text


def two_lines(widget: QAbstractScrollArea) -> QSize:
    """Room for two lines of text at the widget's current text size, with its frame."""
    height = MIN_LINES * widget.fontMetrics().lineSpacing() + 2 * widget.frameWidth() + 8
    return QSize(QAbstractScrollArea.minimumSizeHint(widget).width(), height)


class NoteEditor(QPlainTextEdit):
    """The note field: never lower than two lines, whatever the text size is now."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return two_lines(self)


class PassageList(QListWidget):
    """The passage notes: never lower than two lines, whatever the text size is now."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return two_lines(self)


class NotesPanel(QTabWidget):
    """Two tabs, so a short window still has room to read; NotesController fills them."""

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Your notes"))
        self.setDocumentMode(True)
        self.save_status = SaveStatus()
        self.save_status.setAccessibleName(self.tr("Note save status"))
        self.save_status.setContentsMargins(0, 0, 8, 0)
        self.setCornerWidget(self.save_status)

        self.answer_note = NoteEditor()
        self.answer_note.setAccessibleName(self.tr("Note on this answer"))
        self.answer_note.setAccessibleDescription(self.tr("It is saved as you type. Tab goes on."))
        self.answer_note.setPlaceholderText(
            self.tr("Write a note about this answer. It is saved as you type.")
        )
        self.answer_note.setTabChangesFocus(True)
        self.answer_changed = AnswerChangedNotice()
        answer_page = QWidget()
        answer_layout = QVBoxLayout(answer_page)
        answer_layout.setContentsMargins(0, 0, 0, 0)
        answer_layout.addWidget(self.answer_changed)
        answer_layout.addWidget(self.answer_note, 1)
        self.addTab(answer_page, self.tr("Your note"))

        self.passage_list = PassageList()
        self.passage_list.setAccessibleName(self.tr("Notes on highlighted passages"))
        self.passage_list.setAccessibleDescription(
            self.tr(
                "Up and Down choose a note; its passage is marked in the answer. Enter edits it."
            )
        )
        self.passage_list.setWordWrap(True)
        self.edit_passage = QPushButton(self.tr("Edit note…"))
        self.edit_passage.setAccessibleName(self.tr("Edit the chosen passage note"))
        self.delete_passage = QPushButton(self.tr("Delete note"))
        self.delete_passage.setAccessibleName(self.tr("Delete the chosen passage note"))
        passages = QWidget()
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_passage)
        buttons.addWidget(self.delete_passage)
        buttons.addStretch(1)
        layout = QVBoxLayout(passages)
        layout.setContentsMargins(0, 4, 0, 0)
        self.passage_changed = AnswerChangedNotice()
        layout.addWidget(self.passage_changed)
        layout.addWidget(self.passage_list, 1)
        layout.addLayout(buttons)
        self.addTab(passages, self.tr("Passage notes"))
        self.currentChanged.connect(lambda _index: self.updateGeometry())  # its need changed

    def set_passage_count(self, count: int) -> None:
        self.setTabText(
            PASSAGES_TAB,
            self.tr("Passage notes ({count})").format(count=count)
            if count
            else self.tr("Passage notes"),
        )

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """The tab bar and the tab shown: a page not shown needs no room yet."""
        page = self.currentWidget()
        height = self.tabBar().sizeHint().height() + (
            page.minimumSizeHint().height() if page else 0
        )
        return QSize(super().minimumSizeHint().width(), height + 2)

    def needed_width(self) -> int:
        """The width that shows every tab's title whole, with the save status beside them."""
        corner = self.save_status.sizeHint().width()
        status = STATUS_LETTERS * self.save_status.fontMetrics().averageCharWidth()
        return self.tabBar().sizeHint().width() + max(corner, status) + 16
