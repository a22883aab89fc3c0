"""What the doctor said, next to the chosen question: saved as it is typed, never lost.

Saved 300 ms after typing pauses, at least every 2 s while typing on, and at once when another
question is chosen or the window closes; through the ``Saver``, so a refused write is kept (and
shown as "Not saved yet"), retried, and offered to a file on closing. Every saved text is kept
(``Sheets.doctor_said_versions``) and can be brought back from "Earlier versions".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton

from expertreader.dates import format_datetime
from expertreader.notes.history import NoteVersion
from expertreader.notes.pending import EditKind
from expertreader.notes.sheet_model import SheetItem, replace
from expertreader.ui.controllers.sheet_context import SheetContext
from expertreader.ui.views.record_list_dialog import RecordListDialog

TYPING_PAUSE_MS = 300
LONGEST_UNSAVED_MS = 2000
SUMMARY_CHARS = 80


class DoctorSaid(QObject):
    """The editor of one question's answer; ``saved`` carries the question as it now reads."""

    saved = Signal(object)  # SheetItem

    def __init__(
        self,
        context: SheetContext,
        editor: QPlainTextEdit,
        status: QLabel,
        versions_button: QPushButton,
    ) -> None:
        super().__init__(editor)
        self.context = context
        self.editor, self.status = editor, status
        self.item: SheetItem | None = None
        self._typing = _single_shot(self, TYPING_PAUSE_MS, self.save)
        self._longest = _single_shot(self, LONGEST_UNSAVED_MS, self.save)
        editor.textChanged.connect(self._on_typing)
        versions_button.clicked.connect(self.show_versions)

    def show(self, item: SheetItem | None) -> None:
        """Show this question's answer (its unsaved text, if the disk refused it)."""
        self.flush()
        self.item = item
        unsaved = self.context.saver.unsaved.passage_text(item.uid) if item else None
        self.editor.blockSignals(True)
        self.editor.setPlainText(
            unsaved if unsaved is not None else item.doctor_said if item else ""
        )
        self.editor.blockSignals(False)
        self._set_status(self.tr("Not saved yet") if unsaved is not None else "")

    def _on_typing(self) -> None:
        if self.item is None:
            return
        self._set_status(self.tr("Saving…"))
        self._typing.start()
        if not self._longest.isActive():
            self._longest.start()

    def flush(self) -> None:
        """Save what was typed if it is still waiting for the typing pause."""
        if self._typing.isActive() or self._longest.isActive():
            self.save()

    def save(self) -> None:
        self._typing.stop()
        self._longest.stop()
        item = self.item
        if item is None:
            return
        text = self.editor.toPlainText()
        sheets = self.context.sheets
        done = self.context.saver.write(
            f"sheet-said:{item.uid}",
            lambda: sheets.set_doctor_said(item.uid, text),
            EditKind.DOCTOR_SAID,  # kept, retried, and in "save unsaved notes to a file"
            qa_id=item.qa_id,
            uid=item.uid,
            text=text,
            question=item.question,
        )
        self._set_status(self.tr("Saved") if done else self.tr("Not saved yet"))
        self.item = replace(item, doctor_said=text)
        self.saved.emit(self.item)

    def show_versions(self) -> None:
        """Every saved text of this answer, newest first; Enter puts the chosen one back."""
        item = self.item
        if item is None:
            return
        self.flush()
        sheets = self.context.sheets
        versions: list[NoteVersion] = self.context.saver.read(
            [], lambda: sheets.doctor_said_versions(item.uid)
        )
        dialog = RecordListDialog(
            self.editor.window(),
            self.tr("Earlier versions of what the doctor said"),
            self.tr(
                "Every text you saved here, newest first. Choose one and press Enter to use it "
                "again."
            ),
            self.tr("Use this version"),
        )
        dialog.set_entries(
            [
                (v.text, f"{format_datetime(v.saved.astimezone())}: {_summary(v.text)}", v.text)
                for v in versions
            ]
        )

        def restore(text: object) -> None:
            self.editor.setPlainText(str(text))  # typed in, as it were: saved like typing
            self.save()
            dialog.accept()

        dialog.restore_requested.connect(restore)
        self.show_versions_dialog(dialog)

    def show_versions_dialog(self, dialog: RecordListDialog) -> None:
        """Tests replace this."""
        dialog.exec()

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(
            self.tr("What the doctor said: {status}").format(status=text or self.tr("unchanged"))
        )


def _summary(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= SUMMARY_CHARS else line[: SUMMARY_CHARS - 1].rstrip() + "…"


def _single_shot(parent: QObject, interval: int, slot: Callable[[], None]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval)
    timer.timeout.connect(slot)
    return timer
