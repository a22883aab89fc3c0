"""ExportDocument -> CommonMark, readable as plain text and safe to render anywhere.

Everything that came from a person (notes, and the article text too) is escaped, so that a note
such as ``# *not* <b>bold</b> [x](y)`` renders as exactly those characters: no heading, no
emphasis, no HTML, no link. Escaping is kept to the characters that can start markup, so the
file still reads naturally in a text editor.
"""

from __future__ import annotations

import re

from expertreader.export import phrases
from expertreader.export.document import ArticleEntry, ExportDocument, NoteEntry, QuestionEntry

__all__ = ["escape_heading", "escape_text", "to_markdown"]

# Characters that open inline markup anywhere in a line (GFM's ~ and | as well, because many
# Markdown viewers use GFM). ``&`` only matters where it would start an entity such as &amp;.
_INLINE = re.compile(r"([\\`*_\[\]<~|])|&(?=#?[0-9A-Za-z]+;)")
# In a heading every ``#`` is escaped too, so none can close the heading early.
_INLINE_HEADING = re.compile(r"([\\`*_\[\]<~|#])|&(?=#?[0-9A-Za-z]+;)")
# Line starts that open a block: heading, quote, list, setext underline, ordered list.
_BLOCK_START = re.compile(r"^([#>+=-])")
_ORDERED_START = re.compile(r"^(\d{1,9})([.)])")


def to_markdown(doc: ExportDocument) -> str:
    """The whole export as one CommonMark document ending with a newline."""
    blocks: list[str] = [
        f"# {escape_heading(doc.title)}",
        escape_text(phrases.exported_on(doc)),
        f"**{escape_text(doc.privacy_notice)}**",
        f"## {escape_heading(phrases.disclaimer_heading())}",
        *(escape_text(text) for text in doc.disclaimers),
    ]
    if doc.is_empty:
        blocks.append(escape_text(phrases.nothing_yet()))
    for article in doc.articles:
        blocks.extend(_article(article))
    if doc.orphans:
        blocks.append(f"## {escape_heading(phrases.orphans_heading())}")
        blocks.append(escape_text(phrases.orphans_explanation()))
        for orphan in doc.orphans:
            blocks.extend(_question(orphan, orphan=True))
    return "\n\n".join(blocks) + "\n"


def escape_text(text: str) -> str:
    """User text as Markdown paragraphs: blank lines part paragraphs, line breaks are kept."""
    paragraphs = _paragraphs(text)
    return "\n\n".join("\\\n".join(_escape_line(line) for line in lines) for lines in paragraphs)


def escape_heading(text: str) -> str:
    """One line of text for an ATX heading; every ``#`` escaped so none closes the heading."""
    return _escape_line(" ".join(text.split()), _INLINE_HEADING)


def _article(article: ArticleEntry) -> list[str]:
    blocks = [f"## {escape_heading(article.title)}"]
    if facts := phrases.article_facts(article):
        blocks.append(escape_text(facts))
    for question in article.questions:
        blocks.extend(_question(question, orphan=False))
    return blocks


def _question(entry: QuestionEntry, *, orphan: bool) -> list[str]:
    blocks = [f"### {escape_heading(entry.question)}"]
    if orphan:
        blocks.append(escape_text(phrases.from_article(entry.article_title)))
    if entry.bookmarked_at is not None:
        blocks.append(escape_text(phrases.bookmarked_on(entry.bookmarked_at)))
    if entry.answer:
        blocks.append(f"**{escape_text(phrases.expert_answer())}**")
        blocks.extend(escape_text(paragraph) for paragraph in entry.answer)
    for note in entry.answer_notes:
        blocks.extend(_note(note, phrases.answer_note_label()))
    for note in entry.passage_notes:
        blocks.extend(_note(note, phrases.passage_note_label()))
    return blocks


def _note(note: NoteEntry, label: str) -> list[str]:
    blocks = [f"**{escape_text(label)}** ({escape_text(phrases.note_times(note))})"]
    if note.quote is not None:
        quoted = escape_text(note.quote) or "…"
        blocks.append("\n".join(f"> {line}" if line else ">" for line in quoted.split("\n")))
    blocks.append(escape_text(note.text) or f"_{escape_text(phrases.empty_note())}_")
    return blocks


def _paragraphs(text: str) -> list[list[str]]:
    """Lines grouped into paragraphs; ends of lines stripped so none becomes code or a break."""
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.replace("\t", " ").strip()
        if line:
            current.append(line)
        elif current:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    return paragraphs


def _escape_line(line: str, inline: re.Pattern[str] = _INLINE) -> str:
    escaped = inline.sub(lambda match: "\\" + match[0], line)
    escaped = _BLOCK_START.sub(r"\\\1", escaped)
    return _ORDERED_START.sub(r"\1\\\2", escaped)
