"""Command line: the window by default, plus headless sub-commands (see DESIGN.md contracts)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # notes, settings, logs and exports are private health information
    args = build_parser().parse_args(argv)
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    try:
        if args.command == "parse":
            return run_parse(args.files)
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
    from expertreader.core.parse import ContentError, parse_file

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
    json.dump(articles, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0
