"""``expertreader export`` and ``expertreader import``: messages on stderr, never a traceback."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from expertreader import paths
from expertreader.commands import opening

EXPORT_HELP = "write your bookmarks and notes to a file"
IMPORT_HELP = "merge a JSON notes export into your notes"


def configure_export(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", required=True, choices=["md", "html", "pdf", "json"])
    parser.add_argument("--output", required=True, metavar="PATH")
    parser.add_argument(
        "--with-answers", action="store_true", help="include the full text of each answer"
    )


def configure_import(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="PATH")


def run_export(args: argparse.Namespace) -> int:
    return _run(args)


def run_import(args: argparse.Namespace) -> int:
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    from expertreader import instance_lock
    from expertreader.export.annotation_reader import ImportFileError
    from expertreader.export.service import export_notes, import_notes
    from expertreader.notes import backup
    from expertreader.notes.errors import StoreError

    if args.command == "export" and opening.refuses_notes_file(Path(args.output)):
        return 2
    lock = instance_lock.acquire() if args.command == "import" else None
    if lock is not None and lock.busy:
        where = "" if not lock.elsewhere else f" on {lock.owner_host}"
        print(
            f"ExpertReader is open{where} with these notes. Close it, then import again. "
            f"Nothing was changed. (If it is not open, remove {paths.lock_file()}.)",
            file=sys.stderr,
        )
        return 1
    store = opening.open_notes()
    if store is None:
        if lock is not None:
            lock.release()
        return 1
    try:
        backup.backup_if_due(store)  # people who only use the command line get backups too
    except StoreError as error:
        print(f"The daily backup could not be made: {error.message}", file=sys.stderr)
    library = opening.open_articles()
    try:
        if args.command == "export":
            output = Path(args.output)
            export_notes(store, library, args.format, output, include_answers=args.with_answers)
            print(f"Notes written to {output}", file=sys.stderr)
            return 0
        summary = import_notes(store, library, Path(args.path))
        print(f"Imported {args.path}: {summary.describe()}", file=sys.stderr)
        for line in summary.skipped:
            print(f"  left out: {line}", file=sys.stderr)
        return 0
    except ImportFileError as error:
        print(f"{error}. Nothing was changed.", file=sys.stderr)
        return 2
    except StoreError as error:
        print(f"{error.path}: {error.message} Nothing was changed.", file=sys.stderr)
        return 1
    except OSError as error:
        where = getattr(args, "output", None) or error.filename
        print(f"{where}: cannot be written ({error.strerror or error})", file=sys.stderr)
        return 1
    finally:
        store.close()
        if lock is not None:
            lock.release()
