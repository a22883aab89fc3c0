"""Undo and Redo for what the person does to their notes: many levels, and they never expire.

Each change (a bookmark removed, a note deleted, a passage note edited) is done first and then
pushed with the two functions that undo and redo it. Typing inside the note editor has the
editor's own undo; whatever it does, every saved text stays in the note's history.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack

UNDO_LEVELS = 1000
"""More than a person undoes; it bounds memory in a session of many thousand changes."""


class _Change(QUndoCommand):
    def __init__(self, text: str, undo: Callable[[], object], redo: Callable[[], object]) -> None:
        super().__init__(text)
        self._undo, self._redo = undo, redo
        self._done_already = True  # pushed after it was done: the first redo() is the push

    def undo(self) -> None:
        self._undo()

    def redo(self) -> None:
        if self._done_already:
            self._done_already = False
            return
        self._redo()


class UndoHistory(QObject):
    """The stack behind Edit > Undo and Edit > Redo, whose texts say what they will do."""

    def __init__(self, undo_action: QAction, redo_action: QAction, parent: QObject) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(UNDO_LEVELS)
        self._undo_action, self._redo_action = undo_action, redo_action
        undo_action.triggered.connect(self.undo)
        redo_action.triggered.connect(self.redo)
        self.stack.indexChanged.connect(self._refresh)
        self.before_change: Callable[[], None] = lambda: None
        """Called before an undo or redo runs (the notes controller saves typing first)."""
        self.after_change: Callable[[], None] = lambda: None
        self._refresh()

    def push(self, text: str, undo: Callable[[], object], redo: Callable[[], object]) -> None:
        """Record a change that has just been made; ``text`` (translated) is e.g. "remove
        bookmark", shown in the Edit menu as "Undo remove bookmark"."""
        self.stack.push(_Change(text, undo, redo))

    def undo(self) -> None:
        if self.stack.canUndo():
            self.before_change()
            self.stack.undo()
            self.after_change()

    def redo(self) -> None:
        if self.stack.canRedo():
            self.before_change()
            self.stack.redo()
            self.after_change()

    def _refresh(self, *_index: object) -> None:
        can_undo, can_redo = self.stack.canUndo(), self.stack.canRedo()
        self._undo_action.setEnabled(can_undo)
        self._redo_action.setEnabled(can_redo)
        undo_text = self.stack.undoText()
        redo_text = self.stack.redoText()
        undo = self.tr("&Undo {action}").format(action=undo_text) if can_undo else self.tr("&Undo")
        redo = self.tr("&Redo {action}").format(action=redo_text) if can_redo else self.tr("&Redo")
        self._undo_action.setText(undo)
        self._redo_action.setText(redo)
