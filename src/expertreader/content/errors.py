"""The one error an article file can give: what is wrong, and on which line of which file."""

from __future__ import annotations

from pathlib import Path


class ContentError(Exception):
    """A problem with an article file, located by file and line (1-based)."""

    def __init__(self, path: str | Path, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path = str(path)
        self.line = line
        self.message = message
