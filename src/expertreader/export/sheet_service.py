"""Appointment sheets for the command line and the window: which sheet, its document, its file.

Qt-free. A PDF is drawn by Qt's text engine (``export.pdf.sheet_pdf_bytes``), which the
callers import when a PDF is asked for; Markdown and HTML are made here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from expertreader import APP_NAME, __version__, paths, timestamps
from expertreader.content.library import Library
from expertreader.export.sheet_document import (
    DEFAULT_POINT_SIZE,
    SheetDocument,
    build_sheet_document,
    sheet_title,
)
from expertreader.notes.sheet_model import Sheet, SheetItem
from expertreader.notes.sheets import SheetMergeReport, Sheets
from expertreader.notes.store import NotesStore

__all__ = [
    "SHEET_FORMATS",
    "NoSuchSheetError",
    "SheetExport",
    "listing",
    "load_sheet",
    "merge_imported",
    "sheet_bytes",
    "sheet_document",
    "sheets_for_export",
]

SHEET_FORMATS = {
    ".pdf": "PDF document",
    ".html": "Web page (HTML)",
    ".md": "Markdown",
}
"""The formats a sheet can be written in, by file suffix."""

SheetExport = tuple[Sheet, list[SheetItem]]
PdfMaker = Callable[[SheetDocument], bytes]


class NoSuchSheetError(LookupError):
    """There is no sheet with that id, or no sheet at all; the message says which."""


def listing(store: NotesStore) -> list[dict[str, object]]:
    """``expertreader sheet --list``: id, title, date (ISO or null), number of questions."""
    sheets = Sheets(store.database)
    counts = sheets.question_counts()
    return [
        {
            "id": sheet.uid,
            "title": sheet_title(sheet),
            "date": sheet.date.isoformat() if sheet.date else None,
            "questions": counts.get(sheet.uid, 0),
        }
        for sheet in sheets.all()
    ]


def load_sheet(store: NotesStore, uid: str | None = None) -> SheetExport:
    """The sheet with this id, or the newest (``Sheets.all`` order) when none is given."""
    sheets = Sheets(store.database)
    sheet = sheets.sheet(uid) if uid else sheets.newest()
    if sheet is None:
        raise NoSuchSheetError(
            f"there is no appointment sheet with the id {uid}"
            if uid
            else "there are no appointment sheets yet"
        )
    return sheet, sheets.items(sheet.uid)


def sheet_document(
    store: NotesStore,
    library: Library | None,
    sheet: Sheet,
    items: list[SheetItem],
    *,
    printed_at: dt.datetime | None = None,
    point_size: int = DEFAULT_POINT_SIZE,
) -> SheetDocument:
    """The one intermediate form of this sheet, times shown in the local time zone."""
    wanted = {item.note_uid for item in items if item.include_note and item.note_uid}
    notes = {note.uid: note for note in store.notes() if note.uid in wanted} if wanted else {}
    return build_sheet_document(
        library,
        sheet,
        items,
        notes,
        printed_at=printed_at or timestamps.utc_now(),
        app_name=APP_NAME,
        app_version=__version__,
        timezone=dt.datetime.now().astimezone().tzinfo,
        point_size=point_size,
    )


def sheet_bytes(doc: SheetDocument, suffix: str, make_pdf: PdfMaker | None = None) -> bytes:
    """The sheet in the format of ``suffix`` (``SHEET_FORMATS``); PDF through ``make_pdf``."""
    from expertreader.export.sheet_html import sheet_to_html
    from expertreader.export.sheet_markdown import sheet_to_markdown

    suffix = suffix.lower()
    if suffix == ".md":
        return sheet_to_markdown(doc).encode()
    if suffix == ".html":
        return sheet_to_html(doc).encode()
    if suffix == ".pdf" and make_pdf is not None:
        return make_pdf(doc)
    raise ValueError(f"unknown sheet format {suffix!r}")


def write_sheet(output: Path, data: bytes) -> Path:
    """Write the file atomically: a failure leaves nothing half-written."""
    from expertreader.atomic import write_bytes_atomic

    if paths.is_notes_file(output):
        raise ValueError(f"{output} is where your notes are kept; choose another file")
    write_bytes_atomic(output, data)
    return output


def sheets_for_export(store: NotesStore) -> list[SheetExport]:
    """Every sheet with its questions, for the JSON export (``annotations.to_json(sheets=)``)."""
    sheets = Sheets(store.database)
    return [(sheet, sheets.items(sheet.uid)) for sheet in sheets.all()]


def merge_imported(
    store: NotesStore, sheets: list[Sheet], items: list[SheetItem]
) -> SheetMergeReport:
    """Merge the sheets of an imported file (after ``store.merge`` made its backup)."""
    if not sheets and not items:
        return SheetMergeReport()
    return Sheets(store.database).merge(sheets, items)
