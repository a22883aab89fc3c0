"""What lists show about articles and questions: small, cheap records, never the whole text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from expertreader.content.model import QA


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """One article without its text: enough for the list, the header and the disclaimer rule."""

    id: str
    source: str
    """The file name the article came from (``Article.source``)."""
    title: str
    date: dt.date | None
    expert: str | None
    disclaimer: str | None
    question_count: int
    warning_count: int = 0
    date_precision: Literal["day", "month"] = "day"
    """"month" when the article names only a month: show ``date`` as "November 2010"."""


@dataclass(frozen=True, slots=True)
class QuestionInfo:
    """One question as the list shows it; the answer is fetched when it is read."""

    id: str
    question: str
    position: int
    """0-based place of the question in its article."""
    article_id: str
    asker: str | None = None


@dataclass(frozen=True, slots=True)
class Located:
    """A Q&A found by id: its article, the Q&A itself and its place in the article."""

    article: ArticleInfo
    qa: QA
    position: int
