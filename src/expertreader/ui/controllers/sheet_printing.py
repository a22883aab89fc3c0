"""Printing a sheet (with a preview) and saving it as PDF, HTML or Markdown.

The printout, the PDF and the preview are the same pages (``export.pdf.paint_sheet``), from
the same intermediate form as the HTML and Markdown files (``export.sheet_document``). Files are
written atomically. The dialogs are methods the tests replace.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from expertreader import words
from expertreader.export import sheet_service
from expertreader.export.pdf import (
    paint_sheet,
    sheet_pdf_bytes,
    sheet_text_document,
)
from expertreader.export.sheet_document import SheetDocument
from expertreader.notes.errors import StoreError
from expertreader.notes.sheet_model import Sheet
from expertreader.ui.controllers.sheet_context import SheetContext
from expertreader.ui.views.print_preview import print_preview

FILTERS = {
    ".pdf": words.QT_TRANSLATE_NOOP("SheetPrinter", "PDF document (*.pdf)"),
    ".html": words.QT_TRANSLATE_NOOP("SheetPrinter", "Web page (*.html)"),
    ".md": words.QT_TRANSLATE_NOOP("SheetPrinter", "Markdown text (*.md)"),
}
"""The file dialog's choices by file ending, in English (shown translated)."""


class SheetPrinter(QObject):
    """Print preview and file export for the sheet the window shows."""

    def __init__(self, context: SheetContext, parent: QWidget, before: Callable[[], None]) -> None:
        super().__init__(parent)
        self.context = context
        self.parent_widget = parent
        self._before = before  # saves what the doctor said, if it waits for its pause
        self.preview: QPrintPreviewDialog | None = None

    def document(self, sheet: Sheet) -> SheetDocument | None:
        self._before()
        context = self.context
        try:
            items = context.sheets.items(sheet.uid)
            return sheet_service.sheet_document(context.store, context.library, sheet, items)
        except StoreError as error:
            context.messages.show_message(
                self.tr("The sheet could not be read: {reason}").format(reason=error.message),
                level="warning",
            )
            return None

    def print_sheet(self, sheet: Sheet) -> None:
        """The print preview; printing from it prints exactly these pages."""
        doc = self.document(sheet)
        if doc is None:
            return
        text = sheet_text_document(doc)
        preview = print_preview(
            self.parent_widget,
            doc.title,
            self.tr("Print: {title}").format(title=doc.title),
            self.tr("Print preview of {title}").format(title=doc.title),
        )
        preview.paintRequested.connect(lambda device: paint_sheet(text, device, doc))
        self.preview = preview
        self.show_preview(preview)

    def show_preview(self, preview: QPrintPreviewDialog) -> None:
        """Show the preview and wait for it. Tests replace this."""
        preview.exec()

    def export_sheet(self, sheet: Sheet) -> Path | None:
        """Ask where, then write the sheet in the format of the file name's ending."""
        doc = self.document(sheet)
        if doc is None:
            return None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder or Path.home()) / f"{_file_name(doc.title)}.pdf"
        target = self.ask_export_path(suggested)
        if target is None:
            return None
        if target.suffix.lower() not in sheet_service.SHEET_FORMATS:
            target = target.with_name(target.name + ".pdf")
        try:
            data = sheet_service.sheet_bytes(doc, target.suffix, sheet_pdf_bytes)
            sheet_service.write_sheet(target, data)
        except (OSError, ValueError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else error
            self.context.messages.show_message(
                self.tr(
                    "The sheet could not be saved to {target}: {reason}. Nothing was written."
                ).format(target=target, reason=reason),
                level="warning",
            )
            return None
        self.context.messages.show_message(
            self.tr("The sheet was saved to {target}.").format(target=target), transient=True
        )
        return target

    def ask_export_path(self, suggested: Path) -> Path | None:
        """The file to write (its ending chooses the format); None when cancelled. Tests
        replace this."""
        shown = {suffix: self.tr(text) for suffix, text in FILTERS.items()}
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self.parent_widget,
            self.tr("Save the sheet as"),
            str(suggested),
            ";;".join(shown.values()),
        )
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() not in FILTERS:
            wanted = next((s for s, f in shown.items() if f == chosen_filter), ".pdf")
            target = target.with_name(target.name + wanted)
        return target


def _file_name(title: str) -> str:
    """A file name from the sheet's title: letters, digits, spaces and dashes only."""
    kept = "".join(c if c.isalnum() or c in " -_" else " " for c in title)
    fallback = QCoreApplication.translate("SheetPrinter", "Appointment sheet")
    return " ".join(kept.split())[:60] or fallback
