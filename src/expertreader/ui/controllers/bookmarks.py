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
        self._kept: dict[str, bool] = {}  # qa id -> the state the disk has not taken yet
        action.triggered.connect(self.toggle)
        context.saver.saved_again.connect(self._all_saved)

    def show_qa(self, qa: QA | None) -> None:
        self.qa = qa
        self._action.setEnabled(qa is not None)
        self.show_state()

    def is_bookmarked(self, qa: QA) -> bool | None:
        """What the person last chose, saved or still kept; None when it cannot be read."""
        if qa.id in self._kept:
            return self._kept[qa.id]
        store = self.context.store
        return self.context.saver.read(None, lambda: store.is_bookmarked(qa.id))

    def show_state(self) -> None:
        qa = self.qa
        on = qa is not None and bool(self.is_bookmarked(qa))
        self._action.setChecked(on)
        kept = qa is not None and qa.id in self._kept
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
        store, saver = self.context.store, self.context.saver
        bookmarked = self.is_bookmarked(qa)
        if bookmarked is None:
            return  # the notes file cannot be read just now; the warning says so
        removed: list[Bookmark | None] = []
        title = self.context.article_title(qa)
        saved = saver.write(
            f"bookmark:{qa.id}",
            (lambda: removed.append(store.remove_bookmark(qa.id)))
            if bookmarked
            else (lambda: store.add_bookmark(qa.id, stored_question(qa), title)),
            EditKind.BOOKMARK,
            qa_id=qa.id,
            text="removed" if bookmarked else "added",
        )
        if removed and removed[0] is not None:
            self._offer_undo(qa, removed[0])
        if saved:
            self._kept.pop(qa.id, None)
        else:  # kept and retried by the saver: show what the person chose, not the old state
            self._kept[qa.id] = not bookmarked
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

    def _all_saved(self) -> None:
        self._kept.clear()
        self.show_state()
        self._marks_changed()
