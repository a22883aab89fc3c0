"""``expertreader add FILE...``: add articles (plain text or saved web pages) to the library."""

from __future__ import annotations

import argparse
import sys

HELP = "add articles (.txt, or saved .html pages) to your library"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE")


def run(args: argparse.Namespace) -> int:
    print("expertreader add: not available yet", file=sys.stderr)
    return 2
