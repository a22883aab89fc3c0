"""Short excerpts around the matched words, as plain text plus the spans to emphasise.

Text from articles and notes is never turned into markup here: the window emphasises the spans
itself, so nothing in the text can act as rich text.
"""

from __future__ import annotations

from collections.abc import Sequence

Span = tuple[int, int]
"""Character offsets [start, end) into a text."""

START, END = "\x02", "\x03"
"""Markers FTS5's highlight() puts around matches; text that holds them is not highlighted."""
WIDTH = 160
"""Characters in a snippet: about two lines of the results view."""
LEAD = 40
"""Context kept before the first matched word."""
ELLIPSIS = "…"


def unmark(marked: str, original: str) -> list[Span]:
    """The spans highlight() marked in ``marked``, as offsets into ``original``; none when
    the original itself contains a marker (so the offsets could not be trusted)."""
    if START in original or END in original:
        return []
    spans: list[Span] = []
    position = 0
    start = -1
    for char in marked:
        if char == START:
            start = position
        elif char == END:
            if start >= 0 and position > start:
                spans.append((start, position))
            start = -1
        else:
            position += 1
    return spans if position == len(original) else []


def snippet(text: str, spans: Sequence[Span], width: int = WIDTH) -> tuple[str, tuple[Span, ...]]:
    """About ``width`` characters of ``text`` around the densest run of ``spans`` (the start of
    the text when nothing matched), cut at word boundaries, with the spans moved to match."""
    flat = text.replace("\n", " ")
    if len(flat) <= width:
        return flat, tuple(spans)
    begin = _best_start(spans, width)
    begin = max(0, begin - LEAD) if spans else 0
    end = min(len(flat), begin + width)
    if end == len(flat):
        begin = max(0, end - width)
    begin = _word_start(flat, begin)
    end = _word_end(flat, end)
    prefix = ELLIPSIS if begin > 0 else ""
    suffix = ELLIPSIS if end < len(flat) else ""
    shift = len(prefix) - begin
    moved = tuple(
        (max(start, begin) + shift, min(stop, end) + shift)
        for start, stop in spans
        if stop > begin and start < end
    )
    return prefix + flat[begin:end].strip() + suffix, _trim(moved, prefix, flat[begin:end])


def words_at(text: str, spans: Sequence[Span]) -> tuple[str, ...]:
    """The distinct words the spans cover, as written (first spelling of each kept)."""
    seen: dict[str, str] = {}
    for start, stop in spans:
        word = text[start:stop]
        seen.setdefault(word.casefold(), word)
    return tuple(seen.values())


def _best_start(spans: Sequence[Span], width: int) -> int:
    """Where a window of ``width`` covering the most spans starts (the earliest such)."""
    best, best_count = 0, 0
    starts = [start for start, _ in spans]
    for index, start in enumerate(starts):
        count = sum(1 for other in starts[index:] if other < start + width - LEAD)
        if count > best_count:
            best, best_count = start, count
    return best


def _word_start(text: str, position: int) -> int:
    """Move forward to the start of a word, unless already at one."""
    if position == 0 or text[position - 1].isspace():
        return position
    space = text.find(" ", position)
    return position if space == -1 or space - position > 20 else space + 1


def _word_end(text: str, position: int) -> int:
    """Move back to the end of a word, unless already at one."""
    if position >= len(text) or text[position].isspace():
        return position
    space = text.rfind(" ", 0, position)
    return position if space == -1 or position - space > 20 else space


def _trim(spans: tuple[Span, ...], prefix: str, body: str) -> tuple[Span, ...]:
    """Spans after the body lost its leading spaces to ``strip()``."""
    lost = len(body) - len(body.lstrip())
    if not lost:
        return spans
    floor = len(prefix)
    return tuple((max(floor, s - lost), max(floor, e - lost)) for s, e in spans if e - lost > floor)
