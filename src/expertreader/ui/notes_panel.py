"""Below the answer: the note on the whole answer and the notes on highlighted passages."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class NotesPanel(QWidget):
    """Layout only; NotesController fills it and saves what is typed."""

    def __init__(self) -> None:
        super().__init__()
        self.heading = QLabel("Your notes on this answer")
        self.heading.setObjectName("notesHeading")
        self.save_status = QLabel("")
        self.save_status.setAccessibleName("Note save status")

        self.answer_note = QPlainTextEdit()
        self.answer_note.setAccessibleName("Note on this answer")
        self.answer_note.setPlaceholderText(
            "Write a note about this answer. It is saved as you type."
        )
        self.answer_note.setTabChangesFocus(True)

        self.passage_list = QListWidget()
        self.passage_list.setAccessibleName("Notes on highlighted passages")
        self.passage_list.setWordWrap(True)
        self.add_passage = QPushButton("Add note to selected text…")
        self.add_passage.setAccessibleName("Add a note to the selected text of the answer")
        self.edit_passage = QPushButton("Edit note…")
        self.edit_passage.setAccessibleName("Edit the chosen passage note")
        self.delete_passage = QPushButton("Delete note")
        self.delete_passage.setAccessibleName("Delete the chosen passage note")

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.save_status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_passage)
        buttons.addWidget(self.edit_passage)
        buttons.addWidget(self.delete_passage)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.answer_note, 2)
        passages_label = QLabel("Notes on highlighted passages")
        layout.addWidget(passages_label)
        layout.addWidget(self.passage_list, 1)
        layout.addLayout(buttons)
