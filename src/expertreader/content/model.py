"""Articles as the program reads them: questions and the expert's answers, verbatim (no Qt)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# A bracketed editorial insertion in the expert's words, e.g. "[with your new treatment plan]":
# kept verbatim, styled apart by the window and the exports alike.
EDITORIAL_INSERTION = re.compile(r"\[[^\[\]]+\]")


@dataclass(frozen=True, slots=True)
class ContentWarning:
    """A problem in one part of an article that still loads: shown with its line (1-based)."""

    line: int
    message: str


@dataclass(frozen=True, slots=True)
class QA:
    """One question and the expert's answer, verbatim, as paragraphs.

    ``asker`` is who asked ("Janita"), when the article names them; ``speakers`` runs beside
    ``answer``: who says each paragraph in a transcript with several experts (None where the
    article does not say). Both are structure, kept out of the question and answer text.
    """

    id: str
    question: str
    answer: tuple[str, ...]
    line: int = 0
    asker: str | None = None
    speakers: tuple[str | None, ...] = ()

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
    warnings: tuple[ContentWarning, ...] = ()

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
