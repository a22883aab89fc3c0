"""``expertreader search QUERY [--limit N]``: the best matches as JSON (DESIGN.md contract).

Prints ``{"query", "corrected", "results": [{"kind", "qa_id", "article", "question",
"snippet"}]}``, best first, exit 0 also when nothing matches. The person's notes are searched
too when there are any (the notes file is only read; none is created). Articles that could not
be read are named on stderr, as everywhere else.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from expertreader.search.notes import NotesFeed

HELP = "search the questions, answers and your notes; results as JSON"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query", metavar="QUERY")
    parser.add_argument(
        "--limit", type=_positive, default=20, metavar="N", help="at most N results (20)"
    )


def run(args: argparse.Namespace) -> int:
    import json

    from expertreader.commands.opening import open_articles
    from expertreader.commands.parse import write_utf8
    from expertreader.search.engine import SearchEngine

    library = open_articles()
    engine = SearchEngine(library, _notes())
    try:
        results = engine.search(args.query, limit=args.limit)
    finally:
        engine.close()
        library.close()
    document = {
        "query": results.query,
        "corrected": results.corrected,
        "results": [
            {
                "kind": hit.kind,
                "qa_id": hit.qa_id,
                "article": hit.article_title,
                "question": hit.question,
                "snippet": hit.snippet,
            }
            for hit in results.hits
        ],
    }
    write_utf8(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    return 0


def _notes() -> NotesFeed | None:
    """The person's notes for search, read once; None when there are none to read."""
    from expertreader import paths
    from expertreader.notes.errors import StoreError
    from expertreader.notes.store import NotesStore
    from expertreader.search.notes import NotesFeed

    if not paths.notes_db().is_file():
        return None
    try:
        store = NotesStore.open(paths.notes_db(), paths.backups_dir()).store
    except (StoreError, OSError) as error:
        reason = error.message if isinstance(error, StoreError) else error.strerror or str(error)
        print(f"{paths.notes_db()}: notes not searched: {reason}", file=sys.stderr)
        return None
    try:
        return NotesFeed.from_store(store)
    finally:
        store.close()


MOST_RESULTS = 1_000_000


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return min(value, MOST_RESULTS)  # a huge number means "all of them", not an SQLite overflow
