"""Below the answer: the note on the whole answer and the notes on highlighted passages."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

ANSWER_TAB, PASSAGES_TAB = 0, 1


class NotesPanel(QTabWidget):
    """Two tabs, so a short window still has room to read; NotesController fills them."""

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName("Your notes")
        self.setDocumentMode(True)
        self.save_status = QLabel("")
        self.save_status.setAccessibleName("Note save status")
        self.save_status.setContentsMargins(0, 0, 8, 0)
        self.setCornerWidget(self.save_status)

        self.answer_note = QPlainTextEdit()
        self.answer_note.setAccessibleName("Note on this answer")
        self.answer_note.setPlaceholderText(
            "Write a note about this answer. It is saved as you type."
        )
        self.answer_note.setTabChangesFocus(True)
        self.answer_note.setMinimumHeight(2 * self.fontMetrics().lineSpacing())
        self.addTab(self.answer_note, "Your note on this answer")

        self.passage_list = QListWidget()
        self.passage_list.setAccessibleName("Notes on highlighted passages")
        self.passage_list.setWordWrap(True)
        self.passage_list.setMinimumHeight(2 * self.fontMetrics().lineSpacing())
        self.edit_passage = QPushButton("Edit note…")
        self.edit_passage.setAccessibleName("Edit the chosen passage note")
        self.delete_passage = QPushButton("Delete note")
        self.delete_passage.setAccessibleName("Delete the chosen passage note")
        passages = QWidget()
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_passage)
        buttons.addWidget(self.delete_passage)
        buttons.addStretch(1)
        layout = QVBoxLayout(passages)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.passage_list, 1)
        layout.addLayout(buttons)
        self.addTab(passages, "Notes on passages")

    def set_passage_count(self, count: int) -> None:
        self.setTabText(
            PASSAGES_TAB, f"Notes on passages ({count})" if count else "Notes on passages"
        )
