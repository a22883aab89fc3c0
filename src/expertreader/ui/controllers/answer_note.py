"""The note on the whole answer: saved as the person types, never lost to a pause or an undo.

Saved 300 ms after typing pauses (at least every 2 s while typing on), at once when the question
changes or the window closes. Clearing the note deletes it into the bin, and Edit > Undo brings
it back. Every saved text is also kept in the note's history (Edit > Earlier versions). Each
save keeps the answer as it reads then; when it reads differently later (a content update, an
article added again), a notice above the note says so and shows the earlier wording.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from expertreader.content.model import QA
from expertreader.notes.errors import StoreError
from expertreader.notes.model import Note
from expertreader.notes.pending import EditKind
from expertreader.ui.controllers.answer_changes import (
    earlier_answer,
    earlier_title,
    notice_for,
    stored_answer,
)
from expertreader.ui.controllers.notes_context import NotesContext, stored_question
from expertreader.ui.views.answer_changed import AnswerChangedNotice
from expertreader.ui.views.dialogs import inform

TYPING_PAUSE_MS = 300
LONGEST_UNSAVED_MS = 2000


class AnswerNoteController(QObject):
    def __init__(
        self,
        context: NotesContext,
        editor: QPlainTextEdit,
        status: QLabel,
        marks_changed: Callable[[], None],
        notice: AnswerChangedNotice | None = None,
    ) -> None:
        super().__init__(editor)
        self._marks_changed = marks_changed
        self.context = context
        self.editor, self.status = editor, status
        self.notice = notice or _notice_beside(editor)
        self.qa: QA | None = None
        self._shown: Note | None = None  # as read when the question was shown
        if self.notice is not None:
            self.notice.earlier_requested.connect(self.show_earlier)
        self._typing = _single_shot(self, TYPING_PAUSE_MS)
        self._longest = _single_shot(self, LONGEST_UNSAVED_MS)
        self._typing.timeout.connect(self.save)
        self._longest.timeout.connect(self.save)
        editor.textChanged.connect(self._on_typing)

    def show_qa(self, qa: QA | None) -> bool:
        """Show the note of ``qa``'s answer; False when the notes file could not be read."""
        self.flush()
        store, saver = self.context.store, self.context.saver
        try:
            note = store.answer_note(qa.id) if qa is not None else None
            readable = True
        except StoreError as error:
            note, readable = None, False
            saver.show_fault(error)
        self.qa = qa  # only now: a failed read must not leave another answer's note in view
        unsaved = saver.unsaved.answer_text(qa.id) if qa else None
        self.editor.setEnabled(qa is not None and readable)
        self.editor.blockSignals(True)
        self.editor.setPlainText(unsaved if unsaved is not None else note.text if note else "")
        self.editor.blockSignals(False)
        self.status.setText(self.tr("Not saved yet") if unsaved is not None else "")
        self._shown = note
        notice = notice_for(note, qa, self.context.library)
        if self.notice is not None:  # kept while this answer is read, also after saves
            self.notice.set_changed(notice is not None, notice or "")
        return readable

    def show_earlier(self) -> None:
        """The answer as it was when the note shown was written."""
        if self._shown is not None and self.qa is not None:
            self.show_text(
                earlier_title(), earlier_answer(self._shown, self.qa, self.context.library)
            )

    def show_text(self, title: str, text: str) -> None:
        """A plain-text dialog. Tests replace this."""
        inform(self.editor.window(), title, text)

    def _on_typing(self) -> None:
        self.status.setText(self.tr("Saving…"))
        self._typing.start()
        if not self._longest.isActive():
            self._longest.start()

    def flush(self) -> None:
        """Write a note that is still waiting for the typing pause."""
        if self._typing.isActive() or self._longest.isActive():
            self.save()

    def save(self) -> None:
        self._typing.stop()
        self._longest.stop()
        if self.qa is None:
            return
        qa, text = self.qa, self.editor.toPlainText()
        store, saver = self.context.store, self.context.saver
        title = self.context.article_title(qa)
        before = saver.read(None, lambda: store.answer_note(qa.id)) if not text.strip() else None
        answer = stored_answer(qa, self.context.library)
        saved = saver.write(
            f"answer:{qa.id}",
            lambda: store.save_answer_note(qa.id, text, stored_question(qa), title, answer),
            EditKind.ANSWER_NOTE,
            qa_id=qa.id,
            text=text,
        )
        self.status.setText(self.tr("Saved") if saved else self.tr("Not saved yet"))
        self.status.setAccessibleName(self.tr("Note: {status}").format(status=self.status.text()))
        if saved and before is not None:
            self._offer_undo(before)
        self._marks_changed()

    def _offer_undo(self, deleted: Note) -> None:
        store, saver = self.context.store, self.context.saver

        def undo() -> None:
            saver.write(f"answer:{deleted.qa_id}", lambda: store.restore_note(deleted))

        def redo() -> None:
            saver.write(f"answer:{deleted.qa_id}", lambda: store.delete_note(deleted.uid))

        self.context.undo.push(self.tr("delete note"), undo, redo)
        self.context.messages.show_message(
            self.tr(
                "Your note on this answer was deleted. Edit > Undo brings it back; it is also in "
                "Edit > Recently deleted."
            ),
            action=(self.tr("Undo"), self.context.undo.undo),
            transient=True,
        )


def _notice_beside(editor: QWidget) -> AnswerChangedNotice | None:
    """The notice the notes panel puts above the editor (until the panel's notice is passed
    in by ``NotesController``)."""
    page = editor.parentWidget()
    return page.findChild(AnswerChangedNotice) if page is not None else None


def _single_shot(parent: QObject, interval: int) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval)
    return timer
