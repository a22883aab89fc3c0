"""Bookmarks and notes for whichever question is being read: the parts, wired to one store.

The pieces live beside this module: ``bookmarks.py`` (the star), ``answer_note.py`` (the note on
the whole answer, saved as you type), ``passage_notes.py`` (notes on highlighted passages),
``recovery.py`` (earlier versions and recently deleted), ``saving.py`` (every write, never lost),
``undo.py`` (Edit > Undo/Redo). This controller gets the store, the library and the widgets it
drives, and tells the question list what changed through signals; it never sees the window.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QPushButton, QToolButton, QWidget

from expertreader.content.library import Library
from expertreader.content.model import QA
from expertreader.notes.errors import StoreError
from expertreader.notes.model import Bookmark, Note
from expertreader.notes.store import NotesStore
from expertreader.ui.controllers.answer_note import AnswerNoteController
from expertreader.ui.controllers.bookmarks import BookmarkController
from expertreader.ui.controllers.notes_context import NotesContext, no_question_text
from expertreader.ui.controllers.passage_notes import PassageNotesController
from expertreader.ui.controllers.recovery import RecoveryController
from expertreader.ui.controllers.saving import Saver
from expertreader.ui.controllers.undo import UndoHistory
from expertreader.ui.views.answer_view import AnswerView
from expertreader.ui.views.message_bar import MessageArea
from expertreader.ui.views.notes_panel import ANSWER_TAB, NotesPanel


@dataclass(frozen=True, slots=True)
class NotesViews:
    """The widgets and actions the notes controller drives."""

    panel: NotesPanel
    answer: AnswerView
    add_passage: QPushButton
    bookmark_button: QToolButton
    messages: MessageArea
    dialog_parent: QWidget
    bookmark_action: QAction
    passage_action: QAction
    note_action: QAction
    versions_action: QAction
    bin_action: QAction
    undo_action: QAction
    redo_action: QAction


class NotesController(QObject):
    """Connects the notes widgets to the store for whichever question is being read."""

    marks_changed = Signal(object, object)  # bookmarked ids, noted ids
    orphans_changed = Signal(object, bool)  # list[QA] of questions the content lost, reopen_last

    def __init__(self, store: NotesStore, library: Library, views: NotesViews) -> None:
        super().__init__(views.dialog_parent)
        self.store = store
        self.views = views
        self.saver = Saver(views.messages, views.dialog_parent, self._question_of)
        self.undo = UndoHistory(views.undo_action, views.redo_action, self)
        self.context = NotesContext(store, library, self.saver, self.undo, views.messages)
        self.qa: QA | None = None
        self.bookmarks = BookmarkController(
            self.context, views.bookmark_action, views.bookmark_button, self.refresh_marks
        )
        self.answer_note = AnswerNoteController(
            self.context,
            views.panel.answer_note,
            views.panel.save_status,
            self.refresh_marks,
            notice=views.panel.answer_changed,
        )
        self.passages = PassageNotesController(
            self.context,
            views.panel,
            views.answer,
            views.add_passage,
            self.refresh_marks,
            ask_text=lambda *args: self.ask_text(*args),
        )
        self.recovery = RecoveryController(self.context, views.dialog_parent, self.refresh)
        views.passage_action.triggered.connect(self.passages.add)
        views.note_action.triggered.connect(self.focus_answer_note)
        views.versions_action.triggered.connect(self._show_versions)
        views.bin_action.triggered.connect(self.recovery.show_bin)
        self.undo.before_change = self.flush
        self.undo.after_change = self.refresh
        self.saver.saved_again.connect(self.refresh)
        if store.read_only:  # readable, not writable: say so before anyone types
            self.saver.show_fault(StoreError(store.read_only_reason or "", store.path))

    # --- what tests and the window call

    def show_qa(self, qa: QA | None) -> None:
        self.flush()
        self.qa = qa
        self.recovery.qa = qa
        readable = self.answer_note.show_qa(qa)
        self.views.passage_action.setEnabled(qa is not None)
        self.views.versions_action.setEnabled(qa is not None and readable)
        self.bookmarks.show_qa(qa)
        self.passages.show_qa(qa)

    def refresh(self) -> None:
        """Show the current question's notes and marks again (after an undo, restore, import)."""
        self.refresh_orphans()
        self.show_qa(self.qa)
        self.refresh_marks()

    def flush(self) -> None:
        self.answer_note.flush()

    def may_close(self) -> bool:
        self.flush()
        return self.saver.may_close(ask=self.ask_before_close)

    def focus_answer_note(self) -> None:
        """Ctrl+N: go on writing the note, after what is already there (never before it)."""
        self.views.panel.setCurrentIndex(ANSWER_TAB)
        editor = self.views.panel.answer_note
        editor.moveCursor(QTextCursor.MoveOperation.End)
        editor.setFocus()

    def save_answer_note(self) -> None:
        self.answer_note.save()

    def ask_text(self, title: str, quote: str, text: str) -> str | None:
        """Ask for a passage note's text (the dialog); None when cancelled. Tests replace this."""
        return self.passages.ask_text(title, quote, text)

    def ask_before_close(self, message: str) -> str:
        """ "save", "discard" or "cancel" (a dialog). Tests replace this."""
        return self.saver.ask_before_close(message)

    def refresh_marks(self) -> None:
        try:
            self.marks_changed.emit(self.store.bookmarked_ids(), self.store.noted_ids())
        except StoreError as error:
            self.saver.show_fault(error)

    def refresh_orphans(self, reopen_last: bool = False) -> None:
        """Notes and bookmarks whose question the content no longer has stay reachable."""
        bookmarks: list[Bookmark] = self.saver.read([], self.store.bookmarks)
        notes: list[Note] = self.saver.read([], self.store.notes)
        questions: dict[str, str] = {}
        records: list[Bookmark | Note] = [*bookmarks, *notes]
        for record in records:
            if self.context.library.find(record.qa_id) is None:
                questions[record.qa_id] = questions.get(record.qa_id) or record.question
        unknown = no_question_text()
        orphans = [
            QA(qa_id, text or unknown, ())
            for qa_id, text in sorted(questions.items(), key=lambda item: item[1])
        ]
        self.orphans_changed.emit(orphans, reopen_last)
        if self.store.unreadable:
            self.views.messages.show_message(
                self.tr(
                    "%n note(s) in your notes file could not be read and are left out. Nothing "
                    "has been deleted: the file keeps them as they are.",
                    None,
                    len(self.store.unreadable),
                ),
                level="warning",
            )

    def _show_versions(self) -> None:
        chosen = self.passages.chosen() if self.views.panel.currentIndex() != ANSWER_TAB else None
        self.flush()
        self.recovery.show_versions(chosen)

    def _question_of(self, qa_id: str) -> str:
        return self.context.question_of(qa_id)
