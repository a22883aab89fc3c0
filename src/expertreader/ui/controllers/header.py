"""The header above the reading pane: which title, date line and disclaimer it shows.

Kept light (no ``Qt`` enums, no store): it runs before the first paint.
"""

from __future__ import annotations

from expertreader.content.disclaimer import disclaimer_for
from expertreader.content.info import ArticleInfo
from expertreader.content.model import Article
from expertreader.dates import format_date
from expertreader.ui.views.main_window import MainWindow

NO_ARTICLES_TITLE = "No articles could be opened"


def show_header(window: MainWindow, article: Article | ArticleInfo | None) -> None:
    """Title, date and expert of ``article`` (or the no-articles title), and its disclaimer."""
    if article is None:
        window.set_header(NO_ARTICLES_TITLE, "", disclaimer_for(None))
        return
    meta = []
    if article.date:
        meta.append(format_date(article.date))
    if article.expert:
        meta.append(f"Expert: {article.expert}")
    window.set_header(article.title, "  ·  ".join(meta), disclaimer_for(article))
