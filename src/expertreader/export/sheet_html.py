"""SheetDocument -> one self-contained HTML5 file: the appointment sheet to print or to open.

The same rules as the notes export (``html.py``): no scripts, nothing fetched, one inline
stylesheet, every piece of text escaped, the expert's words verbatim with editorial insertions
marked, and only markup Qt's rich text lays out well, because the printout and the PDF are made
from this same HTML. Large print: the body is ``doc.point_size`` (at least 14 pt, 16 by
default) and nothing on the sheet is smaller than 14 pt. Each question is one block: its
``h3`` and everything up to the next ``h3`` are kept on one page (``pdf.Keep.SECTIONS``; in a
browser, ``page-break-inside: avoid``), with a box to tick and ruled lines for the answer.
"""

from __future__ import annotations

from expertreader import words
from expertreader.export import phrases, sheet_phrases

# The notes writer's escaping and layout helpers, shared so the two cannot drift apart.
from expertreader.export.html import (
    POLICY,
    disclaimer_box,
    escaped,
    expert_text,
    note_paragraphs,
    paragraph,
)
from expertreader.export.sheet_document import MIN_POINT_SIZE, SheetDocument, SheetQuestion

__all__ = ["sheet_style", "sheet_to_html"]


def sheet_style(point_size: int, *, paper: bool = False) -> str:
    """The stylesheet for body text of ``point_size`` (never below ``MIN_POINT_SIZE``).

    ``paper``: for Qt's page layout, which has page margins of its own and would indent the
    text by the body's margin but not the ruled lines.
    """
    body = max(MIN_POINT_SIZE, point_size)
    margin = 0 if paper else 24
    small = max(MIN_POINT_SIZE, body - 2)
    return f"""\
body {{ font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: {body}pt;
  line-height: 150%; color: #1b1b1b; background-color: #ffffff; margin: {margin}px; }}
h1 {{ font-size: {body + 8}pt; color: #1f3a5f; margin-top: 0; margin-bottom: 8px; }}
h2 {{ font-size: {body + 4}pt; color: #1f3a5f; margin-top: 24px; margin-bottom: 6px; }}
h3 {{ font-size: {body + 2}pt; color: #1f3a5f; margin-top: 14px; margin-bottom: 2px; }}
p {{ margin-top: 4px; margin-bottom: 8px; }}
.meta {{ color: #444444; font-size: {small}pt; }}
.privacy {{ color: #7a1f1f; font-weight: bold; font-size: {small}pt; }}
.label {{ font-weight: bold; margin-bottom: 2px; }}
.tick {{ font-size: {body + 2}pt; margin-top: 2px; margin-bottom: 4px; }}
.insertion {{ color: #555555; }}
table.facts {{ margin-top: 4px; margin-bottom: 12px; }}
table.facts td {{ padding: 4px 16px 4px 0; }}
table.disclaimer {{ border: 2px solid #8a6d00; border-collapse: collapse;
  background-color: #fff8e1; margin-top: 12px; margin-bottom: 12px; width: 100%; }}
table.disclaimer td {{ border: 2px solid #8a6d00; padding: 10px; font-size: {small}pt; }}
blockquote {{ margin-top: 4px; margin-bottom: 8px; margin-left: 24px; margin-right: 12px;
  padding-left: 12px; border-left: 4px solid #9db4cf; background-color: #f1f5fa;
  font-style: italic; color: #2b2b2b; }}
hr {{ border: none; border-top: 1px solid #777777; margin-top: 10px; margin-bottom: 0; }}
div.question {{ page-break-inside: avoid; break-inside: avoid; }}
@media screen {{ body {{ max-width: 46em; }} }}
@media print {{ body {{ margin: 0; max-width: none; }}
  h3, .label {{ page-break-after: avoid; }} }}
"""


def sheet_to_html(doc: SheetDocument, *, paper: bool = False) -> str:
    """The whole sheet as one HTML5 document ending with a newline (``paper``: laid out by
    Qt on pages, see ``sheet_style``)."""
    body = [f"<h1>{escaped(doc.title)}</h1>"]
    facts = sheet_phrases.appointment_facts(doc)
    if facts:
        rows = "".join(
            f'<tr><td class="label">{escaped(label)}</td><td>{escaped(value)}</td></tr>'
            for label, value in facts
        )
        body.append(f'<table class="facts" cellspacing="0" cellpadding="4">{rows}</table>')
    body += [
        paragraph(sheet_phrases.printed_on(doc), "meta"),
        paragraph(doc.privacy_notice, "privacy"),
        disclaimer_box(phrases.disclaimer_heading(), doc.disclaimers),
    ]
    if not doc.questions:
        body.append(paragraph(sheet_phrases.no_questions()))
    for question in doc.questions:
        body.extend(_question(question, doc.answer_lines))
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{words.language()}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="{escaped(doc.generator)}">',
        f"<title>{escaped(doc.title)}</title>",
        f"<style>\n{sheet_style(doc.point_size, paper=paper)}</style>",
        "</head>",
        "<body>",
    ]
    return "\n".join([*head, *body, "</body>", "</html>"]) + "\n"


def _question(entry: SheetQuestion, answer_lines: int) -> list[str]:
    parts = [
        '<div class="question">',
        f"<h3>{entry.number}. {escaped(entry.question)}</h3>",
        paragraph(sheet_phrases.asked_box(entry.asked), "tick"),
    ]
    if entry.quote is not None:
        parts.append(paragraph(sheet_phrases.quote_label(), "label"))
        parts.append(f"<blockquote><p>{expert_text(entry.quote)}</p></blockquote>")
    if entry.note is not None:
        parts.append(paragraph(sheet_phrases.note_label(), "label"))
        parts.extend(f'<p class="note">{line}</p>' for line in note_paragraphs(entry.note))
    parts.append(paragraph(sheet_phrases.doctor_said_label(), "label"))
    said = note_paragraphs(entry.doctor_said)
    if said:
        parts.extend(f'<p class="said">{line}</p>' for line in said)
    else:
        parts.extend("<hr>" for _ in range(answer_lines))
    parts.append("</div>")
    return parts
