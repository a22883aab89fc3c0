"""Opening the notes store, exporting and importing notes: shared by the command line and window.

Qt-free except for PDF, which is drawn by Qt's text engine and imported only when asked for.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from expertreader import APP_NAME, __version__, paths, timestamps
from expertreader.content.library import Library
from expertreader.notes.model import Bookmark, Note
from expertreader.notes.store import NotesStore

if TYPE_CHECKING:
    from expertreader.export.annotation_reader import ImportedNotes
    from expertreader.export.document import ExportDocument
    from expertreader.export.pdf import Progress
    from expertreader.notes.merge import MergeReport

FORMATS = {
    "md": ("Markdown", ".md"),
    "html": ("Web page (HTML)", ".html"),
    "pdf": ("PDF document", ".pdf"),
    "json": ("Backup for ExpertReader and annotation tools (JSON)", ".json"),
}


def notes_document(
    store: NotesStore, library: Library, *, include_answers: bool, exported_at: dt.datetime
) -> ExportDocument:
    """The one intermediate form of the user's notes, times shown in the local time zone."""
    from expertreader.export.document import build_document

    return build_document(
        library,
        store.bookmarks(),
        store.notes(),
        include_answers=include_answers,
        exported_at=exported_at,
        app_name=APP_NAME,
        app_version=__version__,
        timezone=dt.datetime.now().astimezone().tzinfo,
    )


def export_notes(
    store: NotesStore,
    library: Library,
    fmt: str,
    output: Path,
    *,
    include_answers: bool = False,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write every bookmark and note in ``fmt`` to ``output``, atomically; return the path.

    ``progress`` hears how far a PDF is (0 to 1); if it raises, nothing is written.
    """
    from expertreader.atomic import write_bytes_atomic
    from expertreader.export.annotations import to_json
    from expertreader.export.html import to_html
    from expertreader.export.markdown import to_markdown

    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    if paths.is_notes_file(output):
        raise ValueError(f"{output} is where your notes are kept; choose another file")
    exported_at = now or timestamps.utc_now()
    if fmt == "json":
        from expertreader.export.sheet_service import sheets_for_export

        data = to_json(
            store.bookmarks(),
            store.notes(),
            exported_at=exported_at,
            library=library,
            sheets=sheets_for_export(store),
        ).encode()
    else:
        document = notes_document(
            store, library, include_answers=include_answers, exported_at=exported_at
        )
        if fmt == "md":
            data = to_markdown(document).encode()
        elif fmt == "html":
            data = to_html(document).encode()
        else:
            from expertreader.export.pdf import pdf_bytes

            data = pdf_bytes(document, progress) if progress else pdf_bytes(document)
    write_bytes_atomic(output, data)
    return output


@dataclass(slots=True)
class ImportSummary:
    """What an import did, in words a person can read."""

    added: int
    updated: int
    unchanged: int
    backup: Path
    not_in_content: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    source: Path = Path()

    def describe(self) -> str:
        parts = [f"{self.added} added, {self.updated} updated, {self.unchanged} already here."]
        if self.not_in_content:
            count = len(self.not_in_content)
            shown = "; ".join(f"“{text}”" for text in self.not_in_content[:5])
            more = f" and {count - 5} more" if count > 5 else ""
            plural = count != 1
            parts.append(
                f"{count} question{'s' if plural else ''} in the file {'are' if plural else 'is'} "
                f"not in these articles ({shown}{more}); the notes on "
                f"{'them' if plural else 'it'} were kept and appear in exports."
            )
        if self.skipped:
            count = len(self.skipped)
            parts.append(
                f"{count} entr{'ies' if count != 1 else 'y'} could not be read and left out."
            )
        parts.append(f"Your notes as they were before the import are saved in {self.backup}.")
        return " ".join(parts)


def import_notes(store: NotesStore, library: Library, source: Path) -> ImportSummary:
    """Merge a JSON export into the store (after a backup). Raises ``ImportFileError``."""
    report, imported = import_file(store, source)
    return summarize_import(library, source, report, imported)


def import_file(store: NotesStore, source: Path) -> tuple[MergeReport, ImportedNotes]:
    """Read and merge, touching nothing but the store: safe on a worker thread."""
    from expertreader.export.annotation_reader import read_annotation_file
    from expertreader.export.sheet_service import merge_imported
    from expertreader.notes.merge import MergeReport

    imported = read_annotation_file(source)
    notes = store.merge(imported.bookmarks, imported.notes)
    sheets = merge_imported(store, imported.sheets, imported.sheet_items)
    imported.skipped.extend(f"a sheet's question {line}" for line in sheets.skipped)
    report = MergeReport(
        notes.added + sheets.added,
        notes.updated + sheets.updated,
        notes.unchanged + sheets.unchanged,
        notes.backup,
    )
    return report, imported


def summarize_import(
    library: Library, source: Path, report: MergeReport, imported: ImportedNotes
) -> ImportSummary:
    records: list[Bookmark | Note] = [*imported.bookmarks, *imported.notes]
    unknown = sorted({r.question or r.qa_id for r in records if library.find(r.qa_id) is None})
    return ImportSummary(
        report.added,
        report.updated,
        report.unchanged,
        report.backup,
        unknown,
        imported.skipped,
        source,
    )
