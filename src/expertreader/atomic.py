"""The one way files are replaced: complete or untouched, never half written.

New content goes to a temporary file in the same folder (so the rename stays on one file
system), is flushed to the disk, and only then takes the target's name in one atomic rename;
the folder is flushed too, so the rename survives a power cut. A failure at any point removes
the temporary file and leaves any earlier file as it was. Exports, backups and restores of the
notes all go through ``replacing``. Files are created readable by their owner only: they hold
private health notes.

Temporary files are named ``.<target>.<random>.tmp``. While one is being written, its writer holds
an exclusive ``flock`` on it (POSIX); a killed writer's lock goes with it, so ``remove_leftovers``
at the next start can tell a leftover from work in progress at once, however recent, and a crash
loop cannot fill the disk with half-made backups.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

if sys.platform != "win32":
    import fcntl

TEMP_SUFFIX = ".tmp"
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")
LEFTOVER_AGE_S = 3600
"""Without locks (Windows), a temporary file this old is nobody's work in progress."""


def write_text_atomic(path: str | Path, text: str) -> None:
    """Write ``text`` as UTF-8 with the line ends it already has (no platform translation)."""
    write_bytes_atomic(path, text.encode("utf-8"))


def write_bytes_atomic(path: str | Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step; raises OSError and leaves no temporary file."""
    with replacing(Path(path)) as temp, temp.open("wb") as handle:
        handle.write(data)


@contextlib.contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """A private temporary path beside ``target`` that becomes ``target`` when the block ends.

    The block writes the temporary file (any way it likes: bytes, SQLite's backup API, a copy);
    on leaving it normally the file is flushed and renamed over ``target``. On any exception,
    Ctrl+C included, the temporary file (and SQLite side files beside it) is removed instead.
    """
    temp, handle = _claimed_temporary(target)
    try:
        yield temp
        with temp.open("rb+") as written:
            os.fsync(written.fileno())
        temp.replace(target)
    except BaseException:
        for suffix in ("", *SQLITE_SIDE_FILES):
            with contextlib.suppress(OSError):
                Path(f"{temp}{suffix}").unlink()
        raise
    finally:
        if handle is not None:
            os.close(handle)  # the lock goes with it
    fsync_folder(target.parent)


def _claimed_temporary(target: Path) -> tuple[Path, int | None]:
    """A new temporary file beside ``target``, locked as work in progress, and its handle.

    A cleaner may remove the file between its creation and the lock; then the lock is on a file
    that has no name any more, and another one is made. Windows has no ``flock``, and a file
    held open there cannot be renamed: no handle is kept (leftovers are told by their age).
    """
    while True:
        handle, name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=TEMP_SUFFIX
        )
        if sys.platform == "win32":
            os.close(handle)
            return Path(name), None
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            if Path(name).stat().st_ino == os.fstat(handle).st_ino:
                return Path(name), handle
        except FileNotFoundError:
            pass
        os.close(handle)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX); Windows cannot open folders and needs not."""
    if os.name != "posix":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass  # some file systems refuse to sync a folder; the rename itself has happened
    finally:
        os.close(handle)


def remove_leftovers(folder: Path, *, older_than_s: float = LEFTOVER_AGE_S) -> int:
    """Delete temporary files a killed process left in ``folder``; how many were removed.

    Only names this module makes (``.<name>.<random>.tmp``, older ones' ``.incoming-<random>.tmp``,
    and their SQLite side files), only regular files, and never one being written: its writer
    holds a lock on it (without locks, on Windows, only files older than ``older_than_s``).
    """
    removed = 0
    cutoff = time.time() - older_than_s
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        base = entry.name
        for suffix in SQLITE_SIDE_FILES:
            base = base.removesuffix(suffix)
        if not (base.startswith(".") and base.endswith(TEMP_SUFFIX)):
            continue
        try:
            if not entry.is_file(follow_symlinks=False) or _being_written(folder / base, cutoff):
                continue
            Path(entry.path).unlink()
            removed += 1
        except OSError:
            continue
    return removed


def _being_written(temp: Path, cutoff: float) -> bool:
    """Whether a live process is writing ``temp`` (whose side files share its fate)."""
    if sys.platform == "win32":
        try:
            return temp.stat().st_mtime >= cutoff
        except FileNotFoundError:
            return False
    try:
        handle = os.open(temp, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW)
    except FileNotFoundError:
        return False  # a side file whose temporary file is gone
    except OSError:
        return True  # cannot look: leave it
    try:
        fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:  # BlockingIOError: its writer holds the lock
        return True
    finally:
        os.close(handle)
    return False
