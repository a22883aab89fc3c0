"""``expertreader parse FILE...``: articles as JSON, or ``FILE:LINE: message`` and exit 2."""

from __future__ import annotations

import argparse
import sys

HELP = "print articles as JSON"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE")


def run(args: argparse.Namespace) -> int:
    import json

    from expertreader.content.parse import ContentError, parse_file

    articles = []
    problems = []
    for name in args.files:
        try:
            articles.append(parse_file(name).to_json())
        except ContentError as error:
            problems.append(str(error))
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 2
    write_utf8(json.dumps(articles, ensure_ascii=False, indent=2) + "\n")
    return 0


def write_utf8(text: str) -> None:
    """Standard output as UTF-8 bytes, whatever the console's encoding."""
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.flush()
