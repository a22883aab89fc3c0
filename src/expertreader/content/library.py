"""The set of bundled articles: load every file, keep the good ones, report the bad ones."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from expertreader.content.model import QA, Article
from expertreader.content.parse import ContentError, parse_file

ARTICLE_SUFFIX = ".txt"


@dataclass(slots=True)
class Library:
    """Articles in a stable order, plus the files that could not be read."""

    articles: list[Article] = field(default_factory=list)
    problems: list[ContentError] = field(default_factory=list)
    _by_qa: dict[str, tuple[Article, QA]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for article in self.articles:
            for qa in article.qas:
                self._by_qa[qa.id] = (article, qa)

    def find(self, qa_id: str) -> tuple[Article, QA] | None:
        """The article and question with this id, or None if this content lacks it."""
        return self._by_qa.get(qa_id)


def load_library(content_dir: Path) -> Library:
    """Parse every article file in ``content_dir``; a bad file is skipped and reported."""
    articles: list[Article] = []
    problems: list[ContentError] = []
    try:
        files = sorted(p for p in content_dir.iterdir() if p.suffix.lower() == ARTICLE_SUFFIX)
    except OSError as error:
        problems.append(ContentError(content_dir, 1, f"content folder cannot be read ({error})"))
        files = []
    seen: set[str] = set()
    for path in files:
        try:
            article = parse_file(path)
        except ContentError as error:
            problems.append(error)
            continue
        if article.id in seen:
            problems.append(ContentError(path, 1, "repeats an article already loaded; skipped"))
            continue
        seen.add(article.id)
        articles.append(article)
    return Library(articles, problems)
