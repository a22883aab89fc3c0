"""Search that finds what people mean: over questions, answers and the person's notes (no Qt).

Words match in all their forms, accents and case aside; the word being typed matches as a
prefix; "quoted words" match as a phrase. When nothing matches and a word is not in the library,
the closest library words are tried instead and the results say so (``corrected``). Ranking: Q&As
whose question has every term, then the person's notes, then the Q&As that match elsewhere;
bm25 within each (a question match weighs more than an answer match).

Cost stays bounded whatever the library's size: matches are counted only up to ``COUNT_CAP``,
ranked only when at most ``RANK_CAP`` match (else taken in index order, which for so broad a
query is as good), and snippets are made only for the rows returned.

Threads: one engine may serve several threads; each gets its own read-only connection and its
own copy of the notes index. A search can be abandoned: pass ``is_cancelled`` and it raises
``SearchCancelledError`` within a few milliseconds of that returning True.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from expertreader.content.index import ContentIndex, ContentIndexError
from expertreader.content.library import Library
from expertreader.search import results, snippets, spelling
from expertreader.search.notes import NoteMatch, NotesIndex, NotesProvider
from expertreader.search.query import (
    MIN_RAW_PREFIX,
    Term,
    fts_expression,
    in_questions,
    meaningful,
    parse_query,
    render,
)
from expertreader.search.results import Highlight, Hit, Kind, SearchResults

__all__ = [
    "COUNT_CAP",
    "RANK_CAP",
    "Highlight",
    "Hit",
    "Kind",
    "SearchCancelledError",
    "SearchEngine",
    "SearchResults",
]

COUNT_CAP = 1_000
RANK_CAP = 1_000
_CHECK_EVERY = 2_000  # SQLite steps between two looks at ``is_cancelled``


class SearchCancelledError(Exception):
    """The search was abandoned (a newer query superseded it)."""


@dataclass(slots=True)
class _Thread:
    content: sqlite3.Connection
    notes: NotesIndex | None
    scratch: sqlite3.Connection
    """In memory: the rows being returned, to mark their matches."""
    is_cancelled: Callable[[], bool] | None = None

    def stop_if_cancelled(self) -> None:
        if self.is_cancelled is not None and self.is_cancelled():
            raise SearchCancelledError


@dataclass(slots=True)
class _Found:
    hits: list[Hit]
    total: int
    capped: bool


class SearchEngine:
    """Queries over one library's content index and, optionally, the person's notes."""

    def __init__(self, source: Library | ContentIndex, notes: NotesProvider | None = None):
        self._index = source.index if isinstance(source, Library) else source
        self._notes = notes
        self._local = threading.local()
        self._lock = threading.Lock()
        self._threads: list[_Thread] = []

    def search(
        self,
        query: str,
        *,
        limit: int = 50,
        correct: bool = True,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> SearchResults:
        """The best ``limit`` results for ``query``, best first.

        ``correct`` False searches exactly what was typed (the "search for ... instead" link).
        """
        terms = meaningful(parse_query(query))
        if not terms:
            return SearchResults(query, None, (), 0, False)
        state = self._thread()
        self._watch(state, is_cancelled)
        try:
            found = self._run(state, terms, max(1, limit))
            if found.hits or not correct:
                return SearchResults(query, None, tuple(found.hits), found.total, found.capped)
            fixed = spelling.corrected_terms(state.content, terms)
            if fixed is not None:
                retry = self._run(state, fixed, max(1, limit))
                if retry.hits:
                    return SearchResults(
                        query, render(fixed), tuple(retry.hits), retry.total, retry.capped
                    )
            suggestions = spelling.suggestions(
                state.content, terms, fixed, lambda option: self._finds(state, option)
            )
            return SearchResults(query, None, (), 0, False, suggestions)
        except sqlite3.OperationalError as error:
            if is_cancelled is not None and is_cancelled():
                raise SearchCancelledError(query) from error
            raise ContentIndexError(f"search failed ({error})") from error
        except sqlite3.DatabaseError as error:
            raise ContentIndexError(f"the content index cannot be read ({error})") from error
        finally:
            self._watch(state, None)

    def highlight(self, qa_id: str, query: str) -> Highlight | None:
        """Where ``query`` (``SearchResults.searched``) matches in this Q&A, to highlight the
        answer when a result is opened; None if the Q&A is not in the index."""
        state = self._thread()
        row = state.content.execute(
            "SELECT rowid, question, answer FROM qas WHERE id = ? ORDER BY rowid LIMIT 1",
            (qa_id,),
        ).fetchone()
        if row is None:
            return None
        terms = parse_query(query)
        if not terms:
            return Highlight((), ())
        found = results.marked(state.scratch, self._expression(state, terms), [tuple(row)])
        question, answer = found.get(int(row[0]), ("", ""))
        return Highlight(
            tuple(snippets.unmark(question, row[1])), tuple(snippets.unmark(answer, row[2]))
        )

    def close(self) -> None:
        with self._lock:
            for state in self._threads:
                state.content.close()
                state.scratch.close()
                if state.notes is not None:
                    state.notes.close()
            self._threads.clear()
            self._local = threading.local()

    # --- one query --------------------------------------------------------------------------

    def _run(self, state: _Thread, terms: Sequence[Term], limit: int) -> _Found:
        conn = state.content
        state.stop_if_cancelled()
        expression = self._expression(state, terms)
        # Twice the rows: those whose question matches too are left out of the answers below.
        rest, total = _ranked(conn, expression, 2 * limit)
        state.stop_if_cancelled()
        first, _ = _ranked(conn, in_questions(expression), limit) if total else ([], 0)
        state.stop_if_cancelled()
        chosen = set(first)
        answers = [rowid for rowid in rest if rowid not in chosen]
        notes: list[NoteMatch] = []
        notes_total = 0
        if state.notes is not None and self._notes is not None:
            state.notes.refresh(self._notes)
            note_expression = fts_expression(terms, self._expander(state), raw_prefix=1)
            notes_total = state.notes.count(note_expression, COUNT_CAP)
            notes = state.notes.search(note_expression, limit) if notes_total else []
        state.stop_if_cancelled()
        content = results.content_hits(
            conn, state.scratch, expression, first, answers[: limit - len(first)]
        )
        hits = [content[rowid] for rowid in first if rowid in content]
        hits += results.note_hits(conn, notes)
        hits += [content[rowid] for rowid in answers if rowid in content]
        return _Found(hits[:limit], min(total, COUNT_CAP) + notes_total, total > COUNT_CAP)

    def _finds(self, state: _Thread, terms: Sequence[Term]) -> bool:
        return _count(state.content, self._expression(state, terms)) > 0

    def _expression(self, state: _Thread, terms: Sequence[Term]) -> str:
        return fts_expression(terms, self._expander(state), raw_prefix=MIN_RAW_PREFIX)

    def _expander(self, state: _Thread) -> Callable[[str, int], list[str]]:
        return lambda prefix, limit: spelling.expansions(state.content, prefix, limit)

    # --- threads ----------------------------------------------------------------------------

    def _thread(self) -> _Thread:
        state: _Thread | None = getattr(self._local, "state", None)
        if state is None:
            state = _Thread(
                self._index.connect(),
                NotesIndex() if self._notes is not None else None,
                results.make_scratch(),
            )
            self._local.state = state
            with self._lock:
                self._threads.append(state)
        return state

    def _watch(self, state: _Thread, is_cancelled: Callable[[], bool] | None) -> None:
        """Let ``is_cancelled`` interrupt SQLite mid-query (and the steps between queries)."""
        state.is_cancelled = is_cancelled
        connections = [state.content, state.scratch]
        if state.notes is not None:
            connections.append(state.notes.connection)
        for conn in connections:
            if is_cancelled is None:
                conn.set_progress_handler(None, 0)
            else:
                conn.set_progress_handler(lambda: int(is_cancelled()), _CHECK_EVERY)


def _ranked(conn: sqlite3.Connection, expression: str, limit: int) -> tuple[list[int], int]:
    """The best ``limit`` rowids and how many match (counted up to ``RANK_CAP`` + 1).

    One pass finds up to ``RANK_CAP`` + 1 matches; only a set that small is ranked (bm25
    costs a pass over every term's whole document list, slow for common words).
    """
    found = conn.execute(
        "SELECT rowid FROM qa_fts WHERE qa_fts MATCH ? LIMIT ?", (expression, RANK_CAP + 1)
    ).fetchall()
    total = len(found)
    if total > RANK_CAP:
        if COUNT_CAP > RANK_CAP:
            total = _count(conn, expression, COUNT_CAP + 1)
        return [int(row[0]) for row in found[:limit]], total
    if total <= 1:
        return [int(row[0]) for row in found], total
    rows = conn.execute(
        "SELECT rowid FROM qa_fts WHERE qa_fts MATCH ? ORDER BY rank LIMIT ?", (expression, limit)
    ).fetchall()
    return [int(row[0]) for row in rows], total


def _count(conn: sqlite3.Connection, expression: str, cap: int = 1) -> int:
    row = conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM qa_fts WHERE qa_fts MATCH ? LIMIT ?)",
        (expression, cap),
    ).fetchone()
    return int(row[0])
