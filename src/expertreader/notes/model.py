"""The person's words as the program keeps them: bookmarks, notes and passage anchors (no Qt)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Passage:
    """Where a note sits inside an answer: a W3C text quote plus a text position."""

    exact: str
    prefix: str
    suffix: str
    start: int
    end: int


@dataclass(slots=True)
class Bookmark:
    """A bookmarked question."""

    qa_id: str
    created: dt.datetime
    uid: str = ""
    question: str = ""
    article_title: str = ""


@dataclass(slots=True)
class Note:
    """A note on a whole answer (``passage`` is None) or on a highlighted passage.

    ``answer_text`` is the answer the note was written against (``QA.answer_text`` then; None
    for notes saved before it was kept): when the answer changes, the note can say so and show
    the earlier wording. A passage's positions count characters in that text.
    """

    qa_id: str
    text: str
    created: dt.datetime
    modified: dt.datetime
    uid: str = ""
    passage: Passage | None = None
    question: str = ""
    article_title: str = ""
    answer_text: str | None = None

    def answer_changed(self, current: str) -> bool:
        """The answer reads differently now than when this note was written (False when that
        was not kept: notes saved before schema v4, or imported without it)."""
        return self.answer_text is not None and self.answer_text != current
