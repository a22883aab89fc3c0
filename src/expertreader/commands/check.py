"""``expertreader check FILE...``: one ``FILE:LINE: error|warning: message`` line per finding.

Exit 0 when clean, 1 with warnings only, 2 with errors: the checks the program applies on load
(the same parser, so a file that checks clean loads with nothing to report). Findings go to
standard output, one per line, in file order; a one-line count goes to standard error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HELP = "check article files; exit 0 clean, 1 warnings, 2 errors"

CLEAN, WARNINGS, ERRORS = 0, 1, 2


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE")


def run(args: argparse.Namespace) -> int:
    from expertreader.commands.parse import write_utf8

    findings, errors, warnings = check_files(args.files)
    if findings:
        write_utf8("".join(f"{finding}\n" for finding in findings))
    files = len(args.files)
    print(
        f"{files} file{'s' * (files != 1)} checked: "
        f"{_count(errors, 'error')}, {_count(warnings, 'warning')}",
        file=sys.stderr,
    )
    if errors:
        return ERRORS
    return WARNINGS if warnings else CLEAN


def check_files(names: list[str]) -> tuple[list[str], int, int]:
    """Every finding as ``FILE:LINE: error|warning: message``, and how many of each kind."""
    from expertreader.content.parse import ARTICLE_SUFFIXES, ContentError, parse_file

    findings: list[str] = []
    errors = warnings = 0
    first_file: dict[str, str] = {}  # article id -> the file that had it first
    for name in names:
        try:
            article = parse_file(name)
        except ContentError as error:
            findings.append(f"{error.path}:{error.line}: error: {error.message}")
            errors += 1
            continue
        found: list[tuple[int, str]] = [(w.line, w.message) for w in article.warnings]
        if Path(name).suffix.lower() not in ARTICLE_SUFFIXES:
            kinds = ", ".join(ARTICLE_SUFFIXES)
            found.insert(0, (1, f"is not read as an article: the program reads {kinds} files"))
        if article.id in first_file:
            found.insert(0, (1, f"has the same title as {first_file[article.id]}: one is loaded"))
        else:
            first_file[article.id] = name
        findings += [f"{name}:{line}: warning: {message}" for line, message in found]
        warnings += len(found)
    return findings, errors, warnings


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' * (number != 1)}"
