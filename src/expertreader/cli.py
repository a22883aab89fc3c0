"""Command line: the window by default, plus headless sub-commands (see DESIGN.md contracts)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from expertreader import APP_NAME, __version__, paths
from expertreader.crashlog import write_crash_log


def build_parser() -> argparse.ArgumentParser:
    data_dir_help = f"keep all user data in DIR (also ${paths.DATA_DIR_ENV})"
    parser = argparse.ArgumentParser(
        prog="expertreader", description=f"{APP_NAME}: read expert Q&A articles offline."
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help=data_dir_help)
    parser.add_argument(
        "--screenshot", metavar="PATH", help="open the window, save a PNG of its first paint, exit"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    parse_cmd = commands.add_parser("parse", help="print articles as JSON")
    parse_cmd.add_argument("files", nargs="+", metavar="FILE")
    # Accept the global option after the sub-command too, without overriding an earlier one.
    parse_cmd.add_argument(
        "--data-dir", metavar="DIR", help=data_dir_help, default=argparse.SUPPRESS
    )

    export_cmd = commands.add_parser("export", help="write your bookmarks and notes to a file")
    export_cmd.add_argument("--format", required=True, choices=["md", "html", "pdf", "json"])
    export_cmd.add_argument("--output", required=True, metavar="PATH")
    export_cmd.add_argument(
        "--with-answers", action="store_true", help="include the full text of each answer"
    )
    export_cmd.add_argument(
        "--data-dir", metavar="DIR", help=data_dir_help, default=argparse.SUPPRESS
    )

    import_cmd = commands.add_parser("import", help="merge a JSON notes export into your notes")
    import_cmd.add_argument("path", metavar="PATH")
    import_cmd.add_argument(
        "--data-dir", metavar="DIR", help=data_dir_help, default=argparse.SUPPRESS
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # notes, settings, logs and exports are private health information
    args = build_parser().parse_args(argv)
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    try:
        if args.command == "parse":
            return run_parse(args.files)
        if args.command in ("export", "import"):
            return run_notes_command(args)
        from expertreader.ui.app import run_gui

        return run_gui(screenshot=args.screenshot)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into something that stopped reading, e.g. `head`
        sys.stdout = None  # stops Python's flush at exit complaining
        return 1
    except Exception as error:  # last line of defence: a message, never a traceback
        where = write_crash_log(error)
        print(f"{APP_NAME} hit an unexpected problem: {error}. Details: {where}", file=sys.stderr)
        return 1


def run_parse(files: Sequence[str]) -> int:
    """``expertreader parse``: JSON on stdout, or ``FILE:LINE: message`` lines and exit 2."""
    import json

    from expertreader.content.parse import ContentError, parse_file

    articles = []
    problems = []
    for name in files:
        try:
            articles.append(parse_file(name).to_json())
        except ContentError as error:
            problems.append(str(error))
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 2
    text = json.dumps(articles, ensure_ascii=False, indent=2) + "\n"
    sys.stdout.buffer.write(text.encode("utf-8"))  # UTF-8 whatever the console's encoding
    sys.stdout.flush()
    return 0


def run_notes_command(args: argparse.Namespace) -> int:
    """``expertreader export`` and ``import``: messages on stderr, never a traceback."""
    from expertreader import instance_lock
    from expertreader.content.library import load_library
    from expertreader.export.annotations import ImportFileError
    from expertreader.export.service import export_notes, import_notes, open_store
    from expertreader.notes import backup
    from expertreader.notes.store import StoreError

    if args.command == "export" and paths.is_notes_file(Path(args.output)):
        print(
            f"{args.output}: that is where your notes are kept; choose another file.",
            file=sys.stderr,
        )
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
    try:
        store, recovery = open_store()
    except (StoreError, OSError) as error:
        reason = error.message if isinstance(error, StoreError) else error.strerror or str(error)
        print(f"{paths.notes_db()}: your notes cannot be opened: {reason}", file=sys.stderr)
        return 1
    if recovery:
        print(recovery, file=sys.stderr)
    try:
        backup.backup_if_due(store)  # people who only use the command line get backups too
    except StoreError as error:
        print(f"The daily backup could not be made: {error.message}", file=sys.stderr)
    library = load_library(paths.content_dir())
    for problem in library.problems:
        print(f"{problem} (article skipped)", file=sys.stderr)
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
