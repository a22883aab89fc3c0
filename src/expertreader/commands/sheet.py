"""``expertreader sheet --list`` (JSON), ``sheet --output PATH [--id ID]``: appointment sheets.

``--list`` prints ``[{"id", "title", "date", "questions"}]``, the latest appointment first.
``--output`` writes one sheet (the first of that list unless ``--id`` names another) as PDF,
HTML or Markdown, chosen by the file's suffix. Exit 0 when done; 2 when the request cannot be
met (an unknown suffix or id, no sheet yet); 1 when the notes or the file cannot be read or
written. Messages go to stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from expertreader import paths
from expertreader.commands import opening

if TYPE_CHECKING:
    from expertreader.notes.store import NotesStore

HELP = "list appointment sheets, or write one as PDF, HTML or Markdown"


def configure(parser: argparse.ArgumentParser) -> None:
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--list", action="store_true", help="list the sheets as JSON")
    what.add_argument("--output", metavar="PATH", help="write a sheet (.pdf, .html or .md)")
    parser.add_argument("--id", metavar="ID", help="which sheet (default: the newest)")


def run(args: argparse.Namespace) -> int:
    from expertreader.export import sheet_service
    from expertreader.notes.errors import StoreError

    output = Path(args.output) if args.output else None
    if output is not None:
        if opening.refuses_notes_file(output):
            return 2
        if output.suffix.lower() not in sheet_service.SHEET_FORMATS:
            known = ", ".join(sheet_service.SHEET_FORMATS)
            print(f"{output}: choose a file ending in {known}", file=sys.stderr)
            return 2
    store = opening.open_notes()
    if store is None:
        return 1
    try:
        if output is None:
            sys.stdout.write(
                json.dumps(sheet_service.listing(store), ensure_ascii=False, indent=2) + "\n"
            )
            return 0
        return _write(store, output, args.id)
    except StoreError as error:
        print(f"{error.path}: {error.message}", file=sys.stderr)
        return 1
    finally:
        store.close()


def _write(store: NotesStore, output: Path, uid: str | None) -> int:
    from expertreader.export import sheet_service

    try:
        sheet, items = sheet_service.load_sheet(store, uid)
    except sheet_service.NoSuchSheetError as error:
        print(f"{paths.notes_db()}: {error}. Nothing was written.", file=sys.stderr)
        return 2
    library = opening.open_articles()
    document = sheet_service.sheet_document(store, library, sheet, items)
    make_pdf = None
    if output.suffix.lower() == ".pdf":
        from expertreader.export.pdf import sheet_pdf_bytes

        make_pdf = sheet_pdf_bytes
    data = sheet_service.sheet_bytes(document, output.suffix, make_pdf)
    try:
        sheet_service.write_sheet(output, data)
    except OSError as error:
        print(f"{output}: cannot be written ({error.strerror or error})", file=sys.stderr)
        return 1
    print(f"Sheet “{document.title}” written to {output}", file=sys.stderr)
    return 0
