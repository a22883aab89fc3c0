"""Writing or editing a note on a passage: the passage, quoted, and a box for the note.

Keyboard: Tab and Shift+Tab leave the text box (no trap), Ctrl+Enter saves, Escape cancels.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from expertreader.ui.views.plain_text import plain_label
from expertreader.ui.views.screen_fit import FittedDialog

QUOTE_LIMIT = 300


class NoteDialog(FittedDialog):
    """Layout only; the notes controller reads ``text`` after ``exec`` accepts."""

    def __init__(self, parent: QWidget | None, title: str, quote: str, text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        shown = quote if len(quote) <= QUOTE_LIMIT else quote[: QUOTE_LIMIT - 1].rstrip() + "…"
        self.quote = plain_label(
            f"“{shown}”", accessible_name=self.tr("Passage: {quote}").format(quote=quote)
        )
        self.quote.setObjectName("noteQuote")
        caption = QLabel(self.tr("Your &note:"))
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("noteText")
        self.editor.setAccessibleName(self.tr("Your note on this passage"))
        self.editor.setAccessibleDescription(self.tr("Ctrl+Enter saves the note; Escape cancels."))
        self.editor.setTabChangesFocus(True)
        self.editor.setPlainText(text)
        caption.setBuddy(self.editor)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save note"))
        self.save_button.setAccessibleName(self.tr("Save the note (Ctrl+Enter)"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote)
        layout.addWidget(caption)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def text(self) -> str:
        return self.editor.toPlainText()
