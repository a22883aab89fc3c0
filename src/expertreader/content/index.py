"""The content index: articles compiled once into SQLite with an FTS5 full-text index (no Qt).

Start-up opens an index; it never parses article files. An index records, for every file of its
content folder, the name, size, modification time and SHA-256 of what it was built from, and the
parser version. Opening compares names, sizes and times with the folder (cheap); only files whose
size or time differ are hashed, and only files whose content differs are parsed again, in place.
A damaged, incomplete or stale index (another format or parser) is rebuilt from the files,
never trusted. Full builds go to a temporary file renamed over the old one, so a crash or a
second program never sees half an index.

Where an index lives: the cache in the data folder (``paths.content_index_file``), or a prebuilt
one beside the content folder (``paths.prebuilt_content_index``), made at package build time::

    python -m expertreader.content.index build OUT_FILE CONTENT_DIR

A prebuilt index that matches its folder is used as it is and never written to. When the data
folder cannot be written either, the index is built in memory for this session.

The person's added articles (``added_dir``) go into the same index, named ``added/<file>``
(``folders.py``), so search reads one index; a prebuilt index of the bundled files then seeds
the cache, and only the added files are parsed.

Building runs in whatever thread calls it and touches nothing shared: the window runs it in a
worker thread. ``progress(done, total)`` is called in that thread after each file; raising from
it abandons the build and leaves the old index as it was.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
import time
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from expertreader.content import index_rows, index_words
from expertreader.content.errors import ContentError
from expertreader.content.folders import FileState, Folders, is_added, scan_folder
from expertreader.content.formats import ARTICLE_SUFFIXES, PARSER_VERSION
from expertreader.content.index_build import (
    DUPLICATE,
    INDEX_FORMAT,
    Parsed,
    ParserVersion,
    Progress,
    apply_changes,
    build_into,
    check,
    find_changes,
    finish,
    start,
    stored_files,
    write_new,
)
from expertreader.content.index_prebuilt import (
    file_uri,
    make_private_dirs,
    prebuilt_matches,
)
from expertreader.content.model import Article

__all__ = [
    "ARTICLE_SUFFIXES",
    "DUPLICATE",
    "INDEX_FORMAT",
    "ContentIndex",
    "ContentIndexError",
    "FileState",
    "Folders",
    "IndexReport",
    "Parsed",
    "ParserVersion",
    "Progress",
    "build_index",
    "check",
    "main",
    "memory_index",
    "open_index",
    "parser_version",
    "read_problems",
    "scan",
    "verify",
]

BUSY_TIMEOUT_S = 10.0

_NOT_PARSER = {
    "__init__",
    "adding",
    "disclaimer",
    "folders",
    "formats",
    "index",
    "index_build",
    "index_prebuilt",
    "index_rows",
    "index_words",
    "info",
    "library",
}
"""Modules of content/ that do not shape what an article parses into; every other one does."""


class ContentIndexError(Exception):
    """The index cannot be used (damaged while open, or not an index): rebuild it."""


def parser_version() -> ParserVersion:
    """This program's parser: package version and ``parse.PARSER_VERSION``, plus a hash of the
    parser's modules when they can be read (a source tree or wheel; not a frozen bundle, which
    then trusts the declared version: its prebuilt index was made by the same code)."""
    from expertreader import __version__

    declared = f"{__version__}/{PARSER_VERSION}"
    digest = hashlib.sha256()
    try:
        modules = sorted(Path(__file__).resolve().parent.glob("*.py"))
        sources = [path for path in modules if path.stem not in _NOT_PARSER]
        if not sources:
            return ParserVersion(declared, None)
        for path in sources:
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    except OSError:
        return ParserVersion(declared, None)
    return ParserVersion(declared, digest.hexdigest())


@dataclass(slots=True)
class IndexReport:
    """What opening the index did: ``how`` is one of "cache", "prebuilt", "updated", "built",
    "memory"; ``parsed`` names the files read (none on an ordinary start)."""

    how: str
    parsed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    seconds: float = 0.0


class ContentIndex:
    """An opened content index: where it is, and read-only connections to it for any thread.

    sqlite3 connections belong to one thread each: call ``connect()`` once per thread.
    """

    def __init__(
        self,
        uri: str,
        *,
        path: Path | None = None,
        report: IndexReport | None = None,
        keep_alive: sqlite3.Connection | None = None,
    ) -> None:
        self.uri = uri
        self.path = path
        """The index file; None for an index in memory."""
        self.report = report or IndexReport("memory")
        self._keep_alive = keep_alive  # an in-memory index lives as long as one connection

    def connect(self) -> sqlite3.Connection:
        """A new read-only connection (usable from the thread that makes it, or guarded)."""
        conn = sqlite3.connect(self.uri, uri=True, check_same_thread=False)
        conn.execute("PRAGMA query_only = 1")
        conn.execute("PRAGMA cache_size = -8000")
        return conn

    def close(self) -> None:
        if self._keep_alive is not None:
            self._keep_alive.close()
            self._keep_alive = None


# --- opening --------------------------------------------------------------------------------


def open_index(
    content_dir: Path,
    *,
    cache_file: Path | None,
    prebuilt_file: Path | None = None,
    progress: Progress | None = None,
    rebuild: bool = False,
    added_dir: Path | None = None,
    parsed: Parsed | None = None,
) -> ContentIndex:
    """The index of ``content_dir`` (and of ``added_dir``'s added articles): prebuilt,
    cached, updated or built, whichever is current.

    ``cache_file`` None (or not writable) builds in memory. A prebuilt index covers the
    bundled files only: with added articles it seeds the cache. ``parsed`` articles are not
    parsed again. Raises OSError when the content folder cannot be listed.
    """
    started = time.perf_counter()
    folders = Folders(Path(content_dir), added_dir)
    files = folders.scan()
    version = parser_version()
    seed = None
    if prebuilt_file is not None and not rebuild:
        stamp = cache_file.with_suffix(".prebuilt.json") if cache_file else None
        bundled = {name: state for name, state in files.items() if not is_added(name)}
        if prebuilt_matches(prebuilt_file, folders, bundled, version, stamp):
            seed = prebuilt_file
        if seed is not None and len(bundled) == len(files):
            return ContentIndex(
                file_uri(prebuilt_file, immutable=True),
                path=prebuilt_file,
                report=IndexReport("prebuilt", seconds=time.perf_counter() - started),
            )
    if cache_file is not None:
        try:
            report = _refresh_cache(
                cache_file, folders, files, version, progress, rebuild, parsed, seed
            )
        except (OSError, sqlite3.Error):
            pass  # a read-only or full data folder: this session builds in memory
        else:
            report.seconds = time.perf_counter() - started
            return ContentIndex(file_uri(cache_file), path=cache_file, report=report)
    index = _memory()
    assert index._keep_alive is not None
    names = build_into(index._keep_alive, folders, files, version, progress, parsed)
    index._keep_alive.commit()
    index.report = IndexReport("memory", names, seconds=time.perf_counter() - started)
    return index


def build_index(out_file: Path, content_dir: Path, progress: Progress | None = None) -> None:
    """A complete index of ``content_dir`` written to ``out_file`` (packaging calls this)."""
    folders = Folders(Path(content_dir))
    write_new(Path(out_file), folders, folders.scan(), parser_version(), progress, private=False)


def memory_index(articles: Iterable[Article]) -> ContentIndex:
    """An index of these articles in memory (tests, and content that has no folder)."""
    index = _memory()
    conn = index._keep_alive
    assert conn is not None
    start(conn, parser_version())
    batch = [
        (rowid, article, None, index_rows.qa_rows(article))
        for rowid, article in enumerate(articles, start=1)
    ]
    index_rows.insert_articles(conn, batch)
    counter = index_words.WordCounter(conn)
    if batch:
        counter.add_articles(1, len(batch))
    index_words.add_words(conn, counter.counts())
    counter.close()
    finish(conn)
    conn.commit()
    return index


def scan(content_dir: Path) -> dict[str, FileState]:
    """The article files of the folder: name -> size and time (OSError if it cannot be read)."""
    return scan_folder(content_dir)


def read_problems(
    conn: sqlite3.Connection, content_dir: Path, added_dir: Path | None = None
) -> list[ContentError]:
    """The files that could not be read, as the parser reported them, in file order."""
    folders = Folders(Path(content_dir), added_dir)
    rows = conn.execute(
        "SELECT name, problem_line, problem FROM files WHERE problem IS NOT NULL ORDER BY name"
    )
    return [
        ContentError(folders.path(name), int(line), str(text))
        for name, line, text in rows
        if added_dir is not None or not is_added(name)
    ]


def verify(index: ContentIndex) -> bool:
    """A full check of every page (the full-text index's tables too); it reads the whole file,
    so run it in a worker thread, and ``Library.open(..., rebuild=True)`` when it fails."""
    conn = index.connect()
    try:
        return bool(conn.execute("PRAGMA quick_check").fetchone()[0] == "ok")
    except sqlite3.Error:
        return False
    finally:
        conn.close()


# --- cache ----------------------------------------------------------------------------------


def _refresh_cache(
    cache_file: Path,
    folders: Folders,
    files: dict[str, FileState],
    version: ParserVersion,
    progress: Progress | None,
    rebuild: bool,
    parsed: Parsed | None,
    seed: Path | None,
) -> IndexReport:
    if not rebuild and cache_file.is_file() and _is_current(cache_file, version):
        report = _update_in_place(cache_file, folders, files, progress, parsed)
        if report is not None:
            return report
    make_private_dirs(cache_file.parent)
    if seed is not None and (report := _seeded(cache_file, seed, folders, files, progress, parsed)):
        return report
    names = write_new(cache_file, folders, files, version, progress, parsed=parsed)
    return IndexReport("built", names)


def _seeded(
    cache_file: Path,
    seed: Path,
    folders: Folders,
    files: dict[str, FileState],
    progress: Progress | None,
    parsed: Parsed | None,
) -> IndexReport | None:
    """The cache made from a copy of the prebuilt index, the added articles indexed into it
    (the bundled ones are not parsed again); None when only a full build will do."""
    temporary = cache_file.with_name(f"{cache_file.name}.{uuid.uuid4().hex[:12]}.tmp")
    try:
        temporary.write_bytes(seed.read_bytes())
        temporary.chmod(0o600)
        report = _update_in_place(temporary, folders, files, progress, parsed)
        if report is None:
            return None
        with temporary.open("rb+") as handle:
            os.fsync(handle.fileno())
        temporary.replace(cache_file)
    finally:
        temporary.unlink(missing_ok=True)
    return report


def _is_current(path: Path, version: ParserVersion) -> bool:
    try:
        conn = sqlite3.connect(file_uri(path), uri=True)
    except sqlite3.Error:
        return False
    try:
        return check(conn, version)
    finally:
        conn.close()


def _update_in_place(
    cache_file: Path,
    folders: Folders,
    files: dict[str, FileState],
    progress: Progress | None,
    parsed: Parsed | None = None,
) -> IndexReport | None:
    """Bring the cache up to date with the folder; None when only a full build will do."""
    conn = sqlite3.connect(cache_file, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        stored = stored_files(conn)
        changes = find_changes(folders, files, stored)
        if changes.none:
            return IndexReport("cache")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("BEGIN IMMEDIATE")
        try:
            stored = stored_files(conn)  # another program may have updated it meanwhile
            changes = find_changes(folders, files, stored)
            names = apply_changes(conn, folders, files, stored, changes, progress, parsed)
            if names is None:
                conn.execute("ROLLBACK")
                return None
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        how = "updated" if names or changes.removed else "cache"
        return IndexReport(how, names, sorted(changes.removed))
    finally:
        conn.close()


# --- helpers --------------------------------------------------------------------------------


def _memory() -> ContentIndex:
    uri = f"file:expertreader-content-{uuid.uuid4().hex}?mode=memory&cache=shared"
    keep_alive = sqlite3.connect(uri, uri=True, check_same_thread=False)
    return ContentIndex(uri, keep_alive=keep_alive)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m expertreader.content.index build OUT_FILE CONTENT_DIR`` (packaging)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 3 or args[0] != "build":
        print("usage: python -m expertreader.content.index build OUT_FILE CONTENT_DIR")
        return 2
    out_file, content_dir = Path(args[1]), Path(args[2])
    try:
        build_index(out_file, content_dir)
    except OSError as error:
        print(f"{content_dir}: cannot build the content index ({error})", file=sys.stderr)
        return 1
    conn = sqlite3.connect(file_uri(out_file), uri=True)
    try:
        articles, qas = (
            conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()[0]
            for key in ("articles", "qas")
        )
        problems = read_problems(conn, content_dir)
    finally:
        conn.close()
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{out_file}: {articles} articles, {qas} questions, {len(problems)} problem files")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
