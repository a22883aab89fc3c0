"""The header above the reading pane: which title, date line and disclaimer it shows.

Kept light (no ``Qt`` enums, no store): it runs before the first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from expertreader import words
from expertreader.content.disclaimer import disclaimer_for
from expertreader.content.info import ArticleInfo
from expertreader.content.model import Article
from expertreader.dates import format_article_date
from expertreader.ui.views.main_window import MainWindow

if TYPE_CHECKING:  # the model module needs Qt's enums: not before the first paint
    from expertreader.ui.models.question_tree import OrphanGroup

NO_ARTICLES_TITLE = words.QT_TRANSLATE_NOOP("Header", "No articles could be opened")


def show_header(window: MainWindow, article: Article | ArticleInfo | OrphanGroup | None) -> None:
    """Title, date and expert of ``article`` (or the no-articles title), and its disclaimer."""
    if article is None:
        title = QCoreApplication.translate("Header", NO_ARTICLES_TITLE)
        window.set_header(title, "", disclaimer_for(None))
        return
    meta = []
    if article.date:
        meta.append(format_article_date(article.date, getattr(article, "date_precision", "day")))
    if article.expert:
        meta.append(
            QCoreApplication.translate("Header", "Expert: {expert}").format(expert=article.expert)
        )
    window.set_header(article.title, "  ·  ".join(meta), disclaimer_for(article))
