"""Merging imported bookmarks and notes into the store: nothing of either side is ever lost.

Linear in the size of the import: what the store already holds is read once into dictionaries,
then every imported record is decided by lookups, in one transaction.

Rules. Same uid: the newer ``modified`` wins (a tie keeps ours), and a note stays on its answer.
A question already bookmarked adds nothing. An imported whole-answer note for an answer that
already has one under another uid is appended to ours unless ours already contains its text, so
neither is lost and importing twice changes nothing. A blank whole-answer note adds nothing and
never blanks ours. The same words on the same passage under another uid add nothing.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from expertreader import timestamps
from expertreader.notes import history, rows, schema
from expertreader.notes.ids import new_uid
from expertreader.notes.model import Bookmark, Note


@dataclass(frozen=True, slots=True)
class MergeReport:
    """What an import changed; ``backup`` holds the notes as they were just before it."""

    added: int
    updated: int
    unchanged: int
    backup: Path


@dataclass(slots=True)
class _Counts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0


class _Existing:
    """What the store holds, by the keys the rules look things up by."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        notes = rows.read_each(
            conn.execute(f"SELECT {rows.NOTE_SELECT} FROM notes"), None, rows.note_from_row
        )
        self.by_uid: dict[str, Note] = {note.uid: note for note in notes}
        self.answer_note: dict[str, Note] = {n.qa_id: n for n in notes if n.passage is None}
        self.passages = {_passage_key(n) for n in notes if n.passage is not None}
        self.bookmark_uids = {str(r[0]) for r in conn.execute("SELECT uid FROM bookmarks")}
        self.bookmarked = {str(r[0]) for r in conn.execute("SELECT qa_id FROM bookmarks")}


def merge_into(
    conn: sqlite3.Connection, bookmarks: Sequence[Bookmark], notes: Sequence[Note]
) -> _Counts:
    """Apply the rules above inside the caller's transaction; the counts of what happened."""
    existing = _Existing(conn)
    newest = newest_per_uid(notes)
    counts = _Counts(unchanged=len(notes) - len(newest))
    for bookmark in bookmarks:
        uid = bookmark.uid or new_uid()
        if uid in existing.bookmark_uids or bookmark.qa_id in existing.bookmarked:
            counts.unchanged += 1
            continue
        conn.execute(
            f"INSERT INTO bookmarks ({schema.BOOKMARK_SELECT}) VALUES (?, ?, ?, ?, ?)",
            rows.bookmark_values(bookmark, uid),
        )
        existing.bookmark_uids.add(uid)
        existing.bookmarked.add(bookmark.qa_id)
        counts.added += 1
    for note in newest:
        _merge_note(conn, existing, note, counts)
    return counts


def _merge_note(conn: sqlite3.Connection, existing: _Existing, note: Note, counts: _Counts) -> None:
    ours = existing.by_uid.get(note.uid) if note.uid else None
    if note.passage is None and not note.text.strip():
        counts.unchanged += 1
    elif ours is not None:
        if timestamps.to_text(note.modified) > timestamps.to_text(ours.modified):
            kept = same_place(note, ours)
            update(conn, kept)
            existing.by_uid[kept.uid] = kept
            counts.updated += 1
        else:
            counts.unchanged += 1
    elif note.passage is None and note.qa_id in existing.answer_note:
        target = existing.answer_note[note.qa_id]
        if absorb(conn, target, note):
            counts.updated += 1
        else:
            counts.unchanged += 1
    elif note.passage is not None and _passage_key(note) in existing.passages:
        counts.unchanged += 1
    else:
        added = dataclasses.replace(note, uid=note.uid or new_uid())
        insert(conn, added)
        existing.by_uid[added.uid] = added
        if added.passage is None:
            existing.answer_note[added.qa_id] = added
        else:
            existing.passages.add(_passage_key(added))
        counts.added += 1


def insert(conn: sqlite3.Connection, note: Note) -> None:
    """A new note row and its first version."""
    marks = ", ".join("?" * len(rows.NOTE_COLUMNS))
    conn.execute(
        f"INSERT INTO notes ({rows.NOTE_SELECT}) VALUES ({marks})",
        rows.note_values(note, note.uid),
    )
    history.record(conn, note.uid, note.text, note.modified)


def update(conn: sqlite3.Connection, note: Note) -> None:
    """Rewrite a note's row (same uid) and keep its new text as a version."""
    uid, *values = rows.note_values(note, note.uid)
    assignments = ", ".join(f"{column} = ?" for column in rows.NOTE_COLUMNS[1:])
    conn.execute(f"UPDATE notes SET {assignments} WHERE uid = ?", (*values, uid))
    history.record(conn, note.uid, note.text, note.modified)


def absorb(conn: sqlite3.Connection, ours: Note, incoming: Note) -> bool:
    """Append ``incoming``'s words to our note on the same answer; True if that changed it."""
    words = incoming.text.strip()
    if not words or words in ours.text:
        return False
    ours.text = f"{ours.text.rstrip()}\n\n{words}"
    incoming_modified = timestamps.as_utc(incoming.modified).replace(microsecond=0)
    ours.modified = max(timestamps.as_utc(ours.modified), incoming_modified, timestamps.utc_now())
    update(conn, ours)
    return True


def same_place(incoming: Note, existing: Note) -> Note:
    """``incoming``, kept on ``existing``'s answer and kind: a note never moves.

    The question and title it was written on, and the answer's wording then, are kept when
    ``incoming`` lacks them (other tools, and older exports, leave them out).
    """
    passage = existing.passage
    if existing.passage is not None and incoming.passage is not None:
        passage = incoming.passage
    return dataclasses.replace(
        incoming,
        qa_id=existing.qa_id,
        passage=passage,
        question=incoming.question or existing.question,
        article_title=incoming.article_title or existing.article_title,
        answer_text=existing.answer_text if incoming.answer_text is None else incoming.answer_text,
    )


def newest_per_uid(notes: Sequence[Note]) -> list[Note]:
    """One version per uid, the newest (a file may hold the same note twice); order kept."""
    chosen: dict[str, Note] = {}
    without_uid: list[Note] = []
    for note in notes:
        kept = chosen.get(note.uid)
        if not note.uid:
            without_uid.append(note)
        elif kept is None or timestamps.to_text(note.modified) >= timestamps.to_text(kept.modified):
            chosen[note.uid] = note
    return [*chosen.values(), *without_uid]


def _passage_key(note: Note) -> tuple[object, ...]:
    assert note.passage is not None
    passage = note.passage
    return (note.qa_id, note.text, passage.exact, passage.start, passage.end)
