"""My notes, appointment sheets and File > Print this answer, wired into the window (issue 12).

Like ``wiring.py``, the one place here that knows the window: it hands each controller the
store, the library, the notes' ``Saver`` and ``UndoHistory`` (so a refused write is kept and
retried, and Edit > Undo covers sheets too), the menus they add their entries to, and callables
for what they need of the reader and the search. ``ExpertReaderUI.attach_notes`` calls
``attach_appointments`` once the notes are open.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor

from expertreader.content.model import QA
from expertreader.notes.anchor import locate
from expertreader.notes.model import Note
from expertreader.notes.sheets import Sheets
from expertreader.ui.controllers.answer_printing import AnswerPrinter
from expertreader.ui.controllers.my_notes import MyNotesController
from expertreader.ui.controllers.sheet_context import SheetContext
from expertreader.ui.controllers.sheets import SheetsController
from expertreader.ui.views.answer_view import AnswerView
from expertreader.ui.views.forward import bring_forward
from expertreader.ui.views.notes_panel import ANSWER_TAB, PASSAGES_TAB

if TYPE_CHECKING:
    from expertreader.ui.app import ExpertReaderUI


@dataclass(frozen=True, slots=True)
class Appointments:
    my_notes: MyNotesController
    sheets: SheetsController
    answer_printer: AnswerPrinter


def attach_appointments(ui: ExpertReaderUI) -> Appointments:
    """Build the three and add their menu entries; needs the notes attached first."""
    window, reader, notes, store = ui.window, ui.reader, ui.notes, ui.store
    assert notes is not None and store is not None

    def search_hits() -> list[str]:
        found = ui.search.results if hasattr(ui, "search") else None
        return [hit.qa_id for hit in found.hits] if found is not None else []

    def open_entry(qa_id: str, note_uid: str, on_passage: bool) -> None:
        """Show the answer in the reader: a passage note's passage marked and in view."""
        reader.select_qa(qa_id)
        panel = notes.views.panel
        if note_uid and on_passage:
            notes.passages.load(select=note_uid)
            panel.setCurrentIndex(PASSAGES_TAB)
            note = notes.saver.read(None, lambda: store.note(note_uid))
            if reader.current_qa is not None and note is not None:
                _scroll_to_passage(window.answer, reader.current_qa, note)
        elif note_uid:
            panel.setCurrentIndex(ANSWER_TAB)
        bring_forward(window)
        window.answer.setFocus()

    notes_menu = window.menu("&Notes")
    notes_menu.addSeparator()
    my_notes = MyNotesController(store, ui.library, notes.saver, window, notes_menu, open_entry)
    context = SheetContext(
        store=store,
        sheets=Sheets(store.database),
        library=ui.library,
        saver=notes.saver,
        undo=notes.undo,
        messages=window.messages,
        current_qa=lambda: reader.current_qa,
        search_hits=search_hits,
    )
    sheets = SheetsController(context, window, notes_menu)
    answer_printer = AnswerPrinter(
        store,
        ui.library,
        lambda: reader.current_qa,
        notes.flush,
        window.messages,
        window,
        window.menu("&File"),
        after=window.print_action,
    )
    window.closing.connect(sheets.editor.flush)  # what the doctor said, typed just now
    return Appointments(my_notes, sheets, answer_printer)


def _scroll_to_passage(answer: AnswerView, qa: QA, note: Note) -> None:
    """Put the passage in view (the reader keeps it marked as the chosen note's)."""
    span = locate(note.passage, qa.answer_text) if note.passage is not None else None
    if span is None:
        return
    cursor = QTextCursor(answer.document())
    cursor.setPosition(answer.document_position(span[0]))
    answer.setTextCursor(cursor)
    answer.ensureCursorVisible()
