"""What a damaged file still holds, joined with the best backup, written as a new notes file.

``salvage`` reads rows; this decides which rows make the new file: for each note (and each
appointment sheet and its questions) the newest edit, a deletion since the backup kept, nothing
dropped when the two files used the same ids or put two notes on one answer. ``repair`` writes
the result in place of the damaged file; the read-only fallback shows it from memory.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from expertreader.notes import connection, schema
from expertreader.notes.salvage import Row, Salvage, salvage_views


def salvage_of(path: Path) -> Salvage:
    """Every readable row of the file: through its -wal and, if one is beside it, without."""
    views = salvage_views(path)
    salvaged = views[0]
    for alone in views[1:]:
        salvaged = merge_salvages(salvaged, alone)
        salvaged.unreadable = sum(view.unreadable for view in views)
    return salvaged


def merge_salvages(newer: Salvage, older: Salvage) -> Salvage:
    """The damaged file's rows over a backup's: newest edit wins, deletions since are kept."""
    binned = {
        (str(row.get("kind")), str(row.get("uid"))): str(row.get("deleted") or "")
        for row in newer.rows("bin")
    }
    result = Salvage(version=schema.CURRENT_VERSION, unreadable=newer.unreadable)
    notes = _by_key(older.rows("notes"), "uid")
    for uid, row in _by_key(newer.rows("notes"), "uid").items():
        if uid not in notes or str(row.get("modified")) >= str(notes[uid].get("modified")):
            notes[uid] = row
    fresh = {uid for uid, _ in _by_key(newer.rows("notes"), "uid").items()}
    result.tables["notes"] = _one_answer_note_each(
        [
            row
            for uid, row in notes.items()
            if uid in fresh or binned.get(("note", uid), "") < str(row.get("modified") or "")
        ],
        fresh,
    )
    bookmarks = _by_key(older.rows("bookmarks"), "qa_id")
    bookmarks.update(_by_key(newer.rows("bookmarks"), "qa_id"))
    fresh_marks = {str(row.get("uid")) for row in newer.rows("bookmarks")}
    result.tables["bookmarks"] = [
        row
        for row in bookmarks.values()
        if str(row.get("uid")) in fresh_marks
        or binned.get(("bookmark", str(row.get("uid"))), "") < str(row.get("created") or "")
    ]
    result.tables["note_versions"] = _union(
        older.rows("note_versions"), newer.rows("note_versions"), ("note_uid", "text", "saved")
    )
    result.tables["sheets"], result.tables["sheet_items"] = _sheets(newer, older, binned)
    live = {("note", str(row.get("uid"))) for row in result.tables["notes"]}
    live |= {("bookmark", str(row.get("uid"))) for row in result.tables["bookmarks"]}
    live |= {("sheet", str(row.get("uid"))) for row in result.tables["sheets"]}
    live |= {("sheet_item", str(row.get("uid"))) for row in result.tables["sheet_items"]}
    restored_since = [  # the backup's bin holds what was restored after it was made
        row for row in older.rows("bin") if (str(row.get("kind")), str(row.get("uid"))) not in live
    ]
    result.tables["bin"] = _union(restored_since, newer.rows("bin"), ("kind", "uid", "deleted"))
    meta = _by_key(older.rows("meta"), "key")
    meta.update(_by_key(newer.rows("meta"), "key"))
    result.tables["meta"] = list(meta.values())
    return result


def _sheets(
    newer: Salvage, older: Salvage, binned: dict[tuple[str, str], str]
) -> tuple[list[Row], list[Row]]:
    """Appointment sheets and their questions, as notes are merged: per uid the newest
    ``modified`` wins (a tie keeps the damaged file's), a deletion since the backup is kept,
    and a question whose sheet is gone goes with it."""
    kept: dict[str, list[Row]] = {}
    for table, kind in (("sheets", "sheet"), ("sheet_items", "sheet_item")):
        rows = _by_key(older.rows(table), "uid")
        fresh = _by_key(newer.rows(table), "uid")
        for uid, row in fresh.items():
            if uid not in rows or str(row.get("modified")) >= str(rows[uid].get("modified")):
                rows[uid] = row
        kept[table] = [
            row
            for uid, row in rows.items()
            if uid in fresh or binned.get((kind, uid), "") < str(row.get("modified") or "")
        ]
    sheets = {str(row.get("uid")) for row in kept["sheets"]}
    items = [row for row in kept["sheet_items"] if str(row.get("sheet_uid")) in sheets]
    return kept["sheets"], items


def write_rows(target: Path, salvage: Salvage) -> None:
    """A new notes file at the current version holding ``salvage``'s rows (duplicates dropped)."""
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        fill(conn, salvage)
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


def fill(conn: sqlite3.Connection, salvage: Salvage) -> None:
    """Create the current schema on an empty database and insert ``salvage``'s rows.

    History and bin rows get new ids, in the order of their times: ids from two files (the
    damaged one and a backup) collide, and a collision must not drop a row.
    """
    connection.create_schema(conn)
    conn.execute("BEGIN")
    wanted = schema.expected_columns(schema.CURRENT_VERSION)
    for table in schema.TABLES:
        columns = [column for column in wanted[table] if table not in _NEW_IDS or column != "id"]
        names = ", ".join(columns)
        marks = ", ".join("?" * len(columns))
        found = salvage.rows(table)
        if table in _NEW_IDS:
            moment = _NEW_IDS[table]
            found = sorted(found, key=lambda row: (str(row.get(moment) or ""), _id_of(row)))
        for row in found:
            values = [_storable(row.get(column)) for column in columns]
            try:
                conn.execute(f"INSERT OR IGNORE INTO {table} ({names}) VALUES ({marks})", values)
            except sqlite3.IntegrityError:
                continue  # a row missing a required value: nothing of it can be stored
    conn.execute("COMMIT")


_NEW_IDS = {"note_versions": "saved", "bin": "deleted"}  # table: the time that orders its rows


def _id_of(row: Row) -> int:
    value = row.get("id")
    return value if isinstance(value, int) else 0


def _one_answer_note_each(rows: list[Row], fresh: set[str]) -> list[Row]:
    """Two notes on one whole answer cannot both be stored: the newer keeps the other's words.

    (The backup's note comes back when the file's bin lost the record of its deletion, beside
    the note written since.) On a tie, the note from the damaged file (``fresh``) is the newer.
    """

    def newness(row: Row) -> tuple[str, bool]:
        return str(row.get("modified") or ""), str(row.get("uid")) in fresh

    result: list[Row] = []
    survivors: dict[str, Row] = {}
    for row in sorted(rows, key=newness, reverse=True):
        qa_id = str(row.get("qa_id"))
        if row.get("passage_exact") is not None or qa_id not in survivors:
            result.append(dict(row))
            if row.get("passage_exact") is None:
                survivors[qa_id] = result[-1]
            continue
        ours, words = survivors[qa_id].get("text"), row.get("text")
        if isinstance(ours, str) and isinstance(words, str) and words.strip() not in ours:
            survivors[qa_id]["text"] = f"{ours.rstrip()}\n\n{words.strip()}"
    return result


def _storable(value: object) -> object:
    """Values as SQLite keeps them; anything odd a foreign file held becomes text."""
    if value is None or isinstance(value, str | int | float | bytes):
        return value
    return json.dumps(value, default=str)


def _by_key(rows: list[Row], key: str) -> dict[str, Row]:
    return {str(row.get(key)): row for row in rows if row.get(key) is not None}


def _union(first: list[Row], second: list[Row], key: tuple[str, ...]) -> list[Row]:
    seen: dict[tuple[str, ...], Row] = {}
    for row in [*first, *second]:
        seen.setdefault(tuple(str(row.get(k)) for k in key), row)
    return list(seen.values())
