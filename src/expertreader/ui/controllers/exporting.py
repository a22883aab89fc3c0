"""Export, print and import from the window. Files are written atomically by notes_io."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog

from expertreader.content.library import Library
from expertreader.export import service as notes_io
from expertreader.export.annotations import ImportFileError
from expertreader.export.pdf import PRINT_DPI, page_size, text_document
from expertreader.notes.errors import StoreError
from expertreader.notes.store import NotesStore
from expertreader.ui.controllers.notes import NotesController
from expertreader.ui.views.export_dialog import ExportDialog
from expertreader.ui.views.main_window import MainWindow


class ExportController(QObject):
    """File > Export, Print and Import (ExpertReaderUI connects the menu actions on first use)."""

    def __init__(
        self, window: MainWindow, library: Library, store: NotesStore, notes: NotesController
    ) -> None:
        super().__init__(window)
        self.window = window
        self.library = library
        self.store = store
        self.notes = notes

    def export(self) -> Path | None:
        self.notes.flush()
        dialog = ExportDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        fmt = dialog.chosen_format
        label, suffix = notes_io.FORMATS[fmt]
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder or Path.home()) / f"ExpertReader notes{suffix}")
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window, "Save your notes as", suggested, f"{label} (*{suffix})"
        )
        if not chosen:
            return None
        target = Path(chosen)
        if not target.suffix:
            target = target.with_suffix(suffix)
        try:
            notes_io.export_notes(
                self.store,
                self.library,
                fmt,
                target,
                include_answers=dialog.include_answers.isChecked(),
            )
        except (OSError, StoreError, ValueError) as error:
            if isinstance(error, StoreError):
                reason: object = error.message
            elif isinstance(error, OSError):
                reason = error.strerror or error
            else:
                reason = error
            self.window.messages.show_message(
                f"Your notes could not be saved to {target}: {reason}. Nothing was written.",
                level="warning",
            )
            return None
        self.window.messages.show_message(f"Your notes were saved to {target}.", transient=True)
        return target

    def print_notes(self) -> None:
        """Print with a preview; what is printed is exactly the PDF export's content."""
        self.notes.flush()
        try:
            document = notes_io.notes_document(
                self.store, self.library, include_answers=True, exported_at=notes_io.utc_now()
            )
        except StoreError as error:
            self.window.messages.show_message(
                f"Your notes could not be read for printing: {error.message}", level="warning"
            )
            return
        text = text_document(document)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(page_size())
        printer.setResolution(PRINT_DPI)
        printer.setDocName("ExpertReader notes")
        preview = QPrintPreviewDialog(printer, self.window)
        preview.setWindowTitle("Print your notes")
        preview.paintRequested.connect(text.print_)
        preview.exec()

    def import_notes(self) -> None:
        self.notes.flush()
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window, "Import notes from a JSON export", str(Path.home()), "JSON (*.json)"
        )
        if not chosen:
            return
        try:
            summary = notes_io.import_notes(self.store, self.library, Path(chosen))
        except ImportFileError as error:
            self.window.messages.show_message(f"{error}. Nothing was changed.", level="warning")
            return
        except StoreError as error:
            self.window.messages.show_message(
                f"The import could not be saved: {error.message} Nothing was changed.",
                level="warning",
            )
            return
        self.notes.refresh_orphans()
        self.notes.show_qa(self.notes.qa)
        self.notes.refresh_marks()
        self.window.messages.show_message(f"Imported {chosen}: {summary.describe()}")
