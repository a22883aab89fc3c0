"""Reading every row that can still be read from a notes file, whatever state it is in.

Rows, not pages: a broken index, a half-written page or one bad value elsewhere does not stop the
read. Columns are matched by name, so files of any earlier version, a file whose version number
was rolled back, or one with extra columns all give up what they hold. The result is plain data
that ``repair`` merges with a backup and writes as a new notes file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from expertreader.notes import connection, errors, schema

Row = dict[str, object]
PERSONS_WORDS = ("notes", "bookmarks", "bin", "sheets", "sheet_items")
"""The tables that hold what the person wrote or kept: a file with none of them holds nothing."""
_JUMPS = (1, 16, 256, 4096, 65536)  # rowids skipped ahead when not even the last can be read
_MAX_STEPS = 1_000_000  # single steps over unreadable rowids before giving up on a table


@dataclass(slots=True)
class Salvage:
    """What could be read of one file: rows by table, and how many were lost on the way."""

    tables: dict[str, list[Row]] = field(default_factory=dict)
    unreadable: int = 0
    version: int = 0

    def rows(self, table: str) -> list[Row]:
        return self.tables.get(table, [])

    @property
    def is_empty(self) -> bool:
        return not any(self.rows(table) for table in PERSONS_WORDS)


def salvage_file(path: Path) -> Salvage:
    """Every readable row of ``path`` (with its -wal when SQLite can read it, else without).

    Only a regular file is opened: a FIFO or a device named like the notes file would block.
    """
    if not path.is_file():
        return Salvage()
    for query in ("mode=ro", "mode=ro&immutable=1"):  # immutable: no -shm (a full disk)
        source = _open_for_salvage(path, query)
        if source is not None:
            try:
                return salvage_connection(source)
            finally:
                source.close()
    return Salvage()


def salvage_views(path: Path) -> list[Salvage]:
    """The file as SQLite sees it with its -wal, then, if a -wal is beside it, the file alone.

    A -wal from another database, or one that does not fit the file any more, makes SQLite show
    something else than the notes the file itself holds; reading both keeps whichever is right.
    """
    views = [salvage_file(path)]
    if path.is_file() and connection.has_unmerged_wal(path):
        source = _open_for_salvage(path, "mode=ro&immutable=1")
        if source is not None:
            try:
                views.append(salvage_connection(source))
            finally:
                source.close()
    return views


def _open_for_salvage(path: Path, query: str) -> sqlite3.Connection | None:
    """A read-only connection that reads as much as it can, or None if this way cannot open.

    ``writable_schema`` lets SQLite read a file shorter than its header says (a truncated copy);
    without it such a file is refused whole.
    """
    try:
        conn = connection.open_uri(f"{path.as_uri()}?{query}")
    except sqlite3.Error:
        return None
    try:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("PRAGMA query_only = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as error:
        if not errors.is_damage(error):  # no -shm on a full disk: try the next way
            conn.close()
            return None
    return conn


def salvage_connection(source: sqlite3.Connection) -> Salvage:
    result = Salvage()
    _read_into(source, result)
    return result


def _read_into(source: sqlite3.Connection, result: Salvage) -> None:
    try:
        result.version = connection.user_version(source)
        present = schema.columns_by_table(source)
    except sqlite3.Error:
        present = {table: _guess_columns(table) for table in schema.TABLES}
    wanted = schema.expected_columns(schema.CURRENT_VERSION)
    for table in schema.TABLES:
        if table not in present:
            continue
        columns = [column for column in wanted[table] if column in present[table]]
        if not columns:
            continue
        rows, lost = _read_table(source, table, columns)
        result.tables[table] = rows
        result.unreadable += lost


def _guess_columns(table: str) -> list[str]:
    """When even the schema cannot be read, try the columns the current version has."""
    return schema.expected_columns(schema.CURRENT_VERSION)[table]


def _read_table(
    source: sqlite3.Connection, table: str, columns: list[str]
) -> tuple[list[Row], int]:
    """Rows in rowid order; through a stretch that cannot be read, one rowid at a time.

    A scan stops at a damaged page (and loses the row it had read ahead); single lookups up to
    the largest rowid then keep every row the damaged page does not hold, before scanning on.
    When even the largest rowid cannot be read, steps grow instead, so a file broken throughout
    still ends. Returns the rows and how many rowids could not be read.
    """
    rows: list[Row] = []
    lost = failures = steps = 0
    select = ", ".join(schema.quote_name(column) for column in columns)
    last = _largest_rowid(source, table)
    after = -(2**63)
    while True:
        try:
            for rowid, values in _rows_after(source, table, select, after):
                rows.append(dict(zip(columns, values, strict=True)))
                after, failures = rowid, 0
            return rows, lost
        except sqlite3.DatabaseError:
            pass
        if last is None or steps >= _MAX_STEPS:
            lost += 1
            if failures >= len(_JUMPS):
                return rows, lost
            after = max(after, 0) + _JUMPS[failures]
            failures += 1
            continue
        while after < last and steps < _MAX_STEPS:
            after, steps = max(after, 0) + 1, steps + 1
            try:
                found = _row_at(source, table, select, after)
            except sqlite3.DatabaseError:
                lost += 1
                continue
            if found is not None:
                rows.append(dict(zip(columns, found, strict=True)))
            break  # a row (or a gap) that reads: scan on from here
        if after >= last:
            return rows, lost


def _row_at(
    source: sqlite3.Connection, table: str, select: str, rowid: int
) -> tuple[object, ...] | None:
    found = source.execute(
        f"SELECT {select} FROM {schema.quote_name(table)} WHERE rowid = ?", (rowid,)
    ).fetchone()
    return None if found is None else tuple(found)


def _largest_rowid(source: sqlite3.Connection, table: str) -> int | None:
    try:
        found = source.execute(f"SELECT max(rowid) FROM {schema.quote_name(table)}").fetchone()
    except sqlite3.DatabaseError:
        return None
    return int(found[0]) if found and isinstance(found[0], int) else None


def _rows_after(
    source: sqlite3.Connection, table: str, select: str, after: int
) -> Iterator[tuple[int, tuple[object, ...]]]:
    cursor = source.execute(
        f"SELECT rowid, {select} FROM {schema.quote_name(table)} WHERE rowid > ? ORDER BY rowid",
        (after,),
    )
    for row in cursor:
        yield int(row[0]), tuple(row[1:])
