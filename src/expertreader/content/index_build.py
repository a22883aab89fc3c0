"""Making a content index: parse the files, fill the tables, count the words (no Qt).

``index.py`` decides when to build or update and opens the result; this module does the work.
Parsing runs in a helper thread while SQLite, which lets go of the interpreter while it works,
indexes the file before: a first build of a large library takes far less time that way.
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from expertreader.content import index_rows, index_words
from expertreader.content.errors import ContentError
from expertreader.content.files import open_regular
from expertreader.content.folders import FileState, Folders, in_order
from expertreader.content.model import Article

INDEX_FORMAT = 2
"""The layout of the index file; a change makes every index stale."""
DUPLICATE = "repeats an article already loaded; skipped"

Progress = Callable[[int, int], None]
Parsed = Mapping[str, Article]
"""Articles parsed already, by the SHA-256 of their file: used instead of parsing it again
(adding an article parses it to check it, then indexes the copy it made of the same bytes)."""


@dataclass(frozen=True, slots=True)
class ParserVersion:
    """What made an index: a declared version, and the parser's source when it is readable."""

    declared: str
    source: str | None

    def accepts(self, declared: str, source: str | None) -> bool:
        """An index made by ``declared``/``source`` is current for this parser."""
        if declared != self.declared:
            return False
        return source is None or self.source is None or source == self.source


def check(conn: sqlite3.Connection, version: ParserVersion | None = None) -> bool:
    """Cheap checks that an index is complete and current (a full check is ``verify``)."""
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        if meta.get("format") != str(INDEX_FORMAT) or meta.get("complete") != "1":
            return False
        if version is not None and not version.accepts(
            meta.get("parser", ""), meta.get("parser_source") or None
        ):
            return False
        qas = conn.execute("SELECT count(*) FROM qas").fetchone()[0]
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        return str(qas) == meta.get("qas") and str(articles) == meta.get("articles")
    except sqlite3.Error:
        return False


@dataclass(slots=True)
class Changes:
    added: list[str]
    removed: list[str]
    changed: list[str]
    touched: dict[str, str]  # same content, new size or time: name -> sha256

    @property
    def none(self) -> bool:
        return not (self.added or self.removed or self.changed or self.touched)


@dataclass(frozen=True, slots=True)
class Stored:
    state: FileState
    sha256: str
    article: int | None
    problem: str | None


def stored_files(conn: sqlite3.Connection) -> dict[str, Stored]:
    rows = conn.execute("SELECT name, size, mtime_ns, sha256, article, problem FROM files")
    return {
        name: Stored(FileState(size, mtime), sha, article, problem)
        for name, size, mtime, sha, article, problem in rows
    }


def find_changes(
    folders: Folders, files: dict[str, FileState], stored: dict[str, Stored]
) -> Changes:
    changes = Changes(
        added=sorted(set(files) - set(stored)),
        removed=sorted(set(stored) - set(files)),
        changed=[],
        touched={},
    )
    for name in sorted(set(files) & set(stored)):
        if files[name] == stored[name].state and files[name].size >= 0:
            continue
        if files[name].size != stored[name].state.size:
            changes.changed.append(name)  # no need to read it twice
            continue
        digest = sha256(folders.path(name))
        if digest is not None and digest == stored[name].sha256:
            changes.touched[name] = digest
        else:
            changes.changed.append(name)
    return changes


def apply_changes(
    conn: sqlite3.Connection,
    folders: Folders,
    files: dict[str, FileState],
    stored: dict[str, Stored],
    changes: Changes,
    progress: Progress | None,
    parsed: Parsed | None = None,
) -> list[str] | None:
    """Re-index what changed, in the open transaction; None when a full build is needed
    (a repeated article: which copy wins depends on every file's order)."""
    gone = changes.removed + changes.changed
    if gone and any(entry.problem == DUPLICATE for entry in stored.values()):
        return None
    old_words = index_words.WordCounter(conn)
    for name in gone:
        rowid = stored[name].article
        if rowid is not None:
            old_words.add_articles(rowid)
            index_rows.delete_article(conn, rowid)
        conn.execute("DELETE FROM files WHERE name = ?", (name,))
    index_words.remove_words(conn, old_words.counts())
    old_words.close()
    new_words = index_words.WordCounter(conn)
    to_parse = in_order(changes.added + changes.changed)
    writer = _Writer(conn, new_words, allow_repeat=False)
    for done, one in enumerate(_parsed_files(folders, to_parse, parsed), start=1):
        if not writer.add(one, files[one.name]):
            new_words.close()
            return None
        if progress is not None:
            progress(done, len(to_parse))
    writer.flush()
    index_words.add_words(conn, new_words.counts())
    new_words.close()
    for name, digest in changes.touched.items():
        state = files[name]
        conn.execute(
            "UPDATE files SET size = ?, mtime_ns = ?, sha256 = ? WHERE name = ?",
            (state.size, state.mtime_ns, digest, name),
        )
    finish(conn, optimise=False)
    return to_parse


# --- building -------------------------------------------------------------------------------


def write_new(
    out_file: Path,
    folders: Folders,
    files: dict[str, FileState],
    version: ParserVersion,
    progress: Progress | None,
    *,
    private: bool = True,
    parsed: Parsed | None = None,
) -> list[str]:
    """Build into a temporary file beside ``out_file``, then rename it into place; readable
    by this user only unless it is ``private=False`` (a prebuilt index, for everyone)."""
    temporary = out_file.with_name(f"{out_file.name}.{uuid.uuid4().hex[:12]}.tmp")
    try:
        conn = sqlite3.connect(temporary, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            conn.execute("PRAGMA cache_size = -32000")
            conn.execute("BEGIN")
            names = build_into(conn, folders, files, version, progress, parsed)
            conn.execute("COMMIT")
        finally:
            conn.close()
        with temporary.open("rb+") as handle:
            os.fsync(handle.fileno())
        temporary.chmod(0o600 if private else 0o644)
        temporary.replace(out_file)
    finally:
        temporary.unlink(missing_ok=True)
    return names


def build_into(
    conn: sqlite3.Connection,
    folders: Folders,
    files: dict[str, FileState],
    version: ParserVersion,
    progress: Progress | None,
    parsed: Parsed | None = None,
) -> list[str]:
    start(conn, version)
    names = in_order(files)
    words = index_words.WordCounter(conn)
    writer = _Writer(conn, words, allow_repeat=True)
    for done, one in enumerate(_parsed_files(folders, names, parsed), start=1):
        writer.add(one, files[one.name])
        if progress is not None:
            progress(done, len(names))
    writer.flush()
    index_words.add_words(conn, words.counts())
    words.close()
    finish(conn)
    return names


def start(conn: sqlite3.Connection, version: ParserVersion) -> None:
    index_rows.create_schema(conn)
    meta = {
        "format": str(INDEX_FORMAT),
        "parser": version.declared,
        "parser_source": version.source or "",
        "complete": "0",
    }
    conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta.items())


def finish(conn: sqlite3.Connection, *, optimise: bool = True) -> None:
    """Record the counts the next start checks, and mark the index complete."""
    if optimise:
        conn.execute("INSERT INTO qa_fts (qa_fts) VALUES ('optimize')")
    counts = {
        "qas": str(conn.execute("SELECT count(*) FROM qas").fetchone()[0]),
        "articles": str(conn.execute("SELECT count(*) FROM articles").fetchone()[0]),
        "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "build_id": uuid.uuid4().hex,
        "complete": "1",
    }
    conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", counts.items())


@dataclass(frozen=True, slots=True)
class _Parsed:
    name: str
    sha256: str
    article: Article | None
    problem: tuple[int, str] | None
    rows: str = ""
    """``index_rows.qa_rows(article)``, made in the parsing thread."""


def _parse_one(folders: Folders, name: str, parsed: Parsed | None) -> _Parsed:
    path = folders.path(name)
    digest = sha256(path) or ""
    try:
        known = parsed.get(digest) if parsed else None
        article = replace(known, source=path.name) if known else parse_file(path)
        return _Parsed(name, digest, article, None, index_rows.qa_rows(article))
    except ContentError as error:
        return _Parsed(name, digest, None, (error.line, error.message))


def _parsed_files(
    folders: Folders, names: Sequence[str], parsed: Parsed | None
) -> Iterator[_Parsed]:
    """The files parsed, in order, by a helper thread: SQLite releases the interpreter while
    it indexes one file, so the next is parsed meanwhile (a first build takes half as long)."""
    results: queue.Queue[_Parsed | BaseException | None] = queue.Queue(maxsize=16)
    stop = threading.Event()

    def put(item: _Parsed | BaseException | None) -> None:
        while not stop.is_set():
            try:
                results.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def parse_all() -> None:
        try:
            for name in names:
                if stop.is_set():
                    return
                put(_parse_one(folders, name, parsed))
        except BaseException as error:  # handed to the consumer, raised there
            put(error)
        put(None)

    worker = threading.Thread(target=parse_all, name="expertreader-parse", daemon=True)
    worker.start()
    try:
        while (item := results.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        worker.join()


class _Writer:
    """Parsed files into the index, a batch at a time (see ``index_rows.insert_articles``)."""

    BATCH = 16

    def __init__(
        self, conn: sqlite3.Connection, words: index_words.WordCounter, *, allow_repeat: bool
    ) -> None:
        self._conn = conn
        self._words = words
        self._allow_repeat = allow_repeat
        self._ids = {str(row[0]) for row in conn.execute("SELECT id FROM articles")}
        row = conn.execute("SELECT coalesce(max(rowid), 0) + 1 FROM articles").fetchone()
        self._next_rowid = int(row[0])
        self._articles: list[tuple[int, Article, str | None, str]] = []
        self._files: list[list[object]] = []

    def add(self, parsed: _Parsed, state: FileState) -> bool:
        """Queue one parsed file (or its problem); False on a repeated article when repeats
        are not allowed (an update: which copy wins depends on every file's order)."""
        rowid: int | None = None
        problem = parsed.problem
        if parsed.article is not None:
            if parsed.article.id in self._ids:
                if not self._allow_repeat:
                    return False
                problem = (1, DUPLICATE)
            else:
                rowid = self._next_rowid
                self._next_rowid += 1
                self._ids.add(parsed.article.id)
                self._articles.append((rowid, parsed.article, parsed.name, parsed.rows))
        self._files.append(
            [
                parsed.name,
                state.size,
                state.mtime_ns,
                parsed.sha256,
                rowid,
                problem[0] if problem else None,
                problem[1] if problem else None,
            ]
        )
        if len(self._files) >= self.BATCH:
            self.flush()
        return True

    def flush(self) -> None:
        if self._articles:
            index_rows.insert_articles(self._conn, self._articles)
            self._words.add_articles(self._articles[0][0], self._articles[-1][0])
        if self._files:
            self._conn.execute(
                "INSERT INTO files (name, size, mtime_ns, sha256, article, problem_line,"
                " problem) SELECT "
                + ", ".join(f"json_extract(value, '$[{n}]')" for n in range(7))
                + " FROM json_each(?)",
                (json.dumps(self._files, ensure_ascii=False),),
            )
        self._articles, self._files = [], []


def parse_file(path: Path) -> Article:
    """The parser, imported when a file is first parsed: opening an index never needs it."""
    from expertreader.content import parse

    return parse.parse_file(path)


def sha256(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with os.fdopen(open_regular(path), "rb") as handle:  # never waits on a pipe
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    except (OSError, ContentError):
        return None
    return digest.hexdigest()
