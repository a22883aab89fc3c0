"""``expertreader add FILE...``: add articles (plain text or saved web pages) to the library.

Every file is checked first (the parser ``check`` uses); if any cannot be added, each gets one
``FILE:LINE: message`` line on standard error, the exit code is 2 and nothing is added. Else
each is copied into the data folder and indexed, and one line per file says what happened:
added, updated (an article with the same title was added before: its copy is replaced, and
its bookmarks and notes stay with it) or unchanged (the very same file again). Warnings
(``FILE:LINE: warning: message``) go to standard error; the article is added all the same.
Exit 0.

``--list`` prints the added articles (id, questions, title), one a line. ``--remove TITLE``
removes an added article, named by its title, its id or its file; its bookmarks and notes stay
in the notes file and come back if it is added again. Articles that come with the program
cannot be removed (exit 2).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from expertreader.content.adding import Candidate
    from expertreader.content.library import Library

HELP = "add articles (.txt, or saved .html pages) to your library; --list, --remove"

ADDED, FAULT, BAD = 0, 1, 2


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="*", metavar="FILE", help="article files to add")
    parser.add_argument(
        "--list", action="store_true", help="list the articles you added, then exit"
    )
    parser.add_argument(
        "--remove",
        nargs="+",
        metavar="TITLE",
        help="remove added articles, named by title, id or file (notes are kept)",
    )


def run(args: argparse.Namespace) -> int:
    from expertreader import paths
    from expertreader.content.library import Library

    modes = sum((bool(args.files), bool(args.list), bool(args.remove)))
    if modes != 1:
        print("expertreader add: give FILE..., or --list, or --remove TITLE...", file=sys.stderr)
        return BAD
    library = Library.open(paths.content_dir(), added_dir=paths.added_articles_dir())
    try:
        if args.list:
            return _list(library)
        if args.remove:
            return _remove(library, args.remove)
        return _add(library, args.files)
    finally:
        library.close()


def _add(library: Library, names: list[str]) -> int:
    from expertreader import paths
    from expertreader.content.adding import (
        AddKind,
        install,
        kind_of,
        parsed_articles,
        read_candidate,
    )
    from expertreader.content.errors import ContentError

    problems: list[str] = []
    chosen: list[tuple[Candidate, AddKind]] = []
    first_file: dict[str, Path] = {}
    for name in names:
        try:
            candidate = read_candidate(name)
            kind = kind_of(candidate, library)
            earlier = first_file.setdefault(candidate.article.id, candidate.path)
            if earlier == candidate.path and any(c.path == earlier for c, _kind in chosen):
                continue  # the same file named twice: added once
            if earlier != candidate.path:
                raise ContentError(name, 1, f"has the same title as {earlier}: add one of them")
        except ContentError as error:
            problems.append(str(error))
            continue
        chosen.append((candidate, kind))
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print("Nothing was added.", file=sys.stderr)
        return BAD
    changed = [candidate for candidate, kind in chosen if kind is not AddKind.UNCHANGED]
    try:
        paths.ensure_data_dir()
        install(changed, library)
    except OSError as error:
        reason = error.strerror or str(error)
        print(
            f"{paths.added_articles_dir()}: the articles cannot be copied there ({reason})",
            file=sys.stderr,
        )
        return FAULT
    library.take_over(library.reopened(parsed=parsed_articles(changed)))
    lines = []
    for candidate, kind in chosen:
        article = candidate.article
        if library.article_info(article.id) is None:  # the same parser: it cannot happen
            print(f"{candidate.path}:1: was copied but could not be read back", file=sys.stderr)
            return FAULT
        count = len(article.qas)
        summary = f"“{article.title}” from {candidate.path}: {count} question{'s' * (count != 1)}"
        lines.append(
            {
                AddKind.NEW: f"Added {summary}.",
                AddKind.UPDATE: f"Updated {summary} (it was in your library; notes on it stay).",
                AddKind.UNCHANGED: f"Already in your library, unchanged: {summary}.",
            }[kind]
        )
        for warning in article.warnings:
            print(f"{candidate.path}:{warning.line}: warning: {warning.message}", file=sys.stderr)
    _print("".join(f"{line}\n" for line in lines))
    return ADDED


def _list(library: Library) -> int:
    rows = [
        f"{info.id}\t{info.question_count}\t{info.title}\n" for info in library.added_articles()
    ]
    _print("".join(rows))
    return ADDED


def _remove(library: Library, wanted: list[str]) -> int:
    from expertreader.content.adding import find_added, find_bundled

    chosen: list[tuple[str, Path]] = []  # how to name it, and its copy in the added folder
    problems = []
    for name in wanted:
        info = find_added(library, name)
        copy = library.added_file(info.id) if info is not None else _added_copy(library, name)
        if info is None and copy is not None:  # named by its file: the article in it, if any
            info = next((i for i in library.added_articles() if i.source == copy.name), None)
        if copy is not None:
            chosen.append((f"“{info.title}”" if info is not None else copy.name, copy))
        elif (bundled := find_bundled(library, name)) is not None:
            problems.append(
                f"{name}: “{bundled.title}” comes with ExpertReader: it cannot be removed"
            )
        else:
            problems.append(f"{name}: none of the articles you added has this title, id or file")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print("Nothing was removed.", file=sys.stderr)
        return BAD
    try:
        for _name, copy in chosen:
            copy.unlink(missing_ok=True)
    except OSError as error:
        print(f"{copy}: cannot be removed ({error.strerror or error})", file=sys.stderr)
        return FAULT
    library.take_over(library.reopened())
    _print(
        "".join(f"Removed {name}. Your bookmarks and notes on it are kept.\n" for name, _ in chosen)
    )
    return ADDED


def _added_copy(library: Library, name: str) -> Path | None:
    """``name`` when it is a file in the added folder (also one that could not be read)."""
    folder = library.added_dir
    try:
        target = Path(name).resolve()
        inside = folder is not None and target.parent == folder.resolve()
    except OSError:
        return None
    return target if inside and target.is_file() else None


def _print(text: str) -> None:
    from expertreader.commands.parse import write_utf8

    write_utf8(text)
