"""``expertreader sheet --list`` (JSON), ``sheet --output PATH [--id ID]``: appointment sheets."""

from __future__ import annotations

import argparse
import sys

HELP = "list appointment sheets, or write one as PDF, HTML or Markdown"


def configure(parser: argparse.ArgumentParser) -> None:
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--list", action="store_true", help="list the sheets as JSON")
    what.add_argument("--output", metavar="PATH", help="write a sheet (.pdf, .html or .md)")
    parser.add_argument("--id", metavar="ID", help="which sheet (default: the newest)")


def run(args: argparse.Namespace) -> int:
    print("expertreader sheet: not available yet", file=sys.stderr)
    return 2
