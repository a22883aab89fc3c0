"""The words every export and printout prints, in the interface language: one place for all
writers (Markdown, HTML and so PDF, and any writer added later), so formats cannot drift apart.

Each phrase is ``words.translate("Export", "<English>")`` with the English spelt out, because
that is what lupdate reads into the message catalogue. Values go in with ``{name}``
placeholders after translating, so a translation can put them where its grammar wants them.
"""

from __future__ import annotations

import datetime as dt

from expertreader import words
from expertreader.dates import format_date, format_datetime
from expertreader.export.document import ArticleEntry, ExportDocument, NoteEntry


def exported_on(doc: ExportDocument) -> str:
    return words.translate("Export", "Exported on {when} with {program}.").format(
        when=format_datetime(doc.exported_at), program=doc.generator
    )


def disclaimer_heading() -> str:
    return words.translate("Export", "Disclaimer")


def nothing_yet() -> str:
    """What an export with no bookmarks and no notes says (it still carries the disclaimer)."""
    return words.translate("Export", "You have no bookmarks or notes yet.")


def orphans_heading() -> str:
    return words.translate("Export", "Notes on questions that are no longer available")


def orphans_explanation() -> str:
    return words.translate(
        "Export",
        "These notes were written on questions that the articles installed now do not contain. "
        "They are kept here exactly as written.",
    )


def article_facts(article: ArticleEntry) -> str:
    """``Published March 2, 2018. Expert: …``; empty when the article gives neither."""
    facts = []
    if article.date is not None:
        published = words.translate("Export", "Published {date}.")
        facts.append(published.format(date=format_date(article.date)))
    if article.expert:
        facts.append(words.translate("Export", "Expert: {expert}.").format(expert=article.expert))
    return " ".join(facts)


def from_article(title: str) -> str:
    """Under a question no longer in the content: the article it was in."""
    return words.translate("Export", "From the article: {title}").format(title=title)


def bookmarked_on(when: dt.datetime) -> str:
    return words.translate("Export", "Bookmarked on {when}.").format(when=format_datetime(when))


def expert_answer() -> str:
    """The label above the expert's answer (whose words are printed verbatim, untranslated)."""
    return words.translate("Export", "The expert’s answer")


def answer_note_label() -> str:
    return words.translate("Export", "Your note on the whole answer")


def passage_note_label() -> str:
    return words.translate("Export", "Your note on this passage")


def note_times(note: NoteEntry) -> str:
    """``written …`` or ``written …, changed …``: when a note was written and last changed."""
    written = format_datetime(note.created)
    if note.was_edited:
        changed = format_datetime(note.modified)
        phrase = words.translate("Export", "written {written}, changed {changed}")
        return phrase.format(written=written, changed=changed)
    return words.translate("Export", "written {written}").format(written=written)


def empty_note() -> str:
    return words.translate("Export", "(empty note)")


def page_of(number: int, pages: int) -> str:
    """A printed page's place, in its footer: ``page 2 of 5``."""
    return words.translate("Export", "page {number} of {pages}").format(number=number, pages=pages)
