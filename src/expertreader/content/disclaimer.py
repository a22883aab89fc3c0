"""The disclaimer rule, in one place: which disclaimer applies, and the program's own text.

Every view, printout and export asks this module; none decides for itself. An article's own
``Remember:`` paragraph is its disclaimer; an article without one, a question no longer in the
content, or no content at all gets the program's default. Never none.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from expertreader.content.library import Library
    from expertreader.content.model import Article

DEFAULT_DISCLAIMER = (
    "Remember: this program cannot provide diagnoses, medical consultations or specific "
    "treatment recommendations. The answers are for educational and informational purposes "
    "only. For specific healthcare questions or concerns, consult your healthcare provider."
)


def disclaimer_for(article: Article | None) -> str:
    """The disclaimer shown with this article (or with no article at all)."""
    if article is None or not article.disclaimer:
        return DEFAULT_DISCLAIMER
    return article.disclaimer


def disclaimers_for(library: Library, qa_ids: Iterable[str]) -> tuple[str, ...]:
    """The disclaimers a printout about these questions carries; never empty.

    Those of the articles the questions are in (library order); the program's default as well
    when some question is no longer in the content; and when there are no questions at all,
    those of every article, because even an empty export must carry one.
    """
    wanted = set(qa_ids)
    chosen = [
        disclaimer_for(article)
        for article in library.articles
        if any(qa.id in wanted for qa in article.qas)
    ]
    if any(library.find(qa_id) is None for qa_id in wanted):
        chosen.append(DEFAULT_DISCLAIMER)
    if not chosen:
        chosen = [disclaimer_for(article) for article in library.articles]
    if not chosen:
        chosen = [DEFAULT_DISCLAIMER]
    return tuple(dict.fromkeys(chosen))
