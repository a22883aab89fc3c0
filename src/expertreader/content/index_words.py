"""The library's vocabulary: real words, unstemmed, counted and indexed by letter trigrams.

Spelling suggestions must come from the library's own words, so "secnd" becomes a word the
articles use ("second"), never a dictionary word they do not. Words are split, case-folded and
stripped of accents by SQLite's own tokenizer (the one the full-text index uses, minus the
stemmer), so the vocabulary and the index agree on what a word is.
"""

from __future__ import annotations

import itertools
import sqlite3
import unicodedata
from collections.abc import Iterable

WORD_TOKENIZER = "unicode61 remove_diacritics 2"
MIN_WORD = 2
MAX_WORD = 40
_counter_numbers = itertools.count()


def normalise(text: str) -> str:
    """Lower case without accents: what the tokenizer makes of a typed word."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def grams(word: str) -> set[str]:
    """Letter trigrams of the word with its ends marked: near misses share most of them."""
    padded = f"${word}$"
    return {padded[index : index + 3] for index in range(len(padded) - 2)}


def is_vocabulary_word(word: str) -> bool:
    """Worth suggesting: a real word of a sensible length, not a number."""
    return MIN_WORD <= len(word) <= MAX_WORD and any(char.isalpha() for char in word)


class WordCounter:
    """How many texts use each word, counted by SQLite in a temporary full-text table."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._table = f"temp.words_{next(_counter_numbers)}"
        conn.execute(
            f"CREATE VIRTUAL TABLE {self._table} USING fts5(text, content='', detail=none,"
            f" tokenize='{WORD_TOKENIZER}')"
        )
        self._vocab = f"{self._table}_vocab"
        name = self._table.removeprefix("temp.")
        conn.execute(f"CREATE VIRTUAL TABLE {self._vocab} USING fts5vocab(temp, {name}, row)")

    def add(self, texts: Iterable[str]) -> None:
        self._conn.executemany(
            f"INSERT INTO {self._table} (text) VALUES (?)", ((text,) for text in texts)
        )

    def add_articles(self, first: int, last: int = 0) -> None:
        """Count the questions and answers of the articles from rowid ``first`` to ``last``
        (just ``first`` when ``last`` is 0) in the index, in one statement."""
        self._conn.execute(
            f"INSERT INTO {self._table} (text)"
            " SELECT question || char(10) || answer FROM main.qas WHERE article BETWEEN ? AND ?",
            (first, last or first),
        )

    def counts(self) -> dict[str, int]:
        rows = self._conn.execute(f"SELECT term, doc FROM {self._vocab}")
        return {str(word): int(count) for word, count in rows if is_vocabulary_word(word)}

    def close(self) -> None:
        self._conn.execute(f"DROP TABLE {self._vocab}")
        self._conn.execute(f"DROP TABLE {self._table}")


def count_words(conn: sqlite3.Connection, texts: Iterable[str]) -> dict[str, int]:
    counter = WordCounter(conn)
    try:
        counter.add(texts)
        return counter.counts()
    finally:
        counter.close()


def add_words(conn: sqlite3.Connection, counts: dict[str, int]) -> None:
    """Count these words in (new ones get their trigrams)."""
    new: list[tuple[int, str]] = []
    for word, count in counts.items():
        row = conn.execute(
            "INSERT INTO vocab (word, freq, length) VALUES (?, ?, ?)"
            " ON CONFLICT (word) DO UPDATE SET freq = freq + excluded.freq"
            " RETURNING rowid, freq",
            (word, count, len(word)),
        ).fetchone()
        if int(row[1]) == count:
            new.append((int(row[0]), word))
    conn.executemany(
        "INSERT OR IGNORE INTO vocab_grams (gram, word) VALUES (?, ?)",
        ((gram, rowid) for rowid, word in new for gram in grams(word)),
    )


def remove_words(conn: sqlite3.Connection, counts: dict[str, int]) -> None:
    """Count these words out; a word no text uses any more leaves the vocabulary."""
    for word, count in counts.items():
        row = conn.execute(
            "UPDATE vocab SET freq = freq - ? WHERE word = ? RETURNING rowid, freq", (count, word)
        ).fetchone()
        if row is not None and int(row[1]) <= 0:
            conn.executemany(
                "DELETE FROM vocab_grams WHERE gram = ? AND word = ?",
                ((gram, row[0]) for gram in grams(word)),
            )
            conn.execute("DELETE FROM vocab WHERE rowid = ?", (row[0],))
