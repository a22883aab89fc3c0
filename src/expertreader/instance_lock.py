"""One ExpertReader at a time per data folder: two writers on one notes file would clash."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from expertreader import paths

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile


@dataclass(slots=True)
class InstanceLock:
    """The outcome of asking for the data folder's lock.

    ``lock`` is held until ``release`` or the end of the process. Without it, ``owner_host``
    names the computer that holds it (another instance is running), or is None when the folder
    cannot hold a lock at all (read-only): then the program carries on, since its notes open
    read-only and it cannot write anyway.
    """

    lock: QLockFile | None
    owner_host: str | None = None
    this_host: str = ""

    @property
    def busy(self) -> bool:
        return self.lock is None and self.owner_host is not None

    @property
    def elsewhere(self) -> bool:
        """Held from another computer (a shared or copied folder): maybe a leftover."""
        return self.busy and self.owner_host != self.this_host

    def take_over(self) -> bool:
        """Claim a lock another computer left behind, when the person says it is not in use."""
        from PySide6.QtCore import QLockFile

        lock = QLockFile(str(paths.lock_file()))
        lock.setStaleLockTime(0)
        lock.removeStaleLockFile()
        if lock.tryLock(0):
            self.lock, self.owner_host = lock, None
            return True
        return False

    def release(self) -> None:
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None


def acquire() -> InstanceLock:
    """Try to take the data folder's lock (see ``InstanceLock``).

    A lock left by a crashed process on this computer is taken over: Qt checks whether its
    process still runs. One from another computer cannot be checked, so it counts as busy.
    """
    from PySide6.QtCore import QLockFile, QSysInfo

    this_host = QSysInfo.machineHostName()
    try:
        paths.ensure_data_dir()
    except OSError:
        return InstanceLock(None, None, this_host)  # the store reports the folder's problem
    lock = QLockFile(str(paths.lock_file()))
    lock.setStaleLockTime(0)  # held for hours by design: only a dead owner makes it stale
    if lock.tryLock(200):
        with contextlib.suppress(OSError):  # Qt makes it with the umask's mode
            paths.lock_file().chmod(0o600)
        return InstanceLock(lock, None, this_host)
    if lock.error() != QLockFile.LockError.LockFailedError:  # cannot even write the lock file
        return InstanceLock(None, None, this_host)
    info = lock.getLockInfo()  # (pid, host name, application name)
    host = str(info[1]) if isinstance(info, tuple) and len(info) == 3 and info[1] else this_host
    return InstanceLock(None, host, this_host)
