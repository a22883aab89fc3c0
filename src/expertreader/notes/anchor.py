"""Passage anchors: make one from a selection, and find it again if the answer's text changed."""

from __future__ import annotations

from expertreader.notes.model import Passage

CONTEXT_CHARS = 32


def make_passage(text: str, start: int, end: int) -> Passage:
    """A W3C-style anchor: the exact words, some context either side, and the position."""
    return Passage(
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
        start=start,
        end=end,
    )


def locate(passage: Passage, text: str) -> tuple[int, int] | None:
    """Where the passage is in ``text`` now: its old position if unchanged, else the best quote."""
    if not passage.exact:
        return None
    if text[passage.start : passage.end] == passage.exact:
        return passage.start, passage.end
    candidates = []
    found = text.find(passage.exact)
    while found != -1:
        end = found + len(passage.exact)
        context = text[:found].endswith(passage.prefix) + text[end:].startswith(passage.suffix)
        candidates.append((-context, abs(found - passage.start), found))
        found = text.find(passage.exact, found + 1)
    if not candidates:
        return None
    best = min(candidates)[2]
    return best, best + len(passage.exact)
