"""The one intermediate form every export writer reads: what to print, in which order.

Writers (Markdown, HTML, and the UI's PDF) only lay this out; every decision about content
(which questions, which disclaimer, how notes are ordered, what happens to notes whose question
is gone) is made here once, so the formats cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import chain

from expertreader import words
from expertreader.content.disclaimer import disclaimer_for, disclaimers_for
from expertreader.content.library import Library, Located
from expertreader.dates import format_date, format_datetime
from expertreader.notes.model import Bookmark, Note

__all__ = [
    "DOCUMENT_TITLE",
    "PRIVACY_NOTICE",
    "ArticleEntry",
    "ExportDocument",
    "NoteEntry",
    "QuestionEntry",
    "build_document",
    "format_date",
    "format_datetime",
]

# Words every format prints; English is the key, words.translate gives them where they are used.
# The context is spelt out each time: lupdate reads only literal text.
DOCUMENT_TITLE = words.QT_TRANSLATE_NOOP("Export", "ExpertReader notes")
PRIVACY_NOTICE = words.QT_TRANSLATE_NOOP(
    "Export", "This file is not encrypted and contains private health notes. Keep it safe."
)
UNKNOWN_QUESTION = words.QT_TRANSLATE_NOOP("Export", "(The text of this question was not saved.)")
UNKNOWN_ARTICLE = words.QT_TRANSLATE_NOOP("Export", "(unknown article)")

_Convert = Callable[[dt.datetime], dt.datetime]


@dataclass(frozen=True, slots=True)
class NoteEntry:
    """One note as printed: its text, when it was written, and the passage it is about."""

    text: str
    created: dt.datetime
    modified: dt.datetime
    quote: str | None = None
    """The highlighted passage, verbatim as saved with the note; None for a whole-answer note."""

    @property
    def was_edited(self) -> bool:
        return self.modified != self.created


@dataclass(frozen=True, slots=True)
class QuestionEntry:
    """A bookmarked or annotated question with everything printed under it."""

    qa_id: str
    question: str
    article_title: str
    bookmarked: bool
    bookmarked_at: dt.datetime | None
    answer: tuple[str, ...]
    """The expert's answer paragraphs; empty unless answers were asked for, always for orphans."""
    answer_notes: tuple[NoteEntry, ...]
    passage_notes: tuple[NoteEntry, ...]


@dataclass(frozen=True, slots=True)
class ArticleEntry:
    """An article that has at least one bookmarked or annotated question."""

    title: str
    date: dt.date | None
    expert: str | None
    disclaimer: str
    questions: tuple[QuestionEntry, ...]


@dataclass(frozen=True, slots=True)
class ExportDocument:
    """Everything one export contains, in print order."""

    title: str
    exported_at: dt.datetime
    app_name: str
    app_version: str
    privacy_notice: str
    disclaimers: tuple[str, ...]
    """Never empty: every export carries the disclaimer, even one with no notes at all."""
    articles: tuple[ArticleEntry, ...]
    orphans: tuple[QuestionEntry, ...]
    """Notes and bookmarks whose question this content lacks; kept, never dropped."""
    include_answers: bool

    @property
    def is_empty(self) -> bool:
        return not self.articles and not self.orphans

    @property
    def generator(self) -> str:
        return f"{self.app_name} {self.app_version}"


def build_document(
    library: Library,
    bookmarks: list[Bookmark],
    notes: list[Note],
    *,
    include_answers: bool,
    exported_at: dt.datetime,
    app_name: str,
    app_version: str,
    timezone: dt.tzinfo | None = None,
) -> ExportDocument:
    """Gather bookmarks and notes under their articles and questions, in reading order.

    ``timezone`` converts every time shown (the caller passes the user's local zone);
    None keeps times as given, which keeps tests independent of the machine's zone.
    """

    def when(value: dt.datetime) -> dt.datetime:
        if timezone is None:
            return value
        if value.tzinfo is None:  # naive times are UTC throughout the program
            value = value.replace(tzinfo=dt.UTC)
        return value.astimezone(timezone)

    marks_by_qa: dict[str, list[Bookmark]] = {}
    for bookmark in bookmarks:
        marks_by_qa.setdefault(bookmark.qa_id, []).append(bookmark)
    notes_by_qa: dict[str, list[Note]] = {}
    for note in notes:
        notes_by_qa.setdefault(note.qa_id, []).append(note)

    wanted = list(dict.fromkeys([*marks_by_qa, *notes_by_qa]))
    located = {qa_id: library.locate(qa_id) for qa_id in wanted}  # one lookup per question
    by_article: dict[str, list[Located]] = {}
    for found in located.values():
        if found is not None:
            by_article.setdefault(found.article.id, []).append(found)

    articles: list[ArticleEntry] = []
    for article_id in sorted(by_article, key=lambda key: library.article_position(key) or 0):
        found_here = sorted(by_article[article_id], key=lambda found: found.position)
        article = found_here[0].article
        questions = [
            _question_entry(
                found.qa.id,
                found.qa.question,
                article.title,
                marks_by_qa.get(found.qa.id, []),
                notes_by_qa.get(found.qa.id, []),
                answer=found.qa.answer if include_answers else (),
                when=when,
            )
            for found in found_here
        ]
        articles.append(
            ArticleEntry(
                title=article.title,
                date=article.date,
                expert=article.expert,
                disclaimer=disclaimer_for(article),
                questions=tuple(questions),
            )
        )

    orphan_ids = [qa_id for qa_id in wanted if located[qa_id] is None]
    orphans = [
        _orphan_entry(qa_id, marks_by_qa.get(qa_id, []), notes_by_qa.get(qa_id, []), when)
        for qa_id in orphan_ids
    ]
    orphans.sort(key=lambda entry: (entry.article_title.casefold(), entry.question.casefold()))

    return ExportDocument(
        title=words.translate("Export", DOCUMENT_TITLE),
        exported_at=when(exported_at),
        app_name=app_name,
        app_version=app_version,
        privacy_notice=words.translate("Export", PRIVACY_NOTICE),
        disclaimers=disclaimers_for(library, [*marks_by_qa, *notes_by_qa]),
        articles=tuple(articles),
        orphans=tuple(orphans),
        include_answers=include_answers,
    )


def _question_entry(
    qa_id: str,
    question: str,
    article_title: str,
    marks: list[Bookmark],
    notes: list[Note],
    *,
    answer: tuple[str, ...],
    when: _Convert,
) -> QuestionEntry:
    whole = sorted((n for n in notes if n.passage is None), key=_note_order)
    passages = sorted((n for n in notes if n.passage is not None), key=_note_order)
    return QuestionEntry(
        qa_id=qa_id,
        question=question,
        article_title=article_title,
        bookmarked=bool(marks),
        bookmarked_at=when(min((m.created for m in marks), key=_timestamp)) if marks else None,
        answer=answer,
        answer_notes=tuple(_note_entry(n, when) for n in whole),
        passage_notes=tuple(_note_entry(n, when) for n in passages),
    )


def _orphan_entry(
    qa_id: str, marks: list[Bookmark], notes: list[Note], when: _Convert
) -> QuestionEntry:
    """Name the lost question from whatever the notes remembered about it."""
    questions = chain((n.question for n in notes), (m.question for m in marks))
    titles = chain((n.article_title for n in notes), (m.article_title for m in marks))
    question = _first_text(questions) or words.translate("Export", UNKNOWN_QUESTION)
    title = _first_text(titles) or words.translate("Export", UNKNOWN_ARTICLE)
    return _question_entry(qa_id, question, title, marks, notes, answer=(), when=when)


def _note_entry(note: Note, when: _Convert) -> NoteEntry:
    return NoteEntry(
        text=note.text,
        created=when(note.created),
        modified=when(note.modified),
        quote=note.passage.exact if note.passage is not None else None,
    )


def _note_order(note: Note) -> tuple[int, float, str]:
    start = note.passage.start if note.passage is not None else -1
    return (start, _timestamp(note.created), note.uid)


def _timestamp(value: dt.datetime) -> float:
    """Sort key that works for naive and aware times alike (naive counts as UTC)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.timestamp()


def _first_text(values: Iterable[str]) -> str:
    for value in values:
        if value.strip():
            return value.strip()
    return ""
