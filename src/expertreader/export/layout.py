"""The one walk over a notes export: the document as a flat list of blocks, in print order.

``document.build_document`` decides what an export contains; this module decides its order and
its words (headings, labels, times, in the interface language). Each writer (markdown.py,
html.py, and through html.py the PDF) only turns these blocks into its own syntax, so the
formats cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from expertreader.export import phrases
from expertreader.export.document import ExportDocument, NoteEntry, QuestionEntry


@dataclass(frozen=True, slots=True)
class Title:
    text: str


@dataclass(frozen=True, slots=True)
class Heading:
    level: int  # 2: an article (or the orphans), 3: a question
    text: str


@dataclass(frozen=True, slots=True)
class Meta:
    """A quiet line about what follows: when exported, published, bookmarked, from where."""

    text: str


@dataclass(frozen=True, slots=True)
class Privacy:
    text: str


@dataclass(frozen=True, slots=True)
class Disclaimers:
    heading: str
    texts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str


@dataclass(frozen=True, slots=True)
class Label:
    text: str


@dataclass(frozen=True, slots=True)
class ExpertParagraph:
    """The expert's words, verbatim (writers mark editorial insertions)."""

    text: str


@dataclass(frozen=True, slots=True)
class NoteBlock:
    label: str
    times: str
    quote: str | None
    text: str
    empty: str
    """What to show when the note has no text."""


Block = (
    Title | Heading | Meta | Privacy | Disclaimers | Paragraph | Label | ExpertParagraph | NoteBlock
)


def notes_layout(doc: ExportDocument) -> list[Block]:
    """Everything a notes export shows, in order."""
    blocks: list[Block] = [
        Title(doc.title),
        Meta(phrases.exported_on(doc)),
        Privacy(doc.privacy_notice),
        Disclaimers(phrases.disclaimer_heading(), doc.disclaimers),
    ]
    if doc.is_empty:
        blocks.append(Paragraph(phrases.nothing_yet()))
    for article in doc.articles:
        blocks.append(Heading(2, article.title))
        if facts := phrases.article_facts(article):
            blocks.append(Meta(facts))
        for question in article.questions:
            blocks.extend(_question(question, orphan=False))
    if doc.orphans:
        blocks.append(Heading(2, phrases.orphans_heading()))
        blocks.append(Paragraph(phrases.orphans_explanation()))
        for orphan in doc.orphans:
            blocks.extend(_question(orphan, orphan=True))
    return blocks


def _question(entry: QuestionEntry, *, orphan: bool) -> list[Block]:
    blocks: list[Block] = [Heading(3, entry.question)]
    if orphan:
        blocks.append(Meta(phrases.from_article(entry.article_title)))
    if entry.bookmarked_at is not None:
        blocks.append(Meta(phrases.bookmarked_on(entry.bookmarked_at)))
    if entry.answer:
        blocks.append(Label(phrases.expert_answer()))
        blocks.extend(ExpertParagraph(paragraph) for paragraph in entry.answer)
    blocks.extend(_note(note, phrases.answer_note_label()) for note in entry.answer_notes)
    blocks.extend(_note(note, phrases.passage_note_label()) for note in entry.passage_notes)
    return blocks


def _note(note: NoteEntry, label: str) -> NoteBlock:
    return NoteBlock(label, phrases.note_times(note), note.quote, note.text, phrases.empty_note())
