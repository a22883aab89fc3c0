"""The notes file's tables, version by version (``PRAGMA user_version``), and how to tell them.

Each step takes the schema from version N (its index) to N + 1. A step that has shipped is never
edited: people's files were made by it. Add a new step instead, and a fixture database for the
previous version in tests/fixtures/.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence


def _create_v1(conn: sqlite3.Connection) -> None:
    """v1: bookmarks, and at most one note per answer."""
    conn.execute(
        "CREATE TABLE bookmarks ("
        " uid TEXT PRIMARY KEY NOT NULL,"
        " qa_id TEXT NOT NULL UNIQUE,"
        " created TEXT NOT NULL,"
        " question TEXT NOT NULL DEFAULT '',"
        " article_title TEXT NOT NULL DEFAULT '')"
    )
    conn.execute(
        "CREATE TABLE notes ("
        " uid TEXT PRIMARY KEY NOT NULL,"
        " qa_id TEXT NOT NULL,"
        " text TEXT NOT NULL,"
        " created TEXT NOT NULL,"
        " modified TEXT NOT NULL,"
        " question TEXT NOT NULL DEFAULT '',"
        " article_title TEXT NOT NULL DEFAULT '')"
    )
    conn.execute("CREATE UNIQUE INDEX notes_answer_note ON notes(qa_id)")


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    """v2: notes on highlighted passages (any number per answer) and a key/value meta table."""
    for column in (
        "passage_exact TEXT",
        "passage_prefix TEXT",
        "passage_suffix TEXT",
        "passage_start INTEGER",
        "passage_end INTEGER",
    ):
        conn.execute(f"ALTER TABLE notes ADD COLUMN {column}")
    conn.execute("DROP INDEX notes_answer_note")
    conn.execute(
        "CREATE UNIQUE INDEX notes_one_answer_note ON notes(qa_id) WHERE passage_exact IS NULL"
    )
    conn.execute("CREATE INDEX notes_by_qa ON notes(qa_id)")
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)")


def _v2_to_v3(conn: sqlite3.Connection) -> None:
    """v3: every saved version of every note, and a bin for deleted notes and bookmarks.

    History starts with each note's current text, so it is complete from the first moment.
    """
    conn.execute(
        "CREATE TABLE note_versions ("
        " id INTEGER PRIMARY KEY,"
        " note_uid TEXT NOT NULL,"
        " text TEXT NOT NULL,"
        " saved TEXT NOT NULL)"
    )
    conn.execute("CREATE INDEX note_versions_by_note ON note_versions(note_uid, id)")
    conn.execute(
        "INSERT INTO note_versions (note_uid, text, saved)"
        " SELECT uid, text, modified FROM notes ORDER BY rowid"
    )
    conn.execute(
        "CREATE TABLE bin ("
        " id INTEGER PRIMARY KEY,"
        " kind TEXT NOT NULL,"
        " uid TEXT NOT NULL,"
        " qa_id TEXT NOT NULL,"
        " record TEXT NOT NULL,"
        " deleted TEXT NOT NULL)"
    )
    conn.execute("CREATE INDEX bin_by_deleted ON bin(deleted)")


def _v3_to_v4(conn: sqlite3.Connection) -> None:
    """v4: the answer a note was written against, and appointment sheets.

    ``notes.answer_text`` is the answer's text when the note was last saved (NULL for notes
    saved before v4), so a content update that changes the answer can say so and show the
    earlier wording. A sheet is an appointment (when, with whom, who comes along) with questions
    in order; each question may come from the library (``qa_id``) or be the person's own, may
    include a short quote of the expert's answer and the person's note, and gets what the
    doctor said after the visit.
    """
    conn.execute("ALTER TABLE notes ADD COLUMN answer_text TEXT")
    conn.execute(
        "CREATE TABLE sheets ("
        " uid TEXT PRIMARY KEY NOT NULL,"
        " title TEXT NOT NULL DEFAULT '',"
        " appointment TEXT NOT NULL DEFAULT '',"
        " with_whom TEXT NOT NULL DEFAULT '',"
        " coming_along TEXT NOT NULL DEFAULT '',"
        " created TEXT NOT NULL,"
        " modified TEXT NOT NULL)"
    )
    conn.execute(
        "CREATE TABLE sheet_items ("
        " uid TEXT PRIMARY KEY NOT NULL,"
        " sheet_uid TEXT NOT NULL,"
        " position INTEGER NOT NULL,"
        " qa_id TEXT NOT NULL DEFAULT '',"
        " question TEXT NOT NULL,"
        " include_quote INTEGER NOT NULL DEFAULT 0,"
        " quote TEXT NOT NULL DEFAULT '',"
        " include_note INTEGER NOT NULL DEFAULT 0,"
        " note_uid TEXT NOT NULL DEFAULT '',"
        " doctor_said TEXT NOT NULL DEFAULT '',"
        " asked INTEGER NOT NULL DEFAULT 0,"
        " created TEXT NOT NULL,"
        " modified TEXT NOT NULL)"
    )
    conn.execute("CREATE INDEX sheet_items_by_sheet ON sheet_items(sheet_uid, position)")


MIGRATIONS: Sequence[Callable[[sqlite3.Connection], None]] = (
    _create_v1,
    _v1_to_v2,
    _v2_to_v3,
    _v3_to_v4,
)
CURRENT_VERSION = len(MIGRATIONS)

NOTE_COLUMNS = (
    "uid",
    "qa_id",
    "text",
    "created",
    "modified",
    "question",
    "article_title",
    "passage_exact",
    "passage_prefix",
    "passage_suffix",
    "passage_start",
    "passage_end",
)
BOOKMARK_COLUMNS = ("uid", "qa_id", "created", "question", "article_title")
NOTE_SELECT = ", ".join(NOTE_COLUMNS)
BOOKMARK_SELECT = ", ".join(BOOKMARK_COLUMNS)
TABLES = ("bookmarks", "notes", "meta", "note_versions", "bin", "sheets", "sheet_items")
"""Every table of the current schema, in the order a copy fills them."""


def columns_by_table(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """The tables a database has and their columns, as it says itself."""
    names = [
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        name: [str(row[1]) for row in conn.execute(f"PRAGMA table_info({quote_name(name)})")]
        for name in names
    }


def expected_columns(version: int) -> dict[str, list[str]]:
    """The tables and columns a sound notes file of ``version`` has (built in memory)."""
    memory = sqlite3.connect(":memory:")
    try:
        for step in MIGRATIONS[:version]:
            step(memory)
        return columns_by_table(memory)
    finally:
        memory.close()


def quote_name(name: str) -> str:
    """An identifier for SQL text, safe whatever a foreign file named its tables."""
    return '"' + name.replace('"', '""') + '"'
