"""Notes remember the answer they were written against, so a changed answer can be told."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from expertreader import paths
from expertreader.notes import rescue, salvage
from expertreader.notes.anchor import locate, make_passage
from expertreader.notes.model import Note
from expertreader.notes.store import NotesStore

BEFORE = "Walking helps many people. Rest when you need to."
AFTER = "Walking helps most people. Rest when you need to, and ask about exercise classes."


@pytest.fixture
def store(data_dir: Path) -> Iterator[NotesStore]:
    opened = NotesStore.open(paths.notes_db()).store
    yield opened
    opened.close()


def test_an_answer_note_keeps_the_answer_of_its_last_save(store: NotesStore) -> None:
    note = store.save_answer_note("q1", "Ask about walking groups.", "Tired?", "Fatigue", BEFORE)
    assert note is not None and note.answer_text == BEFORE
    stored = store.answer_note("q1")
    assert stored is not None and stored.answer_text == BEFORE
    assert not stored.answer_changed(BEFORE)
    assert stored.answer_changed(AFTER)
    store.save_answer_note("q1", "Ask about walking groups and classes.", answer_text=AFTER)
    again = store.answer_note("q1")
    assert again is not None and again.answer_text == AFTER and not again.answer_changed(AFTER)


def test_a_save_without_the_answer_keeps_the_one_it_had(store: NotesStore) -> None:
    store.save_answer_note("q1", "First words.", answer_text=BEFORE)
    store.save_answer_note("q1", "Written on a question the articles lost.")
    note = store.answer_note("q1")
    assert note is not None and note.text.startswith("Written") and note.answer_text == BEFORE


def test_older_notes_know_nothing_of_their_answer(store: NotesStore) -> None:
    store.save_answer_note("q1", "Saved before v4 kept answers.")
    note = store.answer_note("q1")
    assert note is not None and note.answer_text is None
    assert not note.answer_changed(AFTER)  # nothing to compare with: nothing is claimed


def test_a_passage_note_keeps_the_answer_its_positions_count_in(store: NotesStore) -> None:
    start = BEFORE.index("many people")
    passage = make_passage(BEFORE, start, start + len("many people"))
    note = store.add_passage_note("q1", passage, "Me too.", answer_text=BEFORE)
    store.update_note(note.uid, "Me too, most days.")
    [kept] = store.passage_notes("q1")
    assert kept.answer_text == BEFORE  # editing the note's words does not move its anchor
    assert kept.passage is not None
    span = locate(kept.passage, AFTER, kept.answer_text)  # the same place, one word changed
    assert span is not None and AFTER[span[0] : span[1]] == "most people"
    assert kept.answer_changed(AFTER)  # and the note says the answer changed
    start = AFTER.index("Rest when you need to")
    rest = make_passage(BEFORE, BEFORE.index("Rest"), BEFORE.index("Rest") + 21)
    assert locate(rest, AFTER, BEFORE) == (start, start + 21)


def test_the_answer_survives_delete_and_restore_from_the_bin(store: NotesStore) -> None:
    note = store.save_answer_note("q1", "Keep me.", answer_text=BEFORE)
    assert note is not None
    store.delete_note(note.uid)
    [item] = store.bin_items()
    assert isinstance(item.record, Note) and item.record.answer_text == BEFORE
    store.restore_from_bin(item.id)
    restored = store.answer_note("q1")
    assert restored is not None and restored.answer_text == BEFORE


def test_an_import_without_the_answer_keeps_ours(store: NotesStore) -> None:
    ours = store.save_answer_note("q1", "Mine.", answer_text=BEFORE)
    assert ours is not None
    newer = Note("q1", "Mine, edited elsewhere.", ours.created, ours.modified, ours.uid)
    newer.modified = newer.modified.replace(year=newer.modified.year + 1)
    store.merge([], [newer])
    merged = store.answer_note("q1")
    assert merged is not None and merged.text == "Mine, edited elsewhere."
    assert merged.answer_text == BEFORE


def test_repair_keeps_the_answer_a_note_was_written_on(store: NotesStore, tmp_path: Path) -> None:
    store.save_answer_note("q1", "Keep the answer too.", answer_text=BEFORE)
    rows = salvage.salvage_file(store.path)
    target = tmp_path / "repaired.db"
    rescue.write_rows(target, rows)
    conn = sqlite3.connect(target)
    try:
        [(text, answer)] = conn.execute("SELECT text, answer_text FROM notes").fetchall()
    finally:
        conn.close()
    assert (text, answer) == ("Keep the answer too.", BEFORE)


def test_an_unreadable_answer_copy_never_hides_the_note(store: NotesStore) -> None:
    store.save_answer_note("q1", "My words.", answer_text=BEFORE)
    conn = sqlite3.connect(store.path)
    conn.execute("UPDATE notes SET answer_text = ?", (b"\xff\xfe not text",))
    conn.commit()
    conn.close()
    note = store.answer_note("q1")
    assert note is not None and note.text == "My words." and note.answer_text is None
    assert store.unreadable == []


def test_the_json_export_carries_the_answer_and_import_restores_it(store: NotesStore) -> None:
    import datetime as dt

    from expertreader.export.annotation_reader import read_annotation_bytes
    from expertreader.export.annotations import ANSWER_TEXT_KEY, to_json

    store.save_answer_note("q1", "Whole answer.", answer_text=BEFORE)
    store.save_answer_note("q2", "Saved before v4.")
    exported = to_json([], store.notes(), exported_at=dt.datetime(2026, 12, 1, tzinfo=dt.UTC))
    items = json.loads(exported)["first"]["items"]
    answers = {item["body"]["value"]: item.get(ANSWER_TEXT_KEY) for item in items}
    assert answers == {"Whole answer.": BEFORE, "Saved before v4.": None}
    imported = read_annotation_bytes(exported.encode("utf-8"))
    assert {note.text: note.answer_text for note in imported.notes} == answers
    broken = exported.replace(json.dumps(BEFORE)[1:-1], "\\ud800 broken")
    restored = read_annotation_bytes(broken.encode("utf-8")).notes
    assert {note.text: note.answer_text for note in restored} == {  # the note still comes
        "Whole answer.": None,
        "Saved before v4.": None,
    }
