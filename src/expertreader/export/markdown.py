"""ExportDocument -> CommonMark, readable as plain text and safe to render anywhere.

Everything that came from a person (notes, and the article text too) is escaped, so that a note
such as ``# *not* <b>bold</b> [x](y)`` renders as exactly those characters: no heading, no
emphasis, no HTML, no link. Escaping is kept to the characters that can start markup, so the
file still reads naturally in a text editor.
"""

from __future__ import annotations

import re

from expertreader.export.document import ExportDocument
from expertreader.export.layout import (
    Block,
    Disclaimers,
    ExpertParagraph,
    Heading,
    Label,
    Meta,
    NoteBlock,
    Paragraph,
    Privacy,
    Title,
    notes_layout,
)

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
    return "\n\n".join(_block(block) for block in notes_layout(doc)) + "\n"


def _block(block: Block) -> str:
    """One block of the layout as Markdown (a note or the disclaimers: several paragraphs)."""
    match block:
        case Title(text):
            return f"# {escape_heading(text)}"
        case Heading(level, text):
            return f"{'#' * level} {escape_heading(text)}"
        case Privacy(text) | Label(text):
            return f"**{escape_text(text)}**"
        case Meta(text) | Paragraph(text) | ExpertParagraph(text):
            return escape_text(text)
        case Disclaimers(heading, texts):
            return "\n\n".join([f"## {escape_heading(heading)}", *map(escape_text, texts)])
        case NoteBlock():
            return _note(block)


def escape_text(text: str) -> str:
    """User text as Markdown paragraphs: blank lines part paragraphs, line breaks are kept."""
    paragraphs = _paragraphs(text)
    return "\n\n".join("\\\n".join(_escape_line(line) for line in lines) for lines in paragraphs)


def escape_heading(text: str) -> str:
    """One line of text for an ATX heading; every ``#`` escaped so none closes the heading."""
    return _escape_line(" ".join(text.split()), _INLINE_HEADING)


def _note(note: NoteBlock) -> str:
    parts = [f"**{escape_text(note.label)}** ({escape_text(note.times)})"]
    if note.quote is not None:
        quoted = escape_text(note.quote) or "…"
        parts.append("\n".join(f"> {line}" if line else ">" for line in quoted.split("\n")))
    parts.append(escape_text(note.text) or f"_{escape_text(note.empty)}_")
    return "\n\n".join(parts)


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
