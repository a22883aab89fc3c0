"""Articles as the program reads them: questions and the expert's answers, verbatim (no Qt)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

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
    ``answer`` is empty only for a question the article leaves unanswered (the article then
    has a warning naming ``line``, the question's line in the file).
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
    """One parsed article file.

    ``date_precision`` is ``"month"`` when the article names only a month ("November 2010"):
    ``date`` is then the 1st of that month, and should be shown as the month alone.
    ``warnings`` are problems in single blocks of an article that still loads (a question with
    no answer, a listed question never asked), each with its line.
    """

    id: str
    source: str
    title: str
    date: dt.date | None
    expert: str | None
    intro: tuple[str, ...]
    disclaimer: str | None
    qas: tuple[QA, ...]
    warnings: tuple[ContentWarning, ...] = ()
    date_precision: Literal["day", "month"] = "day"

    def to_json(self) -> dict[str, object]:
        """The ``expertreader parse`` contract shape.

        The contract's keys always; the added keys only where the article has them
        (``date_precision`` for a month-only date, ``warnings``; per question ``asker``
        and ``speakers``), so an article in the original layout prints exactly as before.
        """
        shape: dict[str, object] = {
            "source": self.source,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "expert": self.expert,
            "intro": list(self.intro),
            "disclaimer": self.disclaimer,
            "qas": [_qa_json(qa) for qa in self.qas],
        }
        if self.date is not None and self.date_precision != "day":
            shape["date_precision"] = self.date_precision
        if self.warnings:
            shape["warnings"] = [
                {"line": warning.line, "message": warning.message} for warning in self.warnings
            ]
        return shape


def _qa_json(qa: QA) -> dict[str, object]:
    shape: dict[str, object] = {"id": qa.id, "question": qa.question, "answer": list(qa.answer)}
    if qa.asker is not None:
        shape["asker"] = qa.asker
    if any(qa.speakers):
        shape["speakers"] = list(qa.speakers)
    return shape
