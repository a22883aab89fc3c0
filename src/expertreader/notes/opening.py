"""Opening the person's notes, the same way for the window and the command line."""

from __future__ import annotations

from expertreader import atomic, paths
from expertreader.notes.store import NotesStore


def open_store() -> tuple[NotesStore, str | None]:
    """The notes store, repaired if it was damaged (with a message for the person then).

    Temporary files a killed backup, repair or export left in the data and backups folders are
    removed first (``atomic.remove_leftovers``: never one still being written). Raises
    ``StoreError`` when the notes cannot be opened at all.
    """
    folder = paths.ensure_data_dir()
    for place in (folder, paths.backups_dir()):
        atomic.remove_leftovers(place)
    opened = NotesStore.open(paths.notes_db(), paths.backups_dir())
    return opened.store, opened.recovery.message if opened.recovery else None
