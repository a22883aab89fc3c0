"""Connections to the notes file: read-write with the settings durability needs, or read-only.

Every connection to a notes file or a backup is made by ``open_uri`` (tests wrap it to play a
full, read-only or failing disk). Writes rely on WAL and ``synchronous = FULL``: once a
transaction commits, a crash or power cut cannot take it back.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from expertreader.notes import errors, schema

BUSY_TIMEOUT_MS = 5000
PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
SIDE_FILES = ("-wal", "-shm", "-journal")


def open_uri(uri: str) -> sqlite3.Connection:
    """The one place a connection is made (autocommit: transactions are explicit).

    Text that is not UTF-8 (another program wrote it) is handed over as bytes instead of failing
    the whole query, so ``rows`` can leave out that one row and say so.
    """
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.text_factory = text_or_bytes
    return conn


def text_or_bytes(data: bytes) -> str | bytes:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data


def connect_read_write(path: Path) -> sqlite3.Connection:
    """The existing file, opened for writing with the settings every write relies on."""
    conn = open_uri(f"{path.as_uri()}?mode=rw")
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def connect_read_only(path: Path) -> tuple[sqlite3.Connection, bool]:
    """A connection that cannot write, and whether it had to be ``immutable``.

    ``mode=ro`` still needs the -shm file (and reads the -wal) of a WAL database; in a read-only
    folder, or on a full disk, without them only ``immutable=1`` opens, reading the main file
    alone. Damage is raised at once: trying the other way would not help.
    """
    failure: sqlite3.Error | None = None
    for query in ("mode=ro", "mode=ro&immutable=1"):
        try:
            conn = open_uri(f"{path.as_uri()}?{query}")
        except sqlite3.Error as error:
            failure = error
            continue
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA query_only = ON")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as error:
            conn.close()
            if errors.is_damage(error):
                raise
            failure = error
            continue
        return conn, "immutable" in query
    assert failure is not None
    raise failure


def check_writable(conn: sqlite3.Connection) -> None:
    """Raise SQLITE_READONLY now rather than at the person's first edit; nothing is written.

    ``BEGIN IMMEDIATE`` alone does not tell (SQLite makes it a read on a read-only file), so the
    probe sets ``user_version`` to the value it has and rolls back. A busy file is taken to be
    writable: the write that follows waits for it or reports it.
    """
    try:
        conn.execute("BEGIN IMMEDIATE")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute(f"PRAGMA user_version = {version}")
    except sqlite3.Error as error:
        if errors.primary_code(error) not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def make_private_dir(folder: Path) -> None:
    """Create ``folder`` private to the person; an existing folder is left as they set it."""
    folder.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)


def make_private(path: Path) -> None:
    """No group or other access to the notes file, and its side files get its permissions.

    SQLite creates the side files with the notes file's permissions; this repairs ones made while
    the file was read-only, or by an older version with a looser mode.
    """
    try:
        mode = stat.S_IMODE(path.stat().st_mode) & 0o700
    except FileNotFoundError:
        return
    for suffix in ("", *SIDE_FILES):
        file = path.with_name(path.name + suffix)
        try:
            if stat.S_IMODE(file.stat().st_mode) != mode:
                file.chmod(mode)
        except OSError:
            pass  # best effort: a file we cannot change is reported when it is written


def create_empty(path: Path) -> None:
    """A new, empty notes file, private from the first byte."""
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE))


def has_unmerged_wal(path: Path) -> bool:
    """Whether changes sit in the -wal file that an ``immutable`` read cannot see."""
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 0
    except OSError:
        return False


def create_schema(conn: sqlite3.Connection) -> None:
    """Every migration step on an empty database, in one transaction."""
    conn.execute("BEGIN")
    for step in schema.MIGRATIONS:
        step(conn)
    conn.execute(f"PRAGMA user_version = {schema.CURRENT_VERSION}")
    conn.execute("COMMIT")
