"""A notes file that is damaged, emptied, missing or foreign: keep it, save every word, explain.

Whatever happened, the damaged file is moved aside (never deleted), every row that can still be
read is salvaged and merged with the newest good backup (for each note the newest edit wins; a
note deleted after the backup stays deleted), and the result becomes the new notes file in one
atomic rename. The person is told in plain words what happened and how many notes came back.
"""

from __future__ import annotations

import datetime as dt
import enum
import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from expertreader import atomic, timestamps
from expertreader.notes import backup, connection, schema
from expertreader.notes.errors import is_damage
from expertreader.notes.rescue import merge_salvages, salvage_of, write_rows
from expertreader.notes.salvage import Salvage, salvage_file

_STAMP = "%Y%m%dT%H%M%SZ"


class Condition(enum.Enum):
    """What ``diagnose`` found."""

    SOUND = "sound"
    NEW = "new"  # no file, or an empty one, and no backup: a first start
    MISSING = "missing"  # no file, but backups exist: it was deleted or lost
    EMPTIED = "emptied"  # a 0-byte file, but backups exist
    DAMAGED = "damaged"
    FOREIGN = "foreign"  # a sound SQLite file that is not a notes file, or not a file at all
    FOREIGN_SIDE_FILE = "foreign-side-file"  # a sound file, spoilt by a -wal/-journal beside it
    MISMATCHED = "mismatched"  # a notes file whose tables do not match its version number
    NEWER = "newer"  # made by a newer ExpertReader: never touched


@dataclass(frozen=True, slots=True)
class Diagnosis:
    condition: Condition
    detail: str = ""
    side_file: str = ""  # the -wal or -journal that does not belong (FOREIGN_SIDE_FILE)

    @property
    def needs_repair(self) -> bool:
        return self.condition in _REPAIRED


_REPAIRED = {
    Condition.MISSING,
    Condition.EMPTIED,
    Condition.DAMAGED,
    Condition.FOREIGN,
    Condition.FOREIGN_SIDE_FILE,
    Condition.MISMATCHED,
}
_PLAIN_WORDS = {
    Condition.MISSING: "Your notes file {path} was missing",
    Condition.EMPTIED: "Your notes file {path} was empty (0 bytes)",
    Condition.DAMAGED: "Your notes file {path} was damaged",
    Condition.FOREIGN: "The file {path} was not an ExpertReader notes file",
    Condition.FOREIGN_SIDE_FILE: "Your notes file {path} was sound, but the file {side} beside "
    "it belonged to another database or no longer fitted it",
    Condition.MISMATCHED: "Your notes file {path} did not match its version number "
    "(it may have been changed by another program)",
}
_SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True, slots=True)
class RecoveryReport:
    """What was done about a notes file that needed repair, for the person to read."""

    corrupt_kept_as: Path | None
    restored_from: Path | None
    backup_time: dt.datetime | None
    message: str
    notes_recovered: int = 0


def describe(diagnosis: Diagnosis, path: Path) -> str:
    """What was wrong, in plain words, naming the file: 'Your notes file … was damaged'."""
    words = _PLAIN_WORDS.get(diagnosis.condition, "Your notes file {path} could not be used")
    return words.format(path=path, side=diagnosis.side_file)


def diagnose(path: Path, backups_dir: Path) -> Diagnosis:
    """Look at the file without changing it (read-only, so no -wal is tidied away).

    Only a regular file is opened (a FIFO would block). A file from a newer version is told by
    its header when no -wal is beside it, so refusing it creates no side file either.
    """
    try:
        status = path.stat()
    except FileNotFoundError:
        has_backups = bool(backup.list_backups(backups_dir))
        return Diagnosis(Condition.MISSING if has_backups else Condition.NEW)
    if not stat.S_ISREG(status.st_mode):
        return Diagnosis(Condition.FOREIGN, "not a regular file")
    if status.st_size == 0:
        has_backups = backup.best_backup_to_restore(backups_dir) is not None
        return Diagnosis(Condition.EMPTIED if has_backups else Condition.NEW)
    with_wal = connection.has_unmerged_wal(path)
    header = _header(path)
    if not with_wal and _header_version(header) > schema.CURRENT_VERSION:
        return Diagnosis(Condition.NEWER, f"version {_header_version(header)}")
    journal = path.with_name(path.name + "-journal")
    if header[18:20] == b"\x02\x02" and _not_empty(journal):
        # A WAL database has no rollback journal: one beside it belongs elsewhere, and opening
        # the file for writing would "roll back" that journal's pages into it.
        alone = _look(path, immutable=True)
        if alone.condition is not Condition.SOUND:
            return alone
        return Diagnosis(Condition.FOREIGN_SIDE_FILE, "a rollback journal", journal.name)
    found = _look(path, immutable=False)
    if found.condition in (Condition.SOUND, Condition.NEW, Condition.NEWER) or not with_wal:
        return found
    if _look(path, immutable=True).condition is Condition.SOUND:
        wal = path.with_name(path.name + "-wal").name
        return Diagnosis(Condition.FOREIGN_SIDE_FILE, found.detail or found.condition.value, wal)
    return found


def _look(path: Path, *, immutable: bool) -> Diagnosis:
    """The file as SQLite shows it, with its -wal or (``immutable``) the main file alone."""
    try:
        if immutable:
            probe = connection.open_uri(f"{path.as_uri()}?mode=ro&immutable=1")
        else:
            probe, _ = connection.connect_read_only(path)
        try:
            verdict = probe.execute("PRAGMA integrity_check").fetchall()
            version = connection.user_version(probe)
            present = schema.columns_by_table(probe)
        finally:
            probe.close()
    except sqlite3.DatabaseError as error:
        if is_damage(error):
            return Diagnosis(Condition.DAMAGED, str(error))
        raise
    if verdict != [("ok",)]:
        return Diagnosis(Condition.DAMAGED, "; ".join(str(row[0]) for row in verdict[:5]))
    if version > schema.CURRENT_VERSION:
        return Diagnosis(Condition.NEWER, f"version {version}")
    if version == 0:
        return Diagnosis(Condition.FOREIGN if present else Condition.NEW)
    expected = schema.expected_columns(version)
    if any(present.get(table) != columns for table, columns in expected.items()):
        return Diagnosis(Condition.MISMATCHED, f"version {version}, tables {sorted(present)}")
    return Diagnosis(Condition.SOUND)


def _header(path: Path) -> bytes:
    """The file's 100-byte SQLite header, or b"" when it has none."""
    try:
        with path.open("rb") as file:
            header = file.read(100)
    except OSError:
        return b""
    return header if len(header) == 100 and header.startswith(_SQLITE_MAGIC) else b""


def _header_version(header: bytes) -> int:
    """``user_version`` as the header says (0 without a header)."""
    return int.from_bytes(header[60:64], "big", signed=True) if header else 0


def _not_empty(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def repair(path: Path, backups_dir: Path, diagnosis: Diagnosis) -> RecoveryReport:
    """Set the file aside, merge what it holds with the best backup, write the result.

    The merged file is prepared completely before anything is moved, so a failure (a full disk,
    a read-only folder: ``OSError``) leaves everything as it was.
    """
    now = timestamps.utc_now()
    salvaged = salvage_of(path)
    source = backup.best_backup_to_restore(backups_dir)
    from_backup = salvage_file(source) if source is not None else Salvage()
    merged = merge_salvages(salvaged, from_backup)
    kept: Path | None = None
    with atomic.replacing(path) as prepared:
        write_rows(prepared, merged)
        if path.exists() or path.is_symlink() or _side_files(path):
            kept = _set_aside(path, now)
    notes = len(merged.rows("notes"))
    return RecoveryReport(
        kept,
        source,
        backup.backup_time(source) if source else None,
        _message(diagnosis, path, kept, source, salvaged, from_backup, merged, now),
        notes,
    )


def _side_files(path: Path) -> list[Path]:
    return [
        side
        for suffix in connection.SIDE_FILES
        if (side := path.with_name(path.name + suffix)).exists()
    ]


def _set_aside(path: Path, now: dt.datetime) -> Path:
    """Keep the file and its -wal/-shm/-journal as ``<name>.corrupt-<time>``; side files first.

    Side files go first: a -wal left beside the new notes file would be replayed into it. The
    file itself gets a second name (a hard link) where the disk allows it, so the repaired file
    takes its place in one rename and no moment is left without a notes file.
    """
    kept = _unused_name(path.parent, f"{path.name}.corrupt-{now.strftime(_STAMP)}")
    for side in _side_files(path):
        side.replace(f"{kept}{side.name.removeprefix(path.name)}")
    if path.is_file() and not path.is_symlink():
        try:
            os.link(path, kept)
            return kept
        except OSError:
            pass  # no hard links here (FAT, some network disks): rename it instead
    if path.exists() or path.is_symlink():
        path.replace(kept)
    return kept


def _unused_name(folder: Path, stem: str) -> Path:
    candidate, number = folder / stem, 2
    sides = ("", *connection.SIDE_FILES)
    while any(Path(f"{candidate}{side}").exists() for side in sides):
        candidate, number = folder / f"{stem}-{number}", number + 1
    return candidate


def _message(
    diagnosis: Diagnosis,
    path: Path,
    kept: Path | None,
    source: Path | None,
    salvaged: Salvage,
    from_backup: Salvage,
    merged: Salvage,
    now: dt.datetime,
) -> str:
    parts = [f"{describe(diagnosis, path)}."]
    if kept is not None:
        parts.append(f"It was kept as {kept}; nothing has been deleted.")
    if merged.is_empty:
        parts.append(
            "No notes could be recovered from it, and there was no backup with notes, so a new, "
            "empty notes file was started."
        )
        return " ".join(parts)
    total = f"{_count(len(merged.rows('notes')), 'note')} and "
    total += _count(len(merged.rows("bookmarks")), "bookmark")
    rescued = len(salvaged.rows("notes")) + len(salvaged.rows("bookmarks"))
    used_backup = source is not None and not from_backup.is_empty
    when = backup.describe_backup(source, now) if source is not None else ""
    if rescued and used_backup:
        parts.append(
            f"You have {total} again: what could be read from the damaged file, together with "
            f"what was restored from {when} (for each note, the newest edit was kept)."
        )
    elif used_backup:
        parts.append(
            f"Your notes were restored from {when}: {total}. Changes made after that backup "
            "could not be recovered."
        )
    else:
        parts.append(f"Everything that could be read from it was kept: {total}.")
    if salvaged.unreadable:
        parts.append("A few parts of the damaged file could not be read.")
    return " ".join(parts)


def _count(number: int, word: str) -> str:
    return f"{number} {word}{'' if number == 1 else 's'}"
