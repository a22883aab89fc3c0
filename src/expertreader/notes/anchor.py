"""Passage anchors: make one from a selection, and find it again if the answer's text changed.

An anchor is the W3C pair: the quoted words with some context either side, and their position.
Finding it again, in this order, stopping at the first that holds:

1. the quote is where it was;
2. the answer the note was written against is known: a diff of that answer and today's maps
   the passage's ends across the edits (a corrected typo, words added or removed nearby, a
   reworded neighbour sentence), and the words found there are checked against the quote;
3. the quote appears word for word elsewhere, with context that still fits (text moved);
4. the quote and its context are sought approximately, near where they were, and the best
   place found is checked the same way.

A place is taken only when both the words and their context are close enough: a passage that
was deleted or rewritten is reported as not found (None) rather than attached to other words.
``bench/anchoring.py`` measures how often each kind of edit is found, missed or misplaced.
"""

from __future__ import annotations

from dataclasses import dataclass

from expertreader.notes import fuzzy
from expertreader.notes.model import Passage

CONTEXT_CHARS = 32
QUOTE_SIMILARITY = 0.75
"""How alike the words found must be to the quote (1.0: the same)..."""
CLOSE_QUOTE_SIMILARITY = 0.6
"""...or, where the context is all but unchanged (``SURE_CONTEXT``), this alike: a typo
fixed in a one-word passage changes a sixth of it."""
SURE_CONTEXT = 0.9
CONTEXT_SIMILARITY = 0.5
"""How alike the text either side must be to the anchor's context, on average..."""
ONE_SIDE_SIMILARITY = 0.8
"""...or on one side at least (the sentence on the other side was reworded), when that side
has ``ONE_SIDE_CHARS`` or more (the end of an answer says little)."""
ONE_SIDE_CHARS = CONTEXT_CHARS // 2
MOVED_CONTEXT_SIMILARITY = 0.6
"""How alike, on average, for the quote found word for word away from where it was..."""
LONG_QUOTE_CHARS = 24
LONG_QUOTE_CONTEXT = 0.25
"""...or for a long quote found once only, word for word: words added right beside it."""
SLACK = CONTEXT_CHARS
"""Extra characters either side of the place an approximate search found, for the diff."""

Span = tuple[int, int]


def make_passage(text: str, start: int, end: int) -> Passage:
    """A W3C-style anchor: the exact words, some context either side, and the position."""
    return Passage(
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
        start=start,
        end=end,
    )


def locate(passage: Passage, text: str, original: str | None = None) -> Span | None:
    """Where the passage is in ``text`` now, or None when it cannot be found with confidence.

    ``original`` is the answer the passage was made on (``Note.answer_text``), when known.
    """
    if not passage.exact:
        return None
    if _unmoved(passage, text):
        return passage.start, passage.end
    if original is not None and original[passage.start : passage.end] == passage.exact:
        edits = fuzzy.mapping(original, text)
        span = _trimmed(text, fuzzy.mapped(edits, passage.start), fuzzy.mapped(edits, passage.end))
        span = _snapped(passage, text, span)
        if _fits(passage, text, span, mapped=True):
            return span
    return _moved(passage, text) or _approximate(passage, text)


def _unmoved(passage: Passage, text: str) -> bool:
    """The quote is where it was, next to the same words on one side at least."""
    start, end = passage.start, passage.end
    if text[start:end] != passage.exact:
        return False
    before = text[max(0, start - len(passage.prefix)) : start] == passage.prefix
    return before or text[end : end + len(passage.suffix)] == passage.suffix


@dataclass(frozen=True, slots=True)
class _Probe:
    """A piece of the anchor's text sought on its own, and where it sits in that text."""

    text: str
    offset: int


def _moved(passage: Passage, text: str) -> Span | None:
    """The quote word for word somewhere, where its context fits best (and well enough)."""
    size = len(passage.exact)
    places: list[tuple[float, int, int]] = []
    found = text.find(passage.exact)
    while found != -1:
        if _same_word_edges(passage, text, (found, found + size)):
            score = _mean(_sides(passage, text, (found, found + size)))
            places.append((score, -abs(found - passage.start), found))
        found = text.find(passage.exact, found + 1)
    if not places:
        return None
    score, _, best = max(places)
    alone = len(places) == 1 and size >= LONG_QUOTE_CHARS
    if score < (LONG_QUOTE_CONTEXT if alone else MOVED_CONTEXT_SIMILARITY):
        return None
    return best, best + size


def _approximate(passage: Passage, text: str) -> Span | None:
    """The anchor's text sought with a few errors; each place found is mapped by a diff."""
    window = passage.prefix + passage.exact + passage.suffix
    start, end = len(passage.prefix), len(passage.prefix) + len(passage.exact)
    origin = passage.start - start  # where the window began in the old answer
    probes = [
        _Probe(passage.prefix[-fuzzy.MAX_PATTERN :], start - min(start, fuzzy.MAX_PATTERN)),
        _Probe(passage.exact[: fuzzy.MAX_PATTERN], start),
        _Probe(passage.exact[-fuzzy.MAX_PATTERN :], max(start, end - fuzzy.MAX_PATTERN)),
        _Probe(passage.suffix[: fuzzy.MAX_PATTERN], end),
    ]
    candidates: list[tuple[float, Span]] = []
    tried: set[int] = set()
    for probe in probes:
        if len(probe.text.strip()) < 8:
            continue
        found = fuzzy.find_near(text, probe.text, origin + probe.offset)
        if found is None or (begins := found - probe.offset) in tried:
            continue
        tried.add(begins)
        low = max(0, begins - SLACK)
        region = text[low : max(low, begins + len(window) + SLACK)]
        edits = fuzzy.mapping(window, region)
        span = _trimmed(text, low + fuzzy.mapped(edits, start), low + fuzzy.mapped(edits, end))
        span = _snapped(passage, text, span)
        if _fits(passage, text, span):
            score = _quote(passage, text, span) + _mean(_sides(passage, text, span))
            candidates.append((score, span))
    return max(candidates)[1] if candidates else None


def _fits(passage: Passage, text: str, span: Span, *, mapped: bool = False) -> bool:
    """The words at ``span`` are the quote's, nearly, whole words where the quote was, and
    what surrounds them is close to the anchor's context. Where a diff of the whole answer put
    the very same words (``mapped``), context that is not plainly different will do."""
    if span[1] <= span[0] or not _same_word_edges(passage, text, span):
        return False
    quote, sides = _quote(passage, text, span), _sides(passage, text, span)
    if mapped and quote == 1.0:
        return _mean(sides) >= LONG_QUOTE_CONTEXT
    if quote < QUOTE_SIMILARITY and not (
        quote >= CLOSE_QUOTE_SIMILARITY and _mean(sides) >= SURE_CONTEXT and sides
    ):
        return False
    return _mean(sides) >= CONTEXT_SIMILARITY or _one_side(sides) >= ONE_SIDE_SIMILARITY


def _same_word_edges(passage: Passage, text: str, span: Span) -> bool:
    """A passage that began (ended) at a word's edge still does: it never lands on part of a
    word ("a" in "each") unless the note was on part of one."""
    start, end = span
    began = not passage.prefix or _edge(passage.prefix[-1], passage.exact[0])
    ended = not passage.suffix or _edge(passage.exact[-1], passage.suffix[0])
    begins = start == 0 or _edge(text[start - 1], text[start])
    ends = end == len(text) or _edge(text[end - 1], text[end])
    return (begins or not began) and (ends or not ended)


def _edge(before: str, after: str) -> bool:
    return not (before.isalnum() and after.isalnum())


def _quote(passage: Passage, text: str, span: Span) -> float:
    return fuzzy.similarity(passage.exact, text[span[0] : span[1]])


def _sides(passage: Passage, text: str, span: Span) -> list[tuple[float, int]]:
    """How much of the anchor's prefix and suffix is still beside ``span`` (words added in
    between do not count against it), with each side's length; a side with no context (the
    passage began or ended the answer) says nothing and is left out."""
    scores = []
    if prefix := passage.prefix:
        before = text[max(0, span[0] - 2 * len(prefix)) : span[0]]
        scores.append((fuzzy.coverage(prefix, before, at_end=True), len(prefix)))
    if suffix := passage.suffix:
        after = text[span[1] : span[1] + 2 * len(suffix)]
        scores.append((fuzzy.coverage(suffix, after, at_end=False), len(suffix)))
    return scores


def _mean(sides: list[tuple[float, int]]) -> float:
    return sum(score for score, _ in sides) / len(sides) if sides else 1.0


def _one_side(sides: list[tuple[float, int]]) -> float:
    """The best side that is long enough to vouch for the place on its own."""
    return max((score for score, size in sides if size >= ONE_SIDE_CHARS), default=0.0)


def _snapped(passage: Passage, text: str, span: Span) -> Span:
    """The quote word for word at or next to a mapped span, if it is there: a diff may take in
    an added word that shares letters with the passage's first or last one."""
    if text[span[0] : span[1]] == passage.exact:
        return span
    size = len(passage.exact)
    low, high = max(0, span[0] - size), min(len(text), span[1] + size)
    found = [
        at
        for at in range(low, high - size + 1)
        if text.startswith(passage.exact, at) and at < span[1] and at + size > span[0]
    ]
    if not found:
        return span
    best = min(found, key=lambda at: abs(at - span[0]) + abs(at + size - span[1]))
    return best, best + size


def _trimmed(text: str, start: int, end: int) -> Span:
    """A mapped span without the spaces a diff may leave at its ends."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
