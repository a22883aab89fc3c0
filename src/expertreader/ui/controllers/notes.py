"""Bookmarks and notes: wires the star, the note editor and passage notes to the notes store.

Every edit is written as it happens (after a short pause in typing). If the disk refuses a write,
the edit stays in memory, a warning stays in view, and the write is retried until it succeeds.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QInputDialog, QListWidgetItem, QMessageBox

from expertreader.content.model import QA
from expertreader.notes.anchor import locate, make_passage
from expertreader.notes.errors import StoreError
from expertreader.notes.model import Bookmark, Note
from expertreader.notes.pending import PendingWrites
from expertreader.notes.store import NotesStore
from expertreader.timestamps import utc_now
from expertreader.ui.controllers.reader import ReaderController
from expertreader.ui.views.main_window import MainWindow
from expertreader.ui.views.message_bar import MessageBar
from expertreader.ui.views.notes_panel import ANSWER_TAB, PASSAGES_TAB

T = TypeVar("T")
NO_QUESTION_TEXT = "(The text of this question was not saved.)"
TYPING_PAUSE_MS = 300
LONGEST_UNSAVED_MS = 2000  # someone typing without pause is still saved this often
RETRY_MS = 3000
NOTE_UID_ROLE = Qt.ItemDataRole.UserRole + 1


class NotesController(QObject):
    """Connects the notes widgets to the store for whichever question is being read."""

    def __init__(self, window: MainWindow, reader: ReaderController, store: NotesStore) -> None:
        super().__init__(window)
        self.window = window
        self.reader = reader
        self.store = store
        self.pending = PendingWrites()
        self.qa: QA | None = None
        self._spans: dict[str, tuple[int, int]] = {}
        self._undo: Callable[[], None] | None = None
        self._fault_bar: MessageBar | None = None
        self._passage_notes: list[Note] = []
        self._unsaved: dict[str, str] = {}  # qa id -> note text the disk has not taken yet
        self._unsaved_passages: dict[str, Note] = {}  # pending key -> new passage note
        self._unsaved_edits: dict[str, str] = {}  # note uid -> text the disk has not taken yet

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.save_answer_note)
        self._longest = QTimer(self)
        self._longest.setSingleShot(True)
        self._longest.setInterval(LONGEST_UNSAVED_MS)
        self._longest.timeout.connect(self.save_answer_note)
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.retry_pending)

        panel = window.notes
        panel.answer_note.textChanged.connect(self._on_typing)
        window.add_passage.clicked.connect(self.add_passage_note)
        panel.edit_passage.clicked.connect(self.edit_passage_note)
        panel.delete_passage.clicked.connect(self.delete_passage_note)
        panel.passage_list.currentItemChanged.connect(self._on_passage_chosen)
        panel.passage_list.itemActivated.connect(lambda _item: self.edit_passage_note())
        window.answer.cursorPositionChanged.connect(self._on_answer_clicked)
        window.bookmark_action.triggered.connect(self.toggle_bookmark)
        window.passage_action.triggered.connect(self.add_passage_note)
        window.note_action.triggered.connect(self.focus_answer_note)
        window.undo_action.triggered.connect(self.undo)
        window.close_guards.append(self.may_close)
        window.closing.connect(self.flush)
        reader.qa_shown.connect(self.show_qa)
        self.refresh_orphans(reopen_last=True)
        if store.read_only:  # readable, not writable: say so before anyone types
            self._show_fault(StoreError(store.read_only_reason or "", store.path))
        self.refresh_marks()
        self.show_qa(reader.current_qa)

    # --- the question being read ------------------------------------------------------------
    def show_qa(self, qa: QA | None) -> None:
        self.flush()
        panel = self.window.notes
        try:
            note = self.store.answer_note(qa.id) if qa else None
            readable = True
        except StoreError as error:
            note, readable = None, False
            self._show_fault(error)
        self.qa = qa  # only now: a failed read must not leave another answer's note in view
        enabled = qa is not None
        for widget in (self.window.add_passage, panel.passage_list):
            widget.setEnabled(enabled)
        panel.answer_note.setEnabled(enabled and readable)
        self.window.bookmark_action.setEnabled(enabled)
        self.window.passage_action.setEnabled(enabled)
        unsaved = self._unsaved.get(qa.id) if qa else None
        panel.answer_note.blockSignals(True)
        panel.answer_note.setPlainText(
            unsaved if unsaved is not None else note.text if note else ""
        )
        panel.answer_note.blockSignals(False)
        panel.save_status.setText("Not saved yet" if unsaved is not None else "")
        self._show_bookmark_state()
        self._load_passage_notes()

    def _show_bookmark_state(self) -> None:
        qa = self.qa
        on = qa is not None and self._read(False, lambda: self.store.is_bookmarked(qa.id))
        action = self.window.bookmark_action
        action.setChecked(on)
        action.setText("★ Bookmarked" if on else "☆ Bookmark")
        self.window.bookmark_button.setAccessibleName(
            "Remove bookmark from this question" if on else "Bookmark this question"
        )

    # --- whole-answer note ------------------------------------------------------------------
    def focus_answer_note(self) -> None:
        self.window.notes.setCurrentIndex(ANSWER_TAB)
        self.window.notes.answer_note.setFocus()

    def _on_typing(self) -> None:
        self.window.notes.save_status.setText("Saving…")
        self._typing.start()
        if not self._longest.isActive():
            self._longest.start()

    def save_answer_note(self) -> None:
        self._typing.stop()
        self._longest.stop()
        if self.qa is None:
            return
        qa, text = self.qa, self.window.notes.answer_note.toPlainText()
        title = self._article_title(qa)
        before = self._answer_note_or_none(qa.id) if not text.strip() else None
        saved = self._write(
            f"answer:{qa.id}",
            lambda: self.store.save_answer_note(qa.id, text, _stored_question(qa), title),
        )
        if saved:
            self._unsaved.pop(qa.id, None)
        else:
            self._unsaved[qa.id] = text
        self.window.notes.save_status.setText("Saved" if saved else "Not saved yet")
        if saved and before is not None:
            deleted = before
            self._offer_undo(
                "Your note on this answer was deleted.",
                lambda: self._write(
                    f"restore:{uuid.uuid4()}", lambda: self.store.restore_note(deleted)
                ),
            )
        self.refresh_marks()

    def _answer_note_or_none(self, qa_id: str) -> Note | None:
        return self._read(None, lambda: self.store.answer_note(qa_id))

    def _read(self, default: T, read: Callable[[], T]) -> T:
        """A store read; if the disk fails, warn and carry on with ``default``."""
        try:
            return read()
        except StoreError as error:
            self._show_fault(error)
            return default

    def flush(self) -> None:
        """Write a note that is still waiting for the typing pause."""
        if self._typing.isActive() or self._longest.isActive():
            self.save_answer_note()

    # --- bookmarks --------------------------------------------------------------------------
    def toggle_bookmark(self) -> None:
        qa = self.qa
        if qa is None:
            return
        bookmarked = self._read(None, lambda: self.store.is_bookmarked(qa.id))
        if bookmarked is None:
            return  # the notes file cannot be read just now; the warning says so
        if bookmarked:
            removed: list[Bookmark | None] = []
            self._write(
                f"bookmark:{qa.id}", lambda: removed.append(self.store.remove_bookmark(qa.id))
            )
            if removed and removed[0] is not None:
                bookmark = removed[0]
                self._offer_undo(
                    "Bookmark removed.",
                    lambda: self._write(
                        f"bookmark:{qa.id}", lambda: self.store.restore_bookmark(bookmark)
                    ),
                )
        else:
            title = self._article_title(qa)
            self._write(
                f"bookmark:{qa.id}",
                lambda: self.store.add_bookmark(qa.id, _stored_question(qa), title),
            )
        self._show_bookmark_state()
        self.refresh_marks()

    # --- passage notes ----------------------------------------------------------------------
    def add_passage_note(self) -> None:
        qa = self.qa
        if qa is None:
            return
        span = self.window.answer.selected_span()
        if span is None:
            self.window.messages.show_message(
                "First select some words in the answer, then add your note to them.",
                transient=True,
            )
            return
        passage = make_passage(qa.answer_text, *span)
        text = self.ask_text("Note on a passage", f"“{_clip(passage.exact)}”\n\nYour note:", "")
        if text is None or not text.strip():
            return
        title = self._article_title(qa)
        key = f"new-passage:{uuid.uuid4()}"  # two new notes must never replace each other
        question = _stored_question(qa)
        if not self._write(
            key, lambda: self.store.add_passage_note(qa.id, passage, text, question, title)
        ):
            now = utc_now()
            self._unsaved_passages[key] = Note(qa.id, text, now, now, "", passage, question, title)
        self._load_passage_notes()
        self.window.notes.setCurrentIndex(PASSAGES_TAB)
        self.refresh_marks()

    def edit_passage_note(self) -> None:
        note = self._chosen_note()
        if note is None:
            return
        exact = note.passage.exact if note.passage else ""
        text = self.ask_text("Edit note", f"“{_clip(exact)}”\n\nYour note:", note.text)
        if text is None or text == note.text:
            return
        if not text.strip():
            self.delete_passage_note()
            return
        if not self._write(f"note:{note.uid}", lambda: self.store.update_note(note.uid, text)):
            self._unsaved_edits[note.uid] = text
        self._load_passage_notes(select=note.uid)

    def delete_passage_note(self) -> None:
        note = self._chosen_note()
        if note is None:
            return
        self._unsaved_edits.pop(note.uid, None)
        self._write(f"note:{note.uid}", lambda: self.store.delete_note(note.uid))
        self._offer_undo(
            "Note deleted.",
            lambda: self._write(f"note:{note.uid}", lambda: self.store.restore_note(note)),
        )
        self._load_passage_notes()
        self.refresh_marks()

    def ask_text(self, title: str, label: str, text: str) -> str | None:
        """Ask for a note's text; None when the person cancels. Tests replace this."""
        value, ok = QInputDialog.getMultiLineText(self.window, title, label, text)
        return value if ok else None

    def _chosen_note(self) -> Note | None:
        item: QListWidgetItem | None = self.window.notes.passage_list.currentItem()
        uid = item.data(NOTE_UID_ROLE) if item is not None else None
        return next((n for n in self._passage_notes if n.uid == uid), None)

    def _load_passage_notes(self, select: str | None = None) -> None:
        panel = self.window.notes
        panel.passage_list.blockSignals(True)
        panel.passage_list.clear()
        qa = self.qa
        self._passage_notes = self._read([], lambda: self.store.passage_notes(qa.id)) if qa else []
        self._spans = {}
        waiting = [n for n in self._unsaved_passages.values() if qa and n.qa_id == qa.id]
        for note in [*self._passage_notes, *waiting]:
            assert note.passage is not None
            span = locate(note.passage, qa.answer_text) if qa else None
            where = "" if span else " (this passage is no longer in the answer)"
            text = self._unsaved_edits.get(note.uid, note.text)
            unsaved = " (not saved yet)" if not note.uid or note.uid in self._unsaved_edits else ""
            item = QListWidgetItem(f"“{note.passage.exact}”{where}{unsaved}\n{text}")
            item.setData(NOTE_UID_ROLE, note.uid)
            panel.passage_list.addItem(item)
            if span:
                self._spans[note.uid or f"unsaved-{id(note)}"] = span
            if note.uid and note.uid == select:
                panel.passage_list.setCurrentItem(item)
        panel.passage_list.blockSignals(False)
        panel.set_passage_count(len(self._passage_notes) + len(waiting))
        has_notes = bool(self._passage_notes)
        panel.edit_passage.setEnabled(has_notes)
        panel.delete_passage.setEnabled(has_notes)
        self._highlight()

    def _highlight(self) -> None:
        note = self._chosen_note()
        current = self._spans.get(note.uid) if note else None
        self.window.answer.highlight(list(self._spans.values()), current)

    def _on_passage_chosen(self, *_items: object) -> None:
        self._highlight()

    def _on_answer_clicked(self) -> None:
        """Clicking inside a highlighted passage shows its note."""
        cursor = self.window.answer.textCursor()
        if cursor.hasSelection():
            return
        offset = self.window.answer.answer_offset(cursor.position())
        if offset is None:
            return
        for row, note in enumerate(self._passage_notes):
            span = self._spans.get(note.uid)
            if span and span[0] <= offset < span[1]:
                self.window.notes.setCurrentIndex(PASSAGES_TAB)
                self.window.notes.passage_list.setCurrentRow(row)
                return

    # --- undo, marks, faults ----------------------------------------------------------------
    def _offer_undo(self, text: str, undo: Callable[[], object]) -> None:
        def run_undo() -> None:
            self._undo = None
            self.window.undo_action.setEnabled(False)
            self.flush()  # typing still waiting for its pause is saved before the undo
            undo()
            self.show_qa(self.qa)
            self.refresh_marks()

        def expire() -> None:
            if self._undo is run_undo:  # the offer ends with its message
                self._undo = None
                self.window.undo_action.setEnabled(False)

        self._undo = run_undo
        self.window.undo_action.setEnabled(True)
        bar = self.window.messages.show_message(text, action=("Undo", run_undo), transient=True)
        bar.dismissed.connect(expire)

    def undo(self) -> None:
        if self._undo is not None:
            self._undo()

    def refresh_orphans(self, reopen_last: bool = False) -> None:
        """Notes and bookmarks whose question the content no longer has stay reachable."""
        bookmarks: list[Bookmark] = self._read([], self.store.bookmarks)
        notes: list[Note] = self._read([], self.store.notes)
        records: list[Bookmark | Note] = [*bookmarks, *notes]
        questions: dict[str, str] = {}
        for record in records:
            if self.reader.library.find(record.qa_id) is None:
                questions[record.qa_id] = questions.get(record.qa_id) or record.question
        orphans = [
            QA(qa_id, text or NO_QUESTION_TEXT, ())
            for qa_id, text in sorted(questions.items(), key=lambda item: item[1])
        ]
        self.reader.set_orphans(orphans, reopen_last)

    def refresh_marks(self) -> None:
        try:
            self.reader.model.set_marks(self.store.bookmarked_ids(), self.store.noted_ids())
        except StoreError as error:
            self._show_fault(error)

    def _write(self, key: str, action: Callable[[], object]) -> bool:
        """Write now; if the disk refuses, keep the edit, warn, and retry until it works."""
        if self.pending.submit(key, action):
            if self._fault_bar is not None and not self.pending.has_pending:
                self._saved_again()
            return True
        self._show_fault()
        self._retry.start()
        return False

    def retry_pending(self) -> None:
        if self.pending.retry():
            self._saved_again()
        else:
            self._show_fault()

    def _saved_again(self) -> None:
        """Everything held in memory is on disk now: drop the warning, show the saved state."""
        self._retry.stop()
        if self._fault_bar is not None:
            self._fault_bar.dismiss()
            self._fault_bar = None
        self._unsaved.clear()
        self._unsaved_passages.clear()
        self._unsaved_edits.clear()
        self.window.notes.save_status.setText("Saved")
        self.window.messages.show_message("Your notes are saved now.", transient=True)
        self._load_passage_notes()
        self.refresh_marks()

    def may_close(self) -> bool:
        """Closing would lose edits the disk refused: offer to save them to a file first."""
        self.flush()
        if not self.pending.has_pending or self.pending.retry():
            return True
        error = self.pending.last_error
        choice = self.ask_before_close(
            "Some of your latest notes could not be saved"
            + (f": {error.message}" if error else ".")
            + "\n\nSave them to a file you choose before closing, so no word is lost?"
        )
        if choice == "save":
            return self.save_unsaved_to_file()
        return choice == "discard"

    def ask_before_close(self, message: str) -> str:
        """ "save", "discard" or "cancel". Tests replace this."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Notes not saved yet",
            message,
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.button(QMessageBox.StandardButton.Save).setText("Save them to a file…")
        box.button(QMessageBox.StandardButton.Discard).setText("Close without them")
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        return "discard" if answer == QMessageBox.StandardButton.Discard else "cancel"

    def save_unsaved_to_file(self) -> bool:
        """Write every edit the notes file refused to a plain text file the person picks."""
        from PySide6.QtWidgets import QFileDialog

        from expertreader.atomic import write_text_atomic

        chosen, _filter = QFileDialog.getSaveFileName(
            self.window, "Save unsaved notes", "ExpertReader unsaved notes.txt", "Text (*.txt)"
        )
        if not chosen:
            return False
        try:
            write_text_atomic(chosen, self.unsaved_text())
        except OSError as error:
            QMessageBox.warning(
                self.window, "Not saved", f"{chosen} could not be written: {error.strerror}"
            )
            return False
        return True

    def unsaved_text(self) -> str:
        """The edits held in memory, readable by a person, with their questions."""
        lines = ["ExpertReader notes that could not be saved to the notes file", ""]
        for qa_id, text in self._unsaved.items():
            lines += [f"Question: {self._question_of(qa_id)}", f"Note: {text}", ""]
        for note in self._unsaved_passages.values():
            exact = note.passage.exact if note.passage else ""
            lines += [f"Question: {self._question_of(note.qa_id)}", f"Passage: “{exact}”"]
            lines += [f"Note: {note.text}", ""]
        for uid, text in self._unsaved_edits.items():
            lines += [f"Edited passage note {uid}:", f"Note: {text}", ""]
        return "\n".join(lines)

    def _question_of(self, qa_id: str) -> str:
        found = self.reader.library.find(qa_id)
        return found[1].question if found else qa_id

    def _show_fault(self, error: StoreError | None = None) -> None:
        error = error or self.pending.last_error
        reason = error.message if error else "The notes file cannot be written."
        text = (
            f"There is a problem with your notes file: {reason} Anything you write now is "
            "kept while ExpertReader stays open and saved as soon as that becomes possible; "
            "if you close it before then, it offers to save those notes to a file."
        )
        if self._fault_bar is None:
            self._fault_bar = self.window.messages.show_message(
                text, level="warning", closable=False
            )
        else:
            self._fault_bar.set_text(text)

    def _article_title(self, qa: QA) -> str:
        found = self.reader.library.find(qa.id)
        return found[0].title if found else ""


def _clip(text: str, limit: int = 90) -> str:
    """A long quote shortened for a dialog's one-line label (the note keeps all of it)."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _stored_question(qa: QA) -> str:
    """The question text saved with a note; never the placeholder for an unknown question."""
    return "" if qa.question == NO_QUESTION_TEXT else qa.question
