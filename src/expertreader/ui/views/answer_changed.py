"""A quiet line above a note: the answer changed since the note was written, and a way to see
the earlier wording. Hidden while the answer is as it was."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from expertreader import words
from expertreader.ui.views.plain_text import plain_label

ANSWER_CHANGED = words.QT_TRANSLATE_NOOP(
    "AnswerChangedNotice", "The answer changed after you wrote this note."
)


class AnswerChangedNotice(QWidget):
    """Layout only: the notes controllers say when to show it and what the button opens."""

    earlier_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("answerChanged")
        self.label = plain_label(self.tr(ANSWER_CHANGED))
        self.button = QPushButton(self.tr("Show the earlier answer…"))
        self.button.setAccessibleName(self.tr("Show the answer as it was when you wrote this note"))
        self.button.clicked.connect(self.earlier_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.setAccessibleName(self.tr(ANSWER_CHANGED))
        self.hide()

    def set_changed(self, changed: bool, text: str = "") -> None:
        """Shown or hidden; ``text`` (translated) says why, the default that it changed."""
        text = text or self.tr(ANSWER_CHANGED)
        self.label.setText(text)
        self.setAccessibleName(text)
        self.setVisible(changed)
