"""Appointment sheets in the notes file: order, durability, the bin, history and import merges."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from expertreader import paths, timestamps
from expertreader.notes.errors import StoreError
from expertreader.notes.sheet_model import Sheet, appointment_date, replace, short_quote
from expertreader.notes.sheets import Sheets
from expertreader.notes.store import NotesStore

START = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)


class Clock:
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


@pytest.fixture
def sheets(store: NotesStore) -> Sheets:
    return Sheets(store.database)


def questions(sheets: Sheets, sheet: Sheet) -> list[str]:
    return [item.question for item in sheets.items(sheet.uid)]


def test_a_sheet_and_its_questions_are_kept_in_order_across_a_restart(
    store: NotesStore, sheets: Sheets
) -> None:
    sheet = sheets.create("Scan results", "2026-12-03", "Dr. Lee", "Sam")
    first = sheets.add_item(sheet.uid, "How do I choose a doctor?", "a7641ccc6f5739f6")
    sheets.add_item(sheet.uid, "Can I travel in March?")
    assert first.position == 0 and not first.typed
    store.close()
    with NotesStore.open(paths.notes_db()).store as reopened:
        again = Sheets(reopened.database)
        [kept] = again.all()
        assert kept == sheet
        assert kept.date == dt.date(2026, 12, 3)
        assert questions(again, kept) == ["How do I choose a doctor?", "Can I travel in March?"]
        assert [item.position for item in again.items(kept.uid)] == [0, 1]
        assert again.question_counts() == {sheet.uid: 2}


def test_sheets_are_listed_by_appointment_the_latest_first(sheets: Sheets, clock: Clock) -> None:
    past = sheets.create("Last month", "2026-10-20")
    clock.advance(days=1)
    undated = sheets.create("No date yet")  # listed by the day it was made
    clock.advance(days=1)
    upcoming = sheets.create("Next visit", "2026-12-10")
    assert [s.uid for s in sheets.all()] == [upcoming.uid, undated.uid, past.uid]
    assert sheets.newest() == upcoming


def test_questions_move_by_keyboard_steps_and_by_drag_and_drop(sheets: Sheets) -> None:
    sheet = sheets.create("Visit")
    a, b, c = (sheets.add_item(sheet.uid, name) for name in "ABC")
    assert [i.question for i in sheets.move_item(c.uid, 0)] == ["C", "A", "B"]
    assert [i.question for i in sheets.move_item(c.uid, 99)] == ["A", "B", "C"]  # clamped
    sheets.reorder(sheet.uid, [b.uid, c.uid])  # A not named: kept, after the named ones
    assert questions(sheets, sheet) == ["B", "C", "A"]
    assert [item.position for item in sheets.items(sheet.uid)] == [0, 1, 2]
    assert a.uid in {item.uid for item in sheets.items(sheet.uid)}


def test_a_move_counts_as_a_change_of_the_questions_that_moved(
    sheets: Sheets, clock: Clock
) -> None:
    sheet = sheets.create("Visit")
    a, b = sheets.add_item(sheet.uid, "A"), sheets.add_item(sheet.uid, "B")
    clock.advance(minutes=1)
    moved = {item.uid: item.modified for item in sheets.move_item(b.uid, 0)}
    assert moved[a.uid] == moved[b.uid] == clock.now


def test_sheet_details_and_question_choices_change_and_unknown_fields_are_refused(
    sheets: Sheets, clock: Clock
) -> None:
    sheet = sheets.create("Visit")
    clock.advance(seconds=5)
    changed = sheets.update(sheet.uid, with_whom="Dr. Patel", appointment="2026-12-01")
    assert changed.with_whom == "Dr. Patel" and changed.modified == clock.now
    assert sheets.update(sheet.uid, with_whom="Dr. Patel") == changed  # nothing new
    item = sheets.add_item(sheet.uid, "Q?", "qa1", quote="The expert's words.")
    ticked = sheets.update_item(item.uid, asked=True, include_quote=True)
    assert ticked.asked and ticked.include_quote and ticked.quote == "The expert's words."
    with pytest.raises(TypeError):
        sheets.update(sheet.uid, created="now")
    with pytest.raises(TypeError):
        sheets.update_item(item.uid, sheet_uid="elsewhere")
    with pytest.raises(KeyError):
        sheets.update("urn:uuid:gone", title="x")
    with pytest.raises(KeyError):
        sheets.add_item("urn:uuid:gone", "Q?")


def test_what_the_doctor_said_keeps_every_version(sheets: Sheets, clock: Clock) -> None:
    sheet = sheets.create("Visit")
    item = sheets.add_item(sheet.uid, "Is 5 mg right?")
    sheets.set_doctor_said(item.uid, "Take 5")
    clock.advance(seconds=2)
    sheets.set_doctor_said(item.uid, "Take 5 mg")  # typed on: folded into one version
    clock.advance(seconds=2)
    sheets.set_doctor_said(item.uid, "Take 50 mg")  # a change: a version of its own
    assert [v.text for v in sheets.doctor_said_versions(item.uid)] == ["Take 50 mg", "Take 5 mg"]
    assert sheets.item(item.uid).doctor_said == "Take 50 mg"  # type: ignore[union-attr]


def test_a_question_taken_off_comes_back_at_its_place_by_undo_or_from_the_bin(
    sheets: Sheets,
) -> None:
    sheet = sheets.create("Visit")
    sheets.add_item(sheet.uid, "A")
    b = sheets.add_item(sheet.uid, "B")
    sheets.add_item(sheet.uid, "C")
    removed = sheets.remove_item(b.uid)
    assert removed is not None and questions(sheets, sheet) == ["A", "C"]
    assert sheets.restore_item(removed)
    assert questions(sheets, sheet) == ["A", "B", "C"]
    assert sheets.bin_entries() == []  # restored by undo: no longer in the bin
    sheets.remove_item(b.uid)
    [entry] = sheets.bin_entries()
    assert entry.kind == "sheet_item" and entry.items[0].question == "B"
    sheets.restore_from_bin(entry.id)
    assert questions(sheets, sheet) == ["A", "B", "C"]
    assert sheets.restore_from_bin(entry.id) is None


def test_a_deleted_sheet_keeps_its_questions_in_the_bin_apart_from_notes(
    store: NotesStore, sheets: Sheets
) -> None:
    sheet = sheets.create("Visit", "2026-12-03")
    sheets.add_item(sheet.uid, "A")
    item = sheets.add_item(sheet.uid, "B")
    sheets.set_doctor_said(item.uid, "Yes")
    deleted = sheets.delete(sheet.uid)
    assert deleted is not None and sheets.all() == []
    assert store.bin_items() == []  # Edit > Recently deleted lists notes and bookmarks only
    [entry] = sheets.bin_entries()
    assert entry.kind == "sheet" and [i.question for i in entry.items] == ["A", "B"]
    sheets.restore_from_bin(entry.id)
    assert sheets.all() == [sheet]
    assert [i.doctor_said for i in sheets.items(sheet.uid)] == ["", "Yes"]
    assert [v.text for v in sheets.doctor_said_versions(item.uid)] == ["Yes"]


def test_undo_of_a_deleted_sheet_brings_it_back_whole(sheets: Sheets) -> None:
    sheet = sheets.create("Visit")
    sheets.add_item(sheet.uid, "A")
    deleted = sheets.delete(sheet.uid)
    assert deleted is not None
    sheets.restore(*deleted)
    assert questions(sheets, sheet) == ["A"] and sheets.bin_entries() == []


def test_a_question_whose_sheet_was_deleted_since_comes_back_on_a_sheet(sheets: Sheets) -> None:
    sheet = sheets.create("Visit")
    item = sheets.add_item(sheet.uid, "Keep me")
    sheets.remove_item(item.uid)
    sheets.delete(sheet.uid)
    lone = next(entry for entry in sheets.bin_entries() if entry.kind == "sheet_item")
    sheets.restore_from_bin(lone.id)
    [home] = sheets.all()
    assert home.uid == sheet.uid and questions(sheets, home) == ["Keep me"]


def test_the_disk_refusing_gives_store_error(
    store: NotesStore, sheets: Sheets, monkeypatch: pytest.MonkeyPatch
) -> None:
    sheet = sheets.create("Visit")

    def refuse() -> object:
        raise StoreError("The disk is full.", store.path)

    monkeypatch.setattr(store.database, "_writable_connection", refuse)
    with pytest.raises(StoreError):
        sheets.add_item(sheet.uid, "A")
    with pytest.raises(StoreError):
        sheets.delete(sheet.uid)
    monkeypatch.undo()
    assert sheets.all() == [sheet] and sheets.items(sheet.uid) == []


# --- import ------------------------------------------------------------------------------------


def test_merging_the_same_sheets_twice_adds_nothing(sheets: Sheets, tmp_path: Path) -> None:
    sheet = sheets.create("Visit", "2026-12-03")
    items = [sheets.add_item(sheet.uid, "A"), sheets.add_item(sheet.uid, "B")]
    with NotesStore.open(tmp_path / "other.db").store as other:
        theirs = Sheets(other.database)
        first = theirs.merge([sheet], items)
        assert (first.added, first.updated, first.unchanged) == (3, 0, 0)
        second = theirs.merge([sheet], items)
        assert (second.added, second.updated, second.unchanged) == (0, 0, 3)
        assert theirs.all() == [sheet] and theirs.items(sheet.uid) == items


def test_a_merge_keeps_the_newer_edit_and_never_moves_a_question(
    sheets: Sheets, clock: Clock
) -> None:
    sheet = sheets.create("Visit")
    other = sheets.create("Other visit")
    item = sheets.add_item(sheet.uid, "A")
    clock.advance(minutes=1)
    newer = replace(item, doctor_said="Yes", sheet_uid=other.uid, modified=clock.now)
    older = replace(sheet, title="Old title", modified=START - dt.timedelta(days=1))
    report = sheets.merge([older], [newer])
    assert (report.added, report.updated, report.unchanged) == (0, 1, 1)
    [kept] = sheets.items(sheet.uid)
    assert kept.doctor_said == "Yes" and kept.sheet_uid == sheet.uid
    assert sheets.sheet(sheet.uid).title == "Visit"  # type: ignore[union-attr]
    assert [v.text for v in sheets.doctor_said_versions(item.uid)] == ["Yes"]


def test_a_merged_question_without_its_sheet_is_reported_not_stored(sheets: Sheets) -> None:
    sheet = sheets.create("Visit")
    item = sheets.add_item(sheet.uid, "Lonely?")
    sheets.delete(sheet.uid)
    report = sheets.merge([], [item])
    assert report.added == 0 and len(report.skipped) == 1 and "Lonely?" in report.skipped[0]


def test_merged_questions_take_their_places_after_the_local_ones_of_the_same_place(
    sheets: Sheets, clock: Clock
) -> None:
    sheet = sheets.create("Visit")
    ours = sheets.add_item(sheet.uid, "Ours")
    clock.advance(seconds=1)
    theirs = replace(ours, uid="urn:uuid:theirs", question="Theirs", created=clock.now)
    sheets.merge([], [theirs])
    assert questions(sheets, sheet) == ["Ours", "Theirs"]
    assert [item.position for item in sheets.items(sheet.uid)] == [0, 1]


# --- the model's helpers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-12-03", dt.date(2026, 12, 3)),
        ("", None),
        ("2026-02-30", None),
        ("next Tuesday", None),
    ],
)
def test_appointment_dates_are_iso_dates_or_nothing(text: str, expected: dt.date | None) -> None:
    assert appointment_date(text) == expected


def test_a_short_quote_is_whole_sentences_of_the_experts_words() -> None:
    answer = "First sentence here. " * 3 + "A last one that makes it too long " * 8
    quote = short_quote(answer, limit=70)
    assert quote == "First sentence here. First sentence here. First sentence here."
    assert short_quote("Short.  Answer.") == "Short. Answer."  # whitespace normalised only
    cut = short_quote("word " * 100, limit=30)
    assert cut.endswith("…") and len(cut) <= 31 and "word word" in cut


def test_the_json_export_and_import_of_the_program_carry_the_sheets(
    store: NotesStore, sheets: Sheets, tmp_path: Path
) -> None:
    from expertreader.content.library import load_library
    from expertreader.export import service

    sheet = sheets.create("Visit", "2026-12-03")
    sheets.add_item(sheet.uid, "Can I travel?")
    library = load_library(paths.content_dir())
    exported = service.export_notes(store, library, "json", tmp_path / "notes.json")
    with NotesStore.open(tmp_path / "new" / "notes.db").store as other:
        service.import_notes(other, library, exported)
        assert [s.uid for s in Sheets(other.database).all()] == [sheet.uid]
