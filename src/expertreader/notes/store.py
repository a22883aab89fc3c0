"""The user's bookmarks and notes in SQLite: durable when a call returns, versioned, self-repairing.

Every write is its own committed transaction (WAL, ``synchronous=FULL``), so there is no "save".
Errors reach callers only as ``StoreError`` with a message a person can read. A notes file that
cannot be written (read-only folder, file or disk) is opened read-only: everything can still be
read and exported, writes raise ``StoreError``, and each write tries the file read-write again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import os
import sqlite3
import stat
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from expertreader.notes.model import Bookmark, Note, Passage

BUSY_TIMEOUT_MS = 5000
LAST_BACKUP_KEY = "last_backup"

_PRIVATE_FILE = 0o600
_PRIVATE_DIR = 0o700
_SIDE_FILES = ("-wal", "-shm", "-journal")


class StoreError(Exception):
    """A notes file problem the user can act on; ``message`` is written for them, not for us."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.message = message
        self.path = path


@dataclass(frozen=True, slots=True)
class RecoveryReport:
    """What ``NotesStore.open`` did about a damaged notes file, for the user to read."""

    corrupt_kept_as: Path
    restored_from: Path | None
    backup_time: dt.datetime | None
    message: str


@dataclass(frozen=True, slots=True)
class OpenResult:
    store: NotesStore
    recovery: RecoveryReport | None


@dataclass(frozen=True, slots=True)
class MergeReport:
    """What an import changed; ``backup`` holds the notes as they were just before it."""

    added: int
    updated: int
    unchanged: int
    backup: Path


# --- schema ---------------------------------------------------------------------------------
# Each step takes the schema from version N (its index) to N + 1. A step that has shipped is never
# edited: users' files were made by it. Add a new step instead.


def _create_v1(conn: sqlite3.Connection) -> None:
    """v1: bookmarks, and at most one note per answer."""
    conn.execute(
        "CREATE TABLE bookmarks ("
        " uid TEXT PRIMARY KEY NOT NULL,"
        " qa_id TEXT NOT NULL UNIQUE,"
        " created TEXT NOT NULL,"
        " question TEXT NOT NULL DEFAULT '',"
        " article_title TEXT NOT NULL DEFAULT '')"
    )
    conn.execute(
        "CREATE TABLE notes ("
        " uid TEXT PRIMARY KEY NOT NULL,"
        " qa_id TEXT NOT NULL,"
        " text TEXT NOT NULL,"
        " created TEXT NOT NULL,"
        " modified TEXT NOT NULL,"
        " question TEXT NOT NULL DEFAULT '',"
        " article_title TEXT NOT NULL DEFAULT '')"
    )
    conn.execute("CREATE UNIQUE INDEX notes_answer_note ON notes(qa_id)")


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    """v2: notes on highlighted passages (any number per answer) and a key/value meta table."""
    for column in (
        "passage_exact TEXT",
        "passage_prefix TEXT",
        "passage_suffix TEXT",
        "passage_start INTEGER",
        "passage_end INTEGER",
    ):
        conn.execute(f"ALTER TABLE notes ADD COLUMN {column}")
    conn.execute("DROP INDEX notes_answer_note")
    conn.execute(
        "CREATE UNIQUE INDEX notes_one_answer_note ON notes(qa_id) WHERE passage_exact IS NULL"
    )
    conn.execute("CREATE INDEX notes_by_qa ON notes(qa_id)")
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)")


MIGRATIONS: Sequence[Callable[[sqlite3.Connection], None]] = (_create_v1, _v1_to_v2)
CURRENT_VERSION = len(MIGRATIONS)

_NOTE_COLUMNS = (
    "uid, qa_id, text, created, modified, question, article_title,"
    " passage_exact, passage_prefix, passage_suffix, passage_start, passage_end"
)
_BOOKMARK_COLUMNS = "uid, qa_id, created, question, article_title"


# --- time and ids ---------------------------------------------------------------------------


def utc_now() -> dt.datetime:
    """Now, in UTC, to the second: the precision the JSON format keeps."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def to_utc_text(moment: dt.datetime) -> str:
    """'YYYY-MM-DDTHH:MM:SSZ' (naive means UTC). Fixed width, so text order is time order."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).replace(microsecond=0, tzinfo=None).isoformat() + "Z"


def from_utc_text(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


def new_uid() -> str:
    return f"urn:uuid:{uuid.uuid4()}"


# --- errors ---------------------------------------------------------------------------------

_READ_ONLY = "The notes folder is read-only, so changes cannot be saved."
_CAN_STILL_READ = "Your notes can be read and exported, but changes cannot be saved until"
_DISK_FULL = "The disk is full, so changes cannot be saved."
_IN_USE = "The notes file is in use by another program. Try again shortly."


def _sqlite_code(error: sqlite3.Error) -> int:
    """The primary SQLite result code (extended codes carry it in the low byte)."""
    return int(getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF


def _is_damage(error: sqlite3.Error) -> bool:
    return _sqlite_code(error) in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def to_store_error(error: BaseException, path: Path) -> StoreError:
    """Translate a sqlite3 or OS error into words; the original stays attached as ``__cause__``."""
    if isinstance(error, StoreError):
        return error
    if isinstance(error, sqlite3.Error):
        code = _sqlite_code(error)
        messages = {
            sqlite3.SQLITE_READONLY: _READ_ONLY,
            sqlite3.SQLITE_FULL: _DISK_FULL,
            sqlite3.SQLITE_PERM: _READ_ONLY,
            sqlite3.SQLITE_CANTOPEN: "The notes file could not be opened.",
            sqlite3.SQLITE_BUSY: _IN_USE,
            sqlite3.SQLITE_LOCKED: _IN_USE,
            sqlite3.SQLITE_IOERR: "The notes file could not be read or written (a disk error).",
            sqlite3.SQLITE_CORRUPT: "The notes file is damaged.",
            sqlite3.SQLITE_NOTADB: "The notes file is damaged.",
        }
        message = messages.get(code, f"The notes file could not be used ({error}).")
        return StoreError(message, path)
    if isinstance(error, OSError):
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            return StoreError(_DISK_FULL, path)
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return StoreError(_READ_ONLY, path)
        return StoreError(f"The notes file could not be written ({error.strerror or error}).", path)
    return StoreError(f"The notes file could not be used ({error}).", path)


def _is_read_only_error(error: BaseException) -> bool:
    """The disk refused to let us write (or to make SQLite's side files), not a fault in the data.

    An error made without a SQLite code is judged by its words. Opening read-only is tried only
    after such an error, and if that fails too the first error is the one reported.
    """
    if isinstance(error, sqlite3.Error):
        code = _sqlite_code(error)
        if code:
            return code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM)
        text = str(error).lower()
        return any(words in text for words in ("readonly", "read-only", "unable to open"))
    if isinstance(error, OSError):
        return error.errno in (errno.EROFS, errno.EACCES, errno.EPERM)
    return False


def _mounted_read_only(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False


def _read_only_detail(path: Path, error: BaseException) -> str:
    """Why the notes cannot be written, naming the place the user has to fix."""
    folder = path.parent
    if _mounted_read_only(folder):
        return f"{folder} is on a disk that is mounted read-only"
    if path.exists() and not os.access(path, os.W_OK):
        return f"the notes file {path} is marked read-only"
    if not os.access(folder, os.W_OK):
        return f"ExpertReader is not allowed to write in {folder}"
    cause = getattr(error, "strerror", None) or str(error)
    return f"{folder} cannot be written to ({cause})"


def _read_only_message(path: Path, error: BaseException, immutable: bool) -> str:
    message = (
        f"Your notes folder is read-only: {_read_only_detail(path, error)}. "
        f"{_CAN_STILL_READ} the folder can be written to again."
    )
    wal = path.with_name(path.name + "-wal")
    try:
        hidden = immutable and wal.stat().st_size > 0
    except OSError:
        hidden = False
    if hidden:
        message += (
            f" Changes saved shortly before may be missing here: they are kept in {wal.name} "
            "and come back once the folder can be written to."
        )
    return message


class _DamagedError(Exception):
    """The file is not a sound SQLite database: recover rather than report."""


# --- files ----------------------------------------------------------------------------------


def make_private_dir(folder: Path) -> None:
    """Create ``folder`` private to the user; an existing folder is left as the user set it."""
    folder.mkdir(mode=_PRIVATE_DIR, parents=True, exist_ok=True)


def make_private(path: Path) -> None:
    """No group or other access to the notes file, and its -wal/-shm/-journal get its permissions.

    SQLite creates the side files with the notes file's permissions; this repairs ones made while
    the file was read-only, or by an older version with a looser mode.
    """
    try:
        mode = stat.S_IMODE(path.stat().st_mode) & 0o700
    except FileNotFoundError:
        return
    for suffix in ("", *_SIDE_FILES):
        file = path.with_name(path.name + suffix)
        try:
            if stat.S_IMODE(file.stat().st_mode) != mode:
                file.chmod(mode)
        except OSError:
            pass  # best effort: a file we cannot change is reported when it is written


def _open_uri(uri: str) -> sqlite3.Connection:
    """Every connection to a notes file or backup is made here (tests wrap it to play a disk)."""
    return sqlite3.connect(uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)


def _connect(path: Path) -> sqlite3.Connection:
    """Open the existing file with the settings writes rely on (tests wrap it to inject faults)."""
    conn = _open_uri(f"{path.as_uri()}?mode=rw")
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def _create_if_missing(path: Path) -> None:
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, _PRIVATE_FILE))
    make_private(path)


def _check_writable(conn: sqlite3.Connection) -> None:
    """Raise SQLITE_READONLY now rather than at the user's first edit; nothing is written.

    ``BEGIN IMMEDIATE`` alone does not tell (SQLite makes it a read on a read-only file), so the
    probe sets ``user_version`` to the value it has and rolls back. A busy file is taken to be
    writable: the write that follows waits for it or reports it.
    """
    try:
        conn.execute("BEGIN IMMEDIATE")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute(f"PRAGMA user_version = {version}")
    except sqlite3.Error as error:
        if _sqlite_code(error) not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")


def _connect_read_only(path: Path) -> tuple[sqlite3.Connection, bool]:
    """A connection that cannot write, and whether it had to be ``immutable``.

    ``mode=ro`` still needs the -shm file (and reads the -wal) of a WAL database; in a read-only
    folder without them only ``immutable=1`` opens, reading the main file alone. Damage is raised
    at once: trying the other way would not help.
    """
    failure: sqlite3.Error | None = None
    for query in ("mode=ro", "mode=ro&immutable=1"):
        try:
            conn = _open_uri(f"{path.as_uri()}?{query}")
        except sqlite3.Error as error:
            failure = error
            continue
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA query_only = ON")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as error:
            conn.close()
            if _is_damage(error):
                raise
            failure = error
            continue
        return conn, "immutable" in query
    assert failure is not None
    raise failure


def _copy_to_memory(source: sqlite3.Connection) -> sqlite3.Connection:
    """The notes read row by row into memory at the current schema, for reading only.

    For a file that cannot be migrated (read-only) or repaired (damaged, read-only folder): rows
    rather than pages, so a broken index or a half-written page elsewhere does not stop the read.
    ``_DamagedError`` if it is not a notes file this version can read.
    """
    version = int(source.execute("PRAGMA user_version").fetchone()[0])
    tables = {
        str(row[0]) for row in source.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    if version > CURRENT_VERSION or (version == 0 and tables):
        raise _DamagedError("not a notes file this version of ExpertReader can read")
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        memory.execute("BEGIN")
        for step in MIGRATIONS[:version]:
            step(memory)
        for table in ("bookmarks", "notes", "meta"):
            if table not in tables:
                continue
            rows = source.execute(f"SELECT * FROM {table}").fetchall()
            if rows:
                marks = ", ".join("?" * len(rows[0]))
                memory.executemany(f"INSERT OR IGNORE INTO {table} VALUES ({marks})", rows)
        for step in MIGRATIONS[version:]:
            step(memory)
        memory.execute(f"PRAGMA user_version = {len(MIGRATIONS)}")
        memory.execute("COMMIT")
        memory.execute("PRAGMA query_only = ON")
    except BaseException:
        memory.close()
        raise
    return memory


def _damage(path: Path) -> str | None:
    """What is wrong with the file, or None when it is a sound notes file (or a new empty one).

    The probe is read-only so SQLite cannot tidy away a -wal file beside a damaged database: that
    is kept with it (in a read-only folder it may have to be ``immutable``, reading no -wal).
    ``integrity_check`` rather than ``quick_check``: the notes file is small (milliseconds), and
    the index checks are what catch a half-written page.
    """
    try:
        probe, _ = _connect_read_only(path)
        try:
            rows = probe.execute("PRAGMA integrity_check").fetchall()
            version = int(probe.execute("PRAGMA user_version").fetchone()[0])
            tables = int(probe.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
        finally:
            probe.close()
    except sqlite3.DatabaseError as error:
        if _is_damage(error):
            return str(error)
        raise
    if rows != [("ok",)]:
        return "; ".join(str(row[0]) for row in rows[:5])
    if version == 0 and tables:
        return "a database that is not an ExpertReader notes file"
    return None


# --- the store ------------------------------------------------------------------------------


class NotesStore:
    """Bookmarks and notes keyed by stable QA ids. Make one with ``NotesStore.open``."""

    def __init__(
        self, path: Path, backups_dir: Path, conn: sqlite3.Connection | None = None
    ) -> None:
        self._path = path
        self._backups_dir = backups_dir
        self._conn: sqlite3.Connection | None = conn
        self._closed = False
        self._write_failed = False
        self._read_only_reason: str | None = None
        self._needs_migration = False
        # A damaged file in a read-only folder: read from here (it or a backup), never write.
        self._repair_reason: str | None = None
        self._read_source = path

    @classmethod
    def open(cls, path: Path, backups_dir: Path | None = None) -> OpenResult:
        """Open (or create) the notes file, repairing it from a backup and migrating it if needed.

        ``backups_dir`` defaults to ``backups`` next to the file, which is ``paths.backups_dir()``
        for ``paths.notes_db()``. A file that cannot be written is opened read-only (see
        ``read_only``); a damaged one in a read-only folder is left as it is and shown read-only,
        from what can still be read of it or else from the newest good backup.
        """
        from expertreader.notes import backup  # backup.py imports this module

        path = Path(path).absolute()
        backups = Path(backups_dir).absolute() if backups_dir else path.parent / "backups"
        store = cls(path, backups)
        recovery: RecoveryReport | None = None
        try:
            make_private_dir(path.parent)
            _create_if_missing(path)
            problem = _damage(path)
            if problem:
                try:
                    recovery = backup.recover_damaged(path, backups, problem)
                except OSError as error:
                    if not _is_read_only_error(error):
                        raise
                    recovery = store._show_damaged_read_only(error)
                else:
                    _create_if_missing(path)  # no backup: the damaged file is aside, start anew
                    problem = _damage(path)
                    if problem:
                        raise _DamagedError(problem)
            store._connection()
            make_private(path)
        except _DamagedError as damaged:
            message = "The notes file is damaged and could not be repaired."
            raise StoreError(message, path) from damaged
        except (sqlite3.Error, OSError) as error:
            raise to_store_error(error, path) from error
        try:
            store._migrate()
        except BaseException:
            store.close()
            raise
        return OpenResult(store, recovery)

    @property
    def path(self) -> Path:
        return self._path

    @property
    def backups_dir(self) -> Path:
        return self._backups_dir

    @property
    def read_only(self) -> bool:
        """True while changes cannot be saved; the notes can still be read and exported.

        Writes raise ``StoreError`` (with ``read_only_reason`` as its message) and each one first
        tries the file read-write again, so the first write after the folder is fixed succeeds.
        """
        return self._read_only_reason is not None or self._repair_reason is not None

    @property
    def read_only_reason(self) -> str | None:
        """Why changes cannot be saved and what the user can do, for showing as it is."""
        return self._repair_reason or self._read_only_reason

    def close(self) -> None:
        self._closed = True
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> NotesStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def schema_version(self) -> int:
        return int(self._query("PRAGMA user_version")[0][0])

    def integrity_check(self) -> str:
        """SQLite's verdict on the whole file: 'ok' or the first problems it found."""
        return "; ".join(str(row[0]) for row in self._query("PRAGMA integrity_check"))

    def backup(self, reason: str) -> Path:
        """A verified copy of the notes as they are now, in the backups folder."""
        from expertreader.notes import backup  # backup.py imports this module

        return backup.make_backup(self._path, self._backups_dir, reason, source=self._connection())

    # --- connection and transactions

    def _connection(self) -> sqlite3.Connection:
        """The open connection, made again if a failure dropped it."""
        if self._closed:
            raise StoreError("The notes file is closed.", self._path)
        if self._conn is None:
            try:
                self._conn = self._open_connection()
            except (sqlite3.Error, OSError) as error:
                raise to_store_error(error, self._path) from error
            except _DamagedError as error:
                raise StoreError("The notes file is damaged.", self._path) from error
        return self._conn

    def _open_connection(self) -> sqlite3.Connection:
        """Read-write if the disk allows it, else read-only (and ``read_only_reason`` says why)."""
        if self._repair_reason is not None:
            source, _ = _connect_read_only(self._read_source)
            try:
                return _copy_to_memory(source)
            finally:
                source.close()
        make_private(self._path)
        try:
            conn = _connect(self._path)
            try:
                _check_writable(conn)
            except BaseException:
                conn.close()
                raise
        except (sqlite3.Error, OSError) as error:
            if not _is_read_only_error(error):
                raise
            try:
                conn, immutable = _connect_read_only(self._path)
            except sqlite3.Error:
                raise error from None
            self._read_only_reason = _read_only_message(self._path, error, immutable)
            self._needs_migration = True
            if int(conn.execute("PRAGMA user_version").fetchone()[0]) < CURRENT_VERSION:
                try:
                    return _copy_to_memory(conn)  # read at the current schema, file untouched
                finally:
                    conn.close()
            return conn
        self._read_only_reason = None
        return conn

    def _show_damaged_read_only(self, error: OSError) -> RecoveryReport:
        """A damaged file that cannot be moved aside: show what can be read, touch nothing."""
        from expertreader.notes import backup  # backup.py imports this module

        detail = _read_only_detail(self._path, error)
        self._repair_reason = (
            f"Your notes file is damaged, and it cannot be repaired while the notes folder is "
            f"read-only: {detail}. {_CAN_STILL_READ} the folder can be written to again and "
            "ExpertReader is started again to repair it."
        )
        start = (
            f"Your notes file is damaged, and it could not be repaired because the notes folder "
            f"is read-only: {detail}. Nothing was moved or deleted."
        )
        end = (
            f"{_CAN_STILL_READ} the folder can be written to again and ExpertReader is started "
            "again to repair it."
        )
        try:
            self._conn = self._open_connection()
            return RecoveryReport(
                self._path,
                None,
                None,
                f"{start} The notes that could still be read from it are shown. {end}",
            )
        except (sqlite3.Error, _DamagedError):
            pass
        restored_from = backup.newest_good_backup(self._backups_dir)
        if restored_from is None:
            raise StoreError(
                f"{start} There is no backup to show instead. Make the folder writable and "
                "start ExpertReader again.",
                self._path,
            )
        self._read_source = restored_from
        self._conn = self._open_connection()
        made = backup.backup_time(restored_from)
        when = "earlier"
        if made is not None:
            when = f"{backup.describe_age(made, utc_now())} ({made.astimezone():%Y-%m-%d %H:%M})"
        return RecoveryReport(
            self._path,
            restored_from,
            made,
            f"{start} Your notes are shown from a backup made {when}; changes made after that "
            f"backup are not shown. {end}",
        )

    def _drop_connection(self) -> None:
        if self._conn is not None:
            try:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            self._conn.close()
            self._conn = None

    def _writable_connection(self) -> sqlite3.Connection:
        """The connection for a write, or ``StoreError`` if the notes cannot be written now.

        After a failed write, or while read-only, it is made again: one opened while the file
        was read-only stays read-only even after the user fixes the folder. A file that was read
        through a migrated copy is migrated (after its backup) before its first write.
        """
        if self._closed:
            raise StoreError("The notes file is closed.", self._path)
        if self._repair_reason is not None:
            raise StoreError(self._repair_reason, self._path)
        if self._write_failed or self._read_only_reason is not None:
            self._drop_connection()
        conn = self._connection()
        if self._read_only_reason is not None:
            raise StoreError(self._read_only_reason, self._path)
        if self._needs_migration:
            self._needs_migration = False
            try:
                self._migrate()
            except BaseException:
                self._needs_migration = True
                raise
            conn = self._connection()
        return conn

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One committed write transaction; on any failure nothing of it is kept."""
        conn = self._writable_connection()
        try:
            conn.execute("BEGIN IMMEDIATE")
            yield conn
            conn.execute("COMMIT")
        except sqlite3.Error as error:
            self._write_failed = True
            self._drop_connection()
            if _is_read_only_error(error):
                self._read_only_reason = _read_only_message(self._path, error, False)
                raise StoreError(self._read_only_reason, self._path) from error
            raise to_store_error(error, self._path) from error
        except BaseException:
            self._drop_connection()
            raise
        self._write_failed = False

    def _query(self, sql: str, params: Sequence[object] = ()) -> list[Any]:
        try:
            return self._connection().execute(sql, params).fetchall()
        except sqlite3.Error as error:
            self._drop_connection()
            raise to_store_error(error, self._path) from error

    def _migrate(self) -> None:
        """Bring the schema to ``CURRENT_VERSION`` one step at a time, after a verified backup."""
        version = self.schema_version()
        if version > CURRENT_VERSION:
            raise StoreError(
                "The notes file was made by a newer version of ExpertReader. "
                "Please install that version again; the file has not been changed.",
                self._path,
            )
        if version == CURRENT_VERSION:
            return
        if version > 0:
            self.backup(f"before-v{CURRENT_VERSION}")
        for step in range(version, CURRENT_VERSION):
            with self._transaction() as conn:
                MIGRATIONS[step](conn)
                conn.execute(f"PRAGMA user_version = {step + 1}")

    # --- meta

    def get_meta(self, key: str) -> str | None:
        rows = self._query("SELECT value FROM meta WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else None

    def set_meta(self, key: str, value: str) -> None:
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # --- bookmarks

    def bookmarks(self) -> list[Bookmark]:
        """All bookmarks, oldest first."""
        rows = self._query(f"SELECT {_BOOKMARK_COLUMNS} FROM bookmarks ORDER BY created, rowid")
        return [_bookmark(row) for row in rows]

    def is_bookmarked(self, qa_id: str) -> bool:
        return bool(self._query("SELECT 1 FROM bookmarks WHERE qa_id = ?", (qa_id,)))

    def bookmarked_ids(self) -> set[str]:
        return {str(row[0]) for row in self._query("SELECT qa_id FROM bookmarks")}

    def add_bookmark(self, qa_id: str, question: str = "", article_title: str = "") -> Bookmark:
        """Bookmark a question; bookmarking it again returns the existing bookmark."""
        with self._transaction() as conn:
            conn.execute(
                f"INSERT OR IGNORE INTO bookmarks ({_BOOKMARK_COLUMNS}) VALUES (?, ?, ?, ?, ?)",
                (new_uid(), qa_id, to_utc_text(utc_now()), question, article_title),
            )
            row = conn.execute(
                f"SELECT {_BOOKMARK_COLUMNS} FROM bookmarks WHERE qa_id = ?", (qa_id,)
            ).fetchone()
        return _bookmark(row)

    def remove_bookmark(self, qa_id: str) -> Bookmark | None:
        """Remove it and hand it back, so the caller can offer undo with ``restore_bookmark``."""
        with self._transaction() as conn:
            row = conn.execute(
                f"SELECT {_BOOKMARK_COLUMNS} FROM bookmarks WHERE qa_id = ?", (qa_id,)
            ).fetchone()
            conn.execute("DELETE FROM bookmarks WHERE qa_id = ?", (qa_id,))
        return _bookmark(row) if row else None

    def restore_bookmark(self, bookmark: Bookmark) -> None:
        """Undo a removal: same uid and creation time. A question bookmarked since keeps that."""
        with self._transaction() as conn:
            _insert_bookmark(conn, bookmark)

    # --- notes

    def notes(self) -> list[Note]:
        """Every note, oldest first."""
        rows = self._query(f"SELECT {_NOTE_COLUMNS} FROM notes ORDER BY created, rowid")
        return [_note(row) for row in rows]

    def noted_ids(self) -> set[str]:
        return {str(row[0]) for row in self._query("SELECT DISTINCT qa_id FROM notes")}

    def note(self, uid: str) -> Note | None:
        rows = self._query(f"SELECT {_NOTE_COLUMNS} FROM notes WHERE uid = ?", (uid,))
        return _note(rows[0]) if rows else None

    def answer_note(self, qa_id: str) -> Note | None:
        """The note on the whole answer (passage None), if any."""
        rows = self._query(
            f"SELECT {_NOTE_COLUMNS} FROM notes WHERE qa_id = ? AND passage_exact IS NULL",
            (qa_id,),
        )
        return _note(rows[0]) if rows else None

    def save_answer_note(
        self, qa_id: str, text: str, question: str = "", article_title: str = ""
    ) -> Note | None:
        """Create or update the answer's note; blank text deletes it (and returns None)."""
        with self._transaction() as conn:
            row = conn.execute(
                f"SELECT {_NOTE_COLUMNS} FROM notes WHERE qa_id = ? AND passage_exact IS NULL",
                (qa_id,),
            ).fetchone()
            existing = _note(row) if row else None
            if not text.strip():
                if existing:
                    conn.execute("DELETE FROM notes WHERE uid = ?", (existing.uid,))
                return None
            if existing is None:
                now = utc_now()
                note = Note(qa_id, text, now, now, new_uid(), None, question, article_title)
                _insert_note(conn, note)
                return note
            if existing.text == text:
                return existing
            existing.text = text
            existing.modified = max(utc_now(), existing.modified)
            existing.question = question or existing.question
            existing.article_title = article_title or existing.article_title
            _update_note(conn, existing)
            return existing

    def passage_notes(self, qa_id: str) -> list[Note]:
        """Notes on highlighted passages of this answer, in reading order."""
        rows = self._query(
            f"SELECT {_NOTE_COLUMNS} FROM notes WHERE qa_id = ? AND passage_exact IS NOT NULL"
            " ORDER BY passage_start, created, rowid",
            (qa_id,),
        )
        return [_note(row) for row in rows]

    def add_passage_note(
        self, qa_id: str, passage: Passage, text: str, question: str = "", article_title: str = ""
    ) -> Note:
        now = utc_now()
        note = Note(qa_id, text, now, now, new_uid(), passage, question, article_title)
        with self._transaction() as conn:
            _insert_note(conn, note)
        return note

    def update_note(self, uid: str, text: str) -> Note:
        """Change a note's text; ``KeyError`` if there is no such note (it was deleted)."""
        with self._transaction() as conn:
            row = conn.execute(
                f"SELECT {_NOTE_COLUMNS} FROM notes WHERE uid = ?", (uid,)
            ).fetchone()
            if row is None:
                raise KeyError(uid)
            note = _note(row)
            if note.text != text:
                note.text = text
                note.modified = max(utc_now(), note.modified)
                _update_note(conn, note)
        return note

    def delete_note(self, uid: str) -> Note | None:
        """Delete it and hand it back, so the caller can offer undo with ``restore_note``."""
        with self._transaction() as conn:
            row = conn.execute(
                f"SELECT {_NOTE_COLUMNS} FROM notes WHERE uid = ?", (uid,)
            ).fetchone()
            conn.execute("DELETE FROM notes WHERE uid = ?", (uid,))
        return _note(row) if row else None

    def restore_note(self, note: Note) -> None:
        """Undo a delete or an edit: the note comes back as given, with its uid.

        If the answer got a new whole-answer note meanwhile, the restored text is added to it
        rather than lost.
        """
        with self._transaction() as conn:
            existing = _note_row(conn, note.uid)
            if existing is not None:
                _update_note(conn, _same_place(note, existing))
            elif note.passage is None and _answer_note_row(conn, note.qa_id) is not None:
                _absorb_answer_note(conn, note)
            else:
                _insert_note(conn, note)

    # --- import

    def merge(self, bookmarks: Sequence[Bookmark], notes: Sequence[Note]) -> MergeReport:
        """Merge imported records after a verified backup, in one transaction.

        Same uid: the newer ``modified`` wins (a tie keeps ours), and a note stays on its answer.
        A question already bookmarked adds nothing. An imported whole-answer note for an answer
        that already has one under another uid is appended to ours unless ours already contains
        its text, so neither is lost and importing twice changes nothing. A blank whole-answer
        note adds nothing and never blanks ours (the app deletes such a note instead of saving it).
        """
        self._writable_connection()  # read-only: say so before making a backup for nothing
        backup = self.backup("import")
        newest = _newest_per_uid(notes)
        added, updated, unchanged = 0, 0, len(notes) - len(newest)
        with self._transaction() as conn:
            for bookmark in bookmarks:
                if _insert_bookmark(conn, bookmark):
                    added += 1
                else:
                    unchanged += 1
            for note in newest:
                existing = _note_row(conn, note.uid) if note.uid else None
                if note.passage is None and not note.text.strip():
                    unchanged += 1
                elif existing is not None:
                    if to_utc_text(note.modified) > to_utc_text(existing.modified):
                        _update_note(conn, _same_place(note, existing))
                        updated += 1
                    else:
                        unchanged += 1
                elif note.passage is None and _answer_note_row(conn, note.qa_id) is not None:
                    if _absorb_answer_note(conn, note):
                        updated += 1
                    else:
                        unchanged += 1
                elif note.passage is None:
                    _insert_note(conn, note)
                    added += 1
                elif _same_passage_note_exists(conn, note):
                    unchanged += 1
                else:
                    _insert_note(conn, note)
                    added += 1
        return MergeReport(added, updated, unchanged, backup)


# --- rows -----------------------------------------------------------------------------------


def _bookmark(row: Sequence[Any]) -> Bookmark:
    uid, qa_id, created, question, article_title = row
    return Bookmark(qa_id, from_utc_text(created), uid, question, article_title)


def _note(row: Sequence[Any]) -> Note:
    uid, qa_id, text, created, modified, question, article_title = row[:7]
    exact, prefix, suffix, start, end = row[7:]
    passage = None
    if exact is not None:
        passage = Passage(exact, prefix or "", suffix or "", int(start or 0), int(end or 0))
    return Note(
        qa_id,
        text,
        from_utc_text(created),
        from_utc_text(modified),
        uid,
        passage,
        question,
        article_title,
    )


def _note_values(note: Note) -> tuple[object, ...]:
    passage = note.passage
    created = to_utc_text(note.created)
    return (
        note.uid or new_uid(),
        note.qa_id,
        note.text,
        created,
        max(created, to_utc_text(note.modified)),
        note.question,
        note.article_title,
        passage.exact if passage else None,
        passage.prefix if passage else None,
        passage.suffix if passage else None,
        passage.start if passage else None,
        passage.end if passage else None,
    )


def _insert_note(conn: sqlite3.Connection, note: Note) -> None:
    conn.execute(
        f"INSERT INTO notes ({_NOTE_COLUMNS}) VALUES ({', '.join('?' * 12)})", _note_values(note)
    )


def _update_note(conn: sqlite3.Connection, note: Note) -> None:
    uid, *values = _note_values(note)
    conn.execute(
        "UPDATE notes SET qa_id = ?, text = ?, created = ?, modified = ?, question = ?,"
        " article_title = ?, passage_exact = ?, passage_prefix = ?, passage_suffix = ?,"
        " passage_start = ?, passage_end = ? WHERE uid = ?",
        (*values, uid),
    )


def _newest_per_uid(notes: Sequence[Note]) -> list[Note]:
    """One version per uid, the newest (a file may hold the same note twice); order kept."""
    chosen: dict[str, Note] = {}
    without_uid: list[Note] = []
    for note in notes:
        kept = chosen.get(note.uid)
        if not note.uid:
            without_uid.append(note)
        elif kept is None or to_utc_text(note.modified) >= to_utc_text(kept.modified):
            chosen[note.uid] = note
    return [*chosen.values(), *without_uid]


def _same_place(incoming: Note, existing: Note) -> Note:
    """``incoming``, kept on ``existing``'s answer and kind: a note never moves (one per answer).

    The question and title it was written on are kept when ``incoming`` lacks them (other tools,
    and older exports, leave them out).
    """
    passage = existing.passage
    if existing.passage is not None and incoming.passage is not None:
        passage = incoming.passage
    return dataclasses.replace(
        incoming,
        qa_id=existing.qa_id,
        passage=passage,
        question=incoming.question or existing.question,
        article_title=incoming.article_title or existing.article_title,
    )


def _note_row(conn: sqlite3.Connection, uid: str) -> Note | None:
    row = conn.execute(f"SELECT {_NOTE_COLUMNS} FROM notes WHERE uid = ?", (uid,)).fetchone()
    return _note(row) if row else None


def _answer_note_row(conn: sqlite3.Connection, qa_id: str) -> Note | None:
    row = conn.execute(
        f"SELECT {_NOTE_COLUMNS} FROM notes WHERE qa_id = ? AND passage_exact IS NULL", (qa_id,)
    ).fetchone()
    return _note(row) if row else None


def _absorb_answer_note(conn: sqlite3.Connection, incoming: Note) -> bool:
    """Append ``incoming`` to the answer's existing note (another uid); True if that changed it."""
    existing = _answer_note_row(conn, incoming.qa_id)
    if existing is None or incoming.passage is not None:
        return False
    if not incoming.text.strip() or incoming.text.strip() in existing.text:
        return False
    existing.text = f"{existing.text.rstrip()}\n\n{incoming.text.strip()}"
    incoming_modified = from_utc_text(to_utc_text(incoming.modified))
    existing.modified = max(existing.modified, incoming_modified, utc_now())
    _update_note(conn, existing)
    return True


def _same_passage_note_exists(conn: sqlite3.Connection, note: Note) -> bool:
    """The same words on the same passage under another uid (one file imported on two machines)."""
    assert note.passage is not None
    row = conn.execute(
        "SELECT 1 FROM notes WHERE qa_id = ? AND text = ? AND passage_exact = ?"
        " AND passage_start = ? AND passage_end = ?",
        (note.qa_id, note.text, note.passage.exact, note.passage.start, note.passage.end),
    ).fetchone()
    return row is not None


def _insert_bookmark(conn: sqlite3.Connection, bookmark: Bookmark) -> bool:
    """Insert unless its uid or its question is already there; True if it was added."""
    cursor = conn.execute(
        f"INSERT OR IGNORE INTO bookmarks ({_BOOKMARK_COLUMNS}) VALUES (?, ?, ?, ?, ?)",
        (
            bookmark.uid or new_uid(),
            bookmark.qa_id,
            to_utc_text(bookmark.created),
            bookmark.question,
            bookmark.article_title,
        ),
    )
    return cursor.rowcount == 1
