"""Appointment sheets in the notes file: as durable as notes, with a bin and history.

A class beside ``NotesStore`` rather than more methods in it: made from ``store.database``
(``Sheets(store.database)``), it shares the store's one connection and its state (writable,
cannot write, a copy), so a full or read-only disk behaves exactly as it does for notes: every
change is its own committed transaction, and a refused one raises ``StoreError`` (the window
keeps the edit and retries, ``ui/controllers/saving.py``). A deleted sheet (with its questions)
or a question taken off a sheet goes to the bin (``bin.put_sheet``), restorable for 30 days.
Every saved text of "what the doctor said" is kept in ``note_versions`` under the question's uid
(``history``: uids are unique across notes and sheets), so no edit can lose words.

Positions are kept 0, 1, 2, ... in each sheet: the first question is the most important.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from expertreader import timestamps
from expertreader.notes import bin, history, rows
from expertreader.notes.database import NotesDatabase
from expertreader.notes.ids import new_uid
from expertreader.notes.sheet_model import (
    ITEM_COLUMNS,
    ITEM_SELECT,
    SHEET_COLUMNS,
    SHEET_SELECT,
    Sheet,
    SheetItem,
    item_from_row,
    item_values,
    newest_first_key,
    replace,
    sheet_from_row,
    sheet_values,
)

__all__ = ["SheetMergeReport", "Sheets"]

T = TypeVar("T")
R = TypeVar("R", Sheet, SheetItem)

_SHEETS = f"SELECT {SHEET_SELECT} FROM sheets"
_ITEMS = f"SELECT {ITEM_SELECT} FROM sheet_items"
_ITEM_ORDER = " ORDER BY position, created, uid"
_SHEET_FIELDS = ("title", "appointment", "with_whom", "coming_along")
_ITEM_FIELDS = ("question", "include_quote", "quote", "include_note", "note_uid", "asked")


@dataclass(frozen=True, slots=True)
class SheetMergeReport:
    """What an import did to the sheets: sheets and questions counted together."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: tuple[str, ...] = ()
    """Questions left out, each with the reason (their sheet was in neither place)."""


class Sheets:
    """The person's appointment sheets, newest first. ``Sheets(store.database)``."""

    def __init__(self, database: NotesDatabase) -> None:
        self.database = database
        self.unreadable: list[str] = []
        """Rows the last read left out: a value in them cannot be read (by uid)."""

    # --- reading

    def all(self) -> list[Sheet]:
        """Every sheet, the latest appointment first (``sheet_model.newest_first_key``)."""
        found = self._read(_SHEETS, (), sheet_from_row)
        return sorted(found, key=newest_first_key, reverse=True)

    def newest(self) -> Sheet | None:
        listed = self.all()
        return listed[0] if listed else None

    def sheet(self, uid: str) -> Sheet | None:
        found = self._read(f"{_SHEETS} WHERE uid = ?", (uid,), sheet_from_row)
        return found[0] if found else None

    def items(self, sheet_uid: str) -> list[SheetItem]:
        """The sheet's questions in order, most important first."""
        sql = f"{_ITEMS} WHERE sheet_uid = ?{_ITEM_ORDER}"
        return self._read(sql, (sheet_uid,), item_from_row)

    def item(self, uid: str) -> SheetItem | None:
        found = self._read(f"{_ITEMS} WHERE uid = ?", (uid,), item_from_row)
        return found[0] if found else None

    def question_counts(self) -> dict[str, int]:
        """How many questions each sheet has, by sheet uid (sheets without any are absent)."""
        found = self.database.query("SELECT sheet_uid, count(*) FROM sheet_items GROUP BY 1")
        return {str(row[0]): int(row[1]) for row in found}

    def doctor_said_versions(self, item_uid: str) -> list[history.NoteVersion]:
        """Every saved text of what the doctor said on this question, newest first."""
        return history.versions(self.database.connection(), item_uid)

    def bin_entries(self) -> list[bin.BinnedSheet]:
        """Deleted sheets and questions, most recently deleted first."""
        return bin.sheet_entries(self.database.connection())

    # --- sheets

    def create(
        self, title: str, appointment: str = "", with_whom: str = "", coming_along: str = ""
    ) -> Sheet:
        now = timestamps.utc_now()
        sheet = Sheet(new_uid(), title, appointment, with_whom, coming_along, now, now)
        with self.database.transaction() as conn:
            _insert_sheet(conn, sheet)
        return sheet

    def update(self, uid: str, **changes: str) -> Sheet:
        """Change a sheet's title, appointment, with_whom or coming_along; ``KeyError`` if the
        sheet is gone (deleted meanwhile)."""
        unknown = set(changes) - set(_SHEET_FIELDS)
        if unknown:
            raise TypeError(f"not a sheet field: {sorted(unknown)}")
        with self.database.transaction() as conn:
            sheet = _sheet_in(conn, uid)
            if sheet is None:
                raise KeyError(uid)
            if all(getattr(sheet, name) == value for name, value in changes.items()):
                return sheet
            changed: Sheet = replace(sheet, **changes, modified=_later(sheet.modified))
            _write_sheet(conn, changed)
        return changed

    def delete(self, uid: str) -> tuple[Sheet, list[SheetItem]] | None:
        """Delete a sheet and its questions (into the bin); hand them back for undo."""
        with self.database.transaction() as conn:
            sheet = _sheet_in(conn, uid)
            if sheet is None:
                return None
            items = _items_in(conn, uid)
            bin.put_sheet(conn, sheet, items, timestamps.utc_now())
            conn.execute("DELETE FROM sheet_items WHERE sheet_uid = ?", (uid,))
            conn.execute("DELETE FROM sheets WHERE uid = ?", (uid,))
        return sheet, items

    def restore(self, sheet: Sheet, items: Sequence[SheetItem]) -> None:
        """Undo a deletion: the sheet and its questions come back with their own ids."""
        with self.database.transaction() as conn:
            _restore_sheet(conn, sheet, items)

    # --- questions

    def add_item(
        self,
        sheet_uid: str,
        question: str,
        qa_id: str = "",
        *,
        quote: str = "",
        include_quote: bool = False,
        note_uid: str = "",
        include_note: bool = False,
    ) -> SheetItem:
        """Add a question at the end of the sheet; ``KeyError`` if the sheet is gone."""
        now = timestamps.utc_now()
        with self.database.transaction() as conn:
            if _sheet_in(conn, sheet_uid) is None:
                raise KeyError(sheet_uid)
            position = len(_items_in(conn, sheet_uid))
            item = SheetItem(
                new_uid(),
                sheet_uid,
                position,
                qa_id,
                question,
                include_quote,
                quote,
                include_note,
                note_uid,
                "",
                False,
                now,
                now,
            )
            _insert_item(conn, item)
        return item

    def update_item(self, uid: str, **changes: object) -> SheetItem:
        """Change what a question prints (question, include_quote, quote, include_note,
        note_uid) or whether it was asked; ``KeyError`` if the question is gone."""
        unknown = set(changes) - set(_ITEM_FIELDS)
        if unknown:
            raise TypeError(f"not a sheet question field: {sorted(unknown)}")
        return self._change_item(uid, changes)

    def set_doctor_said(self, uid: str, text: str) -> SheetItem:
        """What the doctor said, saved as typed; every saved text is kept in its history."""
        return self._change_item(uid, {"doctor_said": text})

    def move_item(self, uid: str, position: int) -> list[SheetItem]:
        """Put a question at ``position`` (clamped); the sheet's questions in their new order."""
        with self.database.transaction() as conn:
            item = _item_in(conn, uid)
            if item is None:
                raise KeyError(uid)
            items = [entry for entry in _items_in(conn, item.sheet_uid) if entry.uid != uid]
            items.insert(max(0, min(len(items), position)), item)
            return _renumber(conn, items)

    def reorder(self, sheet_uid: str, uids: Sequence[str]) -> list[SheetItem]:
        """Put the sheet's questions in the order of ``uids`` (a drag and drop); questions
        not named keep their order after the named ones, so none is ever lost."""
        with self.database.transaction() as conn:
            items = _items_in(conn, sheet_uid)
            place = {uid: number for number, uid in enumerate(uids)}
            ordered = sorted(items, key=lambda entry: place.get(entry.uid, len(place)))
            return _renumber(conn, ordered)

    def remove_item(self, uid: str) -> SheetItem | None:
        """Take a question off its sheet (into the bin); hand it back for undo."""
        with self.database.transaction() as conn:
            item = _item_in(conn, uid)
            if item is None:
                return None
            bin.put_sheet_item(conn, item, timestamps.utc_now())
            conn.execute("DELETE FROM sheet_items WHERE uid = ?", (uid,))
            _renumber(conn, _items_in(conn, item.sheet_uid))
        return item

    def restore_item(self, item: SheetItem) -> bool:
        """Undo taking a question off: back at its place. False if its sheet is gone too."""
        with self.database.transaction() as conn:
            return _restore_item(conn, item)

    def restore_from_bin(self, entry_id: int) -> bin.BinnedSheet | None:
        """Put a deleted sheet or question back; None if it is no longer in the bin.

        A question whose sheet was deleted since comes back on a new sheet of the same name
        rather than being lost.
        """
        with self.database.transaction() as conn:
            entry = bin.take_sheet_entry(conn, entry_id)
            if entry is None:
                return None
            if entry.sheet is not None:
                _restore_sheet(conn, entry.sheet, entry.items)
                return entry
            for item in entry.items:
                if not _restore_item(conn, item):
                    now = timestamps.utc_now()
                    home = Sheet(item.sheet_uid, "", "", "", "", now, now)
                    _insert_sheet(conn, home)
                    _restore_item(conn, item)
        return entry

    # --- import

    def merge(self, sheets: Sequence[Sheet], items: Sequence[SheetItem]) -> SheetMergeReport:
        """Merge imported sheets and questions in one transaction: per uid the newer
        ``modified`` wins (a tie keeps ours), a question never moves to another sheet, and
        importing the same file twice changes nothing."""
        added = updated = unchanged = 0
        skipped: list[str] = []
        with self.database.transaction() as conn:
            ours = {sheet.uid: sheet for sheet in _all_sheets(conn)}
            for sheet in _newest_per_uid(sheets):
                existing = ours.get(sheet.uid)
                if existing is None:
                    _insert_sheet(conn, sheet)
                    ours[sheet.uid] = sheet
                    added += 1
                elif _newer(sheet.modified, existing.modified):
                    _write_sheet(conn, sheet)
                    updated += 1
                else:
                    unchanged += 1
            touched: set[str] = set()
            for item in _newest_per_uid(items):
                existing_item = _item_in(conn, item.uid)
                if existing_item is None:
                    if item.sheet_uid not in ours:
                        skipped.append(f"{item.question!r}: its sheet is not in the file")
                        continue
                    _insert_item(conn, item)
                    touched.add(item.sheet_uid)
                    added += 1
                elif _newer(item.modified, existing_item.modified):
                    kept = replace(item, sheet_uid=existing_item.sheet_uid)
                    _write_item(conn, kept, record_history=True)
                    touched.add(kept.sheet_uid)
                    updated += 1
                else:
                    unchanged += 1
            for sheet_uid in touched:
                _renumber(conn, _items_in(conn, sheet_uid), touch=False)
        return SheetMergeReport(added, updated, unchanged, tuple(skipped))

    # ---

    def _change_item(self, uid: str, changes: dict[str, object]) -> SheetItem:
        with self.database.transaction() as conn:
            item = _item_in(conn, uid)
            if item is None:
                raise KeyError(uid)
            if all(getattr(item, name) == value for name, value in changes.items()):
                return item
            changed: SheetItem = replace(item, **changes, modified=_later(item.modified))
            _write_item(conn, changed, record_history="doctor_said" in changes)
        return changed

    def _read(self, sql: str, params: Sequence[object], convert: rows.Converter[T]) -> list[T]:
        report = rows.ReadReport()
        found: list[T] = rows.read_each(self.database.query(sql, params), report, convert)
        self.unreadable = report.skipped
        return found


def _later(previous: dt.datetime) -> dt.datetime:
    """Now, or the time already stored if a clock went back: modified never goes backwards."""
    now = timestamps.utc_now()
    return max(now, timestamps.parse(timestamps.to_text(previous)) or now)


def _newer(incoming: dt.datetime, ours: dt.datetime) -> bool:
    return timestamps.to_text(incoming) > timestamps.to_text(ours)


def _newest_per_uid(records: Sequence[R]) -> list[R]:
    """One record per uid, the newest (a file may hold one twice); order kept."""
    chosen: dict[str, R] = {}
    for record in records:
        kept = chosen.get(record.uid)
        if kept is None or not _newer(kept.modified, record.modified):
            chosen[record.uid] = record
    return list(chosen.values())


def _all_sheets(conn: sqlite3.Connection) -> list[Sheet]:
    return rows.read_each(conn.execute(_SHEETS), None, sheet_from_row)


def _sheet_in(conn: sqlite3.Connection, uid: str) -> Sheet | None:
    found = rows.read_each(conn.execute(f"{_SHEETS} WHERE uid = ?", (uid,)), None, sheet_from_row)
    return found[0] if found else None


def _item_in(conn: sqlite3.Connection, uid: str) -> SheetItem | None:
    found = rows.read_each(conn.execute(f"{_ITEMS} WHERE uid = ?", (uid,)), None, item_from_row)
    return found[0] if found else None


def _items_in(conn: sqlite3.Connection, sheet_uid: str) -> list[SheetItem]:
    cursor = conn.execute(f"{_ITEMS} WHERE sheet_uid = ?{_ITEM_ORDER}", (sheet_uid,))
    return rows.read_each(cursor, None, item_from_row)


def _insert_sheet(conn: sqlite3.Connection, sheet: Sheet) -> None:
    marks = ", ".join("?" * len(SHEET_COLUMNS))
    conn.execute(f"INSERT INTO sheets ({SHEET_SELECT}) VALUES ({marks})", sheet_values(sheet))


def _write_sheet(conn: sqlite3.Connection, sheet: Sheet) -> None:
    uid, *values = sheet_values(sheet)
    assignments = ", ".join(f"{column} = ?" for column in SHEET_COLUMNS[1:])
    conn.execute(f"UPDATE sheets SET {assignments} WHERE uid = ?", (*values, uid))


def _insert_item(conn: sqlite3.Connection, item: SheetItem) -> None:
    marks = ", ".join("?" * len(ITEM_COLUMNS))
    conn.execute(f"INSERT INTO sheet_items ({ITEM_SELECT}) VALUES ({marks})", item_values(item))
    if item.doctor_said:
        history.record(conn, item.uid, item.doctor_said, item.modified)


def _write_item(conn: sqlite3.Connection, item: SheetItem, *, record_history: bool) -> None:
    uid, *values = item_values(item)
    assignments = ", ".join(f"{column} = ?" for column in ITEM_COLUMNS[1:])
    conn.execute(f"UPDATE sheet_items SET {assignments} WHERE uid = ?", (*values, uid))
    if record_history:
        history.record(conn, item.uid, item.doctor_said, item.modified)


def _renumber(
    conn: sqlite3.Connection, items: list[SheetItem], *, touch: bool = True, every: bool = False
) -> list[SheetItem]:
    """Positions 0, 1, 2, ... in this order; a question that moved counts as changed
    (``touch``). ``every`` writes each position even where the one held looks right."""
    result = []
    for position, item in enumerate(items):
        if every or item.position != position:
            changes: dict[str, object] = {"position": position}
            if touch:
                changes["modified"] = _later(item.modified)
            item = replace(item, **changes)
            conn.execute(
                "UPDATE sheet_items SET position = ?, modified = ? WHERE uid = ?",
                (position, timestamps.to_text(item.modified), item.uid),
            )
        result.append(item)
    return result


def _restore_sheet(conn: sqlite3.Connection, sheet: Sheet, items: Sequence[SheetItem]) -> None:
    if _sheet_in(conn, sheet.uid) is None:
        _insert_sheet(conn, sheet)
    for item in items:
        if _item_in(conn, item.uid) is None:
            _insert_item(conn, item)
    _renumber(conn, _items_in(conn, sheet.uid), touch=False)
    bin.discard_restored(conn, "sheet", sheet.uid)


def _restore_item(conn: sqlite3.Connection, item: SheetItem) -> bool:
    if _sheet_in(conn, item.sheet_uid) is None:
        return False
    if _item_in(conn, item.uid) is None:
        ordered = _items_in(conn, item.sheet_uid)
        ordered.insert(min(item.position, len(ordered)), item)
        _insert_item(conn, item)
        _renumber(conn, ordered, touch=False, every=True)
    bin.discard_restored(conn, "sheet_item", item.uid)
    return True
