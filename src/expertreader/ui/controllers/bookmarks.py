"""The bookmark star: Ctrl+D, the button, the list marks; removing one can be undone."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolButton

from expertreader.content.model import QA
from expertreader.notes.model import Bookmark
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
        action.triggered.connect(self.toggle)

    def show_qa(self, qa: QA | None) -> None:
        self.qa = qa
        self._action.setEnabled(qa is not None)
        self.show_state()

    def show_state(self) -> None:
        qa, store = self.qa, self.context.store
        on = qa is not None and self.context.saver.read(False, lambda: store.is_bookmarked(qa.id))
        self._action.setChecked(on)
        self._action.setText(self.tr("★ Bookmarked") if on else self.tr("☆ Bookmark"))
        self._button.setAccessibleName(
            self.tr("Remove bookmark from this question")
            if on
            else self.tr("Bookmark this question")
        )

    def toggle(self) -> None:
        qa = self.qa
        if qa is None:
            return
        store, saver = self.context.store, self.context.saver
        bookmarked = saver.read(None, lambda: store.is_bookmarked(qa.id))
        if bookmarked is None:
            return  # the notes file cannot be read just now; the warning says so
        if bookmarked:
            removed: list[Bookmark | None] = []
            saver.write(f"bookmark:{qa.id}", lambda: removed.append(store.remove_bookmark(qa.id)))
            if removed and removed[0] is not None:
                self._offer_undo(qa, removed[0])
        else:
            title = self.context.article_title(qa)
            saver.write(
                f"bookmark:{qa.id}",
                lambda: store.add_bookmark(qa.id, stored_question(qa), title),
            )
        self.show_state()
        self._marks_changed()

    def _offer_undo(self, qa: QA, bookmark: Bookmark) -> None:
        store, saver = self.context.store, self.context.saver

        def undo() -> None:
            saver.write(f"bookmark:{qa.id}", lambda: store.restore_bookmark(bookmark))

        def redo() -> None:
            saver.write(f"bookmark:{qa.id}", lambda: store.remove_bookmark(qa.id))

        self.context.undo.push(self.tr("remove bookmark"), undo, redo)
        self.context.messages.show_message(
            self.tr("Bookmark removed. Edit > Undo brings it back."),
            action=(self.tr("Undo"), self.context.undo.undo),
            transient=True,
        )
