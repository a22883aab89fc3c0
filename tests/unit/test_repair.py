"""Every kind of damage to the notes file, through ``NotesStore.open``: nothing is lost or hidden.

Each repair ends the same way: the damaged file kept aside, byte for byte; every row that could be
read merged with the newest good backup (for each note, the newest edit); a message that names
the file, says what happened and how many notes came back; no exception; the backup untouched;
and a file the next start opens without repair. The damage itself is in tests/durability/damage.py.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from expertreader import atomic, paths, timestamps
from expertreader.export.annotations import to_json
from expertreader.notes import backup, connection, opening, repair
from expertreader.notes.errors import Fault, StoreError
from expertreader.notes.model import Note, Passage
from expertreader.notes.repair import Condition, RecoveryReport, diagnose
from expertreader.notes.salvage import salvage_file
from expertreader.notes.sheets import Sheets
from expertreader.notes.store import NotesStore, OpenResult
from tests.durability import damage
from tests.durability.damage import QUESTIONS, Seeded


@pytest.fixture
def seeded(data_dir: Path) -> Seeded:
    return damage.seed(data_dir)


def _report(result: OpenResult) -> RecoveryReport:
    assert result.recovery is not None
    return result.recovery


def _texts(store: NotesStore) -> dict[str, str]:
    return {note.uid: note.text for note in store.notes()}


def _check_repair(seeded: Seeded, result: OpenResult, damaged: bytes | None, words: str) -> None:
    """What every repair must end with, whatever the damage was."""
    report = result.recovery
    assert report is not None
    if damaged is None:
        assert report.corrupt_kept_as is None
    else:
        assert report.corrupt_kept_as is not None
        assert report.corrupt_kept_as.read_bytes() == damaged  # kept aside, byte for byte
        assert str(report.corrupt_kept_as) in report.message
    assert str(seeded.db) in report.message
    assert words in report.message
    assert damage.digest(seeded.backup) == seeded.backup_digest  # the backup is never touched
    store = result.store
    notes = store.notes()
    assert report.notes_recovered == len(notes)
    noun = "note" if len(notes) == 1 else "notes"
    assert f"{len(notes)} {noun}" in report.message
    assert store.integrity_check() == "ok"
    assert not store.read_only
    assert store.unreadable == []
    store.save_answer_note("q-after-repair", "the repaired file takes new notes")
    store.close()
    again = NotesStore.open(seeded.db)
    again.store.close()
    assert again.recovery is None


def _check_everything_kept(seeded: Seeded, store: NotesStore) -> None:
    """Nothing the damaged file held is lost, the newest edit won, the deleted note stays gone."""
    assert _texts(store) == seeded.live
    assert store.bookmarked_ids() == seeded.bookmarks
    assert {v.text for v in store.versions(seeded.edited_uid)} >= {
        seeded.in_backup[seeded.edited_uid],
        seeded.live[seeded.edited_uid],
    }
    assert seeded.deleted_uid in {item.record.uid for item in store.bin_items()}


def _check_backup_restored(seeded: Seeded, store: NotesStore) -> None:
    assert _texts(store) == seeded.in_backup


# --- the file is gone, empty or something else ------------------------------------------------


def test_a_0_byte_file_is_kept_and_the_notes_come_back_from_the_backup(seeded: Seeded) -> None:
    damage.emptied(seeded.db)
    assert diagnose(seeded.db, paths.backups_dir()).condition is Condition.EMPTIED
    result = NotesStore.open(seeded.db)
    _check_backup_restored(seeded, result.store)
    assert "could not be recovered" in _report(result).message
    _check_repair(seeded, result, b"", "was empty (0 bytes)")


def test_a_deleted_file_comes_back_from_the_backup(seeded: Seeded) -> None:
    damage.deleted(seeded.db)
    result = NotesStore.open(seeded.db)
    _check_backup_restored(seeded, result.store)
    _check_repair(seeded, result, None, "was missing")


def test_a_file_of_another_program_is_kept_and_the_backup_restored(seeded: Seeded) -> None:
    damage.another_schema(seeded.db)
    damaged = seeded.db.read_bytes()
    result = NotesStore.open(seeded.db)
    _check_backup_restored(seeded, result.store)
    _check_repair(seeded, result, damaged, "was not an ExpertReader notes file")
    kept_as = _report(result).corrupt_kept_as
    assert kept_as is not None
    kept = sqlite3.connect(kept_as)
    assert kept.execute("SELECT name FROM photos").fetchall() == [("cat.jpg",)]
    kept.close()


@pytest.mark.parametrize("how", ["fifo", "folder"])
@pytest.mark.timeout(30)
def test_something_that_is_not_a_file_is_never_opened_and_is_set_aside(
    seeded: Seeded, how: str
) -> None:
    if how == "fifo" and not hasattr(os, "mkfifo"):
        pytest.skip("named pipes are POSIX")
    damage.DAMAGE[how](seeded.db)
    result = NotesStore.open(seeded.db)  # reading a pipe would wait forever
    _check_backup_restored(seeded, result.store)
    report = _report(result)
    assert report.corrupt_kept_as is not None
    assert report.corrupt_kept_as.is_fifo() if how == "fifo" else report.corrupt_kept_as.is_dir()
    assert "was not an ExpertReader notes file" in report.message
    result.store.close()
    assert seeded.db.is_file()


# --- damage inside the file: every readable row is kept ---------------------------------------


@pytest.mark.parametrize(
    ("how", "suffix"), [("foreign wal", "-wal"), ("foreign journal", "-journal")]
)
def test_a_foreign_side_file_is_set_aside_and_the_file_read_without_it(
    seeded: Seeded, how: str, suffix: str
) -> None:
    damaged = seeded.db.read_bytes()
    damage.DAMAGE[how](seeded.db)
    side = Path(f"{seeded.db}{suffix}")
    foreign = side.read_bytes()
    found = diagnose(seeded.db, paths.backups_dir())
    assert found.condition is Condition.FOREIGN_SIDE_FILE and found.side_file == side.name
    assert seeded.db.read_bytes() == damaged  # looking changed nothing
    result = NotesStore.open(seeded.db)
    _check_everything_kept(seeded, result.store)
    _check_repair(seeded, result, damaged, f"the file {side.name} beside it belonged to another")
    kept = _report(result).corrupt_kept_as
    assert Path(f"{kept}{suffix}").read_bytes() == foreign
    assert not side.exists() or side.read_bytes() != foreign


def test_a_rolled_back_version_number_keeps_every_row(seeded: Seeded) -> None:
    damage.version_rolled_back(seeded.db)
    damaged = seeded.db.read_bytes()
    result = NotesStore.open(seeded.db)
    _check_everything_kept(seeded, result.store)
    _check_repair(seeded, result, damaged, "did not match its version number")


@pytest.mark.parametrize("how", ["truncated", "garbage in the middle"])
def test_a_damaged_file_gives_up_every_readable_row_merged_with_the_backup(
    seeded: Seeded, how: str
) -> None:
    damage.DAMAGE[how](seeded.db)
    damaged = seeded.db.read_bytes()
    from_file = {k: v for k, v in _rows_left(seeded.db).items() if v is not None}
    result = NotesStore.open(seeded.db)
    texts = _texts(result.store)
    assert from_file, "the damage left nothing readable: the case proves nothing"
    for uid, text in from_file.items():  # every row SQLite can still read is there
        if uid != seeded.deleted_uid:
            assert texts[uid] == text
    for uid, text in seeded.in_backup.items():  # and every note of the backup
        if uid not in from_file and uid != seeded.deleted_uid:
            assert texts[uid] == text
    for uid, text in texts.items():
        assert text in (seeded.live.get(uid), seeded.in_backup.get(uid), None)
    _check_repair(seeded, result, damaged, "was damaged")
    assert "could be read from the damaged file, together with" in _report(result).message


def _rows_left(db: Path, rowids: int = 200) -> dict[str, str | None]:
    """The notes rows SQLite itself can still read, one rowid at a time, ignoring the damage."""
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro&immutable=1", uri=True)
    conn.execute("PRAGMA writable_schema = ON")
    found: dict[str, str | None] = {}
    for rowid in range(1, rowids):
        try:
            row = conn.execute("SELECT uid, text FROM notes WHERE rowid = ?", (rowid,)).fetchone()
        except sqlite3.DatabaseError:
            continue
        if row is not None:
            found[str(row[0])] = row[1]
    conn.close()
    return found


# --- a file this version must not touch -------------------------------------------------------


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): damage.digest(path)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_a_file_from_a_newer_version_is_refused_and_left_exactly_as_it_was(
    seeded: Seeded, data_dir: Path
) -> None:
    damage.newer_version(seeded.db)
    before = _snapshot(data_dir)
    with pytest.raises(StoreError) as refused:
        NotesStore.open(seeded.db)
    assert refused.value.fault is Fault.NEWER_VERSION
    assert "newer version of ExpertReader" in refused.value.message
    assert _snapshot(data_dir) == before  # not a byte changed, no side file made


# --- one bad value in one row -----------------------------------------------------------------


@pytest.mark.parametrize("case", sorted(damage.BAD_VALUES))
def test_one_unreadable_value_never_hides_the_other_notes(seeded: Seeded, case: str) -> None:
    uid = damage.spoil_one_value(seeded, case)
    _, outcome = damage.BAD_VALUES[case]
    result = NotesStore.open(seeded.db)
    assert result.recovery is None  # the file is sound: nothing is moved
    with result.store as store:
        bookmarks = store.bookmarks()
        marks_report = (store.unreadable, store.mended)
        notes = store.notes()
        skipped, mended = store.unreadable, store.mended
        texts = {note.uid: note.text for note in notes}
        if "bookmark" in case:
            assert marks_report == ([], [uid])
            assert {b.qa_id for b in bookmarks} == seeded.bookmarks
            assert texts == seeded.live
            return
        assert marks_report == ([], [])
        others = {key: text for key, text in seeded.live.items() if key != uid}
        assert {key: texts[key] for key in others} == others  # every other note, intact
        if outcome == "skipped":
            assert uid not in texts
            assert mended == []
            assert skipped == (["(a row without a readable id)"] if "id" in case else [uid])
        else:
            assert texts[uid] == seeded.live[uid]  # the words matter more than the time
            assert (skipped, mended) == ([], [uid])
        # Export and saving work around it.
        exported = to_json(bookmarks, notes, exported_at=timestamps.utc_now())
        assert seeded.live[seeded.added_uid] in exported
        store.save_answer_note("q-new", "still saves")
        assert store.answer_note("q-new") is not None


# --- a full disk at start-up ------------------------------------------------------------------


def _check_read_only_on_a_full_disk(seeded: Seeded, result: OpenResult) -> None:
    store = result.store
    assert result.recovery is None
    assert store.read_only
    reason = store.read_only_reason
    assert reason is not None and "disk is full" in reason and str(seeded.db.parent) in reason
    assert _texts(store) == seeded.live  # readable, all of it
    exported = to_json(store.bookmarks(), store.notes(), exported_at=timestamps.utc_now())
    assert seeded.live[seeded.added_uid] in exported  # exportable
    with pytest.raises(StoreError):
        store.save_answer_note("q-new", "cannot be saved now")
    assert store.read_only_reason == reason  # the warning stays
    assert _texts(store) == seeded.live


class FullDisk:
    """The notes folder's disk is full, as SQLite and the OS report it (measured on tmpfs).

    SQLite cannot make its -shm file (``SQLITE_IOERR_SHMSIZE``) for ``mode=rw`` nor ``mode=ro``;
    ``immutable=1`` opens; new files cannot be made (ENOSPC); ``statvfs`` shows no room.
    """

    SHMSIZE = 4874

    def __init__(self, monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
        real_open, real_mkstemp, real_statvfs = connection.open_uri, tempfile.mkstemp, os.statvfs
        prefix = folder.absolute().as_uri()

        def open_uri(uri: str) -> sqlite3.Connection:
            if uri.startswith(prefix) and "immutable=1" not in uri:
                error = sqlite3.OperationalError("disk I/O error")
                error.sqlite_errorcode = self.SHMSIZE
                raise error
            return real_open(uri)

        def mkstemp(*args: Any, **kwargs: Any) -> tuple[int, str]:
            if Path(str(kwargs.get("dir", ""))).is_relative_to(folder):
                raise OSError(errno.ENOSPC, "No space left on device")
            return real_mkstemp(*args, **kwargs)

        def statvfs(path: Any) -> os.statvfs_result:
            status = real_statvfs(path)
            if not Path(path).absolute().is_relative_to(folder):
                return status
            values = list(status)
            values[3] = values[4] = 0  # f_bfree, f_bavail
            return os.statvfs_result(values)

        monkeypatch.setattr(connection, "open_uri", open_uri)
        monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
        monkeypatch.setattr(os, "statvfs", statvfs)


@pytest.mark.skipif(not hasattr(os, "statvfs"), reason="statvfs is POSIX")
def test_a_full_disk_at_start_up_opens_read_only_readable_and_exportable(
    seeded: Seeded, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    FullDisk(monkeypatch, data_dir)
    before = _snapshot(data_dir)
    _check_read_only_on_a_full_disk(seeded, NotesStore.open(seeded.db))
    assert _snapshot(data_dir) == before


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 2 MB tmpfs (needs root and mount); skipped where mounting is not allowed."""
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0 or shutil.which("umount") is None:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode(errors='replace')}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(folder: Path, leave: int = 0) -> None:
    """Write until the disk says it is full (or has only ``leave`` bytes left)."""
    handle = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        if leave:
            status = os.statvfs(folder)
            os.write(handle, bytes(status.f_bavail * status.f_frsize - leave))
            return
        while True:
            os.write(handle, b"\0" * 65536)
    except OSError as error:
        assert error.errno == errno.ENOSPC
    finally:
        os.close(handle)


def test_a_really_full_disk_at_start_up_opens_read_only(tiny_disk: Path) -> None:
    seeded = damage.seed(tiny_disk / "data", count=12)
    fill(tiny_disk)
    result = NotesStore.open(seeded.db)
    _check_read_only_on_a_full_disk(seeded, result)
    result.store.close()


# --- leftovers and the backups folder ---------------------------------------------------------


def test_leftovers_of_killed_backups_and_repairs_are_removed_at_the_next_start(
    seeded: Seeded, data_dir: Path
) -> None:
    backups = paths.backups_dir()
    leftovers = [
        backups / ".incoming-k3j4h5.tmp",  # named by older versions
        backups / ".incoming-k3j4h5.tmp-journal",
        backups / f".{seeded.backup.name}.x8y9z0.tmp",
        backups / f".{seeded.backup.name}.x8y9z0.tmp-journal",
        data_dir / ".notes.db.a1b2c3.tmp",  # a repair killed before its rename
    ]
    for path in leftovers:
        shutil.copyfile(seeded.backup, path)  # a second ago, not an hour
    strangers = [backups / "notes-not-ours.db.tmp", data_dir / ".hidden", backups / ".x.tmp.d"]
    strangers[0].write_bytes(b"keep")
    strangers[1].write_bytes(b"keep")
    strangers[2].mkdir()
    store, message = opening.open_store()
    store.close()
    assert message is None
    assert [path for path in leftovers if path.exists()] == []
    assert all(path.exists() for path in strangers)
    assert seeded.backup.exists()


def test_a_temporary_file_being_written_is_never_removed(data_dir: Path) -> None:
    target = data_dir / "export.json"
    data_dir.mkdir(parents=True, exist_ok=True)
    with atomic.replacing(target) as temp:
        temp.write_bytes(b"half written")
        Path(f"{temp}-journal").write_bytes(b"its journal")
        assert atomic.remove_leftovers(data_dir) == 0
        assert temp.exists() and Path(f"{temp}-journal").exists()
        temp.write_bytes(b"complete")
    assert target.read_bytes() == b"complete"


def test_the_daily_backup_of_an_emptied_store_never_rotates_out_the_last_backup_with_notes(
    seeded: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    with NotesStore.open(seeded.db).store as store:
        for note in store.notes():
            store.delete_note(note.uid)
        for qa_id in store.bookmarked_ids():
            store.remove_bookmark(qa_id)
        store.database.connection().execute("DELETE FROM bin")  # 30 days later
        assert store.notes() == [] and store.bin_items() == []
        for day in range(1, backup.KEEP_BACKUPS + 5):
            later = dt.datetime.now(dt.UTC) + dt.timedelta(days=day)
            monkeypatch.setattr(timestamps, "utc_now", lambda moment=later: moment)
            assert backup.backup_if_due(store) is not None
    kept = backup.list_backups(paths.backups_dir())
    assert seeded.backup in kept
    assert damage.digest(seeded.backup) == seeded.backup_digest
    assert backup.best_backup_to_restore(paths.backups_dir()) == seeded.backup
    damage.emptied(seeded.db)
    result = NotesStore.open(seeded.db)
    assert result.recovery is not None and result.recovery.restored_from == seeded.backup
    assert _texts(result.store) == seeded.in_backup
    result.store.close()


def test_a_write_after_an_emptied_file_is_repaired_is_not_lost_in_a_later_repair(
    seeded: Seeded,
) -> None:
    """A repaired file is itself backed up and repaired like any other (no empty file wins)."""
    damage.emptied(seeded.db)
    with NotesStore.open(seeded.db).store as store:
        store.save_answer_note(QUESTIONS[4], "written after the repair")
        store.backup("daily")
        expected = _texts(store)
    damage.emptied(seeded.db)
    result = NotesStore.open(seeded.db)
    assert _texts(result.store) == expected
    result.store.close()


def test_salvage_keeps_every_row_outside_a_damaged_page(data_dir: Path) -> None:
    """Short notes sit 40 to a page: stepping over the bad page must not skip the next ones."""
    db = data_dir / "notes.db"
    with NotesStore.open(db).store as store:
        for number in range(600):
            store.save_answer_note(f"q{number:04d}", f"short note {number}")
    conn = sqlite3.connect(db)
    leaves = [
        int(row[0])
        for row in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'notes' AND pagetype = 'leaf' ORDER BY pageno"
        )
    ]
    conn.close()
    assert len(leaves) >= 6
    data = bytearray(db.read_bytes())
    bad = leaves[len(leaves) // 2]
    data[(bad - 1) * damage.PAGE : bad * damage.PAGE] = b"\xff" * damage.PAGE
    db.write_bytes(bytes(data))
    readable = {uid: text for uid, text in _rows_left(db, 1000).items()}
    assert 500 < len(readable) < 600
    salvaged = salvage_file(db)
    assert {str(row["uid"]): row["text"] for row in salvaged.rows("notes")} == readable
    assert salvaged.unreadable > 0


# --- merging the damaged file with the backup -------------------------------------------------

PASSAGE = Passage("second opinion", "a ", " is", 10, 24)


def _force_repair(db: Path) -> OpenResult:
    """Make the next start read the file row by row and merge it with the backup."""
    damage.version_rolled_back(db)
    result = NotesStore.open(db)
    assert result.recovery is not None
    return result


def test_a_repair_keeps_bin_entries_whose_ids_the_backup_also_used(data_dir: Path) -> None:
    db = data_dir / "notes.db"
    with NotesStore.open(db).store as store:
        early = store.add_passage_note("q2", PASSAGE, "deleted before the backup")
        store.delete_note(early.uid)
        store.backup("daily")
        [item] = store.bin_items()
        store.restore_from_bin(item.id)  # its bin id is free again...
        late = store.add_passage_note("q3", PASSAGE, "written and deleted after the backup")
        store.delete_note(late.uid)  # ...and taken by this one
        assert [entry.id for entry in store.bin_items()] == [item.id]
    with _force_repair(db).store as store:
        assert [entry.record.uid for entry in store.bin_items()] == [late.uid]
        assert [note.uid for note in store.notes()] == [early.uid]  # restored: not in the bin


def test_a_repair_keeps_both_notes_when_one_answer_has_two(data_dir: Path) -> None:
    """The file's bin lost the deletion of the backup's note: both come back on one answer."""
    db = data_dir / "notes.db"
    with NotesStore.open(db).store as store:
        old = store.save_answer_note(QUESTIONS[0], "the note in the backup")
        store.backup("daily")
        assert old is not None
        store.delete_note(old.uid)
        store.save_answer_note(QUESTIONS[0], "the note written since")
        store.database.connection().execute("DELETE FROM bin")  # the damage
    with _force_repair(db).store as store:
        [note] = store.notes()
        assert note.text == "the note written since\n\nthe note in the backup"


def test_a_repair_keeps_the_newest_version_of_a_note_typed_on_since_the_backup(
    data_dir: Path,
) -> None:
    db = data_dir / "notes.db"
    with NotesStore.open(db).store as store:
        note = store.add_passage_note("q1", PASSAGE, "Ask")
        store.backup("daily")
        store.update_note(note.uid, "Ask about trials")  # folded into the same history row
    with _force_repair(db).store as store:
        newest, *_ = store.versions(note.uid)
        assert newest.text == "Ask about trials"
        assert store.note(note.uid) is not None


# --- a damaged file that cannot be repaired now -----------------------------------------------


def _check_shown_read_only(seeded: Seeded, result: OpenResult, before: dict[str, str]) -> None:
    report = _report(result)
    store = result.store
    assert store.read_only
    assert report.corrupt_kept_as == seeded.db  # kept where it is: nothing was moved
    reason = store.read_only_reason
    assert reason is not None and str(seeded.db) in reason and "disk is full" in reason
    assert "there is room on the disk again" in reason
    assert _texts(store) == seeded.live  # every row of the damaged file is shown
    after = _snapshot(seeded.db.parent)
    side = {name: after.pop(name) for name in list(after) if name.endswith(("-shm", "-wal"))}
    assert after == before  # SQLite's reading leaves an empty -wal and a -shm, no more
    assert side.get("notes.db-wal", damage.EMPTY_DIGEST) == damage.EMPTY_DIGEST
    with pytest.raises(StoreError):
        store.save_answer_note("q-new", "cannot be saved now")
    store.close()


def test_a_damaged_file_is_shown_read_only_when_the_disk_fills_during_repair(
    seeded: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    damage.version_rolled_back(seeded.db)
    before = _snapshot(seeded.db.parent)

    def no_room(target: Path, salvage: object) -> None:
        target.write_bytes(b"half")
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = sqlite3.SQLITE_FULL
        raise error

    monkeypatch.setattr(repair, "write_rows", no_room)  # as repair calls it
    _check_shown_read_only(seeded, NotesStore.open(seeded.db), before)


def test_a_damaged_file_on_a_really_nearly_full_disk_is_shown_read_only(tiny_disk: Path) -> None:
    seeded = damage.seed(tiny_disk / "data", count=12)
    damage.version_rolled_back(seeded.db)
    fill(tiny_disk, leave=8192)  # room for the temporary file, not for what goes in it
    before = _snapshot(seeded.db.parent)
    _check_shown_read_only(seeded, NotesStore.open(seeded.db), before)


# --- words UTF-8 cannot hold as they are ------------------------------------------------------


def test_a_lone_surrogate_in_a_note_is_saved_as_a_replacement_character(data_dir: Path) -> None:
    """A broken paste or import must not refuse the whole save with an unexpected error."""
    with NotesStore.open(data_dir / "notes.db").store as store:
        note = store.save_answer_note("q1", "before \ud800 after \ud83d\ude00", "Q\udc80?")
        assert note is not None
        passage = store.add_passage_note("q2", Passage("ex\ud800", "", "", 0, 3), "words")
        store.delete_note(passage.uid)
        [saved] = store.notes()
        assert saved.text == "before \ufffd after 😀" and saved.question == "Q\ufffd?"
        assert [v.text for v in store.versions(note.uid)] == ["before \ufffd after 😀"]
        [binned] = store.bin_items()
        assert isinstance(binned.record, Note) and binned.record.passage is not None
        assert binned.record.passage.exact == "ex\ufffd"


def test_a_missing_file_with_a_file_where_the_backups_folder_should_be(data_dir: Path) -> None:
    """No backups to go by is a new start, not a notes file that cannot be opened."""
    data_dir.mkdir(parents=True, exist_ok=True)
    paths.backups_dir().write_text("a file, not a folder", encoding="utf-8")
    result = NotesStore.open(paths.notes_db())
    assert result.recovery is None
    with result.store as store:
        store.save_answer_note("q1", "works")
        assert [note.text for note in store.notes()] == ["works"]


# --- appointment sheets ------------------------------------------------------------------------


def test_a_repair_keeps_sheets_with_the_newest_answers_typed_since_the_backup(
    data_dir: Path,
) -> None:
    db = data_dir / "notes.db"
    with NotesStore.open(db).store as store:
        sheets = Sheets(store.database)
        sheet = sheets.create("Visit", "2026-12-03")
        first = sheets.add_item(sheet.uid, "In the backup")
        store.backup("daily")
        later = sheets.add_item(sheet.uid, "Added since")
        sheets.set_doctor_said(first.uid, "Typed since the backup")
    with _force_repair(db).store as store:
        sheets = Sheets(store.database)
        assert [s.uid for s in sheets.all()] == [sheet.uid]
        items = sheets.items(sheet.uid)
        assert [i.uid for i in items] == [first.uid, later.uid]
        assert items[0].doctor_said == "Typed since the backup"


def test_a_repair_keeps_deletions_of_sheets_and_questions_made_since_the_backup(
    data_dir: Path,
) -> None:
    db = data_dir / "notes.db"
    with NotesStore.open(db).store as store:
        sheets = Sheets(store.database)
        gone = sheets.create("Deleted since")
        sheets.add_item(gone.uid, "Goes with its sheet")
        kept = sheets.create("Kept")
        taken_off = sheets.add_item(kept.uid, "Taken off since")
        stays = sheets.add_item(kept.uid, "Stays")
        store.backup("daily")
        sheets.delete(gone.uid)
        sheets.remove_item(taken_off.uid)
    with _force_repair(db).store as store:
        sheets = Sheets(store.database)
        assert [s.uid for s in sheets.all()] == [kept.uid]
        assert [i.uid for i in sheets.items(kept.uid)] == [stays.uid]
        assert {e.kind for e in sheets.bin_entries()} == {"sheet", "sheet_item"}
        assert store.database.query("SELECT count(*) FROM sheet_items")[0][0] == 1
