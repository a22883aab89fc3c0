"""Opening the person's notes, the same way for the window and the command line."""

from __future__ import annotations

from expertreader import paths
from expertreader.notes.store import NotesStore


def open_store() -> tuple[NotesStore, str | None]:
    """The notes store, repaired if it was damaged (with a message for the person then).

    Raises ``StoreError`` when the notes cannot be opened at all.
    """
    paths.ensure_data_dir()
    opened = NotesStore.open(paths.notes_db(), paths.backups_dir())
    return opened.store, opened.recovery.message if opened.recovery else None
