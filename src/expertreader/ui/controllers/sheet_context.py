"""What the appointment sheet controllers share: the stores, the writer that never loses an edit,
undo, and where questions to add come from (the reader and the search, through callables)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from expertreader.content.library import Library
from expertreader.content.model import QA
from expertreader.notes.model import Note
from expertreader.notes.sheet_model import SheetItem
from expertreader.notes.sheets import Sheets
from expertreader.notes.store import NotesStore
from expertreader.ui.controllers.saving import Saver
from expertreader.ui.controllers.undo import UndoHistory
from expertreader.ui.views.message_bar import MessageArea


@dataclass(frozen=True, slots=True)
class SheetContext:
    store: NotesStore
    sheets: Sheets
    library: Library
    saver: Saver
    undo: UndoHistory
    messages: MessageArea
    """The sheets window's own message line (the main window's may be behind it)."""
    current_qa: Callable[[], QA | None]
    """The question being read in the main window, if any."""
    search_hits: Callable[[], list[str]]
    """The QA ids the main window's search shows now, best first."""

    def note_of(self, item: SheetItem) -> Note | None:
        """The note a question prints: the one it was added from, else its answer's note."""
        store, saver = self.store, self.saver
        if item.note_uid:
            found: Note | None = saver.read(None, lambda: store.note(item.note_uid))
            if found is not None:
                return found
        if item.qa_id:
            answer_note: Note | None = saver.read(None, lambda: store.answer_note(item.qa_id))
            return answer_note
        return None
