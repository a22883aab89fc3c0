"""What can go wrong with the notes file, typed: faults of the world versus bugs in the program.

A ``StoreError`` is a fault of the environment (the disk is full or read-only, the file is busy,
damaged or unreadable): it carries a message written for the person, and the program keeps the
edit and tries again. A ``StoreBugError`` is a mistake in our own SQL or data handling (a constraint
failure, a syntax error, a misuse): it is logged as a bug, never retried, and never shown as
"the disk is full".
"""

from __future__ import annotations

import enum
import errno
import os
import sqlite3
from pathlib import Path


class Fault(enum.Enum):
    """The kinds of environment fault, so callers can decide without reading messages."""

    READ_ONLY = "read-only"
    DISK_FULL = "disk-full"
    BUSY = "busy"
    DAMAGED = "damaged"
    IO = "io"
    CANNOT_OPEN = "cannot-open"
    NEWER_VERSION = "newer-version"
    CLOSED = "closed"


class StoreError(Exception):
    """A notes file problem the person can act on; ``message`` is written for them."""

    def __init__(self, message: str, path: Path, fault: Fault = Fault.IO) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.fault = fault


class StoreBugError(Exception):
    """A programming error surfaced by SQLite: log it as a bug; retrying cannot help."""


READ_ONLY = "The notes folder is read-only, so changes cannot be saved."
DISK_FULL = "The disk is full, so changes cannot be saved."
IN_USE = "The notes file is in use by another program. Try again shortly."
CAN_STILL_READ = "Your notes can be read and exported, but changes cannot be saved until"

_MESSAGES = {
    sqlite3.SQLITE_READONLY: (READ_ONLY, Fault.READ_ONLY),
    sqlite3.SQLITE_PERM: (READ_ONLY, Fault.READ_ONLY),
    sqlite3.SQLITE_FULL: (DISK_FULL, Fault.DISK_FULL),
    sqlite3.SQLITE_CANTOPEN: ("The notes file could not be opened.", Fault.CANNOT_OPEN),
    sqlite3.SQLITE_BUSY: (IN_USE, Fault.BUSY),
    sqlite3.SQLITE_LOCKED: (IN_USE, Fault.BUSY),
    sqlite3.SQLITE_IOERR: ("The notes file could not be read or written.", Fault.IO),
    sqlite3.SQLITE_CORRUPT: ("The notes file is damaged.", Fault.DAMAGED),
    sqlite3.SQLITE_NOTADB: ("The notes file is damaged.", Fault.DAMAGED),
    sqlite3.SQLITE_PROTOCOL: (IN_USE, Fault.BUSY),
    sqlite3.SQLITE_NOMEM: ("There is not enough memory to use the notes file.", Fault.IO),
    sqlite3.SQLITE_TOOBIG: ("That is too large to keep in the notes file.", Fault.IO),
    sqlite3.SQLITE_INTERRUPT: ("Saving was interrupted. Try again.", Fault.IO),
}
# Extended I/O codes that mean "no room on the disk": SQLite could not grow its shared-memory
# file (-shm) or the file itself. A full disk at start-up shows up as IOERR_SHMSIZE.
_NO_ROOM_IO_CODES = {
    sqlite3.SQLITE_IOERR_SHMSIZE,
    sqlite3.SQLITE_IOERR_SHMOPEN,
    sqlite3.SQLITE_IOERR_SHMMAP,
    sqlite3.SQLITE_IOERR_WRITE,
    sqlite3.SQLITE_IOERR_TRUNCATE,
}


def sqlite_code(error: sqlite3.Error) -> int:
    """The extended SQLite result code (0 when the error carries none)."""
    return int(getattr(error, "sqlite_errorcode", 0) or 0)


def primary_code(error: sqlite3.Error) -> int:
    return sqlite_code(error) & 0xFF


def is_fault(error: BaseException) -> bool:
    """A fault of the environment rather than of our program."""
    if isinstance(error, StoreError | OSError):
        return True
    if isinstance(error, sqlite3.Error):
        return primary_code(error) in _MESSAGES or _judged_read_only_by_words(error)
    return False


def is_damage(error: sqlite3.Error) -> bool:
    return primary_code(error) in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def is_no_room(error: BaseException, folder: Path | None = None) -> bool:
    """The disk has no room left: SQLite's own code, or an I/O error on a disk that is full.

    SQLite reports a full disk at start-up as an I/O error on its shared-memory file
    (IOERR_SHMSIZE), so for those codes the free space of ``folder`` decides.
    """
    if isinstance(error, OSError):
        return error.errno in (errno.ENOSPC, errno.EDQUOT)
    if isinstance(error, sqlite3.Error):
        if primary_code(error) == sqlite3.SQLITE_FULL:
            return True
        return folder is not None and sqlite_code(error) in _NO_ROOM_IO_CODES and _full(folder)
    return False


def is_cannot_write(error: BaseException, folder: Path | None = None) -> bool:
    """The disk refused a write (read-only, no permission, no room): reading may still work.

    Opening read-only is tried only after such an error; if that fails too, the first error is
    the one reported. An error made without a SQLite code is judged by its words.
    """
    if is_no_room(error, folder):
        return True
    if isinstance(error, sqlite3.Error):
        code = primary_code(error)
        if code:
            return code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM)
        return _judged_read_only_by_words(error)
    if isinstance(error, OSError):
        return error.errno in (errno.EROFS, errno.EACCES, errno.EPERM)
    return False


def to_store_error(error: BaseException, path: Path) -> StoreError:
    """A fault in words; the original stays attached as ``__cause__`` by the caller.

    Raises ``StoreBugError`` for a programming mistake instead, so it is never retried.
    """
    if isinstance(error, StoreError):
        return error
    if isinstance(error, sqlite3.Error):
        if is_no_room(error, path.parent):
            return StoreError(DISK_FULL, path, Fault.DISK_FULL)
        found = _MESSAGES.get(primary_code(error))
        if found is not None:
            return StoreError(found[0], path, found[1])
        if _judged_read_only_by_words(error):
            return StoreError(READ_ONLY, path, Fault.READ_ONLY)
        raise StoreBugError(
            f"SQLite refused our request ({type(error).__name__}: {error})"
        ) from error
    if isinstance(error, OSError):
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            return StoreError(DISK_FULL, path, Fault.DISK_FULL)
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return StoreError(READ_ONLY, path, Fault.READ_ONLY)
        reason = error.strerror or str(error)
        return StoreError(f"The notes file could not be written ({reason}).", path, Fault.IO)
    raise StoreBugError(f"unexpected error from the notes file: {error!r}") from error


def _judged_read_only_by_words(error: sqlite3.Error) -> bool:
    text = str(error).lower()
    return any(words in text for words in ("readonly", "read-only", "unable to open"))


def _full(folder: Path) -> bool:
    """Less than a megabyte free where ``folder`` lives (no statvfs on Windows: unknown)."""
    try:
        status = os.statvfs(folder)
    except (OSError, AttributeError):
        return False
    return status.f_bavail * status.f_frsize < (1 << 20)


def mounted_read_only(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False


def cannot_write_detail(path: Path, error: BaseException) -> str:
    """Why the notes cannot be written, naming the place the person has to fix."""
    folder = path.parent
    if is_no_room(error, folder):
        return f"the disk that holds {folder} is full"
    if mounted_read_only(folder):
        return f"{folder} is on a disk that is mounted read-only"
    if path.exists() and not os.access(path, os.W_OK):
        return f"the notes file {path} is marked read-only"
    if not os.access(folder, os.W_OK):
        return f"ExpertReader is not allowed to write in {folder}"
    cause = getattr(error, "strerror", None) or str(error)
    return f"{folder} cannot be written to ({cause})"


def cannot_write_message(path: Path, error: BaseException, *, hidden_wal: bool) -> str:
    """The lasting warning for a notes file that can be read but not written."""
    if is_no_room(error, path.parent):
        message = (
            f"The disk is full: {cannot_write_detail(path, error)}. {CAN_STILL_READ} there is "
            "room on the disk again."
        )
    else:
        message = (
            f"Your notes folder is read-only: {cannot_write_detail(path, error)}. "
            f"{CAN_STILL_READ} the folder can be written to again."
        )
    if hidden_wal:
        wal = path.with_name(path.name + "-wal")
        message += (
            f" Changes saved shortly before may be missing here: they are kept in {wal.name} "
            "and come back once the folder can be written to."
        )
    return message
