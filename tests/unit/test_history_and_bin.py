"""Every saved version of a note is kept, and whatever is deleted waits in the bin for 30 days.

History folds a save into the previous version only when it types on at its end within
``history.COALESCE_WITHIN``; anything removed, changed or inserted is a version of its own, so
every text ever saved can be brought back, also after the editor's own undo emptied the note.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from expertreader import paths, timestamps
from expertreader.notes import bin, history
from expertreader.notes.model import Bookmark, Note, Passage
from expertreader.notes.store import NotesStore

PASSAGE = Passage("second opinion", "a ", " is", 10, 24)
START = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)


class Clock:
    """The store's idea of now, moved by hand."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.now = START
        monkeypatch.setattr(timestamps, "utc_now", lambda: self.now)

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    return Clock(monkeypatch)


@pytest.fixture
def store(data_dir: Path, clock: Clock) -> Iterator[NotesStore]:
    with NotesStore.open(paths.notes_db()).store as opened:
        yield opened


def _texts(store: NotesStore, uid: str) -> list[str]:
    return [version.text for version in store.versions(uid)]


# --- history ----------------------------------------------------------------------------------


def test_every_changed_save_is_a_version_newest_first(store: NotesStore, clock: Clock) -> None:
    note = store.save_answer_note("q1", "Ask about trials")
    assert note is not None
    clock.advance(seconds=5)
    store.save_answer_note("q1", "Ask about scans")  # a change, not an addition
    clock.advance(seconds=5)
    store.save_answer_note("q1", "Ask about scans")  # the same text: nothing new
    assert _texts(store, note.uid) == ["Ask about scans", "Ask about trials"]
    saved = [version.saved for version in store.versions(note.uid)]
    assert saved == [START + dt.timedelta(seconds=5), START]


def test_typing_on_folds_into_the_last_version_within_ten_minutes(
    store: NotesStore, clock: Clock
) -> None:
    note = store.add_passage_note("q1", PASSAGE, "Ask")
    for text in ("Ask about", "Ask about trials", "Ask about trials!"):
        clock.advance(seconds=30)
        store.update_note(note.uid, text)
    assert _texts(store, note.uid) == ["Ask about trials!"]
    clock.advance(seconds=history.COALESCE_WITHIN.total_seconds())  # after a pause
    store.update_note(note.uid, "Ask about trials! And scans.")
    assert _texts(store, note.uid) == ["Ask about trials! And scans.", "Ask about trials!"]


def test_removing_words_keeps_the_longer_text(store: NotesStore, clock: Clock) -> None:
    note = store.add_passage_note("q1", PASSAGE, "Ask about trials and scans")
    clock.advance(seconds=1)
    store.update_note(note.uid, "Ask about trials")  # the editor's undo, or a deletion
    clock.advance(seconds=1)
    store.update_note(note.uid, "Ask about trials, really")  # typing on: folded
    assert _texts(store, note.uid) == ["Ask about trials, really", "Ask about trials and scans"]


def test_an_insertion_is_a_version_of_its_own(store: NotesStore, clock: Clock) -> None:
    """Only typing on at the end folds: "5 mg" that became "50 mg" stays in history."""
    note = store.add_passage_note("q1", PASSAGE, "Dose: 5 mg")
    clock.advance(seconds=20)
    store.update_note(note.uid, "Dose: 50 mg")
    clock.advance(seconds=20)
    store.update_note(note.uid, "Dose: 50 mg twice a day")
    assert _texts(store, note.uid) == ["Dose: 50 mg twice a day", "Dose: 5 mg"]


def test_every_text_ever_saved_is_a_version_or_the_start_of_one(
    store: NotesStore, clock: Clock
) -> None:
    note = store.save_answer_note("q1", "a")
    assert note is not None
    saved = ["a"]
    for step, text in enumerate(["ab", "abc", "ac", "acd", "x", "xy", "5 mg", "50 mg", "50 mg!"]):
        clock.advance(minutes=step % 3 * 6)
        store.save_answer_note("q1", text)
        saved.append(text)
    versions = _texts(store, note.uid)
    for text in saved:
        assert any(history.types_on(text, version) for version in versions), text
    assert len(versions) < len(saved)  # and typing on was folded


def test_the_editors_undo_emptying_a_note_loses_nothing(store: NotesStore, clock: Clock) -> None:
    """Ctrl+Z in the note box can blank it; the blank save deletes it into the bin."""
    note = store.save_answer_note("q1", "Ask Dr. Lee about trials")
    assert note is not None
    clock.advance(seconds=3)
    assert store.save_answer_note("q1", "") is None
    assert store.answer_note("q1") is None
    assert _texts(store, note.uid) == ["Ask Dr. Lee about trials"]
    [item] = store.bin_items()
    assert isinstance(item.record, Note) and item.record.text == "Ask Dr. Lee about trials"
    restored = store.restore_from_bin(item.id)
    assert isinstance(restored, Note)
    assert store.answer_note("q1") == restored
    assert restored.uid == note.uid and restored.text == "Ask Dr. Lee about trials"


def test_types_on() -> None:
    assert history.types_on("", "anything")
    assert history.types_on("Ask", "Ask about")
    assert not history.types_on("Ask trials", "Ask about trials")  # an insertion
    assert not history.types_on("Ask about", "Ask")
    assert not history.types_on("5 mg", "50 mg")


# --- the bin ----------------------------------------------------------------------------------


def test_deleting_puts_notes_passage_notes_and_bookmarks_in_the_bin_newest_first(
    store: NotesStore, clock: Clock
) -> None:
    answer = store.save_answer_note("q1", "whole answer", "Q1?", "Article")
    passage = store.add_passage_note("q2", PASSAGE, "on a passage", "Q2?", "Article")
    mark = store.add_bookmark("q3", "Q3?", "Article")
    assert answer is not None
    clock.advance(seconds=1)
    store.delete_note(answer.uid)
    clock.advance(seconds=1)
    store.delete_note(passage.uid)
    clock.advance(seconds=1)
    store.remove_bookmark("q3")
    items = store.bin_items()
    assert [item.record for item in items] == [mark, passage, answer]
    assert [item.kind for item in items] == ["bookmark", "note", "note"]
    assert [item.deleted for item in items] == [START + dt.timedelta(seconds=s) for s in (3, 2, 1)]
    assert store.notes() == [] and store.bookmarks() == []


def test_restoring_from_the_bin_brings_a_note_back_with_its_history(
    store: NotesStore, clock: Clock
) -> None:
    note = store.add_passage_note("q2", PASSAGE, "first words")
    clock.advance(minutes=11)
    store.update_note(note.uid, "second words")
    store.delete_note(note.uid)
    assert _texts(store, note.uid) == ["second words", "first words"]  # history stays
    [item] = store.bin_items()
    back = store.restore_from_bin(item.id)
    assert isinstance(back, Note)
    assert store.passage_notes("q2") == [back]
    assert back.uid == note.uid and back.passage == PASSAGE and back.text == "second words"
    assert _texts(store, note.uid) == ["second words", "first words"]
    assert store.bin_items() == []
    assert store.restore_from_bin(item.id) is None  # no longer there


def test_restoring_a_bookmark_from_the_bin(store: NotesStore) -> None:
    mark = store.add_bookmark("q3", "Q3?")
    store.remove_bookmark("q3")
    [item] = store.bin_items()
    assert store.restore_from_bin(item.id) == mark
    assert store.bookmarks() == [mark]
    assert store.bin_items() == []


def test_a_restored_answer_note_joins_one_written_since(store: NotesStore, clock: Clock) -> None:
    old = store.save_answer_note("q1", "the old note")
    assert old is not None
    store.delete_note(old.uid)
    clock.advance(seconds=1)
    store.save_answer_note("q1", "a new note")
    [item] = store.bin_items()
    store.restore_from_bin(item.id)
    current = store.answer_note("q1")
    assert current is not None
    assert "the old note" in current.text and "a new note" in current.text
    assert store.bin_items() == []


def test_a_bookmark_restored_after_the_question_was_bookmarked_again(store: NotesStore) -> None:
    first = store.add_bookmark("q3")
    store.remove_bookmark("q3")
    second = store.add_bookmark("q3")
    [item] = store.bin_items()
    store.restore_from_bin(item.id)
    assert store.bookmarks() == [second] != [first]
    assert store.bin_items() == []


def test_undo_takes_the_record_out_of_the_bin(store: NotesStore) -> None:
    note = store.add_passage_note("q2", PASSAGE, "undo me")
    removed_note = store.delete_note(note.uid)
    mark = store.add_bookmark("q3")
    removed_mark = store.remove_bookmark("q3")
    assert removed_note is not None and removed_mark is not None
    assert len(store.bin_items()) == 2
    store.restore_note(removed_note)
    store.restore_bookmark(removed_mark)
    assert store.bin_items() == []
    assert store.passage_notes("q2") == [note]
    assert store.bookmarks() == [mark]


@pytest.mark.parametrize(("days", "kept"), [(bin.KEEP_DAYS - 1, True), (bin.KEEP_DAYS + 1, False)])
def test_the_bin_is_emptied_after_30_days_at_a_start(
    store: NotesStore, clock: Clock, days: int, kept: bool
) -> None:
    note = store.add_passage_note("q2", PASSAGE, "deleted long ago")
    store.delete_note(note.uid)
    fresh = store.add_passage_note("q2", PASSAGE, "deleted later")
    clock.advance(days=days)
    store.delete_note(fresh.uid)
    store.close()
    with NotesStore.open(paths.notes_db()).store as reopened:
        uids = [item.record.uid for item in reopened.bin_items()]
    assert uids == ([fresh.uid, note.uid] if kept else [fresh.uid])


def test_an_unreadable_bin_entry_hides_only_itself(store: NotesStore) -> None:
    first = store.add_passage_note("q2", PASSAGE, "one")
    second = store.add_passage_note("q2", PASSAGE, "two")
    store.delete_note(first.uid)
    store.delete_note(second.uid)
    conn = store.database.connection()
    conn.execute("UPDATE bin SET record = '{not json' WHERE uid = ?", (first.uid,))
    assert [item.record.uid for item in store.bin_items()] == [second.uid]


def test_bin_records_keep_every_field(store: NotesStore) -> None:
    note = store.add_passage_note("q2", PASSAGE, "words ✓ é", "Q2?", "Article")
    mark = store.add_bookmark("q3", "Q3?", "Article")
    store.delete_note(note.uid)
    store.remove_bookmark("q3")
    records = {item.record.uid: item.record for item in store.bin_items()}
    assert records[note.uid] == note
    assert records[mark.uid] == mark
    assert isinstance(records[mark.uid], Bookmark)


def test_a_clock_that_jumps_years_ahead_does_not_empty_the_bin(
    store: NotesStore, clock: Clock
) -> None:
    note = store.add_passage_note("q2", PASSAGE, "deleted yesterday")
    store.delete_note(note.uid)
    store.close()
    clock.advance(days=5 * 365)  # a wrong clock at the next start
    with NotesStore.open(paths.notes_db()).store as reopened:
        assert [item.record.uid for item in reopened.bin_items()] == [note.uid]
        reopened.add_bookmark("q3")  # written at that time: now days count from here
    with NotesStore.open(paths.notes_db()).store as reopened:
        assert reopened.bin_items() == []
