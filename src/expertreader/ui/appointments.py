"""My notes, appointment sheets and File > Print this answer, wired into the window (issue 12).

Like ``wiring.py``, the one place here that knows the window. The menu entries (and their
shortcuts) are made at once; each controller and its window is made the first time it is used,
so opening the notes costs the start-up nothing. Each gets the store, the library, the notes'
``Saver`` and ``UndoHistory`` (a refused write is kept and retried; Edit > Undo covers sheets
too), and callables for what it needs of the reader and the search.
``ExpertReaderUI.attach_notes`` calls ``attach_appointments`` once the notes are open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from expertreader.content.model import QA
    from expertreader.notes.model import Note
    from expertreader.ui.app import ExpertReaderUI
    from expertreader.ui.controllers.answer_printing import AnswerPrinter
    from expertreader.ui.controllers.my_notes import MyNotesController
    from expertreader.ui.controllers.sheets import SheetsController
    from expertreader.ui.views.answer_view import AnswerView


class Appointments:
    """The four menu entries, and the three controllers behind them (made on first use)."""

    def __init__(self, ui: ExpertReaderUI) -> None:
        assert ui.notes is not None and ui.store is not None
        self.ui = ui
        window = ui.window
        notes_menu = window.menu("&Notes")
        notes_menu.addSeparator()
        self.my_notes_action = self._action(
            notes_menu, QCoreApplication.translate("Appointments", "&My notes…"), "Ctrl+Shift+M"
        )
        notes_menu.addSeparator()
        self.sheets_action = self._action(
            notes_menu,
            QCoreApplication.translate("Appointments", "Appointment &sheets…"),
            "Ctrl+Shift+A",
        )
        self.add_to_sheet_action = self._action(
            notes_menu,
            QCoreApplication.translate("Appointments", "&Add this question to a sheet"),
            "Ctrl+Shift+D",
        )
        file_menu = window.menu("&File")
        self.print_answer_action = QAction(
            QCoreApplication.translate("Appointments", "Print this &answer…"), window
        )
        self.print_answer_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        listed = file_menu.actions()
        if window.print_action in listed[:-1]:  # right after File > Print notes
            file_menu.insertAction(
                listed[listed.index(window.print_action) + 1], self.print_answer_action
            )
        else:
            file_menu.addAction(self.print_answer_action)
        window.addAction(self.print_answer_action)
        self.my_notes_action.triggered.connect(lambda: self.my_notes.open())
        self.sheets_action.triggered.connect(lambda: self.sheets.open())
        self.add_to_sheet_action.triggered.connect(lambda: self.sheets.add_current_question())
        self.print_answer_action.triggered.connect(lambda: self.answer_printer.print_answer())
        window.closing.connect(self.flush)  # what the doctor said, typed just now
        self._my_notes: MyNotesController | None = None
        self._sheets: SheetsController | None = None
        self._answer_printer: AnswerPrinter | None = None

    def _action(self, menu: QMenu, text: str, keys: str) -> QAction:
        action = QAction(text, self.ui.window)
        action.setShortcut(QKeySequence(keys))
        menu.addAction(action)
        self.ui.window.addAction(action)  # the shortcut works wherever the focus is
        return action

    def flush(self) -> None:
        if self._sheets is not None:
            self._sheets.editor.flush()

    @property
    def my_notes(self) -> MyNotesController:
        if self._my_notes is None:
            from expertreader.ui.controllers.my_notes import MyNotesController

            ui = self.ui
            assert ui.store is not None and ui.notes is not None
            self._my_notes = MyNotesController(
                ui.store, ui.library, ui.notes.saver, ui.window, self.open_entry
            )
        return self._my_notes

    @property
    def sheets(self) -> SheetsController:
        if self._sheets is None:
            from expertreader.notes.sheets import Sheets
            from expertreader.ui.controllers.sheet_context import SheetContext
            from expertreader.ui.controllers.sheets import SheetsController

            ui = self.ui
            assert ui.store is not None and ui.notes is not None
            context = SheetContext(
                store=ui.store,
                sheets=Sheets(ui.store.database),
                library=ui.library,
                saver=ui.notes.saver,
                undo=ui.notes.undo,
                messages=ui.window.messages,
                current_qa=lambda: ui.reader.current_qa,
                search_hits=self.search_hits,
            )
            self._sheets = SheetsController(context, ui.window)
        return self._sheets

    @property
    def answer_printer(self) -> AnswerPrinter:
        if self._answer_printer is None:
            from expertreader.ui.controllers.answer_printing import AnswerPrinter

            ui = self.ui
            assert ui.store is not None and ui.notes is not None
            self._answer_printer = AnswerPrinter(
                ui.store,
                ui.library,
                lambda: ui.reader.current_qa,
                ui.notes.flush,
                ui.window.messages,
                ui.window,
            )
        return self._answer_printer

    def search_hits(self) -> list[str]:
        """The QA ids the search shows now, best first (none when there is no search)."""
        found = self.ui.search.results if hasattr(self.ui, "search") else None
        return [hit.qa_id for hit in found.hits] if found is not None else []

    def open_entry(self, qa_id: str, note_uid: str, on_passage: bool) -> None:
        """Show the answer in the reader: a passage note's passage marked and in view."""
        from expertreader.ui.views.forward import bring_forward
        from expertreader.ui.views.notes_panel import ANSWER_TAB, PASSAGES_TAB

        ui = self.ui
        notes, store, window = ui.notes, ui.store, ui.window
        assert notes is not None and store is not None
        ui.reader.select_qa(qa_id)
        panel = notes.views.panel
        if note_uid and on_passage:
            notes.passages.load(select=note_uid)
            panel.setCurrentIndex(PASSAGES_TAB)
            note = notes.saver.read(None, lambda: store.note(note_uid))
            if ui.reader.current_qa is not None and note is not None:
                _scroll_to_passage(window.answer, ui.reader.current_qa, note)
        elif note_uid:
            panel.setCurrentIndex(ANSWER_TAB)
        bring_forward(window)
        window.answer.setFocus()


def attach_appointments(ui: ExpertReaderUI) -> Appointments:
    """The menu entries; needs the notes attached first."""
    return Appointments(ui)


def _scroll_to_passage(answer: AnswerView, qa: QA, note: Note) -> None:
    """Put the passage in view (the reader keeps it marked as the chosen note's)."""
    from PySide6.QtGui import QTextCursor

    from expertreader.notes.anchor import locate

    span = locate(note.passage, qa.answer_text) if note.passage is not None else None
    if span is None:
        return
    cursor = QTextCursor(answer.document())
    cursor.setPosition(answer.document_position(span[0]))
    answer.setTextCursor(cursor)
    answer.ensureCursorVisible()
