"""Appointment sheets as the program keeps them: a sheet and its questions in order (no Qt).

A sheet is one appointment (when, with whom, who comes along). Each of its questions came from
the library (``qa_id``) or was typed by the person (``qa_id`` is ""), may print a short quote of
the expert's answer (kept verbatim in ``quote``) and the person's note (``note_uid``), and after
the visit holds what the doctor said and whether it was asked.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from expertreader import timestamps
from expertreader.notes.rows import BadRowError, int_value, storable, text_value, time_value

SHEET_COLUMNS = ("uid", "title", "appointment", "with_whom", "coming_along", "created", "modified")
ITEM_COLUMNS = (
    "uid",
    "sheet_uid",
    "position",
    "qa_id",
    "question",
    "include_quote",
    "quote",
    "include_note",
    "note_uid",
    "doctor_said",
    "asked",
    "created",
    "modified",
)
SHEET_SELECT = ", ".join(SHEET_COLUMNS)
ITEM_SELECT = ", ".join(ITEM_COLUMNS)
QUOTE_CHARS = 240
"""A short quote: about two sentences, so the printed question block stays one block."""
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_SENTENCE_END = re.compile(r"[.!?…][\"”’)\]]*\s")


@dataclass(frozen=True, slots=True)
class Sheet:
    """One appointment. ``appointment`` is an ISO date ("2026-12-03") or "" when not set."""

    uid: str
    title: str
    appointment: str
    with_whom: str
    coming_along: str
    created: dt.datetime
    modified: dt.datetime

    @property
    def date(self) -> dt.date | None:
        return appointment_date(self.appointment)


@dataclass(frozen=True, slots=True)
class SheetItem:
    """One question on a sheet, in ``position`` order (0 first: the most important)."""

    uid: str
    sheet_uid: str
    position: int
    qa_id: str
    question: str
    include_quote: bool
    quote: str
    include_note: bool
    note_uid: str
    doctor_said: str
    asked: bool
    created: dt.datetime
    modified: dt.datetime

    @property
    def typed(self) -> bool:
        """The person's own question (not one from the articles)."""
        return not self.qa_id


def replace(record: Any, **changes: object) -> Any:
    """``dataclasses.replace`` for sheets and items, typed loosely for the store's updates."""
    return dataclasses.replace(record, **changes)


def appointment_date(text: str) -> dt.date | None:
    """The date of an ``appointment`` value; None when it is not set or not a real date."""
    match = _DATE.match(text.strip())
    if match is None:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def newest_first_key(sheet: Sheet) -> tuple[str, str, str]:
    """Sheets are listed by their appointment (or, without one, the day they were made),
    the latest first; so the next visit's sheet comes before last month's."""
    day = sheet.date.isoformat() if sheet.date else sheet.created.date().isoformat()
    return (day, timestamps.to_text(sheet.created), sheet.uid)


def short_quote(answer: str, limit: int = QUOTE_CHARS) -> str:
    """The start of the expert's answer, verbatim: whole sentences up to ``limit`` characters.

    A first sentence longer than the limit is cut at a word and ends with "…".
    """
    text = " ".join(answer.split())
    if len(text) <= limit:
        return text
    end = 0
    for match in _SENTENCE_END.finditer(text):
        if match.end() - 1 > limit:
            break
        end = match.end() - 1
    if end:
        return text[:end].rstrip()
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit].rstrip() + "…"


# --- rows <-> records -------------------------------------------------------------------------


def sheet_from_row(row: Sequence[Any], report: object = None) -> Sheet:
    uid, title, appointment, with_whom, coming_along, created, modified = row
    created_at = time_value(created, None if modified is None else time_value(modified))
    return Sheet(
        uid=_identity(uid),
        title=text_value(title, required=False),
        appointment=text_value(appointment, required=False),
        with_whom=text_value(with_whom, required=False),
        coming_along=text_value(coming_along, required=False),
        created=created_at,
        modified=time_value(modified, created_at),
    )


def item_from_row(row: Sequence[Any], report: object = None) -> SheetItem:
    (uid, sheet_uid, position, qa_id, question, include_quote, quote) = row[:7]
    (include_note, note_uid, doctor_said, asked, created, modified) = row[7:13]
    created_at = time_value(created, None if modified is None else time_value(modified))
    return SheetItem(
        uid=_identity(uid),
        sheet_uid=_identity(sheet_uid),
        position=int_value(position),
        qa_id=text_value(qa_id, required=False),
        question=text_value(question),
        include_quote=bool(int_value(include_quote)),
        quote=text_value(quote, required=False),
        include_note=bool(int_value(include_note)),
        note_uid=text_value(note_uid, required=False),
        doctor_said=text_value(doctor_said, required=False),
        asked=bool(int_value(asked)),
        created=created_at,
        modified=time_value(modified, created_at),
    )


def sheet_values(sheet: Sheet) -> tuple[object, ...]:
    """A sheet as the values of ``SHEET_COLUMNS``."""
    created = timestamps.to_text(sheet.created)
    return (
        storable(sheet.uid),
        storable(sheet.title),
        storable(sheet.appointment),
        storable(sheet.with_whom),
        storable(sheet.coming_along),
        created,
        max(created, timestamps.to_text(sheet.modified)),
    )


def item_values(item: SheetItem) -> tuple[object, ...]:
    """An item as the values of ``ITEM_COLUMNS``."""
    created = timestamps.to_text(item.created)
    return (
        storable(item.uid),
        storable(item.sheet_uid),
        item.position,
        storable(item.qa_id),
        storable(item.question),
        int(item.include_quote),
        storable(item.quote),
        int(item.include_note),
        storable(item.note_uid),
        storable(item.doctor_said),
        int(item.asked),
        created,
        max(created, timestamps.to_text(item.modified)),
    )


def sheet_to_dict(sheet: Sheet) -> dict[str, object]:
    data = dataclasses.asdict(sheet)
    data["created"] = timestamps.to_text(sheet.created)
    data["modified"] = timestamps.to_text(sheet.modified)
    return data


def item_to_dict(item: SheetItem) -> dict[str, object]:
    data = dataclasses.asdict(item)
    data["created"] = timestamps.to_text(item.created)
    data["modified"] = timestamps.to_text(item.modified)
    return data


def sheet_from_dict(data: dict[str, Any]) -> Sheet:
    """A sheet from ``sheet_to_dict`` (the bin keeps them so); ``ValueError`` if it is not one."""
    return sheet_from_row([data.get(column) for column in SHEET_COLUMNS])


def item_from_dict(data: dict[str, Any]) -> SheetItem:
    return item_from_row([data.get(column) for column in ITEM_COLUMNS])


def _identity(value: object) -> str:
    text = text_value(value)
    if not text:
        raise BadRowError("has no id")
    return text
