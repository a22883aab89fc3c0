"""Rows of the notes file <-> bookmarks and notes, reading each row on its own.

A file can hold a value we did not write (a BLOB where text belongs, a time that is not one):
such a row is mended where nothing is lost (UTF-8 bytes read as text, a missing time taken from
the other one) and otherwise left out and counted, so one bad row never hides the rest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from expertreader import timestamps
from expertreader.notes import schema
from expertreader.notes.model import Bookmark, Note, Passage

T = TypeVar("T")
S = TypeVar("S")
NOTE_COLUMNS = (*schema.NOTE_COLUMNS, "answer_text")
"""What a note row holds: ``schema.NOTE_COLUMNS`` and, since v4, the answer it was written on."""
NOTE_SELECT = ", ".join(NOTE_COLUMNS)
UNKNOWN_TIME = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
"""Shown for a time no row could tell; the words of the note matter more than when."""


class BadRowError(ValueError):
    """A row whose identity or words cannot be read."""


@dataclass(slots=True)
class ReadReport:
    """Rows left out while reading, by uid (or a placeholder when even that is unreadable), and
    rows kept with a time that could not be read (``mended``: shown with the other time, or
    ``UNKNOWN_TIME``)."""

    skipped: list[str] = field(default_factory=list)
    mended: list[str] = field(default_factory=list)


def text_value(value: object, *, required: bool = True) -> str:
    """A text column's value as ``str``; bytes only if they are UTF-8 (nothing is guessed)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            raise BadRowError("holds bytes that are not text") from None
    if value is None and not required:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise BadRowError(f"holds {type(value).__name__} where text belongs")


def time_value(value: object, fallback: dt.datetime | None = None) -> dt.datetime:
    try:
        moment = timestamps.parse(text_value(value))
    except BadRowError:
        moment = None
    if moment is not None:
        return moment
    return fallback if fallback is not None else UNKNOWN_TIME


def int_value(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return max(0, value)
    try:
        return max(0, int(text_value(value)))
    except (BadRowError, ValueError):
        return 0


def bookmark_from_row(row: Sequence[Any], report: ReadReport | None = None) -> Bookmark:
    uid, qa_id, created, question, article_title = row
    bookmark = Bookmark(
        qa_id=_identity(qa_id),
        created=time_value(created),
        uid=_identity(uid),
        question=text_value(question, required=False),
        article_title=text_value(article_title, required=False),
    )
    if report is not None and not _readable_time(created):
        report.mended.append(bookmark.uid)
    return bookmark


def note_from_row(row: Sequence[Any], report: ReadReport | None = None) -> Note:
    uid, qa_id, text, created, modified, question, article_title = row[:7]
    exact, prefix, suffix, start, end = row[7:12]
    answer = row[12] if len(row) > 12 else None
    passage = None
    if exact is not None:
        passage = Passage(
            text_value(exact),
            text_value(prefix, required=False),
            text_value(suffix, required=False),
            int_value(start),
            int_value(end),
        )
    created_at = time_value(created, None if modified is None else time_value(modified))
    note = Note(
        qa_id=_identity(qa_id),
        text=text_value(text),
        created=created_at,
        modified=time_value(modified, created_at),
        uid=_identity(uid),
        passage=passage,
        question=text_value(question, required=False),
        article_title=text_value(article_title, required=False),
        answer_text=_optional_text(answer),
    )
    if report is not None and not (_readable_time(created) and _readable_time(modified)):
        report.mended.append(note.uid)
    return note


Converter = Callable[[Sequence[Any], "ReadReport | None"], T]


def read_each(
    rows: Iterable[Sequence[Any]], report: ReadReport | None, convert: Converter[T]
) -> list[T]:
    """Convert every row that can be read; the others are named in ``report``."""
    result = []
    for row in rows:
        try:
            result.append(convert(row, report))
        except (BadRowError, ValueError, TypeError):
            if report is not None:
                report.skipped.append(_row_name(row))
    return result


def storable(text: S) -> S:
    """``text`` as UTF-8 can hold it: a lone surrogate (a broken paste or file) becomes U+FFFD.

    Without this, one such character would refuse the whole save as an unexpected error.
    Anything but text is handed back as it is (SQLite judges it).
    """
    if isinstance(text, str):
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            fixed = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
            return cast(S, fixed)
    return text


def note_values(note: Note, uid: str) -> tuple[object, ...]:
    """A note as the values of ``NOTE_COLUMNS``."""
    passage = note.passage
    created = timestamps.to_text(note.created)
    return (
        storable(uid),
        storable(note.qa_id),
        storable(note.text),
        created,
        max(created, timestamps.to_text(note.modified)),
        storable(note.question),
        storable(note.article_title),
        storable(passage.exact) if passage else None,
        storable(passage.prefix) if passage else None,
        storable(passage.suffix) if passage else None,
        passage.start if passage else None,
        passage.end if passage else None,
        storable(note.answer_text),
    )


def bookmark_values(bookmark: Bookmark, uid: str) -> tuple[object, ...]:
    return (
        storable(uid),
        storable(bookmark.qa_id),
        timestamps.to_text(bookmark.created),
        storable(bookmark.question),
        storable(bookmark.article_title),
    )


def _optional_text(value: object) -> str | None:
    """A text that may be missing (NULL); one that cannot be read counts as missing too: the
    note's own words matter, not the answer's copy."""
    if value is None:
        return None
    try:
        return text_value(value)
    except BadRowError:
        return None


def _readable_time(value: object) -> bool:
    try:
        return timestamps.parse(text_value(value)) is not None
    except BadRowError:
        return False


def _identity(value: object) -> str:
    text = text_value(value)
    if not text:
        raise BadRowError("has no id")
    return text


def _row_name(row: Sequence[Any]) -> str:
    try:
        return text_value(row[0])
    except (BadRowError, IndexError):
        return "(a row without a readable id)"
