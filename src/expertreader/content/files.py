"""Reading an article file: regular files only, and never waiting on a pipe or a device.

A named pipe called ``x.txt`` would block an ordinary ``open`` for ever (the window would never
paint), and ``/dev/zero`` would be read until the size limit; a folder cannot be read at all.
Every article read (parse, check, add, the index's fingerprints) goes through ``read_article``.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from expertreader.content.errors import ContentError

NOT_A_FILE = "is not an ordinary file (a folder, pipe or device), so it is not read"
_CHUNK = 1 << 20


def open_regular(path: Path) -> int:
    """A descriptor open for reading ``path`` if it is a regular file; else ContentError.

    ``O_NONBLOCK`` makes opening a pipe return at once, so it can be told apart and refused.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        handle = os.open(path, flags)
    except IsADirectoryError:
        raise ContentError(path, 1, "is a folder, not an article file") from None
    except OSError as error:
        raise ContentError(path, 1, f"cannot be read ({error.strerror or error})") from None
    if not stat.S_ISREG(os.fstat(handle).st_mode):
        os.close(handle)
        raise ContentError(path, 1, NOT_A_FILE)
    return handle


def read_article(path: Path, limit: int) -> bytes:
    """The bytes of an article file, refusing one larger than ``limit`` without reading it all."""
    handle = open_regular(path)
    try:
        with os.fdopen(handle, "rb") as file:
            data = file.read(limit + 1)
    except OSError as error:
        raise ContentError(path, 1, f"cannot be read ({error.strerror or error})") from None
    if len(data) > limit:
        raise ContentError(path, 1, f"is larger than {limit // 1024 // 1024} MB")
    return data


def is_regular(path: Path) -> bool:
    """Whether ``path`` is (or links to) an ordinary file; False when it cannot be looked at."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False
