"""Command line: the window by default, plus headless sub-commands (see DESIGN.md contracts).

Each sub-command lives in ``commands/``; this module only knows their names and dispatches.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from expertreader import APP_NAME, __version__, paths, words
from expertreader.commands import add, check, notes, parse, search, sheet
from expertreader.crashlog import write_crash_log


@dataclass(frozen=True, slots=True)
class Command:
    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


COMMANDS = (
    Command("parse", parse.HELP, parse.configure, parse.run),
    Command("check", check.HELP, check.configure, check.run),
    Command("add", add.HELP, add.configure, add.run),
    Command("search", search.HELP, search.configure, search.run),
    Command("export", notes.EXPORT_HELP, notes.configure_export, notes.run_export),
    Command("import", notes.IMPORT_HELP, notes.configure_import, notes.run_import),
    Command("sheet", sheet.HELP, sheet.configure, sheet.run),
)


def folder_argument(text: str) -> str:
    """A folder given on the command line; an empty one is refused, not taken as "not given"
    (which would quietly use the real data folder)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty folder name; give a folder, or leave it out")
    return text


def build_parser() -> argparse.ArgumentParser:
    data_dir_help = f"keep all user data in DIR (also ${paths.DATA_DIR_ENV})"
    parser = argparse.ArgumentParser(
        prog="expertreader", description=f"{APP_NAME}: read expert Q&A articles offline."
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help=data_dir_help, type=folder_argument)
    parser.add_argument(
        "--screenshot", metavar="PATH", help="open the window, save a PNG of its first paint, exit"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        sub = commands.add_parser(command.name, help=command.help)
        command.configure(sub)
        # The global option after the sub-command too, without overriding an earlier one.
        sub.add_argument(
            "--data-dir",
            metavar="DIR",
            help=data_dir_help,
            type=folder_argument,
            default=argparse.SUPPRESS,
        )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.data_dir is not None:
        paths.set_data_dir(args.data_dir)
    words.use_system_language()  # exports and messages follow the system's language
    try:
        for command in COMMANDS:
            if args.command == command.name:
                return command.run(args)
        from expertreader.ui.startup import NoDisplayError, run_gui

        try:
            return run_gui(screenshot=args.screenshot)
        except NoDisplayError as error:
            print(error, file=sys.stderr)
            return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into something that stopped reading, e.g. `head`
        sys.stdout = None  # stops Python's flush at exit complaining
        return 1
    except Exception as error:  # last line of defence: a message, never a traceback
        where = write_crash_log(error)
        print(f"{APP_NAME} hit an unexpected problem: {error}. Details: {where}", file=sys.stderr)
        return 1
