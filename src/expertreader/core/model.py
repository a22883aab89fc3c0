"""Plain data the whole program shares: articles, questions, bookmarks and notes (no Qt)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

DEFAULT_DISCLAIMER = (
    "Remember: this program cannot provide diagnoses, medical consultations or specific "
    "treatment recommendations. The answers are for educational and informational purposes "
    "only. For specific healthcare questions or concerns, consult your healthcare provider."
)

# A bracketed editorial insertion in the expert's words, e.g. "[with your new treatment plan]":
# kept verbatim, styled apart by the window and the exports alike.
EDITORIAL_INSERTION = re.compile(r"\[[^\[\]]+\]")


@dataclass(frozen=True, slots=True)
class QA:
    """One question and the expert's answer, verbatim, as paragraphs."""

    id: str
    question: str
    answer: tuple[str, ...]
    line: int = 0

    @property
    def answer_text(self) -> str:
        """The answer as one string; passage positions count characters in this."""
        return " ".join(self.answer)


@dataclass(frozen=True, slots=True)
class Article:
    """One parsed article file."""

    id: str
    source: str
    title: str
    date: dt.date | None
    expert: str | None
    intro: tuple[str, ...]
    disclaimer: str | None
    qas: tuple[QA, ...]

    @property
    def disclaimer_or_default(self) -> str:
        """The article's own disclaimer, or the program's when the article has none."""
        return self.disclaimer or DEFAULT_DISCLAIMER

    def to_json(self) -> dict[str, object]:
        """The ``expertreader parse`` contract shape."""
        return {
            "source": self.source,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "expert": self.expert,
            "intro": list(self.intro),
            "disclaimer": self.disclaimer,
            "qas": [
                {"id": qa.id, "question": qa.question, "answer": list(qa.answer)} for qa in self.qas
            ],
        }


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
    """A note on a whole answer (``passage`` is None) or on a highlighted passage."""

    qa_id: str
    text: str
    created: dt.datetime
    modified: dt.datetime
    uid: str = ""
    passage: Passage | None = None
    question: str = ""
    article_title: str = ""
