"""File > Print this answer: the question, the expert's answer, the notes on it, the disclaimer.

Made from the notes exports' intermediate form (``export.answer_document``) and printed with
their pages (``export.pdf.paint_pages``): the same look as File > Print notes, for one answer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from expertreader import APP_NAME, __version__
from expertreader.content.library import Library
from expertreader.content.model import QA
from expertreader.export.answer_document import build_answer_document
from expertreader.export.document import ExportDocument
from expertreader.export.pdf import Keep, paint_pages, text_document
from expertreader.notes.errors import StoreError
from expertreader.notes.store import NotesStore
from expertreader.timestamps import utc_now
from expertreader.ui.views.message_bar import MessageArea
from expertreader.ui.views.print_preview import print_preview


class AnswerPrinter(QObject):
    """The print preview of the answer being read."""

    def __init__(
        self,
        store: NotesStore,
        library: Library,
        current_qa: Callable[[], QA | None],
        before: Callable[[], None],
        messages: MessageArea,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.store, self.library = store, library
        self._current_qa, self._before = current_qa, before
        self.messages, self.parent_widget = messages, parent
        self.preview: QPrintPreviewDialog | None = None

    def document(self) -> ExportDocument | None:
        """The answer being read with its notes, or None (nothing chosen, or unreadable)."""
        qa = self._current_qa()
        if qa is None:
            self.messages.show_message(self.tr("First choose a question to read."), transient=True)
            return None
        self._before()  # a note still waiting for its typing pause is printed too
        try:
            bookmarks, notes = self.store.bookmarks(), self.store.notes()
        except StoreError as error:
            self.messages.show_message(
                self.tr("Your notes could not be read for printing: {reason}").format(
                    reason=error.message
                ),
                level="warning",
            )
            return None
        return build_answer_document(
            self.library,
            qa.id,
            bookmarks,
            notes,
            printed_at=utc_now(),
            app_name=APP_NAME,
            app_version=__version__,
            timezone=dt.datetime.now().astimezone().tzinfo,
        )

    def print_answer(self) -> None:
        doc = self.document()
        if doc is None:
            return
        text = text_document(doc)
        preview = print_preview(
            self.parent_widget,
            doc.title,
            self.tr("Print this answer"),
            self.tr("Print preview of this answer"),
        )
        footer = f"{doc.title} · {APP_NAME} {__version__}"
        preview.paintRequested.connect(
            lambda device: paint_pages(text, device, footer, Keep.HEADING_WITH_NEXT)
        )
        self.preview = preview
        self.show_preview(preview)

    def show_preview(self, preview: QPrintPreviewDialog) -> None:
        """Show the preview and wait for it. Tests replace this."""
        preview.exec()
