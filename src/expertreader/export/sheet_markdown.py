"""SheetDocument -> CommonMark: the appointment sheet as a text file to print or send.

Escaped exactly as the notes export is (``markdown.escape_text``): nothing a person typed or an
article says becomes markup. Each question is a level-3 heading with a task-list tick box
("- [ ] Asked", which GitHub-flavoured viewers show as a box) and, when nothing was written yet,
ruled lines to write the answer on (thematic breaks, which read as lines in a text editor too).
"""

from __future__ import annotations

from expertreader.export import phrases, sheet_phrases
from expertreader.export.markdown import escape_heading, escape_text
from expertreader.export.sheet_document import SheetDocument, SheetQuestion

__all__ = ["RULE", "sheet_to_markdown"]

RULE = "_" * 60
"""One ruled line to write on: a thematic break to a Markdown viewer, a line to the eye."""


def sheet_to_markdown(doc: SheetDocument) -> str:
    """The whole sheet as one CommonMark document ending with a newline."""
    blocks = [f"# {escape_heading(doc.title)}"]
    facts = sheet_phrases.appointment_facts(doc)
    if facts:
        blocks.append(
            "\\\n".join(f"**{escape_text(label)}:** {escape_text(value)}" for label, value in facts)
        )
    blocks += [
        escape_text(sheet_phrases.printed_on(doc)),
        f"**{escape_text(doc.privacy_notice)}**",
        f"## {escape_heading(phrases.disclaimer_heading())}",
        *(escape_text(text) for text in doc.disclaimers),
    ]
    if not doc.questions:
        blocks.append(escape_text(sheet_phrases.no_questions()))
    for question in doc.questions:
        blocks.extend(_question(question, doc.answer_lines))
    return "\n\n".join(blocks) + "\n"


def _question(entry: SheetQuestion, answer_lines: int) -> list[str]:
    blocks = [f"### {entry.number}. {escape_heading(entry.question)}"]
    mark = "x" if entry.asked else " "
    blocks.append(f"- [{mark}] {escape_text(sheet_phrases.asked())}")
    if entry.quote is not None:
        blocks.append(f"**{escape_text(sheet_phrases.quote_label())}**")
        quoted = escape_text(entry.quote) or "…"
        blocks.append("\n".join(f"> {line}" if line else ">" for line in quoted.split("\n")))
    if entry.note is not None:
        blocks.append(f"**{escape_text(sheet_phrases.note_label())}**")
        blocks.append(escape_text(entry.note))
    blocks.append(f"**{escape_text(sheet_phrases.doctor_said_label())}**")
    said = escape_text(entry.doctor_said)
    blocks.extend([said] if said else [RULE] * answer_lines)
    return blocks
