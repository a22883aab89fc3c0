"""The words an appointment sheet prints, in the interface language: one place for every sheet
writer (Markdown, HTML and so the PDF and the printout), as ``phrases`` is for the notes.

Each phrase is ``words.translate("Export", "<English>")`` with the English spelt out, because
that is what lupdate reads; values go in with ``{name}`` placeholders after translating.
"""

from __future__ import annotations

from expertreader import words
from expertreader.dates import format_date, format_datetime
from expertreader.export.sheet_document import SheetDocument

TICK_BOX = "☐"
TICKED_BOX = "☑"


def appointment_facts(doc: SheetDocument) -> list[tuple[str, str]]:
    """(label, value) for each appointment detail the sheet has, in print order."""
    facts = []
    if doc.appointment is not None:
        facts.append((words.translate("Export", "Date"), format_date(doc.appointment)))
    if doc.with_whom:
        facts.append((words.translate("Export", "With"), doc.with_whom))
    if doc.coming_along:
        facts.append((words.translate("Export", "Coming along"), doc.coming_along))
    return facts


def printed_on(doc: SheetDocument) -> str:
    return words.translate("Export", "Printed on {when} with {program}.").format(
        when=format_datetime(doc.printed_at), program=doc.generator
    )


def page_footer(doc: SheetDocument) -> str:
    """The line under every page, before its number: the program, its version, the date."""
    return words.translate("Export", "{program} · printed {date}").format(
        program=doc.generator, date=format_date(doc.printed_at.date())
    )


def no_questions() -> str:
    return words.translate("Export", "There are no questions on this sheet yet.")


def asked() -> str:
    return words.translate("Export", "Asked")


def asked_box(was_asked: bool) -> str:
    """A box to tick at the visit, ticked already when the person said it was asked."""
    return f"{TICKED_BOX if was_asked else TICK_BOX} {asked()}"


def quote_label() -> str:
    return words.translate("Export", "From the expert’s answer:")


def note_label() -> str:
    return words.translate("Export", "My note:")


def doctor_said_label() -> str:
    return words.translate("Export", "What the doctor said:")
