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

from expertreader.notes import connection, schema

Row = dict[str, object]
_JUMPS = (1, 16, 256, 4096, 65536)  # rowids skipped ahead when a page cannot be read


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
        return not any(self.rows(table) for table in ("notes", "bookmarks", "bin"))


def salvage_file(path: Path) -> Salvage:
    """Every readable row of ``path`` (with its -wal when SQLite can read it, else without)."""
    result = Salvage()
    try:
        source, _ = connection.connect_read_only(path)
    except sqlite3.Error:
        try:
            source = connection.open_uri(f"{path.as_uri()}?mode=ro&immutable=1")
        except sqlite3.Error:
            return result
    try:
        _read_into(source, result)
    finally:
        source.close()
    return result


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
    """Rows in rowid order, stepping ever further over stretches that cannot be read."""
    rows: list[Row] = []
    lost = failures = 0
    select = ", ".join(schema.quote_name(column) for column in columns)
    after = -(2**63)
    while True:
        try:
            for rowid, values in _rows_after(source, table, select, after):
                rows.append(dict(zip(columns, values, strict=True)))
                after, failures = rowid, 0
            return rows, lost
        except sqlite3.DatabaseError:
            lost += 1
            if failures >= len(_JUMPS):
                return rows, lost
            after = max(after, 0) + _JUMPS[failures]
            failures += 1


def _rows_after(
    source: sqlite3.Connection, table: str, select: str, after: int
) -> Iterator[tuple[int, tuple[object, ...]]]:
    cursor = source.execute(
        f"SELECT rowid, {select} FROM {schema.quote_name(table)} WHERE rowid > ? ORDER BY rowid",
        (after,),
    )
    for row in cursor:
        yield int(row[0]), tuple(row[1:])
