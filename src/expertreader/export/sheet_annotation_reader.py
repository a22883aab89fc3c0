"""Reading appointment sheets back from a JSON export (the layout ``annotations.py`` writes).

``annotation_reader`` hands over every annotation that is about a sheet (``is_sheet_annotation``);
each is read on its own, and one that cannot be read raises ``SheetAnnotationError`` with the
reason, so it is listed as left out and never stops the import. Ids are kept exactly, so
importing the same file twice adds nothing (``Sheets.merge`` matches by uid).
"""

from __future__ import annotations

import datetime as dt
from typing import TypeGuard
from urllib.parse import unquote

from expertreader import timestamps
from expertreader.export.annotations import (
    APPOINTMENT_KEY,
    ASKED_KEY,
    COMING_ALONG_KEY,
    INCLUDE_NOTE_KEY,
    INCLUDE_QUOTE_KEY,
    NOTE_KEY,
    POSITION_KEY,
    QA_IRI_PREFIX,
    QUOTE_KEY,
    SHEET_IRI_PREFIX,
    SHEET_KEY,
    WITH_WHOM_KEY,
)
from expertreader.notes.sheet_model import Sheet, SheetItem

MAX_POSITION = 100_000
MAX_ID_LENGTH = 1000


class SheetAnnotationError(ValueError):
    """One sheet annotation cannot be imported; the message says why."""


def is_sheet_annotation(item: object) -> bool:
    """A sheet (its target is a sheet's IRI) or a question on one (it names its sheet)."""
    if not isinstance(item, dict):
        return False
    if SHEET_KEY in item:
        return True
    target = item.get("target")
    return isinstance(target, str) and target.startswith(SHEET_IRI_PREFIX)


def read_sheet_annotation(item: dict[str, object]) -> Sheet | SheetItem:
    """The sheet or the sheet's question this annotation holds."""
    uid = _uid(item.get("id"))
    created, modified = _times(item)
    if SHEET_KEY in item:
        return _item(item, uid, created, modified)
    target = str(item.get("target"))
    if _unquoted(target[len(SHEET_IRI_PREFIX) :]) != uid:
        raise SheetAnnotationError("describes a sheet other than itself")
    return Sheet(
        uid=uid,
        title=_body_text(item.get("body"), "describing"),
        appointment=_text(item.get(APPOINTMENT_KEY)),
        with_whom=_text(item.get(WITH_WHOM_KEY)),
        coming_along=_text(item.get(COMING_ALONG_KEY)),
        created=created,
        modified=modified,
    )


def _item(
    item: dict[str, object], uid: str, created: dt.datetime, modified: dt.datetime
) -> SheetItem:
    sheet_uid = _uid(item.get(SHEET_KEY), what="sheet")
    question = _body_text(item.get("body"), "questioning")
    if not question.strip():
        raise SheetAnnotationError("is a sheet's question without its words")
    position = item.get(POSITION_KEY, 0)
    if not _is_count(position):
        raise SheetAnnotationError("has an impossible place on its sheet")
    return SheetItem(
        uid=uid,
        sheet_uid=sheet_uid,
        position=position,
        qa_id=_qa_id(item.get("target")),
        question=question,
        include_quote=item.get(INCLUDE_QUOTE_KEY) is True,
        quote=_text(item.get(QUOTE_KEY)),
        include_note=item.get(INCLUDE_NOTE_KEY) is True,
        note_uid=_text(item.get(NOTE_KEY)),
        doctor_said=_body_text(item.get("body"), "replying"),
        asked=item.get(ASKED_KEY) is True,
        created=created,
        modified=modified,
    )


def _uid(value: object, what: str = "annotation") -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_ID_LENGTH:
        raise SheetAnnotationError(f"has no usable {what} id")
    return _checked(value)


def _times(item: dict[str, object]) -> tuple[dt.datetime, dt.datetime]:
    created = timestamps.parse(item.get("created"))
    modified = timestamps.parse(item.get("modified"))
    if item.get("created") is not None and created is None:
        raise SheetAnnotationError("has an unreadable 'created' time")
    if item.get("modified") is not None and modified is None:
        raise SheetAnnotationError("has an unreadable 'modified' time")
    created = created or modified
    if created is None:
        raise SheetAnnotationError("has no 'created' time")
    return created, modified or created


def _body_text(body: object, purpose: str) -> str:
    """The text of the body with this purpose (or, for the main one, the only body)."""
    bodies = body if isinstance(body, list) else [body]
    texts = [entry for entry in bodies if isinstance(entry, dict)]
    for entry in texts:
        purposes = entry.get("purpose")
        named = purposes if isinstance(purposes, list) else [purposes]
        if purpose in named and isinstance(entry.get("value"), str):
            return _checked(str(entry["value"]))
    if purpose != "replying" and len(texts) == 1 and isinstance(texts[0].get("value"), str):
        return _checked(str(texts[0]["value"]))
    return ""


def _qa_id(target: object) -> str:
    """The question from the articles a sheet's question is about; "" for one the person typed."""
    targets = target if isinstance(target, list) else [target]
    for entry in targets:
        source = entry.get("source", entry.get("id")) if isinstance(entry, dict) else entry
        if isinstance(source, str) and source.startswith(QA_IRI_PREFIX):
            qa_id = _unquoted(source[len(QA_IRI_PREFIX) :])
            if qa_id:
                return qa_id
    return ""


def _unquoted(text: str) -> str:
    try:
        return _checked(unquote(text, errors="strict"))
    except UnicodeDecodeError:
        raise SheetAnnotationError(
            "names its sheet or question in a way that cannot be read"
        ) from None


def _text(value: object) -> str:
    return _checked(value) if isinstance(value, str) else ""


def _checked(value: str) -> str:
    """Refuse text that cannot be stored as UTF-8 (JSON can smuggle in lone surrogates)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise SheetAnnotationError("contains characters that are not valid text") from None
    return value


def _is_count(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_POSITION
