"""Which widgets of the window each controller drives: the one place that knows both sides."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from expertreader.content.info import ArticleInfo
from expertreader.ui.controllers.notes import NotesViews
from expertreader.ui.controllers.reader import ReaderViews
from expertreader.ui.models.question_tree import OrphanGroup
from expertreader.ui.views.main_window import MainWindow

if TYPE_CHECKING:
    from expertreader.ui.controllers.layout import LayoutViews


def reader_views(
    window: MainWindow, header: Callable[[ArticleInfo | OrphanGroup | None], None]
) -> ReaderViews:
    """What the reader drives; ``header`` shows an article's title, date and disclaimer."""
    return ReaderViews(
        questions=window.questions,
        answer=window.answer,
        position=window.position,
        search=window.search,
        bookmarks_only=window.bookmarks_only,
        banner=window.banner,
        header=header,
        fit_to_height=window.fit_to_height,
        dialog_parent=window,
        next_action=window.next_action,
        previous_action=window.previous_action,
        list_action=window.list_action,
        answer_action=window.answer_action,
        zoom_in_action=window.zoom_in_action,
        zoom_out_action=window.zoom_out_action,
        zoom_reset_action=window.zoom_reset_action,
        disclaimer_action=window.disclaimer_action,
        bookmarks_only_action=window.bookmarks_only_action,
        order_by_date_action=window.order_by_date_action,
        order_by_title_action=window.order_by_title_action,
    )


def notes_views(window: MainWindow) -> NotesViews:
    """What the notes controller drives."""
    return NotesViews(
        panel=window.notes,
        answer=window.answer,
        add_passage=window.add_passage,
        bookmark_button=window.bookmark_button,
        messages=window.messages,
        dialog_parent=window,
        bookmark_action=window.bookmark_action,
        passage_action=window.passage_action,
        note_action=window.note_action,
        versions_action=window.versions_action,
        bin_action=window.bin_action,
        undo_action=window.undo_action,
        redo_action=window.redo_action,
    )


def layout_views(window: MainWindow) -> LayoutViews:
    """What the layout controller drives (the panes taking turns, and the ways between them)."""
    from expertreader.ui.controllers.layout import LayoutViews

    assert window.panes is not None
    return LayoutViews(
        panes=window.panes,
        search=window.search,
        questions=window.questions,
        results=window.results.list,
        answer=window.answer,
        list_action=window.list_action,
        find_action=window.find_action,
        answer_action=window.answer_action,
        note_action=window.note_action,
    )
