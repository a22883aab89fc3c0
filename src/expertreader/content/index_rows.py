"""The content index's tables, and articles to rows and back, exactly (no Qt).

Every field of ``Article``, ``QA`` and ``ContentWarning`` is stored, so an article read back from
the index equals the parsed one. An answer is kept as its paragraphs joined by line breaks
(parsed paragraphs never contain one), which is what the full-text index reads; the offsets in
that text are the offsets in ``QA.answer_text``, because both join with one character.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Sequence
from typing import Any, Literal

from expertreader.content.folders import ADDED_PREFIX
from expertreader.content.info import ArticleInfo, QuestionInfo
from expertreader.content.model import QA, Article, ContentWarning

TOKENIZER = "porter unicode61 remove_diacritics 2"
"""Word forms ("trials" finds "trial"), accents and case ignored: in the index and in queries."""
QUESTION_WEIGHT = 4.0
"""A match in the question counts this many times one in the answer (bm25 column weight)."""

STORED_FIELDS = {
    "Article": {
        "id",
        "source",
        "title",
        "date",
        "expert",
        "intro",
        "disclaimer",
        "qas",
        "warnings",
        "date_precision",
    },
    "QA": {"id", "question", "answer", "line", "asker", "speakers"},
    "ContentWarning": {"line", "message"},
}
"""What the index keeps; a test compares it with the model, so a new field cannot be lost."""

SCHEMA = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID",
    # One row per content file, readable or not: start-up compares these with the folder.
    "CREATE TABLE files ("
    " name TEXT PRIMARY KEY NOT NULL, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,"
    " sha256 TEXT NOT NULL, article INTEGER, problem_line INTEGER, problem TEXT) WITHOUT ROWID",
    "CREATE TABLE articles ("
    " rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, file TEXT, source TEXT NOT NULL,"
    " title TEXT NOT NULL, date TEXT, date_precision TEXT NOT NULL, expert TEXT,"
    " intro TEXT NOT NULL, disclaimer TEXT, warnings TEXT, qa_count INTEGER NOT NULL)",
    "CREATE INDEX articles_by_id ON articles(id)",
    "CREATE TABLE qas ("
    " rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, article INTEGER NOT NULL,"
    " position INTEGER NOT NULL, question TEXT NOT NULL, answer TEXT NOT NULL,"
    " answer_json TEXT, line INTEGER NOT NULL, asker TEXT, speakers TEXT)",
    "CREATE INDEX qas_by_id ON qas(id)",
    "CREATE INDEX qas_by_article ON qas(article, position)",
    "CREATE VIRTUAL TABLE qa_fts USING fts5(question, answer, content='qas',"
    f" content_rowid='rowid', tokenize='{TOKENIZER}')",
    f"INSERT INTO qa_fts(qa_fts, rank) VALUES ('rank', 'bm25({QUESTION_WEIGHT}, 1.0)')",
    # The library's own words, unstemmed, with the number of Q&As that use each: spelling
    # suggestions come from here. Their letter trigrams find near misses fast.
    "CREATE TABLE vocab (rowid INTEGER PRIMARY KEY, word TEXT NOT NULL UNIQUE,"
    " freq INTEGER NOT NULL, length INTEGER NOT NULL)",
    "CREATE TABLE vocab_grams (gram TEXT NOT NULL, word INTEGER NOT NULL,"
    " PRIMARY KEY (gram, word)) WITHOUT ROWID",
)

_ARTICLE_COLUMNS = (
    "rowid, id, source, title, date, expert, disclaimer, qa_count, warnings, date_precision"
)
_QA_COLUMNS = "id, question, answer, answer_json, line, asker, speakers"


def create_schema(conn: sqlite3.Connection) -> None:
    for statement in SCHEMA:
        conn.execute(statement)


# --- writing --------------------------------------------------------------------------------


def qa_rows(article: Article) -> str:
    """The article's Q&As as JSON, ready for ``insert_articles`` (made in a parsing thread)."""
    return json.dumps(
        [_qa_values(qa, position) for position, qa in enumerate(article.qas)], ensure_ascii=False
    )


def insert_article(conn: sqlite3.Connection, article: Article, file: str | None) -> int:
    """Store one article, its Q&As and their full-text entries; returns the article's rowid."""
    row = conn.execute("SELECT coalesce(max(rowid), 0) + 1 FROM articles").fetchone()
    rowid = int(row[0])
    insert_articles(conn, [(rowid, article, file, qa_rows(article))])
    return rowid


def insert_articles(
    conn: sqlite3.Connection, batch: Sequence[tuple[int, Article, str | None, str]]
) -> None:
    """Store articles under the given rowids: (rowid, article, file, ``qa_rows(article)``).

    A few statements for the whole batch, each a single step: SQLite lets go of the
    interpreter while it runs, and every statement is one more wait to get it back from the
    thread that parses the next files.
    """
    if not batch:
        return
    articles = json.dumps(
        [
            [
                rowid,
                article.id,
                file,
                article.source,
                article.title,
                article.date.isoformat() if article.date else None,
                article.date_precision,
                article.expert,
                list(article.intro),
                article.disclaimer,
                [[warning.line, warning.message] for warning in article.warnings] or None,
                len(article.qas),
            ]
            for rowid, article, file, _ in batch
        ],
        ensure_ascii=False,
    )
    conn.execute(
        "INSERT INTO articles (rowid, id, file, source, title, date, date_precision, expert,"
        " intro, disclaimer, warnings, qa_count) SELECT "
        + ", ".join(f"json_extract(value, '$[{n}]')" for n in range(12))
        + " FROM json_each(?)",
        (articles,),
    )
    # Each article's rowid is looked up by its place in the batch: reading it from the article's
    # own JSON would parse all of that article's Q&As again for every one of them.
    qas = "[" + ",".join(rows for _, _, _, rows in batch) + "]"
    rowids = json.dumps([rowid for rowid, _, _, _ in batch])
    conn.execute(
        "INSERT INTO qas (article, id, position, question, answer, answer_json, line, asker,"
        " speakers) SELECT json_extract(?2, '$[' || a.key || ']'), "
        + ", ".join(f"json_extract(q.value, '$[{n}]')" for n in range(8))
        + " FROM json_each(?1) AS a, json_each(a.value) AS q",
        (qas, rowids),
    )
    first, last = min(item[0] for item in batch), max(item[0] for item in batch)
    conn.execute(
        "INSERT INTO qa_fts (rowid, question, answer)"
        " SELECT rowid, question, answer FROM qas WHERE article BETWEEN ? AND ?",
        (first, last),
    )


def delete_article(conn: sqlite3.Connection, rowid: int) -> None:
    """Remove an article, its Q&As and their full-text entries (the index needs the old text)."""
    conn.execute(
        "INSERT INTO qa_fts (qa_fts, rowid, question, answer)"
        " SELECT 'delete', rowid, question, answer FROM qas WHERE article = ?",
        (rowid,),
    )
    conn.execute("DELETE FROM qas WHERE article = ?", (rowid,))
    conn.execute("DELETE FROM articles WHERE rowid = ?", (rowid,))


def _qa_values(qa: QA, position: int) -> list[object]:
    exact = bool(qa.answer) and not any("\n" in paragraph for paragraph in qa.answer)
    return [
        qa.id,
        position,
        qa.question,
        "\n".join(qa.answer),
        None if exact else json.dumps(list(qa.answer), ensure_ascii=False),
        qa.line,
        qa.asker,
        json.dumps(list(qa.speakers), ensure_ascii=False) if qa.speakers else None,
    ]


# --- reading --------------------------------------------------------------------------------


def read_infos(conn: sqlite3.Connection) -> list[tuple[int, ArticleInfo]]:
    """(rowid, info) of every article, in storage order."""
    rows = conn.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles ORDER BY rowid").fetchall()
    return [(int(row[0]), _info(row)) for row in rows]


def read_added_ids(conn: sqlite3.Connection) -> list[str]:
    """The ids of the articles that came from the person's added folder (``folders.py``)."""
    rows = conn.execute(
        "SELECT id FROM articles WHERE substr(file, 1, ?) = ?", (len(ADDED_PREFIX), ADDED_PREFIX)
    )
    return [str(row[0]) for row in rows]


def read_article(conn: sqlite3.Connection, article_id: str) -> Article | None:
    row = conn.execute(
        "SELECT rowid, id, source, title, date, expert, intro, disclaimer, warnings,"
        " date_precision FROM articles WHERE id = ? ORDER BY rowid LIMIT 1",
        (article_id,),
    ).fetchone()
    if row is None:
        return None
    qas = conn.execute(
        f"SELECT {_QA_COLUMNS} FROM qas WHERE article = ? ORDER BY position", (row[0],)
    ).fetchall()
    return Article(
        id=row[1],
        source=row[2],
        title=row[3],
        date=_date(row[4]),
        expert=row[5],
        intro=tuple(json.loads(row[6])),
        disclaimer=row[7],
        qas=tuple(_qa(qa) for qa in qas),
        warnings=tuple(ContentWarning(int(line), str(text)) for line, text in _json(row[8])),
        date_precision=_precision(row[9]),
    )


def read_qa(conn: sqlite3.Connection, qa_id: str) -> tuple[int, int, QA] | None:
    """(article rowid, position in the article, QA) of the first Q&A with this id."""
    row = conn.execute(
        f"SELECT article, position, {_QA_COLUMNS} FROM qas WHERE id = ? ORDER BY rowid LIMIT 1",
        (qa_id,),
    ).fetchone()
    return (int(row[0]), int(row[1]), _qa(row[2:])) if row else None


def read_questions(
    conn: sqlite3.Connection, article_rowid: int, article_id: str
) -> list[QuestionInfo]:
    rows = conn.execute(
        "SELECT id, question, position, asker FROM qas WHERE article = ? ORDER BY position",
        (article_rowid,),
    ).fetchall()
    return [QuestionInfo(row[0], row[1], int(row[2]), article_id, row[3]) for row in rows]


def question_at(conn: sqlite3.Connection, article_rowid: int, position: int) -> str | None:
    """The id of the article's question at ``position``, or None past either end."""
    row = conn.execute(
        "SELECT id FROM qas WHERE article = ? AND position = ?", (article_rowid, position)
    ).fetchone()
    return str(row[0]) if row else None


def qa_position(conn: sqlite3.Connection, qa_id: str) -> tuple[int, int] | None:
    """(article rowid, position) of the Q&A with this id."""
    row = conn.execute(
        "SELECT article, position FROM qas WHERE id = ? ORDER BY rowid LIMIT 1", (qa_id,)
    ).fetchone()
    return (int(row[0]), int(row[1])) if row else None


def _info(row: Any) -> ArticleInfo:
    return ArticleInfo(
        id=row[1],
        source=row[2],
        title=row[3],
        date=_date(row[4]),
        expert=row[5],
        disclaimer=row[6],
        question_count=int(row[7]),
        warning_count=len(_json(row[8])),
        date_precision=_precision(row[9]),
    )


def _qa(row: Any) -> QA:
    answer = tuple(json.loads(row[3])) if row[3] is not None else tuple(row[2].split("\n"))
    return QA(
        id=row[0],
        question=row[1],
        answer=answer,
        line=int(row[4]),
        asker=row[5],
        speakers=tuple(_json(row[6])),
    )


def _precision(text: str) -> Literal["day", "month"]:
    return "month" if text == "month" else "day"


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _json(text: str | None) -> list[Any]:
    return list(json.loads(text)) if text else []
