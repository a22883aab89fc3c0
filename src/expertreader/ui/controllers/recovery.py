"""Edit > Earlier versions of this note, and Edit > Recently deleted: bring words back.

Both open a list that works from the keyboard (Up/Down, Enter restores, Escape closes).
Restoring a version saves it as the note's newest text (the text it replaces stays in history);
restoring from the bin puts a note or bookmark back where it was.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from expertreader.content.model import QA
from expertreader.dates import format_datetime
from expertreader.notes.bin import BinItem
from expertreader.notes.history import NoteVersion
from expertreader.notes.model import Bookmark, Note
from expertreader.notes.pending import EditKind
from expertreader.ui.controllers.notes_context import NotesContext
from expertreader.ui.views.record_list_dialog import RecordListDialog

SUMMARY_CHARS = 90


class RecoveryController(QObject):
    def __init__(
        self, context: NotesContext, dialog_parent: QWidget, changed: Callable[[], None]
    ) -> None:
        super().__init__(dialog_parent)
        self.context = context
        self._parent = dialog_parent
        self._changed = changed
        self.qa: QA | None = None
        self.dialog: RecordListDialog | None = None

    def show_versions(self, note: Note | None) -> None:
        """The saved texts of ``note`` (the answer's note when None), newest first."""
        store, saver = self.context.store, self.context.saver
        if note is None and self.qa is not None:
            qa = self.qa
            note = saver.read(None, lambda: store.answer_note(qa.id))
        if note is None:
            self.context.messages.show_message(
                self.tr(
                    "This answer has no note yet, so it has no earlier versions. Deleted notes "
                    "are in Edit > Recently deleted."
                ),
                transient=True,
            )
            return
        target = note
        versions: list[NoteVersion] = saver.read([], lambda: store.versions(target.uid))
        dialog = self._dialog(
            self.tr("Earlier versions of this note"),
            self.tr(
                "Every saved text of this note, newest first. Choose one and press Enter to make "
                "it the note's text again; the text it replaces stays in this list."
            ),
            self.tr("Use this version"),
        )
        dialog.set_entries(
            [
                (
                    v.text,
                    f"{format_datetime(v.saved.astimezone())}: {_summary(v.text)}",
                    v.text,
                )
                for v in versions
            ]
        )

        def restore(text: object) -> None:
            words = str(text)
            saver.write(
                f"note:{target.uid}",
                lambda: store.update_note(target.uid, words),
                EditKind.PASSAGE_NOTE_TEXT if target.passage else EditKind.ANSWER_NOTE,
                qa_id=target.qa_id,
                uid=target.uid,
                text=words,
            )
            dialog.accept()
            self._changed()

        dialog.restore_requested.connect(restore)
        dialog.exec()

    def show_bin(self) -> None:
        """Everything deleted in the last 30 days or more, most recent first."""
        store, saver = self.context.store, self.context.saver
        items: list[BinItem] = saver.read([], store.bin_items)
        dialog = self._dialog(
            self.tr("Recently deleted"),
            self.tr(
                "Notes and bookmarks you deleted, kept here for at least 30 days. Choose one and "
                "press Enter to put it back."
            ),
            self.tr("Restore"),
        )
        dialog.set_entries(
            [
                (item.id, self._describe(item.record, item.deleted), self._full(item.record))
                for item in items
            ]
        )

        def restore(item_id: object) -> None:
            assert isinstance(item_id, int)
            saver.write(f"bin:{item_id}", lambda: store.restore_from_bin(item_id))
            remaining: list[BinItem] = saver.read([], store.bin_items)
            dialog.set_entries(
                [
                    (i.id, self._describe(i.record, i.deleted), self._full(i.record))
                    for i in remaining
                ]
            )
            self.context.messages.show_message(self.tr("Restored."), transient=True)
            self._changed()

        dialog.restore_requested.connect(restore)
        dialog.exec()

    def _dialog(self, title: str, intro: str, caption: str) -> RecordListDialog:
        self.dialog = RecordListDialog(self._parent, title, intro, caption)
        self.dialog.finished.connect(lambda _code: setattr(self, "dialog", None))
        return self.dialog

    def _describe(self, record: Note | Bookmark, deleted: object) -> str:
        when = format_datetime(deleted.astimezone()) if hasattr(deleted, "astimezone") else ""
        question = record.question or self.context.question_of(record.qa_id)
        if isinstance(record, Bookmark):
            return self.tr("Bookmark, deleted {when}: {question}").format(
                when=when, question=_summary(question)
            )
        if record.passage:
            text = self.tr("Passage note, deleted {when}: {text} — on “{question}”")
        else:
            text = self.tr("Note, deleted {when}: {text} — on “{question}”")
        return text.format(when=when, text=_summary(record.text), question=_summary(question))

    def _full(self, record: Note | Bookmark) -> str:
        if isinstance(record, Bookmark):
            return self.tr("Bookmark on: {question}").format(
                question=record.question or record.qa_id
            )
        if not record.passage:
            return record.text
        quote = self.tr("Passage: “{passage}”").format(passage=record.passage.exact)
        return f"{quote}\n\n{record.text}"


def _summary(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= SUMMARY_CHARS else line[: SUMMARY_CHARS - 1].rstrip() + "…"
