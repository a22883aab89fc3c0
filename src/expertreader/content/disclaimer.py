"""The disclaimer rule, in one place: which disclaimer applies, and the program's own text.

Every view, printout and export asks this module; none decides for itself. An article's own
``Remember:`` paragraph is its disclaimer; an article without one, a question no longer in the
content, or no content at all gets the program's default (in the interface language: an
article's own disclaimer is the expert's words and stays verbatim). Never none.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol

from expertreader import words

if TYPE_CHECKING:
    from expertreader.content.library import Library

DEFAULT_DISCLAIMER = words.QT_TRANSLATE_NOOP(
    "Disclaimer",
    "Remember: this program cannot provide diagnoses, medical consultations or specific "
    "treatment recommendations. The answers are for educational and informational purposes "
    "only. For specific healthcare questions or concerns, consult your healthcare provider.",
)
"""In English, the key of its translations; ``default_disclaimer()`` gives it as shown."""


def default_disclaimer() -> str:
    """The program's own disclaimer, in the interface language."""
    return words.translate("Disclaimer", DEFAULT_DISCLAIMER)


class HasDisclaimer(Protocol):
    """An ``Article`` or an ``ArticleInfo``: anything that knows its own disclaimer."""

    @property
    def disclaimer(self) -> str | None: ...


def disclaimer_for(article: HasDisclaimer | None) -> str:
    """The disclaimer shown with this article (or with no article at all)."""
    if article is None or not article.disclaimer:
        return default_disclaimer()
    return article.disclaimer


def disclaimers_for(library: Library | None, qa_ids: Iterable[str]) -> tuple[str, ...]:
    """The disclaimers a printout about these questions carries; never empty.

    Those of the articles the questions are in (library order); the program's default as well
    when some question is no longer in the content; and when there are no questions at all,
    those of every article, because even an empty export must carry one. One lookup per
    question: the size of the library does not matter.
    """
    wanted = list(dict.fromkeys(qa_ids))
    if library is None:
        return (default_disclaimer(),)
    found = [library.find(qa_id) for qa_id in wanted]
    articles = {hit[0].id: hit[0] for hit in found if hit is not None}
    place = {article_id: library.article_position(article_id) for article_id in articles}
    ordered = sorted(articles.values(), key=lambda info: place[info.id] or 0)
    chosen = [disclaimer_for(info) for info in ordered]
    if any(hit is None for hit in found):
        chosen.append(default_disclaimer())
    if not chosen:
        chosen = [disclaimer_for(info) for info in library.article_infos()]
    if not chosen:
        chosen = [default_disclaimer()]
    return tuple(dict.fromkeys(chosen))
