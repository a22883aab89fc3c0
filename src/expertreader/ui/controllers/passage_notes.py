"""Notes on highlighted passages: select words, write a note, see it highlighted, click it back.

A passage is anchored by the W3C quote and position (``notes.anchor``), and the note keeps the
answer it was made on, so it is found again when the answer's text changes; a note whose passage
cannot be found says so instead of marking the wrong words, and a note on an answer that changed
says so and can show the earlier wording. Deleting goes to the bin, and Edit > Undo brings a
deleted or edited note back.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QPushButton

from expertreader.content.model import QA
from expertreader.notes.anchor import locate, make_passage
from expertreader.notes.model import Note
from expertreader.notes.pending import EditKind
from expertreader.timestamps import utc_now
from expertreader.ui.controllers.answer_changes import (
    earlier_answer,
    earlier_title,
    notice_for,
    stored_answer,
)
from expertreader.ui.controllers.notes_context import NotesContext, stored_question
from expertreader.ui.views.answer_view import AnswerView
from expertreader.ui.views.dialogs import inform
from expertreader.ui.views.note_dialog import NoteDialog
from expertreader.ui.views.notes_panel import PASSAGES_TAB, NotesPanel

NOTE_UID_ROLE = Qt.ItemDataRole.UserRole + 1


class PassageNotesController(QObject):
    def __init__(
        self,
        context: NotesContext,
        panel: NotesPanel,
        answer: AnswerView,
        add_button: QPushButton,
        marks_changed: Callable[[], None],
        ask_text: Callable[[str, str, str], str | None] | None = None,
    ) -> None:
        super().__init__(panel)
        self._ask = ask_text or self.ask_text
        self.context = context
        self.panel, self.answer, self.add_button = panel, answer, add_button
        self._marks_changed = marks_changed
        self.qa: QA | None = None
        self._notes: list[Note] = []
        self._spans: dict[str, tuple[int, int]] = {}
        add_button.clicked.connect(self.add)
        panel.edit_passage.clicked.connect(self.edit)
        panel.delete_passage.clicked.connect(self.delete)
        panel.passage_list.currentItemChanged.connect(lambda *_items: self._highlight())
        panel.passage_list.itemActivated.connect(lambda _item: self.edit())
        panel.passage_changed.earlier_requested.connect(self.show_earlier)
        answer.cursorPositionChanged.connect(self._on_answer_clicked)

    def show_qa(self, qa: QA | None) -> None:
        self.qa = qa
        self.add_button.setEnabled(qa is not None)
        self.panel.passage_list.setEnabled(qa is not None)
        self.load()

    def ask_text(self, title: str, quote: str, text: str) -> str | None:
        """Ask for a note's text; None when the person cancels. Tests replace this."""
        dialog = NoteDialog(self.panel.window(), title, quote, text)
        return dialog.text if dialog.exec() == QDialog.DialogCode.Accepted else None

    def add(self) -> None:
        qa = self.qa
        if qa is None:
            return
        span = self.answer.selected_span()
        if span is None:
            self.context.messages.show_message(
                self.tr("First select some words in the answer, then add your note to them."),
                transient=True,
            )
            return
        passage = make_passage(qa.answer_text, *span)
        text = self._ask(self.tr("Note on a passage"), passage.exact, "")
        if text is None or not text.strip():
            return
        store, title, question = (
            self.context.store,
            self.context.article_title(qa),
            stored_question(qa),
        )
        now = utc_now()
        answer = stored_answer(qa, self.context.library)
        waiting = Note(qa.id, text, now, now, "", passage, question, title, answer)
        added: list[Note] = []
        self.context.saver.write(
            f"new-passage:{uuid.uuid4()}",  # two new notes must never replace each other
            lambda: added.append(
                store.add_passage_note(qa.id, passage, text, question, title, answer)
            ),
            EditKind.NEW_PASSAGE_NOTE,
            qa_id=qa.id,
            note=waiting,
        )
        if added:
            self._offer_undo_add(added[0])
        self.load()
        self.panel.setCurrentIndex(PASSAGES_TAB)
        self._marks_changed()

    def edit(self) -> None:
        note = self.chosen()
        if note is None:
            return
        exact = note.passage.exact if note.passage else ""
        text = self._ask(self.tr("Edit note"), exact, note.text)
        if text is None or text == note.text:
            return
        if not text.strip():
            self.delete()
            return
        store, saver = self.context.store, self.context.saver
        saver.write(
            f"note:{note.uid}",
            lambda: store.update_note(note.uid, text),
            EditKind.PASSAGE_NOTE_TEXT,
            qa_id=note.qa_id,
            uid=note.uid,
            text=text,
        )
        self.context.undo.push(
            self.tr("edit note"),
            lambda: saver.write(f"note:{note.uid}", lambda: store.update_note(note.uid, note.text)),
            lambda: saver.write(f"note:{note.uid}", lambda: store.update_note(note.uid, text)),
        )
        self.load(select=note.uid)

    def delete(self) -> None:
        note = self.chosen()
        if note is None:
            return
        store, saver = self.context.store, self.context.saver
        saver.unsaved.discard(f"note:{note.uid}")
        saver.write(f"note:{note.uid}", lambda: store.delete_note(note.uid))
        self.context.undo.push(
            self.tr("delete note"),
            lambda: saver.write(f"note:{note.uid}", lambda: store.restore_note(note)),
            lambda: saver.write(f"note:{note.uid}", lambda: store.delete_note(note.uid)),
        )
        self.context.messages.show_message(
            self.tr(
                "Note deleted. Edit > Undo brings it back; it is also in Edit > Recently deleted."
            ),
            action=(self.tr("Undo"), self.context.undo.undo),
            transient=True,
        )
        self.load()
        self._marks_changed()

    def _offer_undo_add(self, note: Note) -> None:
        store, saver = self.context.store, self.context.saver
        self.context.undo.push(
            self.tr("add note"),
            lambda: saver.write(f"note:{note.uid}", lambda: store.delete_note(note.uid)),
            lambda: saver.write(f"note:{note.uid}", lambda: store.restore_note(note)),
        )

    def chosen(self) -> Note | None:
        item: QListWidgetItem | None = self.panel.passage_list.currentItem()
        uid = item.data(NOTE_UID_ROLE) if item is not None else None
        return next((n for n in self._notes if n.uid == uid), None)

    def load(self, select: str | None = None) -> None:
        """List this answer's passage notes (and unsaved new ones) and highlight them."""
        listing = self.panel.passage_list
        listing.blockSignals(True)
        listing.clear()
        qa, store, saver = self.qa, self.context.store, self.context.saver
        self._notes = saver.read([], lambda: store.passage_notes(qa.id)) if qa else []
        self._spans = {}
        waiting = saver.unsaved.new_passage_notes(qa.id) if qa else []
        not_found = self.tr(" (passage not found in the answer any more)")
        changed_since = self.tr(" (the answer changed after you wrote this note)")
        for note in [*self._notes, *waiting]:
            assert note.passage is not None
            span = locate(note.passage, qa.answer_text, note.answer_text) if qa else None
            changed = qa is not None and note.answer_changed(qa.answer_text)
            where = not_found if not span else changed_since if changed else ""
            edited = saver.unsaved.passage_text(note.uid) if note.uid else None
            unsaved = self.tr(" (not saved yet)") if not note.uid or edited is not None else ""
            text = edited if edited is not None else note.text
            item = QListWidgetItem(f"“{note.passage.exact}”{where}{unsaved}\n{text}")
            item.setData(NOTE_UID_ROLE, note.uid)
            listing.addItem(item)
            if span:
                self._spans[note.uid or f"unsaved-{id(note)}"] = span
            if note.uid and note.uid == select:
                listing.setCurrentItem(item)
        listing.blockSignals(False)
        self.panel.set_passage_count(len(self._notes) + len(waiting))
        self.panel.edit_passage.setEnabled(bool(self._notes))
        self.panel.delete_passage.setEnabled(bool(self._notes))
        self._highlight()

    def _highlight(self) -> None:
        note = self.chosen()
        current = self._spans.get(note.uid) if note else None
        self.answer.highlight(list(self._spans.values()), current)
        notice = notice_for(note, self.qa, self.context.library)
        self.panel.passage_changed.set_changed(notice is not None, notice or "")

    def show_earlier(self) -> None:
        """The answer as it was when the chosen note was written, with the words it is on."""
        note = self.chosen()
        if note is not None and self.qa is not None:
            self.show_text(earlier_title(), earlier_answer(note, self.qa, self.context.library))

    def show_text(self, title: str, text: str) -> None:
        """A plain-text dialog. Tests replace this."""
        inform(self.panel.window(), title, text)

    def _on_answer_clicked(self) -> None:
        """Clicking inside a highlighted passage shows its note."""
        cursor = self.answer.textCursor()
        if cursor.hasSelection():
            return
        offset = self.answer.answer_offset(cursor.position())
        if offset is None:
            return
        for row, note in enumerate(self._notes):
            span = self._spans.get(note.uid)
            if span and span[0] <= offset < span[1]:
                self.panel.setCurrentIndex(PASSAGES_TAB)
                self.panel.passage_list.setCurrentRow(row)
                return
