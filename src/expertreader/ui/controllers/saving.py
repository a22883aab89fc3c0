"""Every write from the window goes through here: written now, or kept and retried, never lost.

If the disk refuses a write, the edit stays in ``UnsavedEdits``, a warning stays in the message
line, and the write is retried every few seconds until it succeeds. Closing the window with
edits still kept offers to write them to a text file first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from expertreader.atomic import write_text_atomic
from expertreader.notes.errors import StoreError
from expertreader.notes.model import Note
from expertreader.notes.pending import EditKind, UnsavedEdits
from expertreader.ui.views.dialogs import message_box, warn
from expertreader.ui.views.message_bar import MessageArea, MessageBar

T = TypeVar("T")
RETRY_MS = 3000


class Saver(QObject):
    """Writes, reads that may fail, the lasting fault warning, and the retries."""

    saved_again = Signal()  # everything kept in memory is on disk now

    def __init__(
        self, messages: MessageArea, dialog_parent: QWidget, question_of: Callable[[str], str]
    ) -> None:
        super().__init__(dialog_parent)
        self.unsaved = UnsavedEdits()
        self._messages = messages
        self._parent = dialog_parent
        self._question_of = question_of
        self._fault_bar: MessageBar | None = None
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.retry)

    def write(
        self,
        key: str,
        action: Callable[[], object],
        kind: EditKind = EditKind.OTHER,
        *,
        qa_id: str = "",
        text: str = "",
        uid: str = "",
        note: Note | None = None,
        question: str = "",
    ) -> bool:
        """Write now; if the disk refuses, keep the edit, warn, and retry until it works."""
        kept = self.unsaved.submit(
            key, action, kind, qa_id=qa_id, text=text, uid=uid, note=note, question=question
        )
        if kept:
            if self._fault_bar is not None and not self.unsaved.has_pending:
                self._all_saved()
            return True
        self.show_fault()
        self._retry.start()
        return False

    def read(self, default: T, read: Callable[[], T]) -> T:
        """A store read; if the disk fails, warn and carry on with ``default``."""
        try:
            return read()
        except StoreError as error:
            self.show_fault(error)
            return default

    def retry(self) -> None:
        if self.unsaved.retry():
            self._all_saved()
        else:
            self.show_fault()

    def show_fault(self, error: StoreError | None = None) -> None:
        """The one lasting warning about the notes file, updated rather than repeated."""
        error = error or self.unsaved.last_error
        reason = error.message if error else self.tr("The notes file cannot be written.")
        text = self.tr(
            "There is a problem with your notes file: {reason} Anything you write now is "
            "kept while ExpertReader stays open and saved as soon as that becomes possible; "
            "if you close it before then, it offers to save those notes to a file."
        ).format(reason=reason)
        if self._fault_bar is None or self._fault_bar.gone:
            self._fault_bar = self._messages.show_message(text, level="warning", closable=False)
        else:
            self._fault_bar.set_text(text)

    def _all_saved(self) -> None:
        self._retry.stop()
        if self._fault_bar is not None:
            self._fault_bar.dismiss()
            self._fault_bar = None
        self._messages.show_message(self.tr("Your notes are saved now."), transient=True)
        self.saved_again.emit()

    # --- closing with edits the disk refused

    def may_close(self, ask: Callable[[str], str] | None = None) -> bool:
        """Closing would lose edits the disk refused: offer to save them to a file first."""
        if not self.unsaved.has_pending or self.unsaved.retry():
            return True
        error = self.unsaved.last_error
        if error:
            problem = self.tr("Some of your latest notes could not be saved: {reason}").format(
                reason=error.message
            )
        else:
            problem = self.tr("Some of your latest notes could not be saved.")
        question = self.tr("Save them to a file you choose before closing, so no word is lost?")
        choice = (ask or self.ask_before_close)(f"{problem}\n\n{question}")
        if choice == "save":
            return self.save_unsaved_to_file()
        return choice == "discard"

    def ask_before_close(self, message: str) -> str:
        """ "save", "discard" or "cancel". Tests replace this."""
        buttons = QMessageBox.StandardButton
        box = message_box(
            self._parent,
            self.tr("Notes not saved yet"),
            message,
            icon=QMessageBox.Icon.Warning,
            buttons=buttons.Save | buttons.Discard | buttons.Cancel,
            default=buttons.Save,
        )
        box.button(buttons.Save).setText(self.tr("Save them to a file…"))
        box.button(buttons.Discard).setText(self.tr("Close without them"))
        answer = box.exec()
        if answer == buttons.Save:
            return "save"
        return "discard" if answer == buttons.Discard else "cancel"

    def save_unsaved_to_file(self) -> bool:
        """Write every edit the notes file refused to a plain text file the person picks."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Save unsaved notes"),
            self.tr("ExpertReader unsaved notes.txt"),
            self.tr("Text (*.txt)"),
        )
        if not chosen:
            return False
        try:
            write_text_atomic(chosen, self.unsaved.as_text(self._question_of))
        except OSError as error:
            warn(
                self._parent,
                self.tr("Not saved"),
                self.tr("{file} could not be written: {reason}").format(
                    file=chosen, reason=error.strerror
                ),
            )
            return False
        return True
