"""Near misses: the library's own words closest to a word it does not have ("secnd" -> "second").

Candidates come fast from the vocabulary's letter trigrams (a word within two edits of another
shares most of its trigrams), then are ranked by edit distance (a swap of two neighbouring
letters counts as one edit) and by how many Q&As use them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import replace

from expertreader.content.index_words import grams
from expertreader.search.query import Term, render

CANDIDATES = 200
"""Vocabulary words scored per typed word: those sharing the most trigrams with it."""
PREFIX_WORDS = 12
"""How many of the commonest library words a short prefix stands for."""
MAX_SUGGESTIONS = 3
_LAST = "\U0010ffff"  # sorts after every character: "abc" <= word < "abc" + _LAST


def max_edits(word: str) -> int:
    """Edits allowed for a word this long: short words have too many close neighbours."""
    if len(word) <= 3:
        return 0
    return 1 if len(word) <= 5 else 2


def is_known(conn: sqlite3.Connection, word: str, *, prefix: bool) -> bool:
    """The library uses this word (or, for a word being typed, a word that starts with it)."""
    if prefix:
        row = conn.execute(
            "SELECT 1 FROM vocab WHERE word >= ? AND word < ? LIMIT 1", (word, word + _LAST)
        ).fetchone()
    else:
        row = conn.execute("SELECT 1 FROM vocab WHERE word = ?", (word,)).fetchone()
    return row is not None


def expansions(conn: sqlite3.Connection, prefix: str, limit: int = PREFIX_WORDS) -> list[str]:
    """The commonest library words that start with ``prefix``."""
    rows = conn.execute(
        "SELECT word FROM vocab WHERE word >= ? AND word < ? ORDER BY freq DESC, word LIMIT ?",
        (prefix, prefix + _LAST, limit),
    )
    return [str(row[0]) for row in rows]


def corrections(conn: sqlite3.Connection, word: str, limit: int = 3) -> list[str]:
    """Library words within ``max_edits`` of ``word``, closest and commonest first."""
    edits = max_edits(word)
    if edits == 0:
        return []
    word_grams = sorted(grams(word))
    needed = max(1, len(word_grams) - 3 * edits)  # one edit changes at most three trigrams
    rows = conn.execute(
        "SELECT v.word, v.freq FROM vocab_grams AS g JOIN vocab AS v ON v.rowid = g.word"
        f" WHERE g.gram IN ({', '.join('?' * len(word_grams))}) AND v.length BETWEEN ? AND ?"
        " GROUP BY g.word HAVING count(*) >= ? ORDER BY count(*) DESC, v.freq DESC LIMIT ?",
        (*word_grams, len(word) - edits, len(word) + edits, needed, CANDIDATES),
    ).fetchall()
    scored = []
    for candidate, freq in rows:
        distance = edit_distance(word, candidate, edits)
        if 0 < distance <= edits:
            scored.append((distance, -int(freq), str(candidate)))
    return [candidate for _, _, candidate in sorted(scored)[:limit]]


def edit_distance(first: str, second: str, cap: int) -> int:
    """Optimal string alignment distance (insert, delete, substitute, swap neighbours), or
    ``cap + 1`` as soon as it must exceed ``cap``."""
    if abs(len(first) - len(second)) > cap:
        return cap + 1
    before: list[int] = []
    previous = list(range(len(second) + 1))
    for i, char in enumerate(first, start=1):
        current = [i] + [0] * len(second)
        for j, other in enumerate(second, start=1):
            cost = 0 if char == other else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char == second[j - 2] and first[i - 2] == other:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > cap:
            return cap + 1
        before, previous = previous, current
    return previous[-1]


def corrected_terms(conn: sqlite3.Connection, terms: Sequence[Term]) -> list[Term] | None:
    """The terms with each word the library lacks replaced by its closest library word;
    None when no word could be corrected."""
    fixed, changed = [], False
    for term in terms:
        words, typed = list(term.words), list(term.typed)
        for place, word in enumerate(term.words):
            being_typed = term.prefix and place == len(term.words) - 1
            if is_known(conn, word, prefix=being_typed):
                continue
            candidates = corrections(conn, word)
            if candidates:
                words[place] = typed[place] = candidates[0]
                changed = True
                if being_typed:
                    term = replace(term, prefix=False)
        fixed.append(replace(term, words=tuple(words), typed=tuple(typed)))
    return fixed if changed else None


def suggestions(
    conn: sqlite3.Connection,
    terms: Sequence[Term],
    fixed: Sequence[Term] | None,
    finds: Callable[[Sequence[Term]], bool],
) -> tuple[str, ...]:
    """Queries worth offering when nothing matched: other spellings of the words the library
    lacks, or the query with one word fewer; only those that ``finds`` something."""
    base = list(fixed or terms)
    options: list[list[Term]] = []
    for index, term in enumerate(terms):
        for place, word in enumerate(term.words):
            if is_known(conn, word, prefix=False):
                continue
            for candidate in corrections(conn, word)[1:]:
                words = list(base[index].words)
                words[place] = candidate
                option = list(base)
                option[index] = replace(
                    base[index], words=tuple(words), typed=tuple(words), prefix=False
                )
                options.append(option)
    if len(base) > 1:
        options += [base[:dropped] + base[dropped + 1 :] for dropped in range(len(base))]
    found: list[str] = []
    for option in options:
        text = render(option)
        if text not in found and text != render(terms) and finds(option):
            found.append(text)
        if len(found) >= MAX_SUGGESTIONS:
            break
    return tuple(found)
