"""Every saved version of every note, so no edit (nor the editor's own undo) can lose words.

Each save records the note's new text. A save that only adds to the text saved moments before
(typing on) replaces that version, so history is not flooded with one version per pause; a save
that removes or changes anything becomes a version of its own. Every word ever saved can
therefore be brought back.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from expertreader import timestamps
from expertreader.notes.rows import text_value, time_value

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
        if recent and only_adds(last_text, text):
            conn.execute(
                "UPDATE note_versions SET text = ?, saved = ? WHERE id = ?", (text, stamp, last[0])
            )
            return
    conn.execute(
        "INSERT INTO note_versions (note_uid, text, saved) VALUES (?, ?, ?)",
        (note_uid, text, stamp),
    )


def only_adds(before: str, after: str) -> bool:
    """Whether ``after`` keeps every character of ``before``, in order (text was only added)."""
    remaining = iter(after)
    return all(char in remaining for char in before)


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
