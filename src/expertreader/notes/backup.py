"""Verified copies of the notes file, and putting one back when the notes file is damaged.

A backup is written to a temporary file, checked with ``PRAGMA integrity_check``, flushed to disk
and only then renamed into place, so a file named like a backup is always a whole, sound copy.
Only files named like backups are ever deleted (rotation), and the newest of each reason (daily,
import, before-vN, ...) always stays; damaged files are moved aside. Leftover ``.incoming-*.tmp``
files from an interrupted backup are not backups: they are never restored from, listed or deleted.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from expertreader.notes.store import (
    LAST_BACKUP_KEY,
    RecoveryReport,
    StoreError,
    from_utc_text,
    make_private_dir,
    to_store_error,
    to_utc_text,
    utc_now,
)

if TYPE_CHECKING:
    from expertreader.notes.store import NotesStore

KEEP_BACKUPS = 10
DAILY = dt.timedelta(days=1)
_STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
# notes-<UTC time>-<reason>[-<n>].db: n counts up within one second, so it orders them.
_BACKUP_NAME = re.compile(r"^notes-(\d{8}T\d{6}Z)-([a-z0-9-]+?)(?:-(\d+))?\.db$")
_SIDE_FILES = ("-wal", "-shm", "-journal")


def make_backup(
    db_path: Path,
    backups_dir: Path,
    reason: str,
    *,
    source: sqlite3.Connection | None = None,
    keep: int = KEEP_BACKUPS,
) -> Path:
    """Copy the notes to ``backups_dir/notes-<UTC time>-<reason>.db``, verified, then rotate.

    Rotation keeps the newest ``keep`` backups and, whatever their age, the newest one of each
    reason, so a run of imports cannot push out the last daily or pre-migration backup.

    ``source`` is an open connection to ``db_path`` to copy through (the store's own); without it
    the file is opened here.
    """
    stamp = utc_now().strftime(_STAMP_FORMAT)
    label = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-") or "backup"
    try:
        make_private_dir(backups_dir)
        handle, name = tempfile.mkstemp(dir=backups_dir, prefix=".incoming-", suffix=".tmp")
        os.close(handle)
        incoming = Path(name)
        try:
            _copy_verified(db_path, incoming, source)
            target = _new_backup_name(backups_dir, stamp, label)
            incoming.replace(target)
        except BaseException:
            for suffix in ("", *_SIDE_FILES):  # our own unfinished copy, never a real backup
                Path(f"{incoming}{suffix}").unlink(missing_ok=True)
            raise
        _fsync_dir(backups_dir)
        for old in _rotated_out(list_backups(backups_dir), keep):
            old.unlink(missing_ok=True)
        return target
    except (sqlite3.Error, OSError) as error:
        raise to_store_error(error, backups_dir) from error


def _new_backup_name(backups_dir: Path, stamp: str, label: str) -> Path:
    """A free name whose counter is above every backup of the same second, even deleted ones'.

    Reusing a lower free number would make the newest backup sort as the oldest in its second.
    """
    counters = [_counter(match) for match in _matches(backups_dir) if match.group(1) == stamp]
    number = max(counters, default=0) + 1
    while True:
        suffix = f"-{number}" if number > 1 else ""
        candidate = backups_dir / f"notes-{stamp}-{label}{suffix}.db"
        if not any(Path(f"{candidate}{side}").exists() for side in ("", *_SIDE_FILES)):
            return candidate
        number += 1


def _counter(match: re.Match[str]) -> int:
    return int(match.group(3) or 1)


def _matches(backups_dir: Path) -> list[re.Match[str]]:
    try:
        names = [entry.name for entry in backups_dir.iterdir()]
    except FileNotFoundError:
        return []
    return [match for name in names if (match := _BACKUP_NAME.match(name))]


def _rotated_out(backups: list[Path], keep: int) -> list[Path]:
    """Of ``backups`` (newest first), the ones to delete; never a symlink, which we did not make."""
    kept = set(backups[: max(keep, 1)])
    newest_of_reason: dict[str, Path] = {}
    for backup in backups:
        newest_of_reason.setdefault(backup_reason(backup) or "", backup)
    kept.update(newest_of_reason.values())
    return [backup for backup in backups if backup not in kept and not backup.is_symlink()]


def _copy_verified(db_path: Path, target: Path, source: sqlite3.Connection | None) -> None:
    """Copy with SQLite's backup API (a consistent snapshot, WAL included), check, fsync."""
    own_source = source is None
    if source is None:
        source = sqlite3.connect(f"{db_path.absolute().as_uri()}?mode=rw", uri=True)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
        # A single self-contained file: no -wal/-shm beside the backup.
        copy.execute("PRAGMA journal_mode = DELETE")
        verdict = copy.execute("PRAGMA integrity_check").fetchall()
    finally:
        copy.close()
        if own_source:
            source.close()
    if verdict != [("ok",)]:
        raise StoreError(
            "The backup copy of your notes failed its check, so it was not kept.", target
        )
    with target.open("rb+") as written:
        os.fsync(written.fileno())


def list_backups(backups_dir: Path) -> list[Path]:
    """Files named like backups, newest first: by the time, then the counter in the name."""
    try:
        entries = list(backups_dir.iterdir())
    except FileNotFoundError:
        return []
    found: list[tuple[str, int, int, str, Path]] = []
    for entry in entries:
        match = _BACKUP_NAME.match(entry.name)
        if match and entry.is_file():
            moment = match.group(1)
            found.append((moment, _counter(match), entry.stat().st_mtime_ns, entry.name, entry))
    found.sort(reverse=True)
    return [entry for *_, entry in found]


def backup_reason(backup: Path) -> str | None:
    """Why a backup was made ('daily', 'import', 'before-v2', ...), from its name."""
    match = _BACKUP_NAME.match(backup.name)
    return match.group(2) if match else None


def backup_time(backup: Path) -> dt.datetime | None:
    """When a backup was made, from its name."""
    match = _BACKUP_NAME.match(backup.name)
    if not match:
        return None
    return dt.datetime.strptime(match.group(1), _STAMP_FORMAT).replace(tzinfo=dt.UTC)


def is_good_backup(backup: Path) -> bool:
    """Opens read-only and passes ``PRAGMA integrity_check``."""
    try:
        conn = sqlite3.connect(f"{backup.absolute().as_uri()}?mode=ro", uri=True)
        try:
            verdict = conn.execute("PRAGMA integrity_check").fetchall()
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return verdict == [("ok",)] and version > 0


def newest_good_backup(backups_dir: Path) -> Path | None:
    for backup in list_backups(backups_dir):
        if is_good_backup(backup):
            return backup
    return None


def backup_if_due(store: NotesStore, max_age: dt.timedelta = DAILY) -> Path | None:
    """The daily backup: make one when the last is older than ``max_age`` (or unknown).

    None while the store is read-only: its notes cannot change, and the time of the backup could
    not be recorded.
    """
    if store.read_only:
        return None
    now = utc_now()
    last_text = store.get_meta(LAST_BACKUP_KEY)
    if last_text and list_backups(store.backups_dir):
        try:
            last = from_utc_text(last_text)
        except ValueError:
            last = None
        if last is not None and now - max_age < last <= now:
            return None
    made = store.backup("daily")
    store.set_meta(LAST_BACKUP_KEY, to_utc_text(now))
    return made


def recover_damaged(db_path: Path, backups_dir: Path, problem: str) -> RecoveryReport:
    """Move the damaged file aside (never delete it) and put the newest good backup in its place.

    The restored copy is prepared before anything is moved, so a failure here leaves things as
    they were. ``problem`` is SQLite's diagnosis, kept for the log rather than the message. In a
    folder that cannot be written nothing is tried: ``OSError`` (EROFS) before any step.
    """
    if not _folder_writable(db_path.parent):
        raise OSError(errno.EROFS, "The notes folder is read-only", str(db_path.parent))
    now = utc_now()
    restored_from = newest_good_backup(backups_dir)
    prepared: Path | None = None
    if restored_from is not None:
        handle, name = tempfile.mkstemp(dir=db_path.parent, prefix=".notes-restore-", suffix=".tmp")
        prepared = Path(name)
        with os.fdopen(handle, "wb") as out, restored_from.open("rb") as backup:
            shutil.copyfileobj(backup, out)
            out.flush()
            os.fsync(out.fileno())
    try:
        kept = _set_aside(db_path, now)
        if prepared is not None:
            prepared.replace(db_path)
    except BaseException:
        if prepared is not None:
            prepared.unlink(missing_ok=True)
        raise
    _fsync_dir(db_path.parent)
    made = backup_time(restored_from) if restored_from else None
    if restored_from is None:
        message = (
            "Your notes file was damaged and there was no backup to restore, so a new, empty "
            f"notes file was started. The damaged file was kept as {kept}; it has not been deleted."
        )
    else:
        when = f"{describe_age(made, now)} ({_local(made)})" if made else "earlier"
        message = (
            f"Your notes file was damaged. It was kept as {kept}; it has not been deleted. "
            f"Your notes were restored from a backup made {when}. "
            "Changes made after that backup are not in the restored notes."
        )
    return RecoveryReport(kept, restored_from, made, message)


def _set_aside(db_path: Path, now: dt.datetime) -> Path:
    """Rename the file and its -wal/-shm/-journal to ``<name>.corrupt-<time>``; side files first.

    Side files go first: a -wal left beside a fresh notes file would be replayed into it.
    """
    kept = _unused_name(db_path.parent, f"{db_path.name}.corrupt-{now.strftime(_STAMP_FORMAT)}", "")
    for suffix in _SIDE_FILES:
        side = Path(f"{db_path}{suffix}")
        if side.exists():
            side.replace(f"{kept}{suffix}")
    if db_path.exists():
        db_path.replace(kept)
    return kept


def _folder_writable(folder: Path) -> bool:
    """Whether files can be made and renamed in ``folder`` (a read-only disk refuses root too)."""
    return os.access(folder, os.W_OK)


def describe_age(then: dt.datetime, now: dt.datetime) -> str:
    """'3 hours ago', in words a tired reader takes in at a glance."""
    seconds = max(0, int((now - then).total_seconds()))
    if seconds < 120:
        return "moments ago"
    if seconds < 2 * 3600:
        return f"{seconds // 60} minutes ago"
    if seconds < 2 * 86400:
        return f"{seconds // 3600} hours ago"
    return f"{seconds // 86400} days ago"


def _local(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _unused_name(folder: Path, stem: str, suffix: str) -> Path:
    """``stem + suffix``, or ``stem-2 + suffix`` ... if taken (side files count as taken)."""
    candidate, number = folder / f"{stem}{suffix}", 2
    while any(Path(f"{candidate}{side}").exists() for side in ("", *_SIDE_FILES)):
        candidate, number = folder / f"{stem}-{number}{suffix}", number + 1
    return candidate


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX; Windows cannot open a folder this way and does not need to)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
