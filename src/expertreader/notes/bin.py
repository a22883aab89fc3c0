"""Deleted notes, passage notes, bookmarks and appointment sheets, kept for at least
``KEEP_DAYS`` to be restored.

A deletion moves the record into the bin in the same transaction that removes it, as JSON of the
record as it was; restoring puts it back with its own id, so its history comes back with it.
A deleted sheet is kept whole, with its questions (kind "sheet"); a question taken off a sheet
on its own is kind "sheet_item". ``items`` lists notes and bookmarks only (what Edit > Recently
deleted restores); ``sheet_entries`` lists the sheets' (what the sheets window restores).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
from dataclasses import dataclass

from expertreader import timestamps
from expertreader.notes.model import Bookmark, Note, Passage
from expertreader.notes.rows import storable, time_value
from expertreader.notes.sheet_model import (
    Sheet,
    SheetItem,
    item_from_dict,
    item_to_dict,
    sheet_from_dict,
    sheet_to_dict,
)

SHEET_KINDS = ("sheet", "sheet_item")

KEEP_DAYS = 30


@dataclass(frozen=True, slots=True)
class BinItem:
    """One deleted thing; ``record`` is the note or bookmark as it was when deleted."""

    id: int
    deleted: dt.datetime
    record: Note | Bookmark

    @property
    def kind(self) -> str:
        return "note" if isinstance(self.record, Note) else "bookmark"


def put(conn: sqlite3.Connection, record: Note | Bookmark, deleted: dt.datetime) -> None:
    """Keep a copy of ``record`` (inside the caller's transaction, before it is deleted)."""
    kind = "note" if isinstance(record, Note) else "bookmark"
    conn.execute(
        "INSERT INTO bin (kind, uid, qa_id, record, deleted) VALUES (?, ?, ?, ?, ?)",
        (
            kind,
            storable(record.uid),
            storable(record.qa_id),
            storable(_to_json(record)),
            timestamps.to_text(deleted),
        ),
    )


def items(conn: sqlite3.Connection) -> list[BinItem]:
    """Everything in the bin, most recently deleted first; unreadable entries are left out."""
    found = []
    for row in conn.execute(
        "SELECT id, kind, record, deleted FROM bin WHERE kind IN ('note', 'bookmark')"
        " ORDER BY deleted DESC, id"
    ):
        try:
            found.append(BinItem(int(row[0]), time_value(row[3]), _from_json(str(row[1]), row[2])))
        except (ValueError, TypeError, KeyError):
            continue
    return found


def take(conn: sqlite3.Connection, item_id: int) -> BinItem | None:
    """Remove one entry from the bin and hand it back (to be restored by the caller)."""
    for item in items(conn):
        if item.id == item_id:
            conn.execute("DELETE FROM bin WHERE id = ?", (item_id,))
            return item
    return None


@dataclass(frozen=True, slots=True)
class BinnedSheet:
    """A deleted sheet with its questions (``sheet`` set), or one question taken off a sheet."""

    id: int
    deleted: dt.datetime
    sheet: Sheet | None
    items: tuple[SheetItem, ...]

    @property
    def kind(self) -> str:
        return "sheet" if self.sheet is not None else "sheet_item"


def put_sheet(
    conn: sqlite3.Connection, sheet: Sheet, items: list[SheetItem], deleted: dt.datetime
) -> None:
    """Keep a whole sheet and its questions (inside the caller's transaction)."""
    record = {"sheet": sheet_to_dict(sheet), "items": [item_to_dict(item) for item in items]}
    _put(conn, "sheet", sheet.uid, "", json.dumps(record, ensure_ascii=False), deleted)


def put_sheet_item(conn: sqlite3.Connection, item: SheetItem, deleted: dt.datetime) -> None:
    """Keep one question taken off its sheet (inside the caller's transaction)."""
    record = json.dumps(item_to_dict(item), ensure_ascii=False)
    _put(conn, "sheet_item", item.uid, item.qa_id, record, deleted)


def sheet_entries(conn: sqlite3.Connection) -> list[BinnedSheet]:
    """Deleted sheets and questions, most recently deleted first; unreadable ones left out."""
    found = []
    for row in conn.execute(
        "SELECT id, kind, record, deleted FROM bin WHERE kind IN ('sheet', 'sheet_item')"
        " ORDER BY deleted DESC, id"
    ):
        try:
            data = json.loads(str(row[2]))
            if row[1] == "sheet":
                sheet = sheet_from_dict(data["sheet"])
                items = tuple(item_from_dict(entry) for entry in data.get("items", []))
                found.append(BinnedSheet(int(row[0]), time_value(row[3]), sheet, items))
            else:
                item = item_from_dict(data)
                found.append(BinnedSheet(int(row[0]), time_value(row[3]), None, (item,)))
        except (ValueError, TypeError, KeyError, AttributeError):
            continue
    return found


def take_sheet_entry(conn: sqlite3.Connection, entry_id: int) -> BinnedSheet | None:
    """Remove one deleted sheet or question from the bin and hand it back to be restored."""
    for entry in sheet_entries(conn):
        if entry.id == entry_id:
            conn.execute("DELETE FROM bin WHERE id = ?", (entry_id,))
            return entry
    return None


def _put(
    conn: sqlite3.Connection, kind: str, uid: str, qa_id: str, record: str, deleted: dt.datetime
) -> None:
    conn.execute(
        "INSERT INTO bin (kind, uid, qa_id, record, deleted) VALUES (?, ?, ?, ?, ?)",
        (kind, storable(uid), storable(qa_id), storable(record), timestamps.to_text(deleted)),
    )


def discard_restored(conn: sqlite3.Connection, kind: str, uid: str) -> None:
    """A record restored another way (Undo) no longer belongs in the bin."""
    conn.execute("DELETE FROM bin WHERE kind = ? AND uid = ?", (kind, uid))


def purge(conn: sqlite3.Connection, now: dt.datetime, keep_days: int = KEEP_DAYS) -> int:
    """Forget entries deleted more than ``keep_days`` ago; how many went.

    Days are counted up to the last thing written (a deletion, a save, a bookmark), never past
    it: a clock that jumps years ahead at one start must not empty the bin.
    """
    last = conn.execute(
        "SELECT max(moment) FROM (SELECT max(deleted) AS moment FROM bin"
        " UNION ALL SELECT max(saved) FROM note_versions"
        " UNION ALL SELECT max(created) FROM bookmarks)"
    ).fetchone()[0]
    until = min(now, time_value(last, now)) if isinstance(last, str) else now
    cutoff = timestamps.to_text(until - dt.timedelta(days=keep_days))
    return conn.execute("DELETE FROM bin WHERE deleted < ?", (cutoff,)).rowcount


def _to_json(record: Note | Bookmark) -> str:
    data = dataclasses.asdict(record)
    for key in ("created", "modified"):
        if key in data:
            data[key] = timestamps.to_text(data[key])
    return json.dumps(data, ensure_ascii=False)


def _from_json(kind: str, text: object) -> Note | Bookmark:
    data = json.loads(str(text))
    created = timestamps.parse_or_raise(data["created"])
    if kind == "bookmark":
        return Bookmark(
            str(data["qa_id"]),
            created,
            str(data["uid"]),
            str(data.get("question", "")),
            str(data.get("article_title", "")),
        )
    passage = data.get("passage")
    return Note(
        qa_id=str(data["qa_id"]),
        text=str(data["text"]),
        created=created,
        modified=timestamps.parse(data.get("modified")) or created,
        uid=str(data["uid"]),
        passage=Passage(**passage) if isinstance(passage, dict) else None,
        question=str(data.get("question", "")),
        article_title=str(data.get("article_title", "")),
        answer_text=answer if isinstance(answer := data.get("answer_text"), str) else None,
    )
