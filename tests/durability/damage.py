"""Every kind of damage a notes file meets in the world, played on a real notes folder.

``seed`` makes a notes folder as a person would have it: notes, a passage note, bookmarks, a
verified daily backup, and then work the backup does not have (a note edited, one added, one
deleted into the bin). Each function in ``DAMAGE`` then does one thing a careless or hostile world
does to the file. Shared by tests/unit/test_repair.py (``NotesStore.open``) and
tests/e2e/test_notes_repair.py (the installed program).
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from expertreader.notes.model import Passage
from expertreader.notes.store import NotesStore

# Questions of the bundled article, so the installed program shows them too.
QUESTIONS = [
    "a7641ccc6f5739f6",
    "61ef1b55ebf6a6d2",
    "54ea8238bb8b9684",
    "14b810f67bb52835",
    "8463e394e38b9330",
]
PAGE = 4096
EMPTY_DIGEST = hashlib.sha256(b"").hexdigest()


@dataclass(frozen=True, slots=True)
class Seeded:
    """A notes folder with a backup, and what the backup does not know."""

    db: Path
    backup: Path
    backup_digest: str
    in_backup: dict[str, str]  # uid -> text, as the backup has them
    live: dict[str, str]  # uid -> text, as the notes file has them
    edited_uid: str  # edited after the backup: the newest edit must win
    added_uid: str  # written after the backup
    deleted_uid: str  # deleted after the backup: in the file's bin
    bookmarks: frozenset[str]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def seed(folder: Path, count: int = 40) -> Seeded:
    db = folder / "notes.db"
    with NotesStore.open(db).store as store:
        for number in range(count):
            qa = f"{QUESTIONS[number % len(QUESTIONS)]}" if number < 5 else f"q{number:03d}"
            store.save_answer_note(qa, f"note {number}: " + "ask about it " * 20, f"Q{number}?")
        store.add_passage_note(
            QUESTIONS[0], Passage("second opinion", "a ", " is", 10, 24), "passage words"
        )
        store.add_bookmark(QUESTIONS[0], "Q0?")
        store.add_bookmark(QUESTIONS[1], "Q1?")
        made = store.backup("daily")
        in_backup = {note.uid: note.text for note in store.notes()}
        edited = store.save_answer_note(QUESTIONS[1], "edited after the backup")
        added = store.save_answer_note("q-late", "written after the backup")
        doomed = store.answer_note(QUESTIONS[2])
        assert edited is not None and added is not None and doomed is not None
        store.delete_note(doomed.uid)
        live = {note.uid: note.text for note in store.notes()}
        bookmarks = frozenset(store.bookmarked_ids())
    return Seeded(
        db,
        made,
        digest(made),
        in_backup,
        live,
        edited.uid,
        added.uid,
        doomed.uid,
        bookmarks,
    )


def _sql(db: Path, *statements: str) -> None:
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def emptied(db: Path) -> None:
    """A sync tool or a crash left a 0-byte file."""
    db.write_bytes(b"")


def deleted(db: Path) -> None:
    """Someone deleted the notes file; the backups are still there."""
    db.unlink()


def truncated(db: Path) -> None:
    """A copy that stopped three quarters of the way (a full USB stick)."""
    data = db.read_bytes()
    db.write_bytes(data[: (len(data) // PAGE * 3 // 4) * PAGE])


def garbage_in_the_middle(db: Path) -> None:
    """Two pages in the middle overwritten with noise (a bad disk sector)."""
    data = bytearray(db.read_bytes())
    pages = len(data) // PAGE
    noise = random.Random(8)
    for page in (pages // 2, pages // 2 + 1):
        data[page * PAGE : (page + 1) * PAGE] = noise.randbytes(PAGE)
    db.write_bytes(bytes(data))


def foreign_wal(db: Path) -> None:
    """A -wal of another database beside the notes file (copied in by a sync tool)."""
    other = db.with_name("other.db")
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE photos (name TEXT, data BLOB)")
    conn.execute("INSERT INTO photos VALUES ('cat', randomblob(20000))")
    shutil.copyfile(f"{other}-wal", f"{db}-wal")
    conn.close()
    for leftover in (other, Path(f"{other}-wal"), Path(f"{other}-shm")):
        leftover.unlink(missing_ok=True)


def foreign_journal(db: Path) -> None:
    """A hot rollback journal of another database beside the notes file (a sync conflict).

    Opened for writing, SQLite would roll its pages back into the notes file.
    """
    other = db.with_name("other.db")
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE photos (data BLOB)")
    conn.executemany("INSERT INTO photos VALUES (randomblob(3000))", [()] * 40)
    conn.commit()
    conn.execute("PRAGMA cache_size = 1")  # spill to the file mid-transaction: a hot journal
    conn.execute("BEGIN")
    conn.execute("UPDATE photos SET data = randomblob(3000)")
    shutil.copyfile(f"{other}-journal", f"{db}-journal")
    conn.rollback()
    conn.close()
    other.unlink()


def another_schema(db: Path) -> None:
    """A sound SQLite file of some other program under the notes file's name."""
    db.unlink()
    _sql(db, "CREATE TABLE photos (name TEXT)", "INSERT INTO photos VALUES ('cat.jpg')")


def version_rolled_back(db: Path) -> None:
    """A v3 file that says it is v1 (an old tool, or a hand edit)."""
    _sql(db, "PRAGMA user_version = 1")


def newer_version(db: Path) -> None:
    """A file written by a newer ExpertReader."""
    _sql(db, "PRAGMA user_version = 99")


def fifo(db: Path) -> None:
    """A named pipe where the file should be: opening it for reading would wait forever."""
    db.unlink()
    os.mkfifo(db)


def folder(db: Path) -> None:
    """A folder where the file should be (an unpacked archive, a sync tool's conflict)."""
    db.unlink()
    db.mkdir()
    (db / "readme.txt").write_text("not notes", encoding="utf-8")


DAMAGE: dict[str, Callable[[Path], None]] = {
    "emptied": emptied,
    "deleted": deleted,
    "truncated": truncated,
    "garbage in the middle": garbage_in_the_middle,
    "foreign wal": foreign_wal,
    "foreign journal": foreign_journal,
    "another schema": another_schema,
    "version rolled back": version_rolled_back,
    "newer version": newer_version,
    "fifo": fifo,
    "folder": folder,
}

# One unreadable value in one row: (SQL run on the file, what the store must do with the row).
BAD_VALUES: dict[str, tuple[str, str]] = {
    "a time that is not one": (
        "UPDATE notes SET created = 'yesterday', modified = 'soon' WHERE uid = :uid",
        "mended",
    ),
    "a BLOB where text belongs": (
        "UPDATE notes SET text = x'00ff10fe' WHERE uid = :uid",
        "skipped",
    ),
    "bytes that are not UTF-8 in a text column": (
        "UPDATE notes SET text = CAST(x'48c328ff' AS TEXT) WHERE uid = :uid",
        "skipped",
    ),
    "an id that is not text": (
        "UPDATE notes SET uid = x'ff00' WHERE uid = :uid",
        "skipped",
    ),
    "a bookmark time that is not one": (
        "UPDATE bookmarks SET created = x'ff' WHERE qa_id = :qa",
        "mended",
    ),
}


def spoil_one_value(seeded: Seeded, case: str) -> str:
    """Apply ``BAD_VALUES[case]`` to one note (or bookmark); the uid of the row it spoilt."""
    statement, _ = BAD_VALUES[case]
    conn = sqlite3.connect(seeded.db, isolation_level=None)
    try:
        uid = str(
            conn.execute("SELECT uid FROM notes WHERE qa_id = ?", (QUESTIONS[3],)).fetchone()[0]
        )
        if "bookmarks" in statement:
            uid = str(
                conn.execute(
                    "SELECT uid FROM bookmarks WHERE qa_id = ?", (QUESTIONS[0],)
                ).fetchone()[0]
            )
        conn.execute(statement, {"uid": uid, "qa": QUESTIONS[0]})
    finally:
        conn.close()
    return uid
