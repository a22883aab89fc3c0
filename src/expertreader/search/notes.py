"""The person's notes as search sees them: rows from a provider, indexed only when they change.

Search never opens the notes file itself. Whoever owns the notes store publishes the notes to
a ``NotesFeed`` (the window does so on its own thread after each change; the command line once),
and each search thread indexes the latest rows in memory when the feed's generation moves on.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from expertreader.content.index_rows import TOKENIZER
from expertreader.search import snippets

if TYPE_CHECKING:
    from expertreader.notes.model import Note
    from expertreader.notes.store import NotesStore


@dataclass(frozen=True, slots=True)
class NoteRow:
    """One note's words and what it is about."""

    uid: str
    qa_id: str
    text: str
    question: str = ""
    """As saved with the note: shown when the content no longer has the question."""
    article_title: str = ""


class NotesProvider(Protocol):
    """Where search gets notes: ``generation()`` is cheap and changes whenever the rows do."""

    def generation(self) -> int: ...

    def rows(self) -> Sequence[NoteRow]: ...


class NotesFeed:
    """Notes published for search; safe to publish from one thread and read from others."""

    def __init__(self, rows: Iterable[NoteRow] = ()) -> None:
        self._lock = threading.Lock()
        self._snapshot: tuple[int, tuple[NoteRow, ...]] = (0, tuple(rows))

    @classmethod
    def from_store(cls, store: NotesStore) -> NotesFeed:
        return cls(note_rows(store.notes()))

    def publish(self, rows: Iterable[NoteRow]) -> None:
        """Replace the notes search sees (call after every change to the notes)."""
        fresh = tuple(rows)
        with self._lock:
            self._snapshot = (self._snapshot[0] + 1, fresh)

    def generation(self) -> int:
        return self._snapshot[0]

    def rows(self) -> Sequence[NoteRow]:
        return self._snapshot[1]


def note_rows(notes: Iterable[Note]) -> list[NoteRow]:
    """Notes from the store as rows (passage notes too: their words are the person's)."""
    return [
        NoteRow(note.uid, note.qa_id, note.text, note.question, note.article_title)
        for note in notes
        if note.text.strip()
    ]


@dataclass(frozen=True, slots=True)
class NoteMatch:
    row: NoteRow
    spans: tuple[snippets.Span, ...]


class NotesIndex:
    """One thread's in-memory full-text index of the notes (same tokenizer as the content)."""

    def __init__(self) -> None:
        self._conn = sqlite3.connect(":memory:", check_same_thread=False)
        self._conn.execute(f"CREATE VIRTUAL TABLE notes USING fts5(text, tokenize='{TOKENIZER}')")
        self._rows: Sequence[NoteRow] = ()
        self._generation: int | None = None

    @property
    def connection(self) -> sqlite3.Connection:
        return self._conn

    def refresh(self, provider: NotesProvider) -> None:
        """Index the provider's rows again if they changed since the last search."""
        generation = provider.generation()
        if generation == self._generation:
            return
        rows = provider.rows()
        with self._conn:
            self._conn.execute("DELETE FROM notes")
            self._conn.executemany(
                "INSERT INTO notes (rowid, text) VALUES (?, ?)",
                ((number, row.text) for number, row in enumerate(rows)),
            )
        self._rows, self._generation = rows, generation

    def count(self, expression: str, cap: int) -> int:
        row = self._conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM notes WHERE notes MATCH ? LIMIT ?)",
            (expression, cap),
        ).fetchone()
        return int(row[0])

    def search(self, expression: str, limit: int) -> list[NoteMatch]:
        """The best matching notes with the spans of their matched words."""
        rows = self._conn.execute(
            "SELECT rowid, highlight(notes, 0, ?, ?) FROM notes WHERE notes MATCH ?"
            " ORDER BY rank LIMIT ?",
            (snippets.START, snippets.END, expression, limit),
        ).fetchall()
        found = []
        for rowid, marked in rows:
            row = self._rows[int(rowid)]
            found.append(NoteMatch(row, tuple(snippets.unmark(marked, row.text))))
        return found

    def close(self) -> None:
        self._conn.close()
