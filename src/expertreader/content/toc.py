"""A table of contents: the list of an article's questions before the questions themselves.

Recognised as a run of at least two lines ending with "?" (one per line or per paragraph,
bulleted or not, perhaps under a short heading such as "In this article:"), most of which are
asked again later in the article. The list is structure: it is removed, and in an article
without labels the questions it lists decide where questions start, so a "?" paragraph inside
an answer stays part of the answer. A listed question the article never asks is a warning.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from expertreader.content.blocks import Block, Line, clip, normalise
from expertreader.content.blocks import text_key as question_key
from expertreader.content.layouts import DISCLAIMER_START, answer_label, question_label
from expertreader.content.layouts import strip_structure as _strip
from expertreader.content.model import ContentWarning

MAX_ITEMS = 300
_MIN_KEY = 6  # shorter entries ("Why?") say too little to be matched with a question
_PREFIX_SCAN = 50  # bounded: a hostile article cannot make matching quadratic
_MULTI_LINE = 4  # a question asked again may run over this many lines of its paragraph
_HEADING = re.compile(r"\b(?:contents|questions|in this)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TableOfContents:
    """The lines the list took (removed), and the lines where the questions it lists start."""

    removed: frozenset[int] = frozenset()
    questions: frozenset[int] = frozenset()
    warnings: tuple[ContentWarning, ...] = field(default=())


NONE = TableOfContents()


def find_table_of_contents(blocks: list[Block], *, labelled: bool) -> TableOfContents:
    """The article's table of contents, or NONE; looked for at the first line ending with "?"."""
    flat = [(index, offset, line) for index, block in enumerate(blocks) for offset, line in
            enumerate(block)]  # fmt: skip
    start = _first_question_line(flat, labelled)
    if start is None:
        return NONE
    block_index, offset, _ = flat[start]
    if offset > 1:
        return NONE  # the "?" line ends prose, not a list
    removed = _heading(blocks, block_index, offset)
    run, end = _run(blocks, flat, start, labelled)
    if len(run) < 2:
        return NONE
    later = _later_keys(blocks, flat, end)
    matched: dict[int, int] = {}
    for index, (_line, key) in enumerate(run):
        if len(key) >= _MIN_KEY and (hit := _first_with_prefix(later, key)) is not None:
            matched[index] = hit
    while run and len(run) - 1 not in matched:
        run.pop()  # trailing entries no later question repeats: the first questions themselves
    if len(matched) < 2 or 2 * len(matched) < len(run):
        return NONE
    warnings = tuple(
        ContentWarning(
            line.number,
            f"the table of contents lists a question not in the article: {clip(_text(line))}",
        )
        for index, (line, _key) in enumerate(run)
        if index not in matched
    )
    removed += [line.number for line, _key in run]
    return TableOfContents(frozenset(removed), frozenset(matched.values()), warnings)


def without_lines(blocks: list[Block], removed: frozenset[int]) -> list[Block]:
    """``blocks`` with the given lines taken out (a block left empty disappears)."""
    if not removed:
        return blocks
    kept = [[line for line in block if line.number not in removed] for block in blocks]
    return [block for block in kept if block]


def _text(line: Line) -> str:
    return normalise(_strip(line.text))


def _ends_question(text: str) -> bool:
    return text.endswith("?") and not text.startswith(DISCLAIMER_START)


def _first_question_line(flat: list[tuple[int, int, Line]], labelled: bool) -> int | None:
    for position, (_index, _offset, line) in enumerate(flat):
        text = line.text.strip()
        if labelled and (question_label(text) or answer_label(text)):
            return None  # labels begin: a list of questions would have come before
        if _ends_question(text):
            return position
    return None


def _heading(blocks: list[Block], block_index: int, offset: int) -> list[int]:
    """The line of a heading such as "In this article:" right above the list, if there is one."""
    if offset == 1:
        candidate = blocks[block_index][0]
    elif block_index > 0 and len(blocks[block_index - 1]) == 1:
        candidate = blocks[block_index - 1][0]
    else:
        return []
    text = normalise(candidate.text)
    short = len(text.split()) <= 10 and not text.endswith("?")
    return [candidate.number] if short and (text.endswith(":") or _HEADING.search(text)) else []


def _run(
    blocks: list[Block], flat: list[tuple[int, int, Line]], start: int, labelled: bool
) -> tuple[list[tuple[Line, str]], int]:
    """The consecutive "?" lines from ``start``, and the position after them.

    A later paragraph joins the run only if it is all "?" lines; the run stops where an entry
    repeats an earlier one (there the questions themselves begin).
    """
    run: list[tuple[Line, str]] = []
    seen: set[str] = set()
    position = start
    while position < len(flat) and len(run) < MAX_ITEMS:
        index, offset, line = flat[position]
        text = line.text.strip()
        if not _ends_question(text) or (labelled and (question_label(text) or answer_label(text))):
            break
        new_paragraph = offset == 0 and position != start
        if new_paragraph and not all(_ends_question(other.text.strip()) for other in blocks[index]):
            break
        key = question_key(_strip(text))
        if key in seen:
            break
        seen.add(key)
        run.append((line, key))
        position += 1
    return run, position


def _later_keys(
    blocks: list[Block], flat: list[tuple[int, int, Line]], end: int
) -> list[tuple[str, int]]:
    """Keys of everything after the run that could be a question, sorted, with its line: every
    line with a "?" in it (the list may give only a question's start), and paragraphs whose first
    few lines end with one."""
    keys: list[tuple[str, int]] = []
    for position in range(end, len(flat)):
        index, offset, line = flat[position]
        text = line.text.strip()
        if "?" in text:
            keys.append((question_key(_strip(text)), line.number))
        if offset == 0 or position == end:
            block = blocks[index][offset:]
            joined = ""
            for count, other in enumerate(block[:_MULTI_LINE]):
                joined = f"{joined} {other.text.strip()}"
                if count and joined.endswith("?"):
                    keys.append((question_key(_strip(joined)), line.number))
    keys.sort()
    return keys


def _first_with_prefix(keys: list[tuple[str, int]], key: str) -> int | None:
    """The earliest line whose key starts with ``key`` (the list may shorten a question)."""
    found: int | None = None
    start = bisect.bisect_left(keys, (key, -1))
    for candidate, line in keys[start : start + _PREFIX_SCAN]:
        if not candidate.startswith(key):
            break
        found = line if found is None else min(found, line)
    return found
