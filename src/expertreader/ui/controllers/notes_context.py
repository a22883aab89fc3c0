"""What every notes controller shares: the store, the writer that never loses an edit, undo."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from expertreader import words
from expertreader.content.library import Library
from expertreader.content.model import QA
from expertreader.notes.store import NotesStore
from expertreader.ui.controllers.saving import Saver
from expertreader.ui.controllers.undo import UndoHistory
from expertreader.ui.views.message_bar import MessageArea

NO_QUESTION_TEXT = words.QT_TRANSLATE_NOOP(
    "NotesContext", "(The text of this question was not saved.)"
)


@dataclass(frozen=True, slots=True)
class NotesContext:
    store: NotesStore
    library: Library
    saver: Saver
    undo: UndoHistory
    messages: MessageArea

    def article_title(self, qa: QA) -> str:
        found = self.library.find(qa.id)
        return found[0].title if found else ""

    def question_of(self, qa_id: str) -> str:
        found = self.library.find(qa_id)
        return found[1].question if found else qa_id


def stored_question(qa: QA) -> str:
    """The question text saved with a note; never the placeholder for an unknown question."""
    return "" if qa.question in (NO_QUESTION_TEXT, no_question_text()) else qa.question


def no_question_text() -> str:
    """What the question list shows for a note whose question's text was never saved."""
    return QCoreApplication.translate("NotesContext", NO_QUESTION_TEXT)
