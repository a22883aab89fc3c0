"""``expertreader search QUERY [--limit N]``: the best matches as JSON (DESIGN.md contract)."""

from __future__ import annotations

import argparse
import sys

HELP = "search the questions, answers and your notes; results as JSON"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query", metavar="QUERY")
    parser.add_argument("--limit", type=int, default=20, metavar="N")


def run(args: argparse.Namespace) -> int:
    print("expertreader search: not available yet", file=sys.stderr)
    return 2
