"""The person's bookmarks and notes: durable the moment a call returns, with history and a bin.

Every write is its own committed transaction (``database.NotesDatabase``), so there is no
"save". Every saved text of a note is kept (``history``); whatever is deleted goes to the bin
for at least 30 days (``bin``). Errors reach callers as ``StoreError`` (a fault of the world,
with a message for the person) or ``StoreBugError`` (a bug). A value that cannot be read leaves
out its row only, never the rest: ``unreadable`` names what was left out by the last read.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from expertreader import timestamps
from expertreader.notes import bin, history, merge, rows, schema
from expertreader.notes.database import NotesDatabase
from expertreader.notes.errors import StoreError
from expertreader.notes.ids import new_uid
from expertreader.notes.model import Bookmark, Note, Passage
from expertreader.notes.repair import RecoveryReport

__all__ = ["NotesStore", "OpenResult", "StoreError"]

T = TypeVar("T")
_NOTES = f"SELECT {rows.NOTE_SELECT} FROM notes"
_BOOKMARKS = f"SELECT {schema.BOOKMARK_SELECT} FROM bookmarks"


@dataclass(frozen=True, slots=True)
class OpenResult:
    store: NotesStore
    recovery: RecoveryReport | None


class NotesStore:
    """Bookmarks and notes keyed by stable QA ids. Make one with ``NotesStore.open``."""

    def __init__(self, database: NotesDatabase) -> None:
        self.database = database
        self.unreadable: list[str] = []
        """Rows the last read left out: a value in them cannot be read (by uid)."""
        self.mended: list[str] = []
        """Rows the last read showed with a time that could not be read (by uid)."""

    @classmethod
    def open(cls, path: Path, backups_dir: Path | None = None) -> OpenResult:
        """Open (or create) the notes file, repairing and migrating it first if needed.

        ``backups_dir`` defaults to ``backups`` next to the file, which is ``paths.backups_dir()``
        for ``paths.notes_db()``. A file that cannot be written opens read-only (``read_only``).
        """
        path = Path(path).absolute()
        backups = Path(backups_dir).absolute() if backups_dir else path.parent / "backups"
        database, recovery = NotesDatabase.open(path, backups)
        store = cls(database)
        if not database.read_only:
            try:
                with database.transaction() as conn:
                    bin.purge(conn, timestamps.utc_now())
            except StoreError:
                pass  # the disk refused: the state says so; the bin is emptied another day
        return OpenResult(store, recovery)

    @property
    def path(self) -> Path:
        return self.database.path

    @property
    def backups_dir(self) -> Path:
        return self.database.backups_dir

    @property
    def read_only(self) -> bool:
        """True while changes cannot be saved; the notes can still be read and exported."""
        return self.database.read_only

    @property
    def read_only_reason(self) -> str | None:
        """Why changes cannot be saved and what the person can do, for showing as it is."""
        return self.database.reason if self.database.read_only else None

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> NotesStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def schema_version(self) -> int:
        return int(self.database.query("PRAGMA user_version")[0][0])

    def integrity_check(self) -> str:
        """SQLite's verdict on the whole file: 'ok' or the first problems it found."""
        return "; ".join(str(row[0]) for row in self.database.query("PRAGMA integrity_check"))

    def backup(self, reason: str) -> Path:
        """A verified copy of the notes as they are now, in the backups folder."""
        return self.database.backup(reason)

    # --- meta

    def get_meta(self, key: str) -> str | None:
        found = self.database.query("SELECT value FROM meta WHERE key = ?", (key,))
        return str(found[0][0]) if found else None

    def set_meta(self, key: str, value: str) -> None:
        with self.database.transaction() as conn:
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # --- bookmarks

    def bookmarks(self) -> list[Bookmark]:
        """All bookmarks, oldest first."""
        return self._read(f"{_BOOKMARKS} ORDER BY created, rowid", (), rows.bookmark_from_row)

    def is_bookmarked(self, qa_id: str) -> bool:
        return bool(self.database.query("SELECT 1 FROM bookmarks WHERE qa_id = ?", (qa_id,)))

    def bookmarked_ids(self) -> set[str]:
        return {str(row[0]) for row in self.database.query("SELECT qa_id FROM bookmarks")}

    def add_bookmark(self, qa_id: str, question: str = "", article_title: str = "") -> Bookmark:
        """Bookmark a question; bookmarking it again returns the existing bookmark."""
        with self.database.transaction() as conn:
            fresh = Bookmark(qa_id, timestamps.utc_now(), new_uid(), question, article_title)
            _insert_bookmark(conn, fresh)
            row = conn.execute(f"{_BOOKMARKS} WHERE qa_id = ?", (qa_id,)).fetchone()
        return rows.bookmark_from_row(row)

    def remove_bookmark(self, qa_id: str) -> Bookmark | None:
        """Remove it (into the bin) and hand it back, so the caller can offer undo."""
        with self.database.transaction() as conn:
            row = conn.execute(f"{_BOOKMARKS} WHERE qa_id = ?", (qa_id,)).fetchone()
            if row is None:
                return None
            removed = rows.bookmark_from_row(row)
            bin.put(conn, removed, timestamps.utc_now())
            conn.execute("DELETE FROM bookmarks WHERE qa_id = ?", (qa_id,))
        return removed

    def restore_bookmark(self, bookmark: Bookmark) -> None:
        """Undo a removal: same uid and creation time. A question bookmarked since keeps that."""
        with self.database.transaction() as conn:
            _insert_bookmark(conn, bookmark)
            bin.discard_restored(conn, "bookmark", bookmark.uid)

    # --- notes

    def notes(self) -> list[Note]:
        """Every note, oldest first (rows that cannot be read are named in ``unreadable``)."""
        return self._read(f"{_NOTES} ORDER BY created, rowid", (), rows.note_from_row)

    def noted_ids(self) -> set[str]:
        return {str(row[0]) for row in self.database.query("SELECT DISTINCT qa_id FROM notes")}

    def note(self, uid: str) -> Note | None:
        found = self._read(f"{_NOTES} WHERE uid = ?", (uid,), rows.note_from_row)
        return found[0] if found else None

    def answer_note(self, qa_id: str) -> Note | None:
        """The note on the whole answer (passage None), if any."""
        sql = f"{_NOTES} WHERE qa_id = ? AND passage_exact IS NULL"
        found = self._read(sql, (qa_id,), rows.note_from_row)
        return found[0] if found else None

    def passage_notes(self, qa_id: str) -> list[Note]:
        """Notes on highlighted passages of this answer, in reading order."""
        sql = (
            f"{_NOTES} WHERE qa_id = ? AND passage_exact IS NOT NULL"
            " ORDER BY passage_start, created, rowid"
        )
        return self._read(sql, (qa_id,), rows.note_from_row)

    def save_answer_note(
        self,
        qa_id: str,
        text: str,
        question: str = "",
        article_title: str = "",
        answer_text: str | None = None,
    ) -> Note | None:
        """Create or update the answer's note; blank text deletes it (into the bin).

        ``answer_text``: the answer as the person sees it now, kept with the note (None keeps
        what the note had: a question the articles no longer have).
        """
        with self.database.transaction() as conn:
            existing = _answer_note_in(conn, qa_id)
            now = timestamps.utc_now()
            if not text.strip():
                if existing:
                    _delete(conn, existing, now)
                return None
            if existing is None:
                note = Note(
                    qa_id, text, now, now, new_uid(), None, question, article_title, answer_text
                )
                merge.insert(conn, note)
                return note
            if existing.text == text:
                return existing
            existing.text = text
            existing.modified = max(now, existing.modified)
            existing.question = question or existing.question
            existing.article_title = article_title or existing.article_title
            if answer_text is not None:
                existing.answer_text = answer_text
            merge.update(conn, existing)
            return existing

    def add_passage_note(
        self,
        qa_id: str,
        passage: Passage,
        text: str,
        question: str = "",
        article_title: str = "",
        answer_text: str | None = None,
    ) -> Note:
        """A note on a passage of ``answer_text`` (the answer now, which its positions count in;
        kept as it is when the note's text is edited later)."""
        now = timestamps.utc_now()
        note = Note(qa_id, text, now, now, new_uid(), passage, question, article_title, answer_text)
        with self.database.transaction() as conn:
            merge.insert(conn, note)
        return note

    def update_note(self, uid: str, text: str) -> Note:
        """Change a note's text; ``KeyError`` if there is no such note (it was deleted)."""
        with self.database.transaction() as conn:
            note = _note_in(conn, uid)
            if note is None:
                raise KeyError(uid)
            if note.text != text:
                note.text = text
                note.modified = max(timestamps.utc_now(), note.modified)
                merge.update(conn, note)
        return note

    def delete_note(self, uid: str) -> Note | None:
        """Delete it (into the bin) and hand it back, so the caller can offer undo."""
        with self.database.transaction() as conn:
            note = _note_in(conn, uid)
            if note is not None:
                _delete(conn, note, timestamps.utc_now())
        return note

    def restore_note(self, note: Note) -> None:
        """Undo a delete or an edit: the note comes back as given, with its uid.

        If the answer got a new whole-answer note meanwhile, the restored text is added to it
        rather than lost.
        """
        with self.database.transaction() as conn:
            _restore(conn, note)

    # --- history and the bin

    def versions(self, uid: str) -> list[history.NoteVersion]:
        """Every saved text of a note (also of a deleted one), newest first."""
        return history.versions(self.database.connection(), uid)

    def bin_items(self) -> list[bin.BinItem]:
        """What was deleted in the last ``bin.KEEP_DAYS`` days or more, newest first."""
        return bin.items(self.database.connection())

    def restore_from_bin(self, item_id: int) -> Note | Bookmark | None:
        """Put a deleted note or bookmark back where it was; None if it is no longer there."""
        with self.database.transaction() as conn:
            item = bin.take(conn, item_id)
            if item is None:
                return None
            if isinstance(item.record, Note):
                _restore(conn, item.record)
            else:
                _insert_bookmark(conn, item.record)
        return item.record

    # --- import

    def merge(self, bookmarks: Sequence[Bookmark], notes: Sequence[Note]) -> merge.MergeReport:
        """Merge imported records after a verified backup, in one transaction (see merge.py)."""
        if self.read_only:  # say so before making a backup for nothing
            raise StoreError(self.read_only_reason or "", self.path)
        made = self.backup("import")
        with self.database.transaction() as conn:
            counts = merge.merge_into(conn, bookmarks, notes)
        return merge.MergeReport(counts.added, counts.updated, counts.unchanged, made)

    # ---

    def _read(self, sql: str, params: Sequence[object], convert: rows.Converter[T]) -> list[T]:
        report = rows.ReadReport()
        found: list[T] = rows.read_each(self.database.query(sql, params), report, convert)
        self.unreadable, self.mended = report.skipped, report.mended
        return found


def _note_in(conn: sqlite3.Connection, uid: str) -> Note | None:
    row = conn.execute(f"{_NOTES} WHERE uid = ?", (uid,)).fetchone()
    return rows.note_from_row(row) if row else None


def _answer_note_in(conn: sqlite3.Connection, qa_id: str) -> Note | None:
    row = conn.execute(f"{_NOTES} WHERE qa_id = ? AND passage_exact IS NULL", (qa_id,)).fetchone()
    return rows.note_from_row(row) if row else None


def _delete(conn: sqlite3.Connection, note: Note, now: dt.datetime) -> None:
    """Into the bin, then out of the notes; its history stays, keyed by its uid."""
    bin.put(conn, note, now)
    conn.execute("DELETE FROM notes WHERE uid = ?", (note.uid,))


def _restore(conn: sqlite3.Connection, note: Note) -> None:
    existing = _note_in(conn, note.uid)
    if existing is not None:
        merge.update(conn, merge.same_place(note, existing))
    elif note.passage is None and (ours := _answer_note_in(conn, note.qa_id)) is not None:
        merge.absorb(conn, ours, note)
    else:
        merge.insert(conn, note)
    bin.discard_restored(conn, "note", note.uid)


def _insert_bookmark(conn: sqlite3.Connection, bookmark: Bookmark) -> bool:
    """Insert unless its uid or its question is already there; True if it was added."""
    cursor = conn.execute(
        f"INSERT OR IGNORE INTO bookmarks ({schema.BOOKMARK_SELECT}) VALUES (?, ?, ?, ?, ?)",
        rows.bookmark_values(bookmark, bookmark.uid or new_uid()),
    )
    return cursor.rowcount == 1
