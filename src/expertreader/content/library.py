"""The articles the program reads, backed by the content index: cheap to open, lookups by id.

``Library.open(content_dir)`` opens (building or refreshing when needed) the folder's index and
keeps in memory only one small ``ArticleInfo`` per article. Questions are fetched per article when
a list shows them, a Q&A by id in one indexed lookup, a whole article when it is read.

Thread use: every method may be called from any thread; each thread gets its own read-only
SQLite connection. Search (``expertreader.search``) reads the same index through ``index``.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Literal, TypeVar

from expertreader import paths
from expertreader.content import index_rows
from expertreader.content.errors import ContentError
from expertreader.content.index import (
    ARTICLE_SUFFIXES,
    ContentIndex,
    ContentIndexError,
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


class Library:
    """Articles in a stable order (newest first), plus the files that could not be read."""

    def __init__(
        self, articles: Iterable[Article] = (), problems: Iterable[ContentError] = ()
    ) -> None:
        """A library of these articles, indexed in memory: the same as ``from_articles``."""
        self._setup(memory_index(articles), list(problems))

    @classmethod
    def open(
        cls,
        content_dir: Path,
        progress: Progress | None = None,
        *,
        rebuild: bool = False,
    ) -> Library:
        """The articles of ``content_dir``, through its index (made or refreshed as needed).

        ``progress(done, total)`` reports parsing, in the calling thread; nothing is parsed
        when the index is current. A folder that cannot be read gives an empty library with
        one problem. ``rebuild`` ignores any existing index (after ``ContentIndexError``).
        """
        content_dir = Path(content_dir)
        library = cls.__new__(cls)
        try:
            index = open_index(
                content_dir,
                cache_file=paths.content_index_file(content_dir),
                prebuilt_file=paths.prebuilt_content_index(content_dir),
                progress=progress,
                rebuild=rebuild,
            )
        except OSError as error:
            problem = ContentError(content_dir, 1, f"content folder cannot be read ({error})")
            library._setup(memory_index(()), [problem])
            return library
        conn = index.connect()
        try:
            problems = read_problems(conn, content_dir)
        finally:
            conn.close()
        library._setup(index, problems)
        return library

    @classmethod
    def from_articles(
        cls, articles: Iterable[Article], problems: Iterable[ContentError] = ()
    ) -> Library:
        """A library of these articles, indexed in memory (tests; content without a folder)."""
        return cls(articles, problems)

    def _setup(self, index: ContentIndex, problems: list[ContentError]) -> None:
        self.index = index
        """The content index: ``expertreader.search`` reads it, ``index.report`` says how it
        was opened (built, updated, cached, prebuilt)."""
        self.problems = problems
        """Files that could not be read (shown to the person), in file order."""
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._articles: list[Article] | None = None
        rows = self._read(index_rows.read_infos)
        self._rowid_of = {info.id: rowid for rowid, info in reversed(rows)}
        self._info_of_rowid = dict(rows)
        self._by_id = {info.id: info for _, info in reversed(rows)}
        infos = [info for _, info in rows]
        by_date = sorted(infos, key=lambda info: -info.date.toordinal() if info.date else 1)
        self._orders: dict[Order, list[ArticleInfo]] = {
            "date": by_date,
            "title": sorted(by_date, key=lambda info: info.title.casefold()),
        }
        self._place: dict[Order, dict[str, int]] = {
            order: {info.id: place for place, info in reversed(list(enumerate(listed)))}
            for order, listed in self._orders.items()
        }

    # --- the lazy API -----------------------------------------------------------------------

    def article_infos(self, order: Order = "date") -> Sequence[ArticleInfo]:
        """Every article, small: by date (newest first, undated last) or by title."""
        return self._orders[order]

    @property
    def article_count(self) -> int:
        return len(self._by_id)

    def article_info(self, article_id: str) -> ArticleInfo | None:
        return self._by_id.get(article_id)

    def questions(self, article_id: str) -> list[QuestionInfo]:
        """The article's questions in reading order (what its list rows show)."""
        rowid = self._rowid_of.get(article_id)
        if rowid is None:
            return []
        return self._read(lambda conn: index_rows.read_questions(conn, rowid, article_id))

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
        found = self._read(lambda conn: index_rows.read_qa(conn, qa_id))
        if found is None:
            return None
        rowid, position, qa = found
        return Located(self._info_of_rowid[rowid], qa, position)

    def article_position(self, article_id: str, order: Order = "date") -> int | None:
        """The article's place in ``article_infos(order)``."""
        return self._place[order].get(article_id)

    def qa(self, qa_id: str) -> QA | None:
        found = self.find(qa_id)
        return found[1] if found else None

    def adjacent(self, qa_id: str, step: int, order: Order = "date") -> str | None:
        """The id of the question ``step`` places after (or, negative, before) this one in
        reading order, across articles; None past either end or for an unknown id."""
        found = self._read(lambda conn: index_rows.qa_position(conn, qa_id))
        if found is None:
            return None
        rowid, position = found
        listed = self._orders[order]
        article = self._place[order][self._info_of_rowid[rowid].id]
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
        target_rowid, target = self._rowid_of[listed[article].id], position
        return self._read(lambda conn: index_rows.question_at(conn, target_rowid, target))

    def close(self) -> None:
        """Close every connection and, for an index in memory, free it."""
        with self._lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()
            self._local = threading.local()
        self.index.close()

    # --- kept during the move to the lazy API ----------------------------------------------

    @property
    def articles(self) -> list[Article]:
        """Every article, whole, in ``article_infos()`` order.

        For small libraries only, and to be removed: it holds every answer in memory. Use
        ``article_infos``, ``questions``, ``find`` and ``article`` instead.
        """
        if self._articles is None:
            loaded = (self.article(info.id) for info in self._orders["date"])
            self._articles = [article for article in loaded if article is not None]
        return self._articles

    # --- connections ------------------------------------------------------------------------

    def _read(self, query: Callable[[sqlite3.Connection], _T]) -> _T:
        try:
            return query(self._connection())
        except sqlite3.DatabaseError as error:
            raise ContentIndexError(f"the content index cannot be read ({error})") from error

    def _connection(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = self.index.connect()
            self._local.conn = conn
            with self._lock:
                self._connections.append(conn)
        return conn


def load_library(content_dir: Path) -> Library:
    """The articles of ``content_dir`` (``Library.open`` without progress)."""
    return Library.open(content_dir)
