"""A power cut, played exactly: an apsw VFS that records every write and what a cut would keep.

The notes store runs unchanged on apsw connections (``ApswConnection`` speaks the part of
``sqlite3.Connection`` the store uses) whose files go through ``RecordingVFS``. It passes every
call to the real file system and records, in order, each write, truncate, sync and delete.

``images`` then replays the record: at a cut after any number of events, a file holds what it held
at its last ``xSync`` before the cut, and nothing written after that (the model of a disk whose
cache is lost in a power cut: unsynced writes are dropped, all of them). A file created during
the run exists only once it has been synced (SQLite syncs the folder with a new journal's first
sync); a deleted file is gone at once. A harsher variant also keeps a random part of the unsynced
writes, in any combination, as a disk that lost only part of its cache would. The -shm file is
shared memory, not data: it is never part of an image, as after a reboot.

Only tests use this; apsw never appears in src/.
"""

from __future__ import annotations

import itertools
import os
import random
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import apsw

_names = itertools.count()


@dataclass(frozen=True, slots=True)
class Event:
    """One change a file saw: ``kind`` is write, truncate, sync or delete."""

    kind: str
    name: str
    offset: int = 0
    data: bytes = b""


@dataclass(slots=True)
class Recording:
    """Events in the order they happened, and each file's bytes when it was first opened."""

    events: list[Event] = field(default_factory=list)
    baselines: dict[str, bytes | None] = field(default_factory=dict)

    def note_open(self, name: str) -> None:
        if name not in self.baselines:
            path = Path(name)
            self.baselines[name] = path.read_bytes() if path.is_file() else None

    @property
    def syncs(self) -> list[int]:
        """The positions of the sync events (a cut just before or after one is the sharpest)."""
        return [index for index, event in enumerate(self.events) if event.kind == "sync"]


class _RecordingFile(apsw.VFSFile):
    def __init__(self, recording: Recording, base: str, name: Any, flags: list[int]) -> None:
        self._recording = recording
        self._name = name.filename() if isinstance(name, apsw.URIFilename) else str(name)
        recording.note_open(self._name)
        super().__init__(base, name, flags)

    def xWrite(self, data: bytes, offset: int) -> None:  # noqa: N802
        super().xWrite(data, offset)
        self._recording.events.append(Event("write", self._name, offset, bytes(data)))

    def xTruncate(self, newsize: int) -> None:  # noqa: N802
        super().xTruncate(newsize)
        self._recording.events.append(Event("truncate", self._name, newsize))

    def xSync(self, flags: int) -> None:  # noqa: N802
        super().xSync(flags)
        self._recording.events.append(Event("sync", self._name))


class RecordingVFS(apsw.VFS):
    """Passes everything to the default VFS and records what changes files."""

    def __init__(self) -> None:
        self.recording = Recording()
        self.vfs_name = f"power-cut-{os.getpid()}-{next(_names)}"
        super().__init__(self.vfs_name, "")

    def xOpen(self, name: Any, flags: list[int]) -> apsw.VFSFile:  # noqa: N802
        return _RecordingFile(self.recording, "", name, flags)

    def xDelete(self, filename: str, syncdir: bool) -> None:  # noqa: N802
        self.recording.note_open(filename)
        super().xDelete(filename, syncdir)
        self.recording.events.append(Event("delete", filename))

    def close(self) -> None:
        self.unregister()


def images(
    recording: Recording, cuts: Iterable[int], survivors: random.Random | None = None
) -> Iterator[tuple[int, dict[str, bytes], int]]:
    """For each cut (a number of events that happened), the files a power cut there leaves.

    With ``survivors``, each write made since a file's last sync also reaches the disk by chance
    (one in two), in any combination: a disk that lost only part of its cache. The third value
    is how many unsynced writes were kept.
    """
    volatile: dict[str, bytearray | None] = {
        name: None if data is None else bytearray(data)
        for name, data in recording.baselines.items()
    }
    durable: dict[str, bytes | None] = dict(recording.baselines)
    pending: dict[str, list[Event]] = {}
    done = 0
    for cut in sorted(set(cuts)):
        for event in recording.events[done:cut]:
            _apply(event, volatile, durable, pending)
        done = max(done, cut)
        files = {name: data for name, data in durable.items() if data is not None}
        survived = 0
        if survivors is not None:
            for name, unsynced in pending.items():
                kept = [event for event in unsynced if survivors.random() < 0.5]
                if kept:
                    image = bytearray(files.get(name, b""))
                    for event in kept:
                        _change(image, event)
                    files[name] = bytes(image)
                    survived += len(kept)
        yield cut, files, survived


def _apply(
    event: Event,
    volatile: dict[str, bytearray | None],
    durable: dict[str, bytes | None],
    pending: dict[str, list[Event]],
) -> None:
    current = volatile.get(event.name)
    if event.kind == "delete":
        volatile[event.name] = durable[event.name] = None
        pending.pop(event.name, None)
    elif event.kind == "sync":
        durable[event.name] = None if current is None else bytes(current)
        pending.pop(event.name, None)
    else:
        if current is None:
            current = volatile[event.name] = bytearray()
            durable.setdefault(event.name, None)
        _change(current, event)
        pending.setdefault(event.name, []).append(event)


def _change(content: bytearray, event: Event) -> None:
    """Apply one write or truncate."""
    if event.kind == "truncate":
        del content[event.offset :]
        return
    if len(content) < event.offset:
        content.extend(bytes(event.offset - len(content)))
    content[event.offset : event.offset + len(event.data)] = event.data


# --- the store on apsw ------------------------------------------------------------------------

_DML = ("INSERT", "UPDATE", "DELETE", "REPLACE")
_ERROR_CLASSES: dict[int, type[sqlite3.Error]] = {
    sqlite3.SQLITE_CONSTRAINT: sqlite3.IntegrityError,
    sqlite3.SQLITE_CORRUPT: sqlite3.DatabaseError,
    sqlite3.SQLITE_NOTADB: sqlite3.DatabaseError,
    sqlite3.SQLITE_MISUSE: sqlite3.ProgrammingError,
    sqlite3.SQLITE_ERROR: sqlite3.OperationalError,
}


class _Cursor:
    """The rows of one statement, read at once, and how many rows it changed."""

    def __init__(self, rows: list[tuple[Any, ...]], rowcount: int) -> None:
        self._rows = rows
        self.rowcount = rowcount

    def fetchone(self) -> tuple[Any, ...] | None:
        return self._rows.pop(0) if self._rows else None

    def fetchall(self) -> list[tuple[Any, ...]]:
        rows, self._rows = self._rows, []
        return rows

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        while self._rows:
            yield self._rows.pop(0)


class ApswConnection:
    """What the notes store uses of ``sqlite3.Connection``, on an apsw connection through a VFS.

    Errors become ``sqlite3`` errors carrying SQLite's extended code, as the store expects.
    Read-only connections (``mode=ro``) write nothing a power cut could lose, so they use the
    default VFS: a lock SQLite is refused on a read-only file, and shrugs off, would otherwise
    come back from apsw as an exception.
    """

    def __init__(self, uri: str, vfs_name: str) -> None:
        flags = apsw.SQLITE_OPEN_READWRITE | apsw.SQLITE_OPEN_CREATE | apsw.SQLITE_OPEN_URI
        vfs = None if "mode=ro" in uri else vfs_name
        try:
            self._conn = apsw.Connection(uri, flags=flags, vfs=vfs)
        except apsw.Error as error:
            raise as_sqlite3_error(error) from None
        self._conn.set_busy_timeout(5000)

    def execute(self, sql: str, params: Sequence[object] = ()) -> _Cursor:
        try:
            rows = [tuple(row) for row in self._conn.cursor().execute(sql, tuple(params))]
        except apsw.Error as error:
            raise as_sqlite3_error(error) from None
        changed = self._conn.changes() if sql.lstrip().upper().startswith(_DML) else -1
        return _Cursor(rows, changed)

    @property
    def in_transaction(self) -> bool:
        return not self._conn.get_autocommit()

    def close(self) -> None:
        self._conn.close()


def as_sqlite3_error(error: apsw.Error) -> sqlite3.Error:
    code = int(getattr(error, "extendedresult", 0) or 0)
    primary = int(getattr(error, "result", code & 0xFF) or 0)
    if not primary:
        return sqlite3.ProgrammingError(str(error))  # apsw's own complaint: a misuse
    converted = _ERROR_CLASSES.get(primary, sqlite3.OperationalError)(str(error))
    converted.sqlite_errorcode = code
    return converted
