"""``expertreader check FILE...``: one ``FILE:LINE: error|warning: message`` line per finding.

Exit 0 when clean, 1 with warnings only, 2 with errors: the checks the program applies on load.
"""

from __future__ import annotations

import argparse
import sys

HELP = "check article files; exit 0 clean, 1 warnings, 2 errors"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE")


def run(args: argparse.Namespace) -> int:
    print("expertreader check: not available yet", file=sys.stderr)
    return 2
