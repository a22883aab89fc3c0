"""One answer to print: the question, the expert's answer, the person's notes on it and the
disclaimer, in the notes exports' intermediate form (``ExportDocument``), so it is laid out by
the same writers and printed with the same pages as File > Print notes.

Unlike the notes export, the question is there even with no note or bookmark on it; a question
the content no longer has keeps the words its notes remembered, as the notes export does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from expertreader import words
from expertreader.content.disclaimer import disclaimer_for, disclaimers_for
from expertreader.content.library import Library
from expertreader.export.document import (
    PRIVACY_NOTICE,
    ArticleEntry,
    ExportDocument,
    QuestionEntry,
    build_document,
)
from expertreader.notes.model import Bookmark, Note

__all__ = ["ANSWER_TITLE", "build_answer_document"]

ANSWER_TITLE = words.QT_TRANSLATE_NOOP("Export", "An expert’s answer and my notes")


def build_answer_document(
    library: Library,
    qa_id: str,
    bookmarks: Sequence[Bookmark],
    notes: Sequence[Note],
    *,
    printed_at: dt.datetime,
    app_name: str,
    app_version: str,
    timezone: dt.tzinfo | None = None,
) -> ExportDocument:
    """The answer ``qa_id`` with its notes (only those on it are used) and its disclaimer."""
    marks = [mark for mark in bookmarks if mark.qa_id == qa_id]
    mine = [note for note in notes if note.qa_id == qa_id]
    gathered = build_document(
        library,
        marks,
        mine,
        include_answers=True,
        exported_at=printed_at,
        app_name=app_name,
        app_version=app_version,
        timezone=timezone,
    )
    articles, orphans = gathered.articles, gathered.orphans
    located = library.locate(qa_id)
    if gathered.is_empty and located is not None:  # no note, no bookmark: the answer alone
        info, qa = located.article, located.qa
        question = QuestionEntry(qa.id, qa.question, info.title, False, None, qa.answer, (), ())
        entry = ArticleEntry(info.title, info.date, info.expert, disclaimer_for(info), (question,))
        articles = (entry,)
    return ExportDocument(
        title=words.translate("Export", ANSWER_TITLE),
        exported_at=gathered.exported_at,
        app_name=app_name,
        app_version=app_version,
        privacy_notice=words.translate("Export", PRIVACY_NOTICE),
        disclaimers=disclaimers_for(library, [qa_id]),
        articles=articles,
        orphans=orphans,
        include_answers=True,
    )
