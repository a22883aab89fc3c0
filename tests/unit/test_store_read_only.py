"""A notes folder that cannot be written: everything is read and exported, nothing is lost or moved.

CI runs as root, where chmod does not stop writes, so the read-only disk is played at
``sqlite3.connect``: it refuses what SQLite itself refuses in a read-only folder (checked by hand
as a normal user): ``mode=rw``, and ``mode=ro`` of a WAL database whose -shm cannot be made, with
SQLITE_READONLY_DIRECTORY; only ``immutable=1`` opens. Files made in the folder fail with EROFS.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from expertreader import paths
from expertreader.export.annotation_reader import read_annotation_bytes
from expertreader.export.annotations import to_json
from expertreader.notes import backup, connection
from expertreader.notes.errors import StoreError
from expertreader.notes.model import Bookmark, Note, Passage
from expertreader.notes.pending import UnsavedEdits
from expertreader.notes.schema import CURRENT_VERSION
from expertreader.notes.store import NotesStore

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PASSAGE = Passage("targeted therapy", "a ", " may help", 12, 28)
SQLITE_READONLY_DIRECTORY = 1544
CAN_STILL_READ = "Your notes can be read and exported, but changes cannot be saved until"


def _readonly_error(message: str, code: int | None) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(message)
    if code is not None:
        error.sqlite_errorcode = code
    return error


class ReadOnlyDisk:
    """Switchable read-only notes folder; ``opened`` records every URI opened for the notes file.

    SQLite is refused only what it refuses in a real read-only folder: the notes file read-write
    (or read-only without ``immutable``: it is a WAL database and its -shm cannot be made). The
    backups are single files in rollback mode, which SQLite reads there without side files.
    """

    def __init__(self, monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
        self.on = False
        self.error: tuple[str, int | None] = (
            "attempt to write a readonly database",
            SQLITE_READONLY_DIRECTORY,
        )
        self.refuse_ro = True  # False: only mode=rw fails (a read-only file in a writable folder)
        self.opened: list[str] = []
        real_connect = sqlite3.connect
        real_mkstemp = tempfile.mkstemp
        notes_uri = (folder / "notes.db").absolute().as_uri() + "?"

        def connect(database: str | Path, *args: Any, **kwargs: Any) -> sqlite3.Connection:
            uri = str(database)
            if uri.startswith(notes_uri):
                self.opened.append(uri)
                if self.on and ("mode=rw" in uri or (self.refuse_ro and "immutable=1" not in uri)):
                    raise _readonly_error(*self.error)
            conn: sqlite3.Connection = real_connect(database, *args, **kwargs)
            return conn

        def mkstemp(*args: Any, **kwargs: Any) -> tuple[int, str]:
            where = kwargs.get("dir")
            if self.on and where is not None and Path(str(where)).is_relative_to(folder):
                raise OSError(errno.EROFS, "Read-only file system", str(where))
            return real_mkstemp(*args, **kwargs)

        monkeypatch.setattr(sqlite3, "connect", connect)
        monkeypatch.setattr(tempfile, "mkstemp", mkstemp)


@pytest.fixture
def disk(monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> ReadOnlyDisk:
    return ReadOnlyDisk(monkeypatch, data_dir)


def _fill(db: Path) -> tuple[list[Bookmark], list[Note]]:
    with NotesStore.open(db).store as store:
        store.add_bookmark("q1", "Can I travel?", "Article A")
        store.save_answer_note("q1", "Ask about trials", "Can I travel?", "Article A")
        store.add_passage_note("q2", PASSAGE, "look this up")
        store.set_meta("k", "v")
        return store.bookmarks(), store.notes()


def _snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` and a hash of its bytes: to show nothing was changed."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def filled(data_dir: Path) -> Iterator[tuple[list[Bookmark], list[Note]]]:
    yield _fill(paths.notes_db())


# --- opening read-only ------------------------------------------------------------------------


def test_a_read_only_folder_opens_read_only_and_reads_everything(
    disk: ReadOnlyDisk, filled: tuple[list[Bookmark], list[Note]], data_dir: Path
) -> None:
    bookmarks, notes = filled
    before = _snapshot(data_dir)
    disk.on = True
    result = NotesStore.open(paths.notes_db())
    with result.store as store:
        assert result.recovery is None
        assert store.read_only
        reason = store.read_only_reason
        assert reason is not None
        assert reason.startswith("Your notes folder is read-only: ")
        assert str(data_dir) in reason
        assert CAN_STILL_READ in reason
        assert any("immutable=1" in uri for uri in disk.opened)
        assert store.bookmarks() == bookmarks
        assert store.notes() == notes
        assert store.answer_note("q1") == notes[0]
        assert store.passage_notes("q2") == [notes[1]]
        assert store.get_meta("k") == "v"
        exported = to_json(store.bookmarks(), store.notes(), exported_at=dt.datetime.now(dt.UTC))
    imported = read_annotation_bytes(exported.encode())
    assert imported.bookmarks == bookmarks
    assert sorted(imported.notes, key=lambda n: n.uid) == sorted(notes, key=lambda n: n.uid)
    assert _snapshot(data_dir) == before


def test_every_write_is_refused_with_the_reason_and_changes_nothing(
    disk: ReadOnlyDisk, filled: tuple[list[Bookmark], list[Note]], data_dir: Path
) -> None:
    bookmarks, notes = filled
    before = _snapshot(data_dir)
    disk.on = True
    store = NotesStore.open(paths.notes_db()).store
    writes: list[Callable[[], object]] = [
        lambda: store.add_bookmark("q9"),
        lambda: store.remove_bookmark("q1"),
        lambda: store.restore_bookmark(bookmarks[0]),
        lambda: store.save_answer_note("q1", "changed"),
        lambda: store.save_answer_note("q1", ""),
        lambda: store.add_passage_note("q3", PASSAGE, "new"),
        lambda: store.update_note(notes[1].uid, "changed"),
        lambda: store.delete_note(notes[1].uid),
        lambda: store.restore_note(notes[0]),
        lambda: store.set_meta("k", "w"),
        lambda: store.merge([], []),
    ]
    for write in writes:
        with pytest.raises(StoreError) as caught:
            write()
        assert caught.value.message == store.read_only_reason
        assert "Your notes folder is read-only" in caught.value.message
        assert store.read_only
    assert backup.backup_if_due(store) is None  # nothing can change, and the time cannot be kept
    assert store.notes() == notes
    assert store.bookmarks() == bookmarks
    store.close()
    assert _snapshot(data_dir) == before  # not even an import backup


def test_writes_succeed_by_themselves_once_the_folder_is_writable(
    disk: ReadOnlyDisk, filled: tuple[list[Bookmark], list[Note]]
) -> None:
    disk.on = True
    store = NotesStore.open(paths.notes_db()).store
    pending = UnsavedEdits()
    assert not pending.submit("note:q1", lambda: store.save_answer_note("q1", "draft 1"))
    assert not pending.submit("note:q1", lambda: store.save_answer_note("q1", "draft 2"))
    assert not pending.retry()
    assert pending.last_error is not None
    reason = store.read_only_reason
    assert pending.last_error.message == reason

    disk.on = False
    assert pending.retry()
    assert not store.read_only
    assert store.read_only_reason is None
    note = store.answer_note("q1")
    assert note is not None
    assert note.text == "draft 2"
    store.add_bookmark("q5")  # and it stays writable
    store.close()
    with NotesStore.open(paths.notes_db()).store as reopened:
        again = reopened.answer_note("q1")
        assert again is not None
        assert again.text == "draft 2"
        assert reopened.is_bookmarked("q5")


def test_a_refusal_without_a_sqlite_code_is_understood(
    disk: ReadOnlyDisk, filled: tuple[list[Bookmark], list[Note]]
) -> None:
    """Only mode=rw refused, with the bare words SQLite uses: a plain read-only view suffices."""
    _, notes = filled
    disk.error = ("unable to open database file", None)
    disk.refuse_ro = False
    disk.on = True
    with NotesStore.open(paths.notes_db()).store as store:
        assert store.read_only
        assert store.notes() == notes
        assert not any("immutable=1" in uri for uri in disk.opened)
        with pytest.raises(StoreError, match="read-only"):
            store.save_answer_note("q1", "x")


def test_a_file_sqlite_opens_but_cannot_write_is_read_only_from_the_start(
    filled: tuple[list[Bookmark], list[Note]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only file in a writable folder: SQLite opens it 'read-write' and fails at writes."""
    real_connect = connection.connect_read_write

    def connect(path: Path) -> sqlite3.Connection:
        conn = real_connect(path)
        conn.execute("PRAGMA query_only = ON")  # real SQLITE_READONLY on write
        return conn

    monkeypatch.setattr(connection, "connect_read_write", connect)
    with NotesStore.open(paths.notes_db()).store as store:
        assert store.read_only  # known before the user types anything
        reason = store.read_only_reason
        assert reason is not None
        assert CAN_STILL_READ in reason
        assert store.notes() == filled[1]
        monkeypatch.setattr(connection, "connect_read_write", real_connect)
        store.add_bookmark("q7")
        assert not store.read_only


def test_a_folder_that_turns_read_only_while_open(
    disk: ReadOnlyDisk, filled: tuple[list[Bookmark], list[Note]]
) -> None:
    with NotesStore.open(paths.notes_db()).store as store:
        assert store.read_only_reason is None
        disk.on = True
        store.database._drop_connection()  # what a remount does to the open file
        with pytest.raises(StoreError, match="Your notes folder is read-only"):
            store.save_answer_note("q1", "lost?")
        assert store.read_only
        assert store.notes() == filled[1]
        disk.on = False
        store.save_answer_note("q1", "not lost")
        assert not store.read_only


def test_an_old_schema_is_read_through_a_migrated_copy_and_migrated_on_the_first_write(
    disk: ReadOnlyDisk, data_dir: Path
) -> None:
    paths.ensure_data_dir()
    db = paths.notes_db()
    shutil.copyfile(FIXTURES / "notes_v1.db", db)
    before = _snapshot(data_dir)
    disk.on = True
    store = NotesStore.open(db).store
    assert store.read_only
    assert store.schema_version() == CURRENT_VERSION
    assert len(store.notes()) == 2
    assert len(store.bookmarks()) == 2
    assert store.passage_notes(store.notes()[0].qa_id) == []  # a v2 query works
    assert _snapshot(data_dir) == before  # the file was not migrated
    with pytest.raises(StoreError, match="read-only"):
        store.add_bookmark("new")

    disk.on = False
    store.add_bookmark("new")
    assert store.is_bookmarked("new")
    store.close()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION
    conn.close()
    made = backup.list_backups(paths.backups_dir())
    assert [path.name.endswith(f"-before-v{CURRENT_VERSION}.db") for path in made] == [True]


def test_a_newer_file_in_a_read_only_folder_is_still_refused(
    disk: ReadOnlyDisk, filled: tuple[list[Bookmark], list[Note]]
) -> None:
    conn = sqlite3.connect(paths.notes_db())
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    conn.close()
    disk.on = True
    with pytest.raises(StoreError, match="newer version"):
        NotesStore.open(paths.notes_db())


# --- a damaged file in a read-only folder -----------------------------------------------------


def _break_an_index(db: Path) -> None:
    """Damage only an index: ``integrity_check`` fails, yet every row can still be read."""
    conn = sqlite3.connect(db)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'notes_by_qa'").fetchone()
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(db.read_bytes())
    start = (root[0] - 1) * page_size
    at = data.index(b"q05", start, start + page_size)
    data[at : at + 3] = b"q9z"
    db.write_bytes(bytes(data))


def _many_notes(count: int = 40) -> list[Note]:
    with NotesStore.open(paths.notes_db()).store as store:
        for number in range(count):
            store.save_answer_note(f"q{number:02d}", f"note {number}")
        store.backup("daily")
        store.save_answer_note("q-late", "after the backup")
        return store.notes()


def test_a_readable_damaged_file_is_shown_in_place_and_not_touched(
    disk: ReadOnlyDisk, data_dir: Path
) -> None:
    notes = _many_notes()
    _break_an_index(paths.notes_db())
    before = _snapshot(data_dir)
    disk.on = True
    result = NotesStore.open(paths.notes_db())
    report = result.recovery
    assert report is not None
    assert report.corrupt_kept_as == paths.notes_db()
    assert report.restored_from == backup.list_backups(paths.backups_dir())[0]  # merged with it
    assert "damaged" in report.message
    assert "read-only" in report.message
    assert "Nothing was moved or deleted" in report.message
    with result.store as store:
        assert store.read_only
        assert sorted(store.notes(), key=lambda n: n.uid) == sorted(notes, key=lambda n: n.uid)
        disk.on = False  # even now: the file is repaired at the next start, not under the reader
        with pytest.raises(StoreError, match="damaged") as caught:
            store.save_answer_note("q01", "x")
        assert CAN_STILL_READ in caught.value.message
    assert _snapshot(data_dir) == before


@pytest.mark.parametrize("refusal", ["folder check", "first write"])
def test_an_unreadable_damaged_file_is_shown_from_the_newest_backup(
    disk: ReadOnlyDisk, data_dir: Path, monkeypatch: pytest.MonkeyPatch, refusal: str
) -> None:
    _many_notes(3)
    made = backup.list_backups(paths.backups_dir())
    paths.notes_db().write_bytes(b"garbage" * 500)
    before = _snapshot(data_dir)
    disk.on = True
    del refusal  # one path now: the repair is always tried, and refused by the disk
    result = NotesStore.open(paths.notes_db())
    report = result.recovery
    assert report is not None
    assert report.restored_from == made[0]
    assert report.backup_time == backup.backup_time(made[0])
    assert "shown from a backup made moments ago" in report.message
    assert "Nothing was moved or deleted" in report.message
    with result.store as store:
        assert store.read_only
        assert sorted(n.text for n in store.notes()) == ["note 0", "note 1", "note 2"]
        with pytest.raises(StoreError, match="damaged"):
            store.add_bookmark("q1")
    assert _snapshot(data_dir) == before

    disk.on = False  # started again with the folder writable: the usual repair
    repaired = NotesStore.open(paths.notes_db())
    repaired.store.close()
    assert repaired.recovery is not None
    assert repaired.recovery.corrupt_kept_as != paths.notes_db()
    assert repaired.recovery.corrupt_kept_as is not None
    assert repaired.recovery.corrupt_kept_as.read_bytes() == b"garbage" * 500


def test_a_damaged_file_with_no_backup_in_a_read_only_folder_is_reported(
    disk: ReadOnlyDisk, data_dir: Path
) -> None:
    paths.ensure_data_dir()
    paths.notes_db().write_bytes(b"garbage" * 500)
    before = _snapshot(data_dir)
    disk.on = True
    with pytest.raises(StoreError) as caught:
        NotesStore.open(paths.notes_db())
    assert "damaged" in caught.value.message
    assert "read-only" in caught.value.message
    assert "no backup" in caught.value.message
    assert _snapshot(data_dir) == before
