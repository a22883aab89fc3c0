"""The notes file as a connection with one explicit state: writable, cannot write, or a copy.

``NotesDatabase.open`` looks at the file first (``repair.diagnose``), repairs it when it must
(``repair.repair``), migrates it after a verified backup, and opens it. When the disk refuses to
write (read-only folder, full disk) it opens read-only instead: everything can be read and
exported, each write first tries read-write again, and the reason is kept for the person. When a
damaged file cannot even be repaired (it cannot be written), what can be read of it and of the
newest backup is shown from memory, and nothing is written until the next start.
"""

from __future__ import annotations

import enum
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from expertreader import timestamps
from expertreader.notes import backup, connection, repair, rescue, schema
from expertreader.notes.errors import (
    CAN_STILL_READ,
    Fault,
    StoreError,
    cannot_write_detail,
    cannot_write_message,
    is_cannot_write,
    is_no_room,
    to_store_error,
)
from expertreader.notes.salvage import Salvage, salvage_file


class Access(enum.Enum):
    WRITABLE = "writable"
    CANNOT_WRITE = "cannot-write"  # the disk refuses; every write tries read-write first
    SHOWING_COPY = "showing-copy"  # a damaged file that could not be repaired: a copy in memory
    CLOSED = "closed"


class NotesDatabase:
    """One connection to the notes file and the state it is in. Make one with ``open``."""

    def __init__(self, path: Path, backups_dir: Path) -> None:
        self.path = path
        self.backups_dir = backups_dir
        self.access = Access.WRITABLE
        self.reason: str | None = None
        """Why changes cannot be saved now, in words for the person (None while writable)."""
        self._conn: sqlite3.Connection | None = None
        self._migrate_before_write = False

    @classmethod
    def open(
        cls, path: Path, backups_dir: Path
    ) -> tuple[NotesDatabase, repair.RecoveryReport | None]:
        """Open (or create) the notes file, repairing and migrating it first if it needs it."""
        database = cls(path, backups_dir)
        report: repair.RecoveryReport | None = None
        try:
            connection.make_private_dir(path.parent)
            diagnosis = repair.diagnose(path, backups_dir)
            if diagnosis.condition is repair.Condition.NEWER:
                raise StoreError(
                    "The notes file was made by a newer version of ExpertReader. Please install "
                    "that version again; the file has not been changed.",
                    path,
                    Fault.NEWER_VERSION,
                )
            if diagnosis.needs_repair:
                try:
                    report = repair.repair(path, backups_dir, diagnosis)
                except (OSError, sqlite3.Error) as error:  # the disk filled while writing
                    if not is_cannot_write(error, path.parent):
                        raise
                    return database, database._show_copy(error, diagnosis)
            if diagnosis.condition is repair.Condition.NEW and not path.exists():
                connection.create_empty(path)
            database._conn = database._open_connection()
            connection.make_private(path)
            database._migrate()
        except (sqlite3.Error, OSError) as error:
            database.close()
            raise to_store_error(error, path) from error
        except BaseException:
            database.close()
            raise
        return database, report

    # --- state

    @property
    def read_only(self) -> bool:
        return self.access in (Access.CANNOT_WRITE, Access.SHOWING_COPY)

    def close(self) -> None:
        self.access = Access.CLOSED
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def connection(self) -> sqlite3.Connection:
        """The open connection, made again if a failure dropped it."""
        if self.access is Access.CLOSED:
            raise StoreError("The notes file is closed.", self.path, Fault.CLOSED)
        if self._conn is None:
            try:
                self._conn = self._open_connection()
            except (sqlite3.Error, OSError) as error:
                raise to_store_error(error, self.path) from error
        return self._conn

    def query(self, sql: str, params: Sequence[object] = ()) -> list[Any]:
        try:
            return self.connection().execute(sql, params).fetchall()
        except sqlite3.Error as error:
            self._drop_connection()
            raise to_store_error(error, self.path) from error

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One committed write transaction; on any failure nothing of it is kept."""
        conn = self._writable_connection()
        try:
            conn.execute("BEGIN IMMEDIATE")
            yield conn
            conn.execute("COMMIT")
        except sqlite3.Error as error:
            self._drop_connection()
            if is_cannot_write(error, self.path.parent):
                self.access = Access.CANNOT_WRITE
                self.reason = cannot_write_message(self.path, error, hidden_wal=False)
                raise StoreError(self.reason, self.path, _fault_of(error, self.path)) from error
            raise to_store_error(error, self.path) from error
        except BaseException:
            self._drop_connection()
            raise

    def backup(self, reason: str) -> Path:
        """A verified copy of the notes as they are now, in the backups folder."""
        return backup.make_backup(self.path, self.backups_dir, reason, source=self.connection())

    # --- opening

    def _open_connection(self) -> sqlite3.Connection:
        """Read-write if the disk allows it, else read-only (``reason`` says why)."""
        try:
            conn = connection.connect_read_write(self.path)
            try:
                connection.check_writable(conn)
            except BaseException:
                conn.close()
                raise
        except (sqlite3.Error, OSError) as error:
            if not is_cannot_write(error, self.path.parent):
                raise
            try:
                conn, immutable = connection.connect_read_only(self.path)
            except sqlite3.Error:
                raise error from None
            self.access = Access.CANNOT_WRITE
            hidden = immutable and connection.has_unmerged_wal(self.path)
            self.reason = cannot_write_message(self.path, error, hidden_wal=hidden)
            self._migrate_before_write = True
            if connection.user_version(conn) < schema.CURRENT_VERSION:
                try:
                    return _in_memory(salvage_file(self.path))  # read at the current schema
                finally:
                    conn.close()
            return conn
        self.access = Access.WRITABLE
        self.reason = None
        return conn

    def _show_copy(
        self, error: OSError | sqlite3.Error, diagnosis: repair.Diagnosis
    ) -> repair.RecoveryReport:
        """A file that needs repair but cannot be written: show what can be read, touch nothing."""
        detail = cannot_write_detail(self.path, error)
        why = (
            "the disk is full" if is_no_room(error, self.path.parent) else "the folder is read-only"
        )
        start = (
            f"{repair.describe(diagnosis, self.path)}, and it could not be repaired because "
            f"{why}: {detail}. Nothing was moved or deleted."
        )
        until = (
            "there is room on the disk"
            if why == "the disk is full"
            else "the folder can be written to"
        )
        end = f"{CAN_STILL_READ} {until} again and ExpertReader is started again to repair it."
        salvaged = rescue.salvage_of(self.path)
        source = backup.best_backup_to_restore(self.backups_dir)
        older = salvage_file(source) if source is not None else Salvage()
        if salvaged.is_empty and older.is_empty:
            raise StoreError(
                f"{start} There is no backup to show instead. Make the folder writable and "
                "start ExpertReader again.",
                self.path,
                Fault.DAMAGED,
            )
        merged = rescue.merge_salvages(salvaged, older)
        self._conn = _in_memory(merged)
        self.access = Access.SHOWING_COPY
        self.reason = f"{start} {end}"
        made = backup.backup_time(source) if source is not None and not older.is_empty else None
        when = backup.describe_backup(source, timestamps.utc_now()) if source else ""
        if salvaged.is_empty:
            shown = (
                f"Your notes are shown from {when}; changes made after that backup are not shown."
            )
        elif older.is_empty:
            shown = "The notes that could still be read from it are shown."
        else:
            shown = f"The notes that could still be read from it are shown, with {when}."
        return repair.RecoveryReport(
            self.path, source, made, f"{start} {shown} {end}", len(merged.rows("notes"))
        )

    def _drop_connection(self) -> None:
        if self._conn is not None:
            try:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            self._conn.close()
            self._conn = None

    def _writable_connection(self) -> sqlite3.Connection:
        """The connection for a write, or ``StoreError`` if the notes cannot be written now.

        While the disk refuses, the connection is made again for every write: one opened while
        the file was read-only stays read-only even after the person fixes the folder. A file
        that was read through a migrated copy is migrated (after its backup) first.
        """
        if self.access is Access.SHOWING_COPY:
            raise StoreError(self.reason or "", self.path, Fault.DAMAGED)
        if self.access is Access.CANNOT_WRITE:
            self._drop_connection()
        conn = self.connection()
        if self.access is Access.CANNOT_WRITE:
            raise StoreError(self.reason or "", self.path, Fault.READ_ONLY)
        if self._migrate_before_write:
            self._migrate_before_write = False
            try:
                self._migrate()
            except BaseException:
                self._migrate_before_write = True
                raise
            conn = self.connection()
        return conn

    def _migrate(self) -> None:
        """Bring the schema to the current version one step at a time, after a verified backup."""
        if self.access is not Access.WRITABLE:
            return
        version = connection.user_version(self.connection())
        if version == 0:
            connection.create_schema(self.connection())
            return
        if version >= schema.CURRENT_VERSION:
            return
        self.backup(f"before-v{schema.CURRENT_VERSION}")
        for step in range(version, schema.CURRENT_VERSION):
            with self.transaction() as conn:
                schema.MIGRATIONS[step](conn)
                conn.execute(f"PRAGMA user_version = {step + 1}")


def _fault_of(error: BaseException, path: Path) -> Fault:
    return Fault.DISK_FULL if is_no_room(error, path.parent) else Fault.READ_ONLY


def _in_memory(salvaged: Salvage) -> sqlite3.Connection:
    """A read-only in-memory notes database holding ``salvaged``'s rows."""
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        rescue.fill(memory, salvaged)
        memory.execute("PRAGMA query_only = ON")
    except BaseException:
        memory.close()
        raise
    return memory
