"""The bookmark star: Ctrl+D, the button, the list marks; removing one can be undone."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolButton

from expertreader.content.model import QA
from expertreader.notes.model import Bookmark
from expertreader.notes.pending import EditKind
from expertreader.ui.controllers.notes_context import NotesContext, stored_question


class BookmarkController(QObject):
    def __init__(
        self,
        context: NotesContext,
        action: QAction,
        button: QToolButton,
        marks_changed: Callable[[], None],
    ) -> None:
        super().__init__(button)
        self.context = context
        self._action, self._button = action, button
        self._marks_changed = marks_changed
        self.qa: QA | None = None
        self._description = button.accessibleDescription()
        action.triggered.connect(self.toggle)
        context.saver.saved_again.connect(self._all_saved)

    def show_qa(self, qa: QA | None) -> None:
        self.qa = qa
        self._action.setEnabled(qa is not None)
        self.show_state()

    def is_bookmarked(self, qa: QA) -> bool | None:
        """What the person last chose, saved or still kept; None when it cannot be read."""
        kept = self.context.saver.unsaved.bookmarked(qa.id)
        if kept is not None:
            return kept
        store = self.context.store
        return self.context.saver.read(None, lambda: store.is_bookmarked(qa.id))

    def show_state(self) -> None:
        qa = self.qa
        on = qa is not None and bool(self.is_bookmarked(qa))
        self._action.setChecked(on)
        kept = qa is not None and self.context.saver.unsaved.bookmarked(qa.id) is not None
        self._button.setAccessibleDescription(
            self.tr("Not saved yet: it is saved as soon as the disk takes it.")
            if kept
            else self._description
        )
        self._action.setText(self.tr("★ &Bookmarked") if on else self.tr("☆ &Bookmark"))
        self._button.setAccessibleName(
            self.tr("Remove bookmark from this question")
            if on
            else self.tr("Bookmark this question")
        )

    def toggle(self) -> None:
        qa = self.qa
        if qa is None:
            return
        store = self.context.store
        bookmarked = self.is_bookmarked(qa)
        if bookmarked is None:
            return  # the notes file cannot be read just now; the warning says so
        removed: list[Bookmark | None] = []
        title = self.context.article_title(qa)
        self._write(
            qa,
            not bookmarked,
            (lambda: removed.append(store.remove_bookmark(qa.id)))
            if bookmarked
            else (lambda: store.add_bookmark(qa.id, stored_question(qa), title)),
        )
        if removed and removed[0] is not None:
            self._offer_undo(qa, removed[0])
        self.show_state()
        self._marks_changed()

    def _offer_undo(self, qa: QA, bookmark: Bookmark) -> None:
        store = self.context.store

        def undo() -> None:
            self._write(qa, True, lambda: store.restore_bookmark(bookmark))

        def redo() -> None:
            self._write(qa, False, lambda: store.remove_bookmark(qa.id))

        self.context.undo.push(self.tr("remove bookmark"), undo, redo)
        self.context.messages.show_message(
            self.tr("Bookmark removed. Edit > Undo brings it back."),
            action=(self.tr("Undo"), self.context.undo.undo),
            transient=True,
        )

    def _write(self, qa: QA, on: bool, change: Callable[[], object]) -> None:
        """Through the saver, which keeps a refused change (and so what the button shows)."""
        text = "added" if on else "removed"
        self.context.saver.write(
            f"bookmark:{qa.id}", change, EditKind.BOOKMARK, qa_id=qa.id, text=text
        )

    def _all_saved(self) -> None:
        self.show_state()
        self._marks_changed()
