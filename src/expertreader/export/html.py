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
from expertreader.export import phrases
from expertreader.export.document import ArticleEntry, ExportDocument, NoteEntry, QuestionEntry

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
_POLICY = "default-src 'none'; style-src 'unsafe-inline'"


def to_html(doc: ExportDocument) -> str:
    """The whole export as one HTML5 document ending with a newline."""
    body: list[str] = [
        f"<h1>{_text(doc.title)}</h1>",
        _p(phrases.exported_on(doc), "meta"),
        _p(doc.privacy_notice, "privacy"),
        _disclaimer_box(doc.disclaimers),
    ]
    if doc.is_empty:
        body.append(_p(phrases.nothing_yet()))
    for article in doc.articles:
        body.extend(_article(article))
    if doc.orphans:
        body.append(f"<h2>{_text(phrases.orphans_heading())}</h2>")
        body.append(_p(phrases.orphans_explanation()))
        for orphan in doc.orphans:
            body.extend(_question(orphan, orphan=True))
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{words.language()}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="{_text(doc.generator)}">',
        f"<title>{_text(doc.title)}</title>",
        f"<style>\n{STYLE}</style>",
        "</head>",
        "<body>",
    ]
    return "\n".join([*head, *body, "</body>", "</html>"]) + "\n"


def _disclaimer_box(disclaimers: tuple[str, ...]) -> str:
    paragraphs = "\n".join(_p(text) for text in disclaimers)
    return (
        '<table class="disclaimer" width="100%" border="1" cellspacing="0" cellpadding="10">'
        f'<tr><td>\n<p class="label">{_text(phrases.disclaimer_heading())}</p>\n{paragraphs}\n'
        "</td></tr></table>"
    )


def _article(article: ArticleEntry) -> list[str]:
    parts = [f"<h2>{_text(article.title)}</h2>"]
    if facts := phrases.article_facts(article):
        parts.append(_p(facts, "meta"))
    for question in article.questions:
        parts.extend(_question(question, orphan=False))
    return parts


def _question(entry: QuestionEntry, *, orphan: bool) -> list[str]:
    parts = [f"<h3>{_text(entry.question)}</h3>"]
    if orphan:
        parts.append(_p(phrases.from_article(entry.article_title), "meta"))
    if entry.bookmarked_at is not None:
        parts.append(_p(phrases.bookmarked_on(entry.bookmarked_at), "meta"))
    if entry.answer:
        parts.append(_p(phrases.expert_answer(), "label"))
        parts.extend(f"<p>{_expert_text(paragraph)}</p>" for paragraph in entry.answer)
    for note in entry.answer_notes:
        parts.extend(_note(note, phrases.answer_note_label()))
    for note in entry.passage_notes:
        parts.extend(_note(note, phrases.passage_note_label()))
    return parts


def _note(note: NoteEntry, label: str) -> list[str]:
    times = phrases.note_times(note)
    parts = [f'<p class="label">{_text(label)} <span class="when">({_text(times)})</span></p>']
    if note.quote is not None:
        parts.append(f"<blockquote><p>{_expert_text(note.quote)}</p></blockquote>")
    paragraphs = _paragraphs(note.text)
    if not paragraphs:
        paragraphs = [f"<em>{_text(phrases.empty_note())}</em>"]
    parts.extend(f'<p class="note">{paragraph}</p>' for paragraph in paragraphs)
    return parts


def _paragraphs(text: str) -> list[str]:
    """A note's text as escaped paragraphs; its own line breaks are kept as ``<br>``."""
    paragraphs: list[str] = []
    current: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if line:
            current.append(_text(line))
        elif current:
            paragraphs.append("<br>\n".join(current))
            current = []
    if current:
        paragraphs.append("<br>\n".join(current))
    return paragraphs


def _expert_text(text: str) -> str:
    """The expert's words, escaped, with bracketed editorial insertions marked for styling."""
    pieces: list[str] = []
    position = 0
    for match in EDITORIAL_INSERTION.finditer(text):
        pieces.append(_text(text[position : match.start()]))
        pieces.append(f'<span class="insertion">{_text(match[0])}</span>')
        position = match.end()
    pieces.append(_text(text[position:]))
    return "".join(pieces)


def _p(text: str, css_class: str = "") -> str:
    attribute = f' class="{css_class}"' if css_class else ""
    return f"<p{attribute}>{_text(text)}</p>"


def _text(text: str) -> str:
    """Escape for element content and attribute values alike."""
    return escape(text, quote=True)
