"""What the commands that read the notes share: opening them, and the articles, with messages."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from expertreader import paths

if TYPE_CHECKING:
    from expertreader.content.library import Library
    from expertreader.notes.store import NotesStore


def refuses_notes_file(output: Path) -> bool:
    """Say so and refuse when ``output`` would overwrite the notes themselves."""
    if not paths.is_notes_file(output):
        return False
    print(f"{output}: that is where your notes are kept; choose another file.", file=sys.stderr)
    return True


def open_notes() -> NotesStore | None:
    """The notes (repaired if need be, the repair said on stderr), or None after saying why not."""
    from expertreader.notes.errors import StoreError
    from expertreader.notes.opening import open_store

    try:
        store, recovery = open_store()
    except (StoreError, OSError) as error:
        reason = error.message if isinstance(error, StoreError) else error.strerror or str(error)
        print(f"{paths.notes_db()}: your notes cannot be opened: {reason}", file=sys.stderr)
        return None
    if recovery:
        print(recovery, file=sys.stderr)
    return store


def open_articles() -> Library:
    """The bundled and added articles; each one that cannot be read is named on stderr."""
    from expertreader.content.library import load_library

    library = load_library(paths.content_dir())
    for problem in library.problems:
        print(f"{problem} (article skipped)", file=sys.stderr)
    return library
