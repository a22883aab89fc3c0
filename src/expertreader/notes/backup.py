"""Verified copies of the notes file: made daily, before migrations and imports, and rotated.

A backup is written to a temporary file, checked with ``PRAGMA integrity_check``, flushed and only
then renamed into place (``atomic.replacing``), so a file named like a backup is always a whole,
sound copy. Only files named like backups are ever deleted (rotation); the newest of each reason
(daily, import, before-vN, ...) and the newest one that holds any notes always stay, so a copy of
an empty or emptied notes file can never push out the last good one.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path
from typing import Protocol

from expertreader import atomic, timestamps
from expertreader.notes import connection
from expertreader.notes.errors import StoreError, to_store_error
from expertreader.notes.salvage import PERSONS_WORDS

KEEP_BACKUPS = 10
DAILY = dt.timedelta(days=1)
LAST_BACKUP_KEY = "last_backup"
_STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
# notes-<UTC time>-<reason>[-<n>].db: n counts up within one second, so it orders them.
_BACKUP_NAME = re.compile(r"^notes-(\d{8}T\d{6}Z)-([a-z0-9-]+?)(?:-(\d+))?\.db$")


class Backupable(Protocol):
    """What the daily backup needs of a notes store."""

    @property
    def read_only(self) -> bool: ...
    @property
    def backups_dir(self) -> Path: ...
    def get_meta(self, key: str) -> str | None: ...
    def set_meta(self, key: str, value: str) -> None: ...
    def backup(self, reason: str) -> Path: ...


def make_backup(
    db_path: Path,
    backups_dir: Path,
    reason: str,
    *,
    source: sqlite3.Connection | None = None,
    keep: int = KEEP_BACKUPS,
) -> Path:
    """Copy the notes to ``backups_dir/notes-<UTC time>-<reason>.db``, verified, then rotate.

    ``source`` is an open connection to ``db_path`` to copy through (the store's own); without it
    the file is opened here. Rotation runs before the copy too: a process killed between a copy
    and its rotation, again and again, must not pile up backups.
    """
    stamp = timestamps.utc_now().strftime(_STAMP_FORMAT)
    label = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-") or "backup"
    try:
        connection.make_private_dir(backups_dir)
        _rotate(backups_dir, keep)
        target = _new_backup_name(backups_dir, stamp, label)
        with atomic.replacing(target) as incoming:
            _copy_verified(db_path, incoming, source)
        _rotate(backups_dir, keep)
        return target
    except (sqlite3.Error, OSError) as error:
        raise to_store_error(error, backups_dir) from error


def _rotate(backups_dir: Path, keep: int) -> None:
    for old in _rotated_out(list_backups(backups_dir), keep):
        old.unlink(missing_ok=True)


def _copy_verified(db_path: Path, target: Path, source: sqlite3.Connection | None) -> None:
    """Copy with SQLite's backup API (a consistent snapshot, WAL included) and check the copy."""
    own_source = source is None
    if source is None:
        source = connection.open_uri(f"{db_path.absolute().as_uri()}?mode=rw")
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside
        verdict = copy.execute("PRAGMA integrity_check").fetchall()
    finally:
        copy.close()
        if own_source:
            source.close()
    if verdict != [("ok",)]:
        raise StoreError(
            "The backup copy of your notes failed its check, so it was not kept.", target
        )


def _new_backup_name(backups_dir: Path, stamp: str, label: str) -> Path:
    """A free name whose counter is above every backup of the same second, even deleted ones'.

    Reusing a lower free number would make the newest backup sort as the oldest in its second.
    """
    counters = [_counter(match) for match in _matches(backups_dir) if match.group(1) == stamp]
    number = max(counters, default=0) + 1
    while True:
        suffix = f"-{number}" if number > 1 else ""
        candidate = backups_dir / f"notes-{stamp}-{label}{suffix}.db"
        sides = ("", *connection.SIDE_FILES)
        if not any(Path(f"{candidate}{side}").exists() for side in sides):
            return candidate
        number += 1


def _counter(match: re.Match[str]) -> int:
    return int(match.group(3) or 1)


def _matches(backups_dir: Path) -> list[re.Match[str]]:
    try:
        names = [entry.name for entry in backups_dir.iterdir()]
    except OSError:  # missing, not a folder, or not readable: no backups to go by
        return []
    return [match for name in names if (match := _BACKUP_NAME.match(name))]


def _rotated_out(backups: list[Path], keep: int) -> list[Path]:
    """Of ``backups`` (newest first), the ones to delete; never a symlink, which we did not make."""
    kept = set(backups[: max(keep, 1)])
    newest_of_reason: dict[str, Path] = {}
    for backup in backups:
        newest_of_reason.setdefault(backup_reason(backup) or "", backup)
    kept.update(newest_of_reason.values())
    if (with_notes := newest_good_backup_in(backups, with_notes=True)) is not None:
        kept.add(with_notes)
    return [backup for backup in backups if backup not in kept and not backup.is_symlink()]


def list_backups(backups_dir: Path) -> list[Path]:
    """Files named like backups, newest first: by the time, then the counter in the name."""
    try:
        entries = list(backups_dir.iterdir())
    except OSError:  # missing, not a folder, or not readable: no backups to go by
        return []
    found: list[tuple[str, int, int, str, Path]] = []
    for entry in entries:
        match = _BACKUP_NAME.match(entry.name)
        try:
            if match and entry.is_file():
                moment, made = match.group(1), entry.stat().st_mtime_ns
                found.append((moment, _counter(match), made, entry.name, entry))
        except OSError:
            continue  # gone meanwhile (another process rotated it)
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
    return _inspect(backup) is not None


def holds_notes(backup: Path) -> bool:
    """A sound backup with at least one note, bookmark or deleted item in it."""
    return bool(_inspect(backup))


def _inspect(backup: Path) -> int | None:
    """How many rows of the person's words a sound backup holds; None if it is not sound."""
    try:
        conn = connection.open_uri(f"{backup.absolute().as_uri()}?mode=ro")
        try:
            verdict = conn.execute("PRAGMA integrity_check").fetchall()
            version = connection.user_version(conn)
            tables = {
                str(row[0])
                for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            rows = sum(
                int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                for table in PERSONS_WORDS
                if table in tables
            )
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return rows if verdict == [("ok",)] and version > 0 else None


def newest_good_backup(backups_dir: Path, *, with_notes: bool = False) -> Path | None:
    """The newest sound backup; with ``with_notes``, the newest that holds any notes."""
    return newest_good_backup_in(list_backups(backups_dir), with_notes=with_notes)


def newest_good_backup_in(backups: list[Path], *, with_notes: bool) -> Path | None:
    for backup in backups:
        if (holds_notes if with_notes else is_good_backup)(backup):
            return backup
    return None


def best_backup_to_restore(backups_dir: Path) -> Path | None:
    """The newest backup with notes in it, else the newest sound one at all."""
    return newest_good_backup(backups_dir, with_notes=True) or newest_good_backup(backups_dir)


def backup_if_due(store: Backupable, max_age: dt.timedelta = DAILY) -> Path | None:
    """The daily backup: make one when the last is older than ``max_age`` (or unknown).

    None while the store is read-only: its notes cannot change, and the time of the backup could
    not be recorded.
    """
    if store.read_only:
        return None
    now = timestamps.utc_now()
    last_text = store.get_meta(LAST_BACKUP_KEY)
    if last_text and list_backups(store.backups_dir):
        last = timestamps.parse(last_text)
        if last is not None and now - max_age < last <= now:
            return None
    made = store.backup("daily")
    store.set_meta(LAST_BACKUP_KEY, timestamps.to_text(now))
    return made


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


def describe_backup(backup: Path, now: dt.datetime) -> str:
    """'a backup made 3 hours ago (2026-11-30 09:12)'."""
    made = backup_time(backup)
    if made is None:
        return "an earlier backup"
    return f"a backup made {describe_age(made, now)} ({made.astimezone():%Y-%m-%d %H:%M})"
