"""The notes store's API: what the UI and import rely on, and how it fails when the disk does."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from expertreader import paths
from expertreader.notes import backup, connection
from expertreader.notes.errors import StoreBugError, StoreError
from expertreader.notes.merge import MergeReport
from expertreader.notes.model import Bookmark, Note, Passage
from expertreader.notes.pending import UnsavedEdits
from expertreader.notes.schema import CURRENT_VERSION
from expertreader.notes.store import NotesStore

UTC = dt.UTC
PASSAGE = Passage("targeted therapy", "a ", " may help", 12, 28)


@pytest.fixture
def store(data_dir: Path) -> Iterator[NotesStore]:
    result = NotesStore.open(paths.notes_db())
    assert result.recovery is None
    yield result.store
    result.store.close()


def _raw(db: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Read through a separate connection: what another process (or the next launch) would see."""
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _at(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


# --- opening ----------------------------------------------------------------------------------


def test_new_store_settings(store: NotesStore) -> None:
    conn = store.database.connection()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert store.schema_version() == CURRENT_VERSION
    assert store.integrity_check() == "ok"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_files_and_folders_are_private(store: NotesStore, data_dir: Path) -> None:
    store.save_answer_note("q1", "private")
    made = store.backup("manual")
    assert _mode(data_dir) == 0o700
    assert _mode(data_dir / "backups") == 0o700
    for name in ("notes.db", "notes.db-wal", "notes.db-shm"):
        assert _mode(data_dir / name) == 0o600, name
    assert _mode(made) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_old_world_readable_file_is_made_private(data_dir: Path) -> None:
    NotesStore.open(paths.notes_db()).store.close()
    paths.notes_db().chmod(0o644)
    with NotesStore.open(paths.notes_db()).store:
        assert _mode(paths.notes_db()) == 0o600


def test_default_backups_folder_is_the_paths_one(store: NotesStore) -> None:
    assert store.backups_dir == paths.backups_dir()


def test_closed_store_raises_store_error(store: NotesStore) -> None:
    store.close()
    with pytest.raises(StoreError):
        store.notes()


# --- bookmarks --------------------------------------------------------------------------------


def test_bookmarks(store: NotesStore) -> None:
    first = store.add_bookmark("q1", "Can I travel?", "Article A")
    assert first.uid.startswith("urn:uuid:")
    assert first.created.tzinfo is not None
    assert store.add_bookmark("q1", "other text") == first  # idempotent
    store.add_bookmark("q2")
    assert store.is_bookmarked("q1")
    assert not store.is_bookmarked("q3")
    assert store.bookmarked_ids() == {"q1", "q2"}
    assert [b.qa_id for b in store.bookmarks()] == ["q1", "q2"]
    assert store.bookmarks()[0] == first


def test_remove_and_undo_bookmark(store: NotesStore) -> None:
    added = store.add_bookmark("q1", "Can I travel?", "Article A")
    removed = store.remove_bookmark("q1")
    assert removed == added
    assert not store.is_bookmarked("q1")
    assert store.remove_bookmark("q1") is None
    assert removed is not None
    store.restore_bookmark(removed)
    assert store.bookmarks() == [added]


def test_undo_after_rebookmarking_keeps_the_new_one(store: NotesStore) -> None:
    store.add_bookmark("q1")
    removed = store.remove_bookmark("q1")
    again = store.add_bookmark("q1")
    assert removed is not None
    store.restore_bookmark(removed)
    assert store.bookmarks() == [again]


# --- notes ------------------------------------------------------------------------------------


def test_answer_note_lifecycle(store: NotesStore) -> None:
    assert store.answer_note("q1") is None
    note = store.save_answer_note("q1", "Ask about trials", "Q?", "Article")
    assert note is not None
    assert note.passage is None
    assert (note.question, note.article_title) == ("Q?", "Article")
    assert store.answer_note("q1") == note

    edited = store.save_answer_note("q1", "Ask about trials and travel")
    assert edited is not None
    assert (edited.uid, edited.created) == (note.uid, note.created)
    assert edited.modified >= note.modified
    assert edited.question == "Q?"  # kept when the caller does not pass it
    assert store.save_answer_note("q1", "Ask about trials and travel") == edited

    assert store.save_answer_note("q1", "  \n\t ") is None
    assert store.answer_note("q1") is None
    assert store.save_answer_note("q1", "") is None


def test_text_is_kept_verbatim(store: NotesStore) -> None:
    text = "  Line one\n\n  • «two» — ✓\r\n"
    store.save_answer_note("q1", text)
    assert store.answer_note("q1") == store.notes()[0]
    assert store.notes()[0].text == text


def test_passage_notes(store: NotesStore) -> None:
    later = store.add_passage_note("q1", Passage("may help", "therapy ", ".", 29, 37), "b")
    first = store.add_passage_note("q1", PASSAGE, "a", "Q?", "Article")
    store.save_answer_note("q1", "whole answer")
    assert store.passage_notes("q1") == [first, later]
    assert store.passage_notes("q2") == []
    assert store.answer_note("q1") is not None

    edited = store.update_note(first.uid, "a, edited")
    assert edited.text == "a, edited"
    assert edited.passage == PASSAGE
    assert edited.modified >= first.modified
    assert store.note(first.uid) == edited

    removed = store.delete_note(first.uid)
    assert removed == edited
    assert store.passage_notes("q1") == [later]
    assert store.delete_note(first.uid) is None
    assert removed is not None
    store.restore_note(removed)
    assert store.passage_notes("q1") == [edited, later]

    with pytest.raises(KeyError):
        store.update_note("urn:uuid:missing", "x")


def test_notes_and_noted_ids(store: NotesStore) -> None:
    store.save_answer_note("q1", "one")
    store.add_passage_note("q2", PASSAGE, "two")
    store.add_bookmark("q3")
    assert {n.text for n in store.notes()} == {"one", "two"}
    assert store.noted_ids() == {"q1", "q2"}


def test_restore_answer_note_when_a_new_one_was_written(store: NotesStore) -> None:
    old = store.save_answer_note("q1", "old thoughts")
    assert old is not None
    removed = store.delete_note(old.uid)
    assert removed is not None
    store.save_answer_note("q1", "new thoughts")
    store.restore_note(removed)
    restored = store.answer_note("q1")
    assert restored is not None
    assert "old thoughts" in restored.text
    assert "new thoughts" in restored.text
    assert len(store.notes()) == 1


def test_timestamps_are_utc_seconds_text(store: NotesStore, data_dir: Path) -> None:
    store.add_bookmark("q1")
    store.save_answer_note("q1", "x")
    rows = _raw(data_dir / "notes.db", "SELECT created, modified FROM notes")
    rows += _raw(data_dir / "notes.db", "SELECT created, created FROM bookmarks")
    for created, modified in rows:
        for value in (created, modified):
            assert isinstance(value, str)
            assert _at(value).strftime("%Y-%m-%dT%H:%M:%SZ") == value


def test_every_write_is_committed_when_the_call_returns(store: NotesStore, data_dir: Path) -> None:
    db = data_dir / "notes.db"
    store.add_bookmark("q1")
    assert _raw(db, "SELECT qa_id FROM bookmarks") == [("q1",)]
    store.save_answer_note("q1", "first")
    assert _raw(db, "SELECT text FROM notes") == [("first",)]
    store.save_answer_note("q1", "second")
    assert _raw(db, "SELECT text FROM notes") == [("second",)]
    store.set_meta("last_backup", "2026-01-01T00:00:00Z")
    assert _raw(db, "SELECT value FROM meta WHERE key = 'last_backup'") == [
        ("2026-01-01T00:00:00Z",)
    ]


def test_meta(store: NotesStore) -> None:
    assert store.get_meta("k") is None
    store.set_meta("k", "1")
    store.set_meta("k", "2")
    assert store.get_meta("k") == "2"


# --- merge (import) ---------------------------------------------------------------------------


def _bookmark(qa_id: str, uid: str) -> Bookmark:
    return Bookmark(qa_id, _at("2026-01-01T10:00:00Z"), uid, "Q?", "Article")


def _note(uid: str, qa_id: str, text: str, modified: str, passage: Passage | None = None) -> Note:
    return Note(qa_id, text, _at("2026-01-01T10:00:00Z"), _at(modified), uid, passage)


def test_merge_into_empty_store_and_again_adds_nothing(store: NotesStore) -> None:
    bookmarks = [_bookmark("q1", "urn:uuid:b1"), _bookmark("q2", "urn:uuid:b2")]
    notes = [
        _note("urn:uuid:n1", "q1", "answer note", "2026-01-02T00:00:00Z"),
        _note("urn:uuid:n2", "q1", "passage note", "2026-01-02T00:00:00Z", PASSAGE),
    ]
    first = store.merge(bookmarks, notes)
    assert (first.added, first.updated, first.unchanged) == (4, 0, 0)
    assert store.bookmarks() == bookmarks
    assert store.notes() == notes
    second = store.merge(bookmarks, notes)
    assert (second.added, second.updated, second.unchanged) == (0, 0, 4)
    assert store.notes() == notes
    assert len(store.bookmarks()) == 2


def test_merge_newer_modified_wins(store: NotesStore) -> None:
    store.merge([], [_note("urn:uuid:n1", "q1", "mine", "2026-01-05T00:00:00Z")])
    older = store.merge([], [_note("urn:uuid:n1", "q1", "older", "2026-01-04T00:00:00Z")])
    tie = store.merge([], [_note("urn:uuid:n1", "q1", "same time", "2026-01-05T00:00:00Z")])
    assert (older.updated, older.unchanged, tie.updated, tie.unchanged) == (0, 1, 0, 1)
    assert store.notes()[0].text == "mine"
    newer = store.merge([], [_note("urn:uuid:n1", "q1", "theirs", "2026-01-06T00:00:00Z")])
    assert (newer.added, newer.updated) == (0, 1)
    assert store.notes()[0].text == "theirs"
    assert store.notes()[0].modified == _at("2026-01-06T00:00:00Z")


def test_merge_keeps_the_question_and_title_an_import_lacks(store: NotesStore) -> None:
    mine = store.save_answer_note("q1", "mine", "Can I travel?", "Article A")
    passage = store.add_passage_note("q1", PASSAGE, "passage", "Can I travel?", "Article A")
    assert mine is not None
    newer = _at("2030-01-01T00:00:00Z")
    theirs = [  # as another tool exports them: no question, no title
        Note("q1", "theirs", mine.created, newer, mine.uid),
        Note("q1", "theirs too", passage.created, newer, passage.uid, PASSAGE),
    ]
    assert store.merge([], theirs).updated == 2
    for note in store.notes():
        assert note.text.startswith("theirs")
        assert (note.question, note.article_title) == ("Can I travel?", "Article A")
    renamed = Note("q1", "renamed", mine.created, _at("2031-01-01T00:00:00Z"), mine.uid)
    renamed.question, renamed.article_title = "New wording?", "Article B"
    store.merge([], [renamed])
    answer = store.answer_note("q1")
    assert answer is not None
    assert (answer.question, answer.article_title) == ("New wording?", "Article B")


def test_merge_never_blanks_or_adds_an_empty_answer_note(store: NotesStore) -> None:
    mine = store.save_answer_note("q1", "my words")
    assert mine is not None
    blank = Note("q1", "  \n", mine.created, _at("2030-01-01T00:00:00Z"), mine.uid)
    other = _note("urn:uuid:blank", "q2", "", "2030-01-01T00:00:00Z")
    report = store.merge([], [blank, other])
    assert (report.added, report.updated, report.unchanged) == (0, 0, 2)
    assert store.answer_note("q1") == mine
    assert store.answer_note("q2") is None


def test_merge_dedupes_bookmark_of_an_already_bookmarked_question(store: NotesStore) -> None:
    mine = store.add_bookmark("q1")
    report = store.merge([_bookmark("q1", "urn:uuid:other")], [])
    assert (report.added, report.unchanged) == (0, 1)
    assert store.bookmarks() == [mine]


def test_merge_keeps_both_answer_notes_when_uids_differ(store: NotesStore) -> None:
    store.save_answer_note("q1", "my note")
    theirs = _note("urn:uuid:theirs", "q1", "their note", "2026-01-02T00:00:00Z")
    assert store.merge([], [theirs]).updated == 1
    merged = store.answer_note("q1")
    assert merged is not None
    assert merged.text == "my note\n\ntheir note"
    again = store.merge([], [theirs])
    assert (again.added, again.updated, again.unchanged) == (0, 0, 1)
    assert store.answer_note("q1") == merged


def test_merge_takes_a_backup_first(store: NotesStore) -> None:
    store.save_answer_note("q1", "before import")
    report = store.merge([], [_note("urn:uuid:n9", "q9", "imported", "2026-01-02T00:00:00Z")])
    assert report.backup.name.endswith("-import.db")
    assert backup.is_good_backup(report.backup)
    texts = _raw(report.backup, "SELECT text FROM notes")
    assert texts == [("before import",)]


def test_merge_is_all_or_nothing(store: NotesStore) -> None:
    good = _note("urn:uuid:good", "q1", "good", "2026-01-02T00:00:00Z")
    bad = _note("urn:uuid:bad", None, "bad", "2026-01-02T00:00:00Z")  # type: ignore[arg-type]
    with pytest.raises(StoreBugError):  # a record the reader should have refused is our bug
        store.merge([_bookmark("q1", "urn:uuid:b1")], [good, bad])
    assert store.notes() == []
    assert store.bookmarks() == []


_times = st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2100, 1, 1))
_uids = st.sampled_from([f"urn:uuid:{n}" for n in range(6)])
_qa_ids = st.sampled_from(["q1", "q2", "q3"])
_passages = st.none() | st.builds(
    Passage, st.sampled_from(["a", "b"]), st.just(""), st.just(""), st.just(0), st.just(1)
)
_bookmarks = st.builds(Bookmark, _qa_ids, _times, _uids)
_notes = st.builds(
    Note, _qa_ids, st.sampled_from(["", "one", "two", "one two"]), _times, _times, _uids, _passages
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(bookmarks=st.lists(_bookmarks, max_size=5), notes=st.lists(_notes, max_size=6))
def test_merging_the_same_records_twice_changes_nothing(
    bookmarks: list[Bookmark], notes: list[Note]
) -> None:
    with (
        tempfile.TemporaryDirectory() as folder,
        NotesStore.open(Path(folder) / "notes.db").store as store,
    ):
        store.save_answer_note("q1", "mine")
        first = store.merge(bookmarks, notes)
        assert first.added + first.updated + first.unchanged == len(bookmarks) + len(notes)
        state = (store.bookmarks(), store.notes())
        second = store.merge(bookmarks, notes)
        assert (second.added, second.updated) == (0, 0)
        assert (store.bookmarks(), store.notes()) == state
        assert store.answer_note("q1") is not None  # a user's note is never dropped by import


def test_merge_report_type(store: NotesStore) -> None:
    assert isinstance(store.merge([], []), MergeReport)


# --- faults: read-only folder, full disk ------------------------------------------------------


Fault = Callable[[NotesStore | None, str | None], None]


@pytest.fixture
def inject(monkeypatch: pytest.MonkeyPatch) -> Fault:
    """Make the store's writes fail like a read-only folder or a full disk, or stop failing.

    Real SQLite errors through the real code path: ``query_only`` raises SQLITE_READONLY and a
    ``max_page_count`` at the current size raises SQLITE_FULL. Works as root, unlike chmod. A fault
    is a setting of the connection, so the store's current one is dropped to make it take effect.
    """
    real_connect = connection.connect_read_write

    def set_fault(store: NotesStore | None, fault: str | None) -> None:
        def connect(path: Path) -> sqlite3.Connection:
            conn = real_connect(path)
            if fault == "readonly":
                conn.execute("PRAGMA query_only = ON")
            elif fault == "full":
                pages = conn.execute("PRAGMA page_count").fetchone()[0]
                conn.execute(f"PRAGMA max_page_count = {pages}")
            return conn

        monkeypatch.setattr(connection, "connect_read_write", connect)
        if store is not None:
            store.database._drop_connection()

    return set_fault


@pytest.mark.parametrize(
    ("fault", "message"), [("readonly", "read-only"), ("full", "disk is full")]
)
def test_write_faults_raise_store_error_and_harm_nothing(
    store: NotesStore, inject: Fault, fault: str, message: str
) -> None:
    saved = store.save_answer_note("q1", "saved before the fault")
    store.add_bookmark("q1")
    inject(store, fault)
    big = "x" * 200_000  # more than the free space in existing pages
    with pytest.raises(StoreError, match=message) as caught:
        store.add_passage_note("q2", PASSAGE, big)
    assert caught.value.path == store.path
    assert not isinstance(caught.value, sqlite3.Error)
    with pytest.raises(StoreError, match=message):
        store.merge([], [_note("urn:uuid:n", "q3", big, "2026-01-02T00:00:00Z")])
    # Reads keep working, and what was saved is intact.
    assert store.answer_note("q1") == saved
    assert store.is_bookmarked("q1")
    assert store.integrity_check() == "ok"


def test_pending_writes_keep_edits_until_the_disk_recovers(
    store: NotesStore, inject: Fault, data_dir: Path
) -> None:
    pending = UnsavedEdits()
    assert pending.submit("note:q1", lambda: store.save_answer_note("q1", "saved"))
    assert pending.pending_keys == []

    inject(store, "full")
    big = "y" * 200_000
    assert not pending.submit("note:q1", lambda: store.save_answer_note("q1", "draft 1 " + big))
    assert not pending.submit("note:q1", lambda: store.save_answer_note("q1", "draft 2 " + big))
    assert not pending.submit("bm:q2", lambda: store.add_bookmark("q2"))
    assert pending.has_pending
    assert pending.pending_keys == ["note:q1", "bm:q2"]
    error = pending.last_error
    assert isinstance(error, StoreError)
    assert "disk is full" in error.message
    assert not pending.retry()
    assert store.answer_note("q1") is not None
    assert _raw(data_dir / "notes.db", "SELECT text FROM notes") == [("saved",)]

    inject(store, None)  # space freed: the store's next connection writes normally
    assert pending.retry()
    assert pending.pending_keys == []
    assert pending.last_error is None
    note = store.answer_note("q1")
    assert note is not None
    assert note.text == "draft 2 " + big  # the latest edit, not a stale one
    assert store.is_bookmarked("q2")


def test_pending_writes_run_in_order_after_a_failure(store: NotesStore, inject: Fault) -> None:
    pending = UnsavedEdits()
    inject(store, "readonly")
    note_box: list[Note] = []
    assert not pending.submit(
        "add", lambda: note_box.append(store.add_passage_note("q1", PASSAGE, "a"))
    )
    assert not pending.submit("bm", lambda: store.add_bookmark("q1"))
    inject(store, None)
    assert pending.retry()
    assert len(note_box) == 1
    assert store.passage_notes("q1") == note_box
    assert store.is_bookmarked("q1")


def test_pending_writes_do_not_swallow_bugs(store: NotesStore) -> None:
    pending = UnsavedEdits()
    with pytest.raises(KeyError):
        pending.submit("edit", lambda: store.update_note("urn:uuid:gone", "x"))
    assert not pending.has_pending


def test_opening_read_only_notes_reads_and_queues_writes(data_dir: Path, inject: Fault) -> None:
    with NotesStore.open(paths.notes_db()).store as first:
        first.save_answer_note("q1", "kept")
    inject(None, "readonly")
    result = NotesStore.open(paths.notes_db())
    store = result.store
    assert result.recovery is None
    note = store.answer_note("q1")
    assert note is not None
    assert note.text == "kept"
    pending = UnsavedEdits()
    assert not pending.submit("q1", lambda: store.save_answer_note("q1", "changed"))
    inject(store, None)
    assert pending.retry()
    store.close()
    with NotesStore.open(paths.notes_db()).store as reopened:
        again = reopened.answer_note("q1")
        assert again is not None
        assert again.text == "changed"


def _chmod_blocks_writes() -> bool:
    """False for root with its usual capabilities (as in CI): permissions do not stop it."""
    if os.name != "posix":
        return False
    with tempfile.TemporaryDirectory() as folder:
        probe = Path(folder) / "probe"
        probe.touch()
        probe.chmod(0o400)
        try:
            probe.open("a").close()
        except PermissionError:
            return True
        return False


needs_non_root = pytest.mark.skipif(
    not _chmod_blocks_writes(), reason="chmod does not stop root (CI runs as root)"
)


@needs_non_root
def test_real_read_only_file(data_dir: Path) -> None:
    db = paths.notes_db()
    with NotesStore.open(db).store as first:
        first.save_answer_note("q1", "kept")
    db.chmod(0o400)
    try:
        store = NotesStore.open(db).store
        pending = UnsavedEdits()
        assert not pending.submit("q1", lambda: store.save_answer_note("q1", "changed"))
        assert pending.last_error is not None
        assert "read-only" in pending.last_error.message
        note = store.answer_note("q1")
        assert note is not None
        assert note.text == "kept"
    finally:
        db.chmod(0o600)
    assert pending.retry()
    store.close()
    with NotesStore.open(db).store as reopened:
        again = reopened.answer_note("q1")
        assert again is not None
        assert again.text == "changed"


@needs_non_root
def test_real_read_only_folder(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    data_dir.chmod(0o500)
    try:
        with pytest.raises(StoreError, match="read-only"):
            NotesStore.open(paths.notes_db())
    finally:
        data_dir.chmod(0o700)
    assert list(data_dir.iterdir()) == []


def test_what_the_doctor_said_is_kept_in_words_when_the_disk_refuses() -> None:
    from expertreader.notes.pending import EditKind

    def refuse() -> None:
        raise StoreError("The disk is full.", Path("notes.db"))

    unsaved = UnsavedEdits()
    kept = unsaved.submit(
        "sheet-said:1", refuse, EditKind.DOCTOR_SAID, uid="1", text="Scan in May.", question="When?"
    )
    assert not kept
    assert unsaved.doctor_said("1") == "Scan in May."
    assert "Question: When?\nThe doctor said: Scan in May." in unsaved.as_text(lambda qa: qa)
