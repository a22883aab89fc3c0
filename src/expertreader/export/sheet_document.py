"""The one intermediate form of an appointment sheet: what every sheet writer prints, in order.

Writers (Markdown, HTML and so the PDF and the printout) only lay this out; what goes on the
sheet is decided here once: the title, the appointment details, which disclaimers apply, each
question's number, quote (the expert's words, verbatim), note and what the doctor said.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from expertreader import words
from expertreader.content.disclaimer import default_disclaimer, disclaimers_for
from expertreader.content.library import Library
from expertreader.export.document import PRIVACY_NOTICE
from expertreader.notes.model import Note
from expertreader.notes.sheet_model import Sheet, SheetItem, short_quote

__all__ = [
    "ANSWER_LINES",
    "DEFAULT_POINT_SIZE",
    "DEFAULT_TITLE",
    "MIN_POINT_SIZE",
    "SheetDocument",
    "SheetQuestion",
    "build_sheet_document",
    "sheet_title",
]

DEFAULT_TITLE = words.QT_TRANSLATE_NOOP("Export", "Questions for my appointment")
MIN_POINT_SIZE = 14
"""Large print: the body of a sheet is never smaller than this."""
DEFAULT_POINT_SIZE = 16
ANSWER_LINES = 3
"""Ruled lines left under a question for writing the answer down at the visit."""


@dataclass(frozen=True, slots=True)
class SheetQuestion:
    """One question block as printed."""

    number: int
    question: str
    article_title: str
    """The article a library question is from; "" for a question the person typed."""
    quote: str | None
    """A short quote of the expert's answer, verbatim; None when not included."""
    note: str | None
    """The person's note on it; None when not included (or the note is gone)."""
    asked: bool
    doctor_said: str


@dataclass(frozen=True, slots=True)
class SheetDocument:
    """Everything one printed sheet contains, in print order."""

    title: str
    appointment: dt.date | None
    with_whom: str
    coming_along: str
    printed_at: dt.datetime
    app_name: str
    app_version: str
    privacy_notice: str
    disclaimers: tuple[str, ...]
    """Never empty: every sheet carries the disclaimer, on every page."""
    questions: tuple[SheetQuestion, ...]
    point_size: int = DEFAULT_POINT_SIZE
    answer_lines: int = ANSWER_LINES

    @property
    def generator(self) -> str:
        return f"{self.app_name} {self.app_version}"


def sheet_title(sheet: Sheet) -> str:
    """The title a sheet is shown and printed with (its own, or the default words)."""
    return sheet.title.strip() or words.translate("Export", DEFAULT_TITLE)


def build_sheet_document(
    library: Library | None,
    sheet: Sheet,
    items: Sequence[SheetItem],
    notes: Mapping[str, Note],
    *,
    printed_at: dt.datetime,
    app_name: str,
    app_version: str,
    timezone: dt.tzinfo | None = None,
    point_size: int = DEFAULT_POINT_SIZE,
) -> SheetDocument:
    """The sheet with its questions in their order; ``notes`` by uid (the notes it may print).

    ``timezone`` converts the print time (the caller passes the local zone); None keeps it as
    given, so tests do not depend on the machine's zone. ``point_size`` is raised to
    ``MIN_POINT_SIZE`` if smaller: a sheet is always large print.
    """
    if timezone is not None:
        moment = printed_at if printed_at.tzinfo else printed_at.replace(tzinfo=dt.UTC)
        printed_at = moment.astimezone(timezone)
    ordered = sorted(items, key=lambda item: (item.position, item.created, item.uid))
    questions = tuple(
        _question(number, item, library, notes) for number, item in enumerate(ordered, start=1)
    )
    asked_about = [item.qa_id for item in ordered if item.qa_id]
    disclaimers = disclaimers_for(library, asked_about) if asked_about else (default_disclaimer(),)
    return SheetDocument(
        title=sheet_title(sheet),
        appointment=sheet.date,
        with_whom=sheet.with_whom.strip(),
        coming_along=sheet.coming_along.strip(),
        printed_at=printed_at,
        app_name=app_name,
        app_version=app_version,
        privacy_notice=words.translate("Export", PRIVACY_NOTICE),
        disclaimers=disclaimers,
        questions=questions,
        point_size=max(MIN_POINT_SIZE, point_size),
    )


def _question(
    number: int, item: SheetItem, library: Library | None, notes: Mapping[str, Note]
) -> SheetQuestion:
    found = library.find(item.qa_id) if library is not None and item.qa_id else None
    article_title = found[0].title if found is not None else ""
    quote: str | None = None
    if item.include_quote:
        quote = item.quote.strip() or (short_quote(found[1].answer_text) if found else "") or None
    note = notes.get(item.note_uid) if item.include_note and item.note_uid else None
    return SheetQuestion(
        number=number,
        question=" ".join(item.question.split()),
        article_title=article_title,
        quote=quote,
        note=note.text if note is not None and note.text.strip() else None,
        asked=item.asked,
        doctor_said=item.doctor_said,
    )
