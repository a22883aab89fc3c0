"""File > Export, Print and Import from the window. Files are written atomically (export/).

Import reads and merges off the window's thread (a 20 MB file takes seconds), with a progress
dialog; the window keeps painting, and the notes shown are refreshed when it is done.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QProgressDialog, QWidget

from expertreader import APP_NAME, __version__
from expertreader.content.library import Library
from expertreader.crashlog import write_crash_log
from expertreader.export import service
from expertreader.export.annotation_reader import ImportFileError
from expertreader.export.pdf import Keep, paint_pages, text_document
from expertreader.export.service import ImportSummary
from expertreader.notes.errors import StoreError
from expertreader.notes.store import NotesStore
from expertreader.timestamps import utc_now
from expertreader.ui.views.export_dialog import ExportDialog
from expertreader.ui.views.message_bar import MessageArea
from expertreader.ui.views.print_preview import print_preview


class _ImportDone(QObject):
    """Carries the worker thread's outcome to the window's thread (a queued signal)."""

    finished = Signal(object)  # ImportSummary | str (a message for the person)


class _CancelledError(Exception):
    """The person pressed Cancel while a long PDF was being made."""


class ExportController(QObject):
    """File > Export, Print and Import (ExpertReaderUI connects the menu actions on first use)."""

    def __init__(
        self,
        library: Library,
        store: NotesStore,
        messages: MessageArea,
        dialog_parent: QWidget,
        before: Callable[[], None],
        after_import: Callable[[], None],
    ) -> None:
        super().__init__(dialog_parent)
        self.library = library
        self.store = store
        self.messages = messages
        self.parent_widget = dialog_parent
        self._before = before  # saves typing still waiting for its pause
        self._after_import = after_import
        self.importing: threading.Thread | None = None
        self._progress: QProgressDialog | None = None
        self._done = _ImportDone(self)
        self._done.finished.connect(self._import_finished)

    def export(self) -> Path | None:
        self._before()
        dialog = ExportDialog(self.parent_widget)
        chosen = ""
        while not chosen:  # Escape in the file dialog goes back to the choices, as they were
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            fmt = dialog.chosen_format
            english, suffix = service.FORMATS[fmt]
            label = dialog.labels.get(fmt, english)
            chosen = self._ask_target(suffix, label)
        target = Path(chosen)
        if not target.suffix:
            target = target.with_suffix(suffix)
        making = self._pdf_progress(self.tr("Making the PDF of your notes…"), cancellable=True)
        try:
            service.export_notes(
                self.store,
                self.library,
                fmt,
                target,
                include_answers=dialog.include_answers.isChecked(),
                progress=making.report if fmt == "pdf" else None,
            )
        except _CancelledError:
            self.messages.show_message(
                self.tr("The export was stopped. Nothing was written."), transient=True
            )
            return None
        except (OSError, StoreError, ValueError) as error:
            if isinstance(error, StoreError):
                reason: object = error.message
            elif isinstance(error, OSError):
                reason = error.strerror or error
            else:
                reason = error
            self.messages.show_message(
                self.tr(
                    "Your notes could not be saved to {target}: {reason}. Nothing was written."
                ).format(target=target, reason=reason),
                level="warning",
            )
            return None
        finally:
            making.close()
        self.messages.show_message(
            self.tr("Your notes were saved to {target}.").format(target=target), transient=True
        )
        return target

    def _ask_target(self, suffix: str, label: str) -> str:
        """The file to write, or "" when the person went back."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.tr("ExpertReader notes{suffix}").format(suffix=suffix)
        suggested = str(Path(folder or Path.home()) / name)
        chosen, _filter = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Save your notes as"), suggested, f"{label} (*{suffix})"
        )
        return chosen

    def _pdf_progress(self, label: str, *, cancellable: bool) -> _PdfProgress:
        """A progress window for a long PDF (shown only if it takes a while); tests replace it."""
        return _PdfProgress(self.parent_widget, label, self.tr("Cancel") if cancellable else "")

    def print_notes(self) -> None:
        """Print with a preview; what is printed is exactly the PDF export's content."""
        self._before()
        try:
            document = service.notes_document(
                self.store, self.library, include_answers=True, exported_at=utc_now()
            )
        except StoreError as error:
            self.messages.show_message(
                self.tr("Your notes could not be read for printing: {reason}").format(
                    reason=error.message
                ),
                level="warning",
            )
            return
        text = text_document(document)
        preview = print_preview(
            self.parent_widget,
            document.title,
            self.tr("Print your notes"),
            self.tr("Print your notes"),
        )
        footer = f"{document.title} · {APP_NAME} {__version__}"

        def paint(device: QPrinter) -> None:
            making = self._pdf_progress(self.tr("Making the pages…"), cancellable=False)
            try:
                paint_pages(text, device, footer, Keep.HEADING_WITH_NEXT, progress=making.report)
            finally:
                making.close()

        preview.paintRequested.connect(paint)
        preview.exec()

    def import_notes(self) -> None:
        """Ask for a JSON export and merge it, off the window's thread."""
        if self.importing is not None:
            return
        self._before()
        chosen, _filter = QFileDialog.getOpenFileName(
            self.parent_widget,
            self.tr("Import notes from a JSON export"),
            str(Path.home()),
            self.tr("JSON (*.json)"),
        )
        if not chosen:
            return
        self._progress = QProgressDialog(
            self.tr("Importing {file}…").format(file=chosen), "", 0, 0, self.parent_widget
        )
        self._progress.setCancelButton(None)
        self._progress.setWindowTitle(self.tr("Importing notes"))
        self._progress.setAccessibleName(self.tr("Importing notes"))
        self._progress.setMinimumDuration(300)
        self._progress.setValue(0)
        self.importing = threading.Thread(
            target=self._import_in_background, args=(Path(chosen),), daemon=True
        )
        self.importing.start()

    def _import_in_background(self, source: Path) -> None:
        """Runs in the worker thread, with its own connection to the notes file."""
        try:
            store = NotesStore.open(self.store.path, self.store.backups_dir).store
            try:
                report, imported = service.import_file(store, source)
                outcome: object = (source, report, imported)
            finally:
                store.close()
        except ImportFileError as error:
            outcome = self.tr("{error}. Nothing was changed.").format(error=error)
        except StoreError as error:
            outcome = self.tr(
                "The import could not be saved: {reason} Nothing was changed."
            ).format(reason=error.message)
        except Exception as error:  # a bug: logged, and the window is told rather than left waiting
            where = write_crash_log(error)
            outcome = self.tr(
                "The import of {source} stopped because of an unexpected problem; your notes "
                "were not changed. Details: {where}"
            ).format(source=source, where=where)
        self._done.finished.emit(outcome)

    def _import_finished(self, outcome: object) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        if self.importing is not None:
            self.importing.join()
            self.importing = None
        if isinstance(outcome, str):
            self.messages.show_message(outcome, level="warning")
            return
        assert isinstance(outcome, tuple)
        summary = service.summarize_import(self.library, *outcome)
        self._after_import()
        self.messages.show_message(
            self.tr("Imported {source}: {summary}").format(
                source=summary.source, summary=self.describe_import(summary)
            )
        )

    def describe_import(self, summary: ImportSummary) -> str:
        """What an import did, in the window's language (``ImportSummary.describe`` is English)."""
        parts = [
            self.tr("{added} added, {updated} updated, {unchanged} already here.").format(
                added=summary.added, updated=summary.updated, unchanged=summary.unchanged
            )
        ]
        if summary.not_in_content:
            count = len(summary.not_in_content)
            shown = "; ".join(f"“{text}”" for text in summary.not_in_content[:5])
            if count > 5:
                shown += self.tr(" and {count} more").format(count=count - 5)
            parts.append(
                self.tr(
                    "%n question(s) in the file are not in these articles ({questions}); the notes "
                    "on them were kept and appear in exports.",
                    None,
                    count,
                ).format(questions=shown)
            )
        if summary.skipped:
            parts.append(
                self.tr(
                    "%n entry(ies) could not be read and left out.",
                    None,
                    len(summary.skipped),
                )
            )
        parts.append(
            self.tr(
                "Your notes as they were before the import are saved in {backup}.",
            ).format(backup=summary.backup)
        )
        return " ".join(parts)


class _PdfProgress:
    """A modal progress window while pages are made: the window keeps painting, and Cancel
    (when offered) stops the export before anything is written."""

    SHOW_AFTER_MS = 400

    def __init__(self, parent: QWidget, label: str, cancel: str) -> None:
        self.dialog = QProgressDialog(label, cancel, 0, 100, parent)
        if not cancel:
            self.dialog.setCancelButton(None)
        self.dialog.setWindowTitle(label)
        self.dialog.setAccessibleName(label)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(self.SHOW_AFTER_MS)
        self.dialog.setAutoReset(False)
        self.dialog.setValue(0)

    def report(self, done: float) -> None:
        self.dialog.setValue(min(99, int(done * 100)))  # a modal dialog: events are handled
        if self.dialog.wasCanceled():
            raise _CancelledError

    def close(self) -> None:
        self.dialog.reset()
        self.dialog.deleteLater()
