"""The folders an index reads: the bundled content, and the articles the person added.

In an index a bundled file is named as in its folder and an added article ``added/<file>`` (a
file name never holds a slash), so an added article is never taken for a bundled one. Wherever
order decides, bundled files come first: of two articles with one title, the bundled one loads.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from expertreader.content.formats import ARTICLE_SUFFIXES

ADDED_PREFIX = "added/"


@dataclass(frozen=True, slots=True)
class FileState:
    size: int
    mtime_ns: int


@dataclass(frozen=True, slots=True)
class Folders:
    """The bundled content folder and, optionally, the folder of added articles."""

    bundled: Path
    added: Path | None = None

    def path(self, name: str) -> Path:
        """The file an index name stands for."""
        if self.added is not None and is_added(name):
            return self.added / name.removeprefix(ADDED_PREFIX)
        return self.bundled / name

    def scan(self) -> dict[str, FileState]:
        """Every article file of both folders, by index name. OSError if the bundled folder
        cannot be listed; an added folder that is missing or cannot be listed adds none."""
        files = scan_folder(self.bundled)
        if self.added is not None and self.added.is_dir():
            try:
                added = scan_folder(self.added)
            except OSError:
                added = {}  # the library reports it (``Library.open``); bundled ones still load
            files.update((ADDED_PREFIX + name, state) for name, state in added.items())
        return files


def is_added(name: str) -> bool:
    """Whether an index name is an added article's."""
    return name.startswith(ADDED_PREFIX)


def in_order(names: Iterable[str]) -> list[str]:
    """Bundled files first, each folder's by name: the order articles are read in."""
    return sorted(names, key=lambda name: (is_added(name), name))


def scan_folder(folder: Path) -> dict[str, FileState]:
    """The article files of one folder: name -> size and time (OSError if it cannot be read)."""
    files: dict[str, FileState] = {}
    for entry in os.scandir(folder):
        if not entry.name.lower().endswith(ARTICLE_SUFFIXES):
            continue
        try:
            info = entry.stat()
        except OSError:
            files[entry.name] = FileState(-1, -1)  # parsed, so the problem is reported
            continue
        if not stat.S_ISREG(info.st_mode):  # a pipe, device or folder: reported, never read
            files[entry.name] = FileState(-1, -1)
            continue
        files[entry.name] = FileState(info.st_size, info.st_mtime_ns)
    return files
