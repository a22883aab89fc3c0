"""The articles the program reads, backed by the content index: cheap to open, lookups by id.

``Library.open(content_dir)`` opens (building or refreshing when needed) the folder's index and
keeps in memory only one small ``ArticleInfo`` per article. Questions are fetched per article when
a list shows them, a Q&A by id in one indexed lookup, a whole article when it is read.

The person's library is the bundled content plus the articles they added (``added_dir``, in the
data folder; ``load_library`` opens both): one index covers both, so search sees them alike, and
an added article is told apart by ``is_added``. After an article is added or removed, a new
library is opened off the window's thread (``reopened``) and the one every controller holds
takes its content (``take_over``), so nobody keeps showing the old list.

Thread use: every method may be called from any thread; each thread gets its own read-only
SQLite connection. Search (``expertreader.search``) reads the same index through ``index``.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, TypeVar

from expertreader import paths
from expertreader.content import index_rows
from expertreader.content.errors import ContentError
from expertreader.content.index import (
    ARTICLE_SUFFIXES,
    ContentIndex,
    ContentIndexError,
    Parsed,
    Progress,
    memory_index,
    open_index,
    read_problems,
)
from expertreader.content.info import ArticleInfo, Located, QuestionInfo
from expertreader.content.model import QA, Article

__all__ = [
    "ARTICLE_SUFFIXES",
    "ArticleInfo",
    "ContentIndexError",
    "Library",
    "Located",
    "Order",
    "QuestionInfo",
    "load_library",
]

Order = Literal["date", "title"]
_T = TypeVar("_T")


@dataclass(slots=True)
class _Content:
    """One opened index and what is kept in memory of it: replaced whole, never edited."""

    index: ContentIndex
    problems: list[ContentError]
    folders: tuple[Path, Path | None] | None
    rowid_of: dict[str, int] = field(default_factory=dict)
    info_of_rowid: dict[int, ArticleInfo] = field(default_factory=dict)
    by_id: dict[str, ArticleInfo] = field(default_factory=dict)
    orders: dict[Order, list[ArticleInfo]] = field(default_factory=dict)
    place: dict[Order, dict[str, int]] = field(default_factory=dict)
    added: frozenset[str] = frozenset()
    local: threading.local = field(default_factory=threading.local)
    connections: list[sqlite3.Connection] = field(default_factory=list)


class Library:
    """Articles in a stable order (newest first), plus the files that could not be read."""

    def __init__(
        self, articles: Iterable[Article] = (), problems: Iterable[ContentError] = ()
    ) -> None:
        """A library of these articles, indexed in memory: the same as ``from_articles``."""
        self._lock = threading.Lock()
        self._retired: list[_Content] = []
        self._articles: list[Article] | None = None
        self._content = self._load(_Content(memory_index(articles), list(problems), None))

    @classmethod
    def open(
        cls,
        content_dir: Path,
        progress: Progress | None = None,
        *,
        rebuild: bool = False,
        added_dir: Path | None = None,
        parsed: Parsed | None = None,
    ) -> Library:
        """The articles of ``content_dir`` (and the added ones in ``added_dir``), through their
        index (made or refreshed as needed).

        ``progress(done, total)`` reports parsing, in the calling thread; nothing is parsed
        when the index is current, nor the ``parsed`` articles (by their file's SHA-256). A
        folder that cannot be read gives an empty library with one problem. ``rebuild``
        ignores any existing index (after ``ContentIndexError``).
        """
        content_dir = Path(content_dir)
        problems = []
        if added_dir is not None and (problem := _added_folder_problem(added_dir)):
            problems.append(problem)
        library = cls.__new__(cls)
        library._lock = threading.Lock()
        library._retired = []
        library._articles = None
        folders = (content_dir, added_dir)
        if added_dir is None:
            cache_file = paths.content_index_file(content_dir)
        else:
            cache_file = paths.library_index_file(content_dir, added_dir)
        try:
            index = open_index(
                content_dir,
                cache_file=cache_file,
                prebuilt_file=paths.prebuilt_content_index(content_dir),
                progress=progress,
                rebuild=rebuild,
                added_dir=added_dir,
                parsed=parsed,
            )
        except OSError as error:
            problem = ContentError(content_dir, 1, f"content folder cannot be read ({error})")
            library._content = library._load(_Content(memory_index(()), [problem], folders))
            return library
        conn = index.connect()
        try:
            problems = read_problems(conn, content_dir, added_dir) + problems
        finally:
            conn.close()
        library._content = library._load(_Content(index, problems, folders))
        return library

    @classmethod
    def from_articles(
        cls, articles: Iterable[Article], problems: Iterable[ContentError] = ()
    ) -> Library:
        """A library of these articles, indexed in memory (tests; content without a folder)."""
        return cls(articles, problems)

    def _load(self, content: _Content) -> _Content:
        """Read the small records of every article into ``content``."""
        rows, added = self._read(
            lambda conn: (index_rows.read_infos(conn), index_rows.read_added_ids(conn)), content
        )
        content.rowid_of = {info.id: rowid for rowid, info in reversed(rows)}
        content.info_of_rowid = dict(rows)
        content.by_id = {info.id: info for _, info in reversed(rows)}
        content.added = frozenset(added)
        infos = [info for _, info in rows]
        by_date = sorted(infos, key=lambda info: -info.date.toordinal() if info.date else 1)
        content.orders = {
            "date": by_date,
            "title": sorted(by_date, key=lambda info: info.title.casefold()),
        }
        content.place = {
            order: {info.id: place for place, info in reversed(list(enumerate(listed)))}
            for order, listed in content.orders.items()
        }
        return content

    @property
    def index(self) -> ContentIndex:
        """The content index: ``expertreader.search`` reads it, ``index.report`` says how it
        was opened (built, updated, cached, prebuilt)."""
        return self._content.index

    @property
    def problems(self) -> list[ContentError]:
        """Files that could not be read (shown to the person), in file order."""
        return self._content.problems

    # --- the lazy API -----------------------------------------------------------------------

    def article_infos(self, order: Order = "date") -> Sequence[ArticleInfo]:
        """Every article, small: by date (newest first, undated last) or by title."""
        return self._content.orders[order]

    @property
    def article_count(self) -> int:
        return len(self._content.by_id)

    def article_info(self, article_id: str) -> ArticleInfo | None:
        return self._content.by_id.get(article_id)

    def questions(self, article_id: str) -> list[QuestionInfo]:
        """The article's questions in reading order (what its list rows show)."""
        content = self._content
        rowid = content.rowid_of.get(article_id)
        if rowid is None:
            return []
        return self._read(lambda conn: index_rows.read_questions(conn, rowid, article_id), content)

    def article(self, article_id: str) -> Article | None:
        """The whole article: intro, every question and answer."""
        return self._read(lambda conn: index_rows.read_article(conn, article_id))

    def find(self, qa_id: str) -> tuple[ArticleInfo, QA] | None:
        """The article (as ``ArticleInfo``) and the Q&A with this id, or None if the content
        lacks it: one indexed lookup, whatever the size of the library."""
        located = self.locate(qa_id)
        return (located.article, located.qa) if located else None

    def locate(self, qa_id: str) -> Located | None:
        """``find``, plus the Q&A's place in its article (to keep reading order)."""
        content = self._content
        found = self._read(lambda conn: index_rows.read_qa(conn, qa_id), content)
        if found is None:
            return None
        rowid, position, qa = found
        info = content.info_of_rowid.get(rowid)  # None: another program changed the index
        return Located(info, qa, position) if info is not None else None

    def article_position(self, article_id: str, order: Order = "date") -> int | None:
        """The article's place in ``article_infos(order)``."""
        return self._content.place[order].get(article_id)

    def qa(self, qa_id: str) -> QA | None:
        found = self.find(qa_id)
        return found[1] if found else None

    def adjacent(self, qa_id: str, step: int, order: Order = "date") -> str | None:
        """The id of the question ``step`` places after (or, negative, before) this one in
        reading order, across articles; None past either end or for an unknown id."""
        content = self._content
        found = self._read(lambda conn: index_rows.qa_position(conn, qa_id), content)
        if found is None:
            return None
        rowid, position = found
        if rowid not in content.info_of_rowid:  # another program changed the index since
            return None
        listed = content.orders[order]
        article = content.place[order][content.info_of_rowid[rowid].id]
        position += step
        while 0 <= article < len(listed) and position >= listed[article].question_count:
            position -= listed[article].question_count
            article += 1
        while 0 <= article < len(listed) and position < 0:
            article -= 1
            if article >= 0:
                position += listed[article].question_count
        if not 0 <= article < len(listed):
            return None
        target_rowid, target = content.rowid_of[listed[article].id], position
        return self._read(lambda conn: index_rows.question_at(conn, target_rowid, target), content)

    # --- added articles ---------------------------------------------------------------------

    @property
    def added_dir(self) -> Path | None:
        """The folder of the person's added articles, when this library reads one."""
        folders = self._content.folders
        return folders[1] if folders else None

    def is_added(self, article_id: str) -> bool:
        """The person added this article (it can be removed); False for a bundled one."""
        return article_id in self._content.added

    def added_articles(self, order: Order = "title") -> list[ArticleInfo]:
        """The articles the person added, by title (or date)."""
        content = self._content
        return [info for info in content.orders[order] if info.id in content.added]

    def added_file(self, article_id: str) -> Path | None:
        """The file in the added folder that holds this added article."""
        info = self.article_info(article_id)
        added_dir = self.added_dir
        if info is None or added_dir is None or not self.is_added(article_id):
            return None
        return added_dir / info.source

    def reopened(self, progress: Progress | None = None, parsed: Parsed | None = None) -> Library:
        """A new library over the same folders, read again (after adding or removing files):
        in a worker thread, then ``take_over`` in the window's. ValueError for a library that
        has no folders (``from_articles``)."""
        folders = self._content.folders
        if folders is None:
            raise ValueError("this library was not opened from a folder")
        return Library.open(folders[0], progress, added_dir=folders[1], parsed=parsed)

    def take_over(self, other: Library) -> None:
        """Show ``other``'s articles from now on, everywhere this library is held; ``other``
        must not be used after. Connections to the old index stay open until ``close``, so
        a lookup still running in another thread finishes on the old content."""
        with self._lock, other._lock:
            self._retired.append(self._content)
            self._retired += other._retired
            self._content = other._content
            self._articles = None
            other._retired = []

    def close(self) -> None:
        """Close every connection and, for an index in memory, free it."""
        with self._lock:
            for content in [*self._retired, self._content]:
                for conn in content.connections:
                    conn.close()
                content.connections.clear()
                content.local = threading.local()
                content.index.close()
            self._retired.clear()

    # --- kept during the move to the lazy API ----------------------------------------------

    @property
    def articles(self) -> list[Article]:
        """Every article, whole, in ``article_infos()`` order.

        For small libraries only, and to be removed: it holds every answer in memory. Use
        ``article_infos``, ``questions``, ``find`` and ``article`` instead.
        """
        if self._articles is None:
            loaded = (self.article(info.id) for info in self._content.orders["date"])
            self._articles = [article for article in loaded if article is not None]
        return self._articles

    # --- connections ------------------------------------------------------------------------

    def _read(
        self, query: Callable[[sqlite3.Connection], _T], content: _Content | None = None
    ) -> _T:
        try:
            return query(self._connection(content if content is not None else self._content))
        except sqlite3.DatabaseError as error:
            raise ContentIndexError(f"the content index cannot be read ({error})") from error

    def _connection(self, content: _Content) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(content.local, "conn", None)
        if conn is None:
            conn = content.index.connect()
            content.local.conn = conn
            with self._lock:
                content.connections.append(conn)
        return conn


def load_library(content_dir: Path) -> Library:
    """The person's library: the articles of ``content_dir`` and the ones they added
    (``paths.added_articles_dir()``), without progress."""
    return Library.open(content_dir, added_dir=paths.added_articles_dir())


def _added_folder_problem(added_dir: Path) -> ContentError | None:
    """Why the added articles cannot be listed (the bundled ones still load), if they cannot."""
    try:
        with os.scandir(added_dir):
            return None
    except FileNotFoundError:
        return None
    except OSError as error:
        reason = error.strerror or str(error)
        return ContentError(added_dir, 1, f"your added articles cannot be read ({reason})")
