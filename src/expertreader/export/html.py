"""ExportDocument -> one self-contained HTML5 file to read, print, or turn into a PDF.

No scripts, no external resources of any kind (nothing to fetch, so nothing leaves the machine
when the file is opened), one inline stylesheet, every piece of text escaped. The markup stays
within what Qt's rich text (QTextDocument) lays out well, because the UI makes the PDF from this
same HTML: headings, paragraphs, blockquotes, and a one-cell table for the bordered disclaimer
(Qt draws borders on tables only).

Qt ignores ``font-size`` on headings (it sizes them from the document's default font) and
reads ``px`` as device pixels, so the PDF writer should set the document's default font and a
96 dpi writer resolution; browsers use the stylesheet as written.
"""

from __future__ import annotations

from html import escape

from expertreader import words
from expertreader.content.model import EDITORIAL_INSERTION
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

__all__ = ["STYLE", "to_html"]

# Calm, large type; dark text on white; the disclaimer on a pale amber ground with a firm border.
STYLE = """\
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 14pt;
  line-height: 150%; color: #1b1b1b; background-color: #ffffff; margin: 24px; }
h1 { font-size: 22pt; color: #1f3a5f; margin-top: 0; margin-bottom: 8px; }
h2 { font-size: 18pt; color: #1f3a5f; margin-top: 28px; margin-bottom: 6px; }
h3 { font-size: 15pt; color: #1f3a5f; margin-top: 22px; margin-bottom: 6px; }
p { margin-top: 4px; margin-bottom: 10px; }
.meta { color: #444444; font-size: 12pt; }
.privacy { color: #7a1f1f; font-weight: bold; }
.label { font-weight: bold; margin-bottom: 2px; }
.when { font-weight: normal; color: #444444; font-size: 12pt; }
.insertion { color: #555555; }
table.disclaimer { border: 2px solid #8a6d00; border-collapse: collapse;
  background-color: #fff8e1; margin-top: 12px; margin-bottom: 20px; width: 100%; }
table.disclaimer td { border: 2px solid #8a6d00; padding: 10px; }
blockquote { margin-top: 4px; margin-bottom: 8px; margin-left: 24px; margin-right: 12px;
  padding-left: 12px; border-left: 4px solid #9db4cf; background-color: #f1f5fa;
  font-style: italic; color: #2b2b2b; }
@media screen { body { max-width: 46em; } }
@media print {
  body { margin: 0; font-size: 13pt; max-width: none; }
  h2, h3, .label { page-break-after: avoid; }
  blockquote, table.disclaimer, p { page-break-inside: avoid; }
}
"""

# Belt and braces: even if escaping ever failed, a browser would run no script and load nothing.
POLICY = "default-src 'none'; style-src 'unsafe-inline'"


def to_html(doc: ExportDocument) -> str:
    """The whole export as one HTML5 document ending with a newline."""
    body = [_block(block) for block in notes_layout(doc)]
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{words.language()}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="{escaped(doc.generator)}">',
        f"<title>{escaped(doc.title)}</title>",
        f"<style>\n{STYLE}</style>",
        "</head>",
        "<body>",
    ]
    return "\n".join([*head, *body, "</body>", "</html>"]) + "\n"


def _block(block: Block) -> str:
    """One block of the layout as HTML (what Qt's rich text lays out well, for the PDF too)."""
    match block:
        case Title(text):
            return f"<h1>{escaped(text)}</h1>"
        case Heading(level, text):
            return f"<h{level}>{escaped(text)}</h{level}>"
        case Meta(text):
            return paragraph(text, "meta")
        case Privacy(text):
            return paragraph(text, "privacy")
        case Label(text):
            return paragraph(text, "label")
        case Paragraph(text):
            return paragraph(text)
        case ExpertParagraph(text):
            return f"<p>{expert_text(text)}</p>"
        case Disclaimers(heading, texts):
            return disclaimer_box(heading, texts)
        case NoteBlock():
            return _note(block)


def disclaimer_box(heading: str, disclaimers: tuple[str, ...]) -> str:
    paragraphs = "\n".join(paragraph(text) for text in disclaimers)
    return (
        '<table class="disclaimer" width="100%" border="1" cellspacing="0" cellpadding="10">'
        f'<tr><td>\n<p class="label">{escaped(heading)}</p>\n{paragraphs}\n'
        "</td></tr></table>"
    )


def _note(note: NoteBlock) -> str:
    when = f'<span class="when">({escaped(note.times)})</span>'
    parts = [f'<p class="label">{escaped(note.label)} {when}</p>']
    if note.quote is not None:
        parts.append(f"<blockquote><p>{expert_text(note.quote)}</p></blockquote>")
    paragraphs = note_paragraphs(note.text) or [f"<em>{escaped(note.empty)}</em>"]
    parts.extend(f'<p class="note">{line}</p>' for line in paragraphs)
    return "\n".join(parts)


def note_paragraphs(text: str) -> list[str]:
    """A note's text as escaped paragraphs; its own line breaks are kept as ``<br>``."""
    paragraphs: list[str] = []
    current: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if line:
            current.append(escaped(line))
        elif current:
            paragraphs.append("<br>\n".join(current))
            current = []
    if current:
        paragraphs.append("<br>\n".join(current))
    return paragraphs


def expert_text(text: str) -> str:
    """The expert's words, escaped, with bracketed editorial insertions marked for styling."""
    pieces: list[str] = []
    position = 0
    for match in EDITORIAL_INSERTION.finditer(text):
        pieces.append(escaped(text[position : match.start()]))
        pieces.append(f'<span class="insertion">{escaped(match[0])}</span>')
        position = match.end()
    pieces.append(escaped(text[position:]))
    return "".join(pieces)


def paragraph(text: str, css_class: str = "") -> str:
    attribute = f' class="{css_class}"' if css_class else ""
    return f"<p{attribute}>{escaped(text)}</p>"


def escaped(text: str) -> str:
    """Escape for element content and attribute values alike."""
    return escape(text, quote=True)
