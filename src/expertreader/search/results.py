"""Search results, and how they are made from matched rows: snippets and marked words (no Qt)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from expertreader.content.index_rows import TOKENIZER
from expertreader.search import snippets
from expertreader.search.notes import NoteMatch
from expertreader.search.snippets import Span

Kind = Literal["question", "answer", "note"]


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


def content_hits(
    content: sqlite3.Connection,
    scratch: sqlite3.Connection,
    expression: str,
    first: list[int],
    answers: list[int],
) -> dict[int, Hit]:
    """Hits for these rowids: ``first`` matched in the question, ``answers`` elsewhere."""
    rowids = first + answers
    if not rowids:
        return {}
    marks = ", ".join("?" * len(rowids))
    rows = content.execute(
        "SELECT q.rowid, q.id, q.question, q.answer, a.id, a.title FROM qas AS q"
        f" JOIN articles AS a ON a.rowid = q.article WHERE q.rowid IN ({marks})",
        rowids,
    ).fetchall()
    found = marked(scratch, expression, [(row[0], row[2], row[3]) for row in rows])
    in_question = set(first)
    hits = {}
    for rowid, qa_id, question, answer, article_id, title in rows:
        marked_question, marked_answer = found.get(rowid, ("", ""))
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


def make_scratch() -> sqlite3.Connection:
    """An in-memory full-text table, with the content's tokenizer, for ``marked``."""
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    conn.execute(f"CREATE VIRTUAL TABLE marks USING fts5(question, answer, tokenize='{TOKENIZER}')")
    return conn


def marked(
    scratch: sqlite3.Connection, expression: str, rows: Sequence[tuple[int, str, str]]
) -> dict[int, tuple[str, str]]:
    """The question and answer of these Q&As (rowid, question, answer) with matches marked.

    Marked in a scratch index of just these rows: asking the library's index would set
    up the whole query again for every row (slow for common words).
    """
    with scratch:
        scratch.execute("DELETE FROM marks")
        scratch.executemany("INSERT INTO marks (rowid, question, answer) VALUES (?, ?, ?)", rows)
    rows_marked = scratch.execute(
        "SELECT rowid, highlight(marks, 0, ?, ?), highlight(marks, 1, ?, ?) FROM marks"
        " WHERE marks MATCH ?",
        (*(snippets.START, snippets.END) * 2, expression),
    ).fetchall()
    return {int(rowid): (question, answer) for rowid, question, answer in rows_marked}


def note_hits(content: sqlite3.Connection, matches: list[NoteMatch]) -> list[Hit]:
    """Hits for matched notes, named by their question in the library when it is there."""
    if not matches:
        return []
    ids = sorted({match.row.qa_id for match in matches})
    rows = content.execute(
        "SELECT q.id, q.question, a.id, a.title FROM qas AS q JOIN articles AS a"
        f" ON a.rowid = q.article WHERE q.id IN ({', '.join('?' * len(ids))})"
        " ORDER BY q.rowid DESC",
        ids,
    ).fetchall()
    known = {qa_id: (question, article_id, title) for qa_id, question, article_id, title in rows}
    hits = []
    for match in matches:
        row = match.row
        question, article_id, title = known.get(row.qa_id, (row.question, None, row.article_title))
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


def _distinct(words: tuple[str, ...]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for word in words:
        seen.setdefault(word.casefold(), word)
    return tuple(seen.values())
