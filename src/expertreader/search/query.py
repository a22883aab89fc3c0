"""What a person typed, as search terms, and those terms as an FTS5 query.

People type words and, sometimes, "quoted phrases". Every term must match (AND). The last term
is still being typed unless a space or a closing quote follows it, so it matches as a prefix:
"secon" finds "second". Operators are not offered: AND, OR, NOT, NEAR and punctuation typed by a
person are words or nothing, never FTS5 syntax (every word reaches FTS5 inside quotes).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from expertreader.content.index_words import normalise

MIN_RAW_PREFIX = 3
"""Shorter prefixes match through the library's commonest words that start with them: a raw
one- or two-letter prefix query merges thousands of index terms (slow) for little meaning."""
EXPANSIONS = {1: 0, 2: 3}
"""How many library words a prefix of this length stands for (longer ones: ``MAX_EXPANSIONS``).
Each one is another list of documents for the index to merge, and the commonest words are the
longest lists; a lone letter stands for itself."""
MAX_EXPANSIONS = 5

_WORD = re.compile(r"[^\W_]+")
_PART = re.compile(r'"([^"]*)("?)|([^"]+)')

Expand = Callable[[str, int], Sequence[str]]
"""At most so many words of the library that start with a prefix, commonest first."""


@dataclass(frozen=True, slots=True)
class Term:
    """One word, or one quoted phrase (several words in a row)."""

    words: tuple[str, ...]
    """Lower case, without accents (as the index stores them)."""
    typed: tuple[str, ...]
    """The same words as the person typed them."""
    phrase: bool = False
    prefix: bool = False
    """The last word is being typed: it matches every word that starts with it."""

    @property
    def text(self) -> str:
        joined = " ".join(self.typed)
        return f'"{joined}"' if self.phrase else joined


def parse_query(text: str) -> list[Term]:
    """The terms of a typed query, the last one a prefix unless the typing moved on."""
    terms: list[Term] = []
    open_at_end = False
    for match in _PART.finditer(text):
        quoted, closing, bare = match.group(1), match.group(2), match.group(3)
        if bare is not None:
            terms += [Term((word,), (typed,)) for word, typed in _words(bare)]
            open_at_end = not bare[-1].isspace()
        else:
            pairs = _words(quoted)
            if pairs:
                words, typed = zip(*pairs, strict=True)
                terms.append(Term(words, typed, phrase=len(words) > 1))
            open_at_end = not closing  # a phrase still being typed
    if terms and open_at_end:
        terms[-1] = replace(terms[-1], prefix=True)
    return terms


COMMON_WORDS = frozenset(
    (  # noqa: SIM905 - a word list reads best as words
        "a about an and are as at be but by can could do does for from had has have how i if in "
        "into is it its me my of on or should so than that the their them then there these they "
        "this to was we were what when where which who why will with would you your"
    ).split()
)
"""Words nearly every answer has: requiring them finds nothing more and makes the index merge
its longest lists (a long question typed in full was the slowest search by far)."""


def meaningful(terms: list[Term]) -> list[Term]:
    """The terms without common words, when something else is left to search for.

    Phrases keep every word ("in the clinic"), and the word being typed is kept as it is.
    """
    kept = [
        term for term in terms if term.phrase or term.prefix or term.words[0] not in COMMON_WORDS
    ]
    return kept if any(not term.prefix for term in kept) else terms


def render(terms: Sequence[Term]) -> str:
    """The terms as a person would type them (for "Showing results for ...")."""
    return " ".join(term.text for term in terms)


def fts_expression(terms: Sequence[Term], expand: Expand | None, *, raw_prefix: int) -> str:
    """An FTS5 query requiring every term; prefixes widened by ``expand`` (library words
    that start with them, which the stemmer would otherwise miss: "clinica" -> "clinical").

    A single letter just typed after other words is left out until the next one comes: it
    would match nearly everything, slowly.
    """
    if len(terms) > 1 and _just_started(terms[-1]):
        terms = terms[:-1]
    return " AND ".join(_term_expression(term, expand, raw_prefix) for term in terms)


def _just_started(term: Term) -> bool:
    return term.prefix and not term.phrase and len(term.words[-1]) == 1


def in_questions(expression: str) -> str:
    """The same query, matched against the question text only."""
    return f"{{question}} : ({expression})"


def _term_expression(term: Term, expand: Expand | None, raw_prefix: int) -> str:
    quoted = _quote(" ".join(term.words))
    if not term.prefix:
        return quoted
    *head, last = term.words
    # Short: the word as typed so far (and its forms) plus the commonest words it starts.
    options = [f"{quoted} *" if len(last) >= raw_prefix else quoted]
    wanted = EXPANSIONS.get(len(last), MAX_EXPANSIONS)
    for word in expand(last, wanted) if expand and wanted else ():
        if word != last:
            options.append(_quote(" ".join([*head, word])))
    return options[0] if len(options) == 1 else "(" + " OR ".join(options) + ")"


def _words(text: str) -> list[tuple[str, str]]:
    """(word as indexed, word as typed) for each word of ``text``."""
    pairs = []
    for typed in _WORD.findall(unicodedata.normalize("NFC", text)):
        parts = _WORD.findall(normalise(typed))
        pairs += [(part, typed if len(parts) == 1 else part) for part in parts]
    return pairs


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'
