"""Every saved version of every note, so no edit (nor the editor's own undo) can lose words.

Each save records the note's new text. A save that only types on at the end of the text saved
moments before replaces that version, so history is not flooded with one version per pause; a
save that removes, changes or inserts anything becomes a version of its own ("5 mg" that became
"50 mg" stays in history). Every text ever saved is therefore a version, or the start of one.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from expertreader import timestamps
from expertreader.notes.rows import storable, text_value, time_value

COALESCE_WITHIN = dt.timedelta(minutes=10)


@dataclass(frozen=True, slots=True)
class NoteVersion:
    """One saved text of a note, newest first in lists."""

    id: int
    note_uid: str
    text: str
    saved: dt.datetime


def record(conn: sqlite3.Connection, note_uid: str, text: str, saved: dt.datetime) -> None:
    """Keep ``text`` as the note's newest version (inside the caller's transaction)."""
    note_uid, text = storable(note_uid), storable(text)
    last = conn.execute(
        "SELECT id, text, saved FROM note_versions WHERE note_uid = ? ORDER BY id DESC LIMIT 1",
        (note_uid,),
    ).fetchone()
    stamp = timestamps.to_text(saved)
    if last is not None:
        last_text = last[1] if isinstance(last[1], str) else ""
        if last_text == text:
            return
        recent = saved - time_value(last[2]) < COALESCE_WITHIN
        if recent and types_on(last_text, text):
            conn.execute(
                "UPDATE note_versions SET text = ?, saved = ? WHERE id = ?", (text, stamp, last[0])
            )
            return
    conn.execute(
        "INSERT INTO note_versions (note_uid, text, saved) VALUES (?, ?, ?)",
        (note_uid, text, stamp),
    )


def types_on(before: str, after: str) -> bool:
    """Whether ``after`` is ``before`` with more typed at its end (nothing else changed)."""
    return after.startswith(before)


def versions(conn: sqlite3.Connection, note_uid: str) -> list[NoteVersion]:
    """The note's saved versions, newest first; unreadable ones are left out."""
    found = []
    for row in conn.execute(
        "SELECT id, note_uid, text, saved FROM note_versions WHERE note_uid = ? ORDER BY id DESC",
        (note_uid,),
    ):
        try:
            found.append(NoteVersion(int(row[0]), note_uid, text_value(row[2]), time_value(row[3])))
        except ValueError:
            continue
    return found
