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
from dataclasses import dataclass, replace
from typing import Literal

from expertreader.content.index import ContentIndex, ContentIndexError
from expertreader.content.index_rows import TOKENIZER
from expertreader.content.library import Library
from expertreader.search import snippets, spelling
from expertreader.search.notes import NoteMatch, NotesIndex, NotesProvider
from expertreader.search.query import (
    MIN_RAW_PREFIX,
    Term,
    fts_expression,
    in_questions,
    parse_query,
    render,
)
from expertreader.search.snippets import Span

Kind = Literal["question", "answer", "note"]
COUNT_CAP = 1_000
RANK_CAP = 1_000
MAX_SUGGESTIONS = 3
_CHECK_EVERY = 2_000  # SQLite steps between two looks at ``is_cancelled``


class SearchCancelledError(Exception):
    """The search was abandoned (a newer query superseded it)."""


@dataclass(frozen=True, slots=True)
class Hit:
    """One result: a Q&A matched by its question or answer, or one of the person's notes."""

    kind: Kind
    qa_id: str
    article_id: str | None
    """None for a note on a question this content does not have."""
    article_title: str
    question: str
    snippet: str
    """A short plain-text excerpt: of the answer, or of the note for a note."""
    snippet_spans: tuple[Span, ...]
    """The matched words in ``snippet``, to emphasise."""
    question_spans: tuple[Span, ...]
    """The matched words in ``question``."""
    words: tuple[str, ...]
    """The words that matched, as written in this Q&A or note (for highlighting)."""
    note_uid: str | None = None


@dataclass(frozen=True, slots=True)
class SearchResults:
    query: str
    """As typed."""
    corrected: str | None
    """The query these results are for when the typed one found nothing ("second opinion")."""
    hits: tuple[Hit, ...]
    total: int
    """Matching Q&As plus matching notes; Q&As counted up to ``COUNT_CAP``."""
    total_capped: bool
    """More Q&As match than ``total`` says."""
    suggestions: tuple[str, ...] = ()
    """Queries worth offering when nothing matched; each finds something."""

    @property
    def searched(self) -> str:
        """The query whose matches these are: pass it to ``SearchEngine.highlight``."""
        return self.corrected if self.corrected is not None else self.query


@dataclass(frozen=True, slots=True)
class Highlight:
    """Where the query's words are in one Q&A: offsets in its question and ``answer_text``."""

    question: tuple[Span, ...]
    answer: tuple[Span, ...]


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
        terms = parse_query(query)
        if not terms:
            return SearchResults(query, None, (), 0, False)
        state = self._thread()
        self._watch(state, is_cancelled)
        try:
            found = self._run(state, terms, max(1, limit))
            if found.hits or not correct:
                return SearchResults(query, None, tuple(found.hits), found.total, found.capped)
            fixed = self._correct(state, terms)
            if fixed is not None:
                retry = self._run(state, fixed, max(1, limit))
                if retry.hits:
                    return SearchResults(
                        query, render(fixed), tuple(retry.hits), retry.total, retry.capped
                    )
            suggestions = self._suggest(state, terms, fixed)
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
        marked = self._marked(state, self._expression(state, terms), [tuple(row)])
        question, answer = marked.get(int(row[0]), ("", ""))
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
        rest, total = _ranked(conn, expression, limit)
        state.stop_if_cancelled()
        first, _ = _ranked(conn, in_questions(expression), limit) if total else ([], 0)
        if first:
            rest, _ = _ranked(conn, expression, limit + len(first))
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
        content = self._content_hits(state, expression, first, answers[: limit - len(first)])
        hits = [content[rowid] for rowid in first if rowid in content]
        hits += self._note_hits(state, notes)
        hits += [content[rowid] for rowid in answers if rowid in content]
        return _Found(hits[:limit], min(total, COUNT_CAP) + notes_total, total > COUNT_CAP)

    def _expression(self, state: _Thread, terms: Sequence[Term]) -> str:
        return fts_expression(terms, self._expander(state), raw_prefix=MIN_RAW_PREFIX)

    def _expander(self, state: _Thread) -> Callable[[str, int], list[str]]:
        return lambda prefix, limit: spelling.expansions(state.content, prefix, limit)

    def _content_hits(
        self, state: _Thread, expression: str, first: list[int], answers: list[int]
    ) -> dict[int, Hit]:
        rowids = first + answers
        if not rowids:
            return {}
        conn = state.content
        marks = ", ".join("?" * len(rowids))
        rows = conn.execute(
            "SELECT q.rowid, q.id, q.question, q.answer, a.id, a.title FROM qas AS q"
            f" JOIN articles AS a ON a.rowid = q.article WHERE q.rowid IN ({marks})",
            rowids,
        ).fetchall()
        marked = self._marked(state, expression, [(row[0], row[2], row[3]) for row in rows])
        in_question = set(first)
        hits = {}
        for rowid, qa_id, question, answer, article_id, title in rows:
            marked_question, marked_answer = marked.get(rowid, ("", ""))
            question_spans = tuple(snippets.unmark(marked_question, question))
            answer_spans = snippets.unmark(marked_answer, answer)
            text, spans = snippets.snippet(answer, answer_spans)
            hits[int(rowid)] = Hit(
                kind="question" if rowid in in_question else "answer",
                qa_id=qa_id,
                article_id=article_id,
                article_title=title,
                question=question,
                snippet=text,
                snippet_spans=spans,
                question_spans=question_spans,
                words=_distinct(
                    snippets.words_at(question, question_spans)
                    + snippets.words_at(answer, answer_spans)
                ),
            )
        return hits

    def _marked(
        self, state: _Thread, expression: str, rows: Sequence[tuple[int, str, str]]
    ) -> dict[int, tuple[str, str]]:
        """The question and answer of these Q&As with the matches marked.

        Marked in a scratch index of just these rows: asking the library's index would set
        up the whole query again for every row (slow for common words).
        """
        scratch = state.scratch
        with scratch:
            scratch.execute("DELETE FROM marks")
            scratch.executemany(
                "INSERT INTO marks (rowid, question, answer) VALUES (?, ?, ?)", rows
            )
        marked = scratch.execute(
            "SELECT rowid, highlight(marks, 0, ?, ?), highlight(marks, 1, ?, ?) FROM marks"
            " WHERE marks MATCH ?",
            (*(snippets.START, snippets.END) * 2, expression),
        ).fetchall()
        return {int(rowid): (question, answer) for rowid, question, answer in marked}

    def _note_hits(self, state: _Thread, matches: list[NoteMatch]) -> list[Hit]:
        if not matches:
            return []
        ids = sorted({match.row.qa_id for match in matches})
        rows = state.content.execute(
            "SELECT q.id, q.question, a.id, a.title FROM qas AS q JOIN articles AS a"
            f" ON a.rowid = q.article WHERE q.id IN ({', '.join('?' * len(ids))})"
            " ORDER BY q.rowid DESC",
            ids,
        ).fetchall()
        known = {
            qa_id: (question, article_id, title) for qa_id, question, article_id, title in rows
        }
        hits = []
        for match in matches:
            row = match.row
            question, article_id, title = known.get(
                row.qa_id, (row.question, None, row.article_title)
            )
            text, spans = snippets.snippet(row.text, match.spans)
            hits.append(
                Hit(
                    kind="note",
                    qa_id=row.qa_id,
                    article_id=article_id,
                    article_title=title,
                    question=question,
                    snippet=text,
                    snippet_spans=spans,
                    question_spans=(),
                    words=snippets.words_at(row.text, match.spans),
                    note_uid=row.uid,
                )
            )
        return hits

    # --- spelling ---------------------------------------------------------------------------

    def _correct(self, state: _Thread, terms: Sequence[Term]) -> list[Term] | None:
        """The terms with each word the library lacks replaced by its closest library word;
        None when no word could be corrected."""
        fixed, changed = [], False
        for term in terms:
            words, typed = list(term.words), list(term.typed)
            for place, word in enumerate(term.words):
                being_typed = term.prefix and place == len(term.words) - 1
                if spelling.is_known(state.content, word, prefix=being_typed):
                    continue
                candidates = spelling.corrections(state.content, word)
                if candidates:
                    words[place] = typed[place] = candidates[0]
                    changed = True
                    if being_typed:
                        term = replace(term, prefix=False)
            fixed.append(replace(term, words=tuple(words), typed=tuple(typed)))
        return fixed if changed else None

    def _suggest(
        self, state: _Thread, terms: Sequence[Term], fixed: list[Term] | None
    ) -> tuple[str, ...]:
        """Queries that do find something: other spellings, or fewer words."""
        options: list[list[Term]] = []
        for term_index, term in enumerate(terms):
            for place, word in enumerate(term.words):
                if spelling.is_known(state.content, word, prefix=False):
                    continue
                for candidate in spelling.corrections(state.content, word)[1:]:
                    base = list(fixed or terms)
                    changed = list(base[term_index].words)
                    changed[place] = candidate
                    base[term_index] = replace(
                        base[term_index], words=tuple(changed), typed=tuple(changed), prefix=False
                    )
                    options.append(base)
        if len(terms) > 1:
            for dropped in range(len(terms)):
                options.append([t for i, t in enumerate(fixed or terms) if i != dropped])
        suggestions: list[str] = []
        for option in options:
            text = render(option)
            if text in suggestions or text == render(terms):
                continue
            if _count(state.content, self._expression(state, option)) > 0:
                suggestions.append(text)
            if len(suggestions) >= MAX_SUGGESTIONS:
                break
        return tuple(suggestions)

    # --- threads ----------------------------------------------------------------------------

    def _thread(self) -> _Thread:
        state: _Thread | None = getattr(self._local, "state", None)
        if state is None:
            state = _Thread(
                self._index.connect(), NotesIndex() if self._notes else None, _scratch()
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


def _scratch() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    conn.execute(f"CREATE VIRTUAL TABLE marks USING fts5(question, answer, tokenize='{TOKENIZER}')")
    return conn


def _ranked(conn: sqlite3.Connection, expression: str, limit: int) -> tuple[list[int], int]:
    """The best ``limit`` rowids and how many match (counted up to ``RANK_CAP`` + 1)."""
    total = _count(conn, expression, RANK_CAP + 1)
    if total == 0:
        return [], 0
    order = " ORDER BY rank" if total <= RANK_CAP else ""
    rows = conn.execute(
        f"SELECT rowid FROM qa_fts WHERE qa_fts MATCH ?{order} LIMIT ?", (expression, limit)
    ).fetchall()
    if total > RANK_CAP and COUNT_CAP > RANK_CAP:
        total = _count(conn, expression, COUNT_CAP + 1)
    return [int(row[0]) for row in rows], total


def _count(conn: sqlite3.Connection, expression: str, cap: int = 1) -> int:
    row = conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM qa_fts WHERE qa_fts MATCH ? LIMIT ?)",
        (expression, cap),
    ).fetchone()
    return int(row[0])


def _distinct(words: tuple[str, ...]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for word in words:
        seen.setdefault(word.casefold(), word)
    return tuple(seen.values())
