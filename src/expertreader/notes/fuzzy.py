"""Approximate text matching for passage anchors, typed, over Google's diff-match-patch.

diff-match-patch is pure Python, maintained, and does the two things anchors need: find a short
pattern near an expected place despite a few wrong letters (Bitap), and map a position in one
text to the same place in an edited copy of it (a diff). Imported when first used: start-up
never needs it.
"""

from __future__ import annotations

import functools
from typing import Any

MAX_PATTERN = 32
"""The longest pattern ``find_near`` takes (the Bitap matcher's word size)."""
DIFF_SECONDS = 0.25
"""A diff stops refining after this long and keeps what it has (answers are a few KB)."""


@functools.cache
def _engine_class() -> Any:
    from diff_match_patch import diff_match_patch  # type: ignore[import-untyped]

    return diff_match_patch


def _engine() -> Any:
    """A new matcher per call (its settings are attributes: threads must not share one)."""
    engine = _engine_class()()
    engine.Diff_Timeout = DIFF_SECONDS
    return engine


def similarity(first: str, second: str) -> float:
    """1.0 for equal texts, 0.0 for nothing in common: one minus the edit distance per character
    of the longer one."""
    longest = max(len(first), len(second))
    if longest == 0:
        return 1.0
    if first == second:
        return 1.0
    engine = _engine()
    distance = int(engine.diff_levenshtein(engine.diff_main(first, second, False)))
    return 1.0 - distance / longest


def coverage(old: str, new: str, *, at_end: bool) -> float:
    """How much of ``old`` is still in ``new``, in order, in runs of letters that mean something
    (a diff cleaned of chance one-letter matches), less the new text between it and the end
    (``at_end``) or the start of ``new``: 1.0 when only words far from that edge were added.

    For the context beside a passage: the prefix ends where the passage begins (``at_end``),
    the suffix starts where it ends.
    """
    if not old:
        return 1.0
    engine = _engine()
    edits = engine.diff_main(old, new, False)
    engine.diff_cleanupSemantic(edits)
    kept = sum(len(piece) for operation, piece in edits if operation == 0)
    gap = 0
    for operation, piece in reversed(edits) if at_end else edits:
        if operation == 0:
            break
        if operation == 1:
            gap += len(piece)
    return max(0.0, kept - gap) / len(old)


def find_near(text: str, pattern: str, expected: int, *, threshold: float = 0.4) -> int | None:
    """Where ``pattern`` (at most ``MAX_PATTERN`` characters) best matches ``text`` with a few
    errors, preferring places near ``expected``; None when nothing is close enough."""
    if not pattern or not text or len(pattern) > MAX_PATTERN:
        return None
    engine = _engine()
    engine.Match_Threshold = threshold
    engine.Match_Distance = max(1000, len(text))  # a passage may have moved far: a mild penalty
    found = int(engine.match_main(text, pattern, max(0, min(len(text), expected))))
    return None if found < 0 else found


def mapping(old: str, new: str) -> Any:
    """The edits that turn ``old`` into ``new``, for ``mapped``."""
    return _engine().diff_main(old, new, False)


def mapped(edits: Any, position: int) -> int:
    """Where a position in the old text is in the new one (``mapping``'s edits)."""
    return int(_engine().diff_xIndex(edits, position))
