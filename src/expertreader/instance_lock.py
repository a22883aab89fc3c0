"""One ExpertReader at a time per data folder: two writers on one notes file would clash."""

from __future__ import annotations

from typing import TYPE_CHECKING

from expertreader import paths

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile


def acquire() -> QLockFile | None:
    """The data folder's lock, held until released or the process ends; None if another has it.

    A lock left by a crashed process is taken over (Qt checks whether its process still runs).
    """
    from PySide6.QtCore import QLockFile

    paths.ensure_data_dir()
    lock = QLockFile(str(paths.lock_file()))
    lock.setStaleLockTime(0)  # held for hours by design: only a dead owner makes it stale
    return lock if lock.tryLock(200) else None
