"""A quiet line above a note: the answer changed since the note was written, and a way to see
the earlier wording. Hidden while the answer is as it was."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from expertreader.ui.views.plain_text import plain_label

ANSWER_CHANGED = "The answer changed after you wrote this note."
SHOW_EARLIER = "Show the earlier answer…"


class AnswerChangedNotice(QWidget):
    """Layout only: the notes controllers say when to show it and what the button opens."""

    earlier_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("answerChanged")
        self.label = plain_label(ANSWER_CHANGED)
        self.button = QPushButton(SHOW_EARLIER)
        self.button.setAccessibleName("Show the answer as it was when you wrote this note")
        self.button.clicked.connect(self.earlier_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.setAccessibleName(ANSWER_CHANGED)
        self.hide()

    def set_changed(self, changed: bool, text: str = ANSWER_CHANGED) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)
        self.setVisible(changed)
