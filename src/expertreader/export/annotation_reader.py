"""Reading notes files: a W3C ``AnnotationCollection`` from ExpertReader or another tool.

The reader takes any file a person might pick. It never raises anything but ImportFileError:
size, encoding, JSON syntax and nesting depth are checked before any structure is trusted, and
each annotation is checked on its own, so one bad entry (an impossible time, an id that is not
text) is reported and skipped, never fatal. Words are never dropped silently: a bookmark that
carries text (other tools allow that) comes in as a bookmark and a note, and anything left out
is listed in ``skipped`` with the reason. Time is linear in the size of the file. Appointment
sheets and their questions are read by ``sheet_annotation_reader``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from typing import TypeGuard
from urllib.parse import unquote

from expertreader import timestamps
from expertreader.export.annotations import (
    ANSWER_TEXT_KEY,
    ARTICLE_TITLE_KEY,
    QA_IRI_PREFIX,
    QUESTION_KEY,
    derived_id,
)
from expertreader.export.sheet_annotation_reader import (
    SheetAnnotationError,
    is_sheet_annotation,
    read_sheet_annotation,
)
from expertreader.notes.model import Bookmark, Note, Passage
from expertreader.notes.sheet_model import Sheet, SheetItem

MAX_IMPORT_BYTES = 20 * 1024 * 1024
"""Far above any real notes file (a thousand long notes are well under 2 MB)."""
MAX_NESTING = 64
"""Our own files nest 7 levels deep; this leaves room for other tools and stops hostile files."""
MAX_QA_ID_LENGTH = 200
MAX_POSITION = 10**9

_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s\"<>\\^`{|}]+$")
# A JSON string, or an unterminated one running to the end; possessive, so always linear time.
_JSON_STRING = re.compile(r'"(?:[^"\\]++|\\.)*+(?:"|\\?\Z)', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_BRACKET_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}
_QA_ID = re.compile(r"^[^\x00-\x1f\x7f]+$")


class ImportFileError(Exception):
    """A notes file that cannot be imported at all; the message names the file and the problem."""

    def __init__(self, path: str | Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = str(path)
        self.message = message


@dataclass(slots=True)
class ImportedNotes:
    """What a notes file held, plus one line for every annotation that was left out."""

    bookmarks: list[Bookmark] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    sheets: list[Sheet] = field(default_factory=list)
    sheet_items: list[SheetItem] = field(default_factory=list)


class _SkipError(Exception):
    """One annotation cannot be imported; the message says why."""


def read_annotation_file(path: str | Path) -> ImportedNotes:
    """Read a JSON notes export (ours or another W3C annotation tool's)."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_IMPORT_BYTES + 1)
    except FileNotFoundError:
        raise ImportFileError(path, "cannot be found") from None
    except IsADirectoryError:
        raise ImportFileError(path, "is a folder, not a notes file") from None
    except PermissionError:
        raise ImportFileError(path, "cannot be read: permission denied") from None
    except OSError as error:
        raise ImportFileError(path, f"cannot be read ({error.strerror or error})") from None
    return read_annotation_bytes(data, path)


def read_annotation_bytes(data: bytes, path: str | Path = "<notes>") -> ImportedNotes:
    """Read a notes export from bytes; ``path`` only names it in error messages."""
    try:
        return _read(data, path)
    except ImportFileError:
        raise
    except Exception as error:  # The promise is "only ImportFileError"; tests check none occur.
        raise ImportFileError(
            path, f"could not be read because of an unexpected problem ({type(error).__name__})"
        ) from error


def _read(data: bytes, path: str | Path) -> ImportedNotes:
    if len(data) > MAX_IMPORT_BYTES:
        limit = MAX_IMPORT_BYTES // (1024 * 1024)
        raise ImportFileError(path, f"is larger than {limit} MB, too large to be a notes file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            path,
            f"is not a notes file: it is not UTF-8 text "
            f"(byte 0x{data[error.start]:02x} at offset {error.start})",
        ) from None
    if not text.strip():
        raise ImportFileError(path, "is empty")
    if _nesting(text) > MAX_NESTING:
        raise ImportFileError(
            path, f"is not a notes file: it is nested more than {MAX_NESTING} levels deep"
        )
    try:
        root = json.loads(text)
    except RecursionError:
        raise ImportFileError(path, "is not a notes file: it is nested too deeply") from None
    except json.JSONDecodeError as error:
        raise ImportFileError(
            path,
            f"is not a notes file: it is not valid JSON "
            f"(line {error.lineno}, column {error.colno}: {_json_problem(error.msg)})",
        ) from None
    except ValueError:  # an integer with more digits than Python will convert
        raise ImportFileError(
            path, "is not a notes file: it holds a number too long to read"
        ) from None
    return _read_items(_items(root, path), path)


def _nesting(text: str) -> int:
    """How deep arrays and objects nest, counted before parsing so a hostile file cannot recurse.

    Strings are removed first so brackets inside text do not count; all loops run in C.
    """
    brackets = _NOT_BRACKET.sub("", _JSON_STRING.sub("", text))
    return max(accumulate(map(_BRACKET_STEP.__getitem__, brackets)), default=0)


def _items(root: object, path: str | Path) -> list[object]:
    """The annotations of a collection (its first page, or leniently its own items) or a page."""
    if not isinstance(root, dict):
        raise ImportFileError(
            path,
            f"is not an ExpertReader notes file: it holds a JSON {_kind(root)}, "
            "not a W3C AnnotationCollection",
        )
    types = _names(root.get("type"))
    if "AnnotationCollection" in types:
        first = root.get("first")
        if isinstance(first, dict) and "items" in first:
            items = first["items"]
        elif "items" in root:
            items = root["items"]
        elif isinstance(first, str):
            raise ImportFileError(
                path, f"has no annotations in it: they are in a separate page ({_clip(first)})"
            )
        elif first is None and root.get("total") == 0:
            items = []
        else:
            raise ImportFileError(
                path, "is not an ExpertReader notes file: its collection has no 'items'"
            )
    elif "AnnotationPage" in types:
        items = root.get("items")
    else:
        shown = ", ".join(_clip(name) for name in types) if types else "none"
        raise ImportFileError(
            path,
            "is not an ExpertReader notes file: expected a W3C AnnotationCollection "
            f"(its type is {shown})",
        )
    if not isinstance(items, list):
        raise ImportFileError(
            path, "is not an ExpertReader notes file: its 'items' are not a list of annotations"
        )
    return items


def _read_items(items: list[object], path: str | Path) -> ImportedNotes:
    result = ImportedNotes()
    notes: dict[str, Note] = {}
    bookmarks: dict[str, Bookmark] = {}
    for index, item in enumerate(items, start=1):
        label = f"annotation {index}"
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            label += f" ({_clip(item['id'])})"
        if is_sheet_annotation(item):
            assert isinstance(item, dict)
            try:
                sheet_record = read_sheet_annotation(item)
            except SheetAnnotationError as reason:
                result.skipped.append(f"{label}: {reason}")
                continue
            if isinstance(sheet_record, Sheet):
                result.sheets.append(sheet_record)
            else:
                result.sheet_items.append(sheet_record)
            continue
        try:
            entries, left_out = _read_annotation(item)
        except _SkipError as reason:
            result.skipped.append(f"{label}: {reason}")
            continue
        if left_out:
            result.skipped.append(f"{label}: {left_out}")
        for entry in entries:
            # A bookmark and a note may share an id (other tools): each kind is its own.
            earlier = notes.get(entry.uid) if isinstance(entry, Note) else bookmarks.get(entry.uid)
            if earlier is not None:
                # A file can hold one note twice (edited between two exports joined by hand):
                # the newer edit wins, as it does in the store; the older one is reported.
                if (
                    isinstance(entry, Note)
                    and isinstance(earlier, Note)
                    and entry.modified > earlier.modified
                ):
                    notes[entry.uid] = entry
                    result.skipped.append(
                        f"{label}: is a newer version of an earlier annotation, which was left out"
                    )
                    continue
                result.skipped.append(f"{label}: repeats the id of an earlier annotation")
                continue
            if isinstance(entry, Bookmark):
                bookmarks[entry.uid] = entry
            else:
                notes[entry.uid] = entry
    result.bookmarks = list(bookmarks.values())
    result.notes = list(notes.values())
    if result.skipped and not (result.bookmarks or result.notes or result.sheets):
        more = len(result.skipped) - 1
        also = f" (and {more} more like it)" if more else ""
        raise ImportFileError(
            path, f"has no notes ExpertReader can import: {result.skipped[0]}{also}"
        )
    return result


def _read_annotation(item: object) -> tuple[list[Bookmark | Note], str | None]:
    """A bookmark, a note, or both, and what of it was left out (if anything).

    A bookmark with text keeps its text as a note on the answer (or on its passage), under an id
    derived from the annotation's so that importing the file again matches it.
    """
    if not isinstance(item, dict):
        raise _SkipError(f"is a JSON {_kind(item)}, not an annotation")
    if "Annotation" not in _names(item.get("type")):
        raise _SkipError("is not of type 'Annotation'")
    uid = item.get("id")
    if not isinstance(uid, str) or not _URI.match(uid) or len(uid) > 1000:
        raise _SkipError("has no usable 'id'")
    _check_text(uid)
    qa_id, passage = _read_target(item.get("target"))
    created, modified = _read_times(item)
    question = _optional_text(item.get(QUESTION_KEY))
    article_title = _optional_text(item.get(ARTICLE_TITLE_KEY))
    answer_text = _answer_text(item.get(ANSWER_TEXT_KEY))
    if "bookmarking" in _names(item.get("motivation")):
        bookmark = Bookmark(qa_id, created, uid=uid, question=question, article_title=article_title)
        try:
            text = _read_body(item)
        except _SkipError as reason:
            return [bookmark], f"the bookmark was imported, but its text was left out: it {reason}"
        if text is None or not text.strip():
            return [bookmark], None
        note_uid = derived_id("note of bookmark", uid)
        note = Note(
            qa_id, text, created, modified, note_uid, passage, question, article_title, answer_text
        )
        return [bookmark, note], None
    text = _read_body(item)
    if text is None:
        raise _SkipError("has no note text and is not a bookmark")
    if passage is None and not text.strip():
        raise _SkipError("has an empty note (no text) and is not a bookmark")
    note = Note(
        qa_id,
        text,
        created,
        modified,
        uid=uid,
        passage=passage,
        question=question,
        article_title=article_title,
        answer_text=answer_text,
    )
    return [note], None


def _read_target(target: object) -> tuple[str, Passage | None]:
    """The question a target names and, for a passage note, where in the answer it sits."""
    if isinstance(target, list):
        if len(target) != 1:
            raise _SkipError(f"has {len(target)} targets; an ExpertReader note has exactly one")
        target = target[0]
    if isinstance(target, str):
        return _qa_id(target), None
    if not isinstance(target, dict):
        raise _SkipError("has no target")
    source = target.get("source", target.get("id"))
    if isinstance(source, dict):
        source = source.get("id")
    if not isinstance(source, str):
        raise _SkipError("has a target without a source")
    qa_id = _qa_id(source)
    selectors = target.get("selector")
    if selectors is None:
        return qa_id, None
    return qa_id, _read_passage(selectors if isinstance(selectors, list) else [selectors])


def _qa_id(iri: str) -> str:
    if not iri.startswith(QA_IRI_PREFIX):
        raise _SkipError(f"is not about an ExpertReader question (its target is {_clip(iri)})")
    try:
        qa_id = unquote(iri[len(QA_IRI_PREFIX) :], errors="strict")
    except UnicodeDecodeError:
        raise _SkipError(f"names no valid question (its target is {_clip(iri)})") from None
    if not qa_id or len(qa_id) > MAX_QA_ID_LENGTH or not _QA_ID.match(qa_id):
        raise _SkipError(f"names no valid question (its target is {_clip(iri)})")
    _check_text(qa_id)
    return qa_id


def _read_passage(selectors: list[object]) -> Passage:
    quote_selector: dict[str, object] | None = None
    position: dict[str, object] | None = None
    for selector in selectors:
        if not isinstance(selector, dict):
            continue
        kinds = _names(selector.get("type"))
        if "TextQuoteSelector" in kinds and quote_selector is None:
            quote_selector = selector
        elif "TextPositionSelector" in kinds and position is None:
            position = selector
    if quote_selector is None or position is None:
        raise _SkipError(
            "marks a passage without both a TextQuoteSelector and a TextPositionSelector"
        )
    exact = quote_selector.get("exact")
    if not isinstance(exact, str):
        raise _SkipError("marks a passage without its text ('exact')")
    start, end = position.get("start"), position.get("end")
    if not _is_position(start) or not _is_position(end) or start > end:
        raise _SkipError("marks a passage with an impossible start or end")
    return Passage(
        exact=_check_text(exact),
        prefix=_optional_text(quote_selector.get("prefix")),
        suffix=_optional_text(quote_selector.get("suffix")),
        start=start,
        end=end,
    )


def _is_position(value: object) -> TypeGuard[int]:
    """A character offset: a non-negative int (JSON true/false are not numbers here)."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_POSITION


def _read_times(item: dict[str, object]) -> tuple[dt.datetime, dt.datetime]:
    """Created and modified; either stands in for the other when only one is given."""
    created_text, modified_text = item.get("created"), item.get("modified")
    created = parse_time(created_text) if created_text is not None else None
    modified = parse_time(modified_text) if modified_text is not None else None
    if created_text is not None and created is None:
        raise _SkipError("has an unreadable 'created' time")
    if modified_text is not None and modified is None:
        raise _SkipError("has an unreadable 'modified' time")
    if created is None:
        created = modified
    if modified is None:
        modified = created
    if created is None or modified is None:
        raise _SkipError("has no 'created' time")
    return created, modified


def _read_body(item: dict[str, object]) -> str | None:
    """The note's text: an embedded TextualBody (or several, joined), or a ``bodyValue``."""
    body_value = item.get("bodyValue")
    if isinstance(body_value, str):
        return _check_text(body_value)
    body = item.get("body")
    bodies = body if isinstance(body, list) else [body]
    texts = [
        _check_text(value)
        for entry in bodies
        if isinstance(entry, dict) and isinstance(value := entry.get("value"), str)
    ]
    return "\n\n".join(texts) if texts else None


def parse_time(value: object) -> dt.datetime | None:
    """An ISO 8601 / RFC 3339 time as an aware UTC datetime; None if it is not one."""
    return timestamps.parse(value)


def _optional_text(value: object) -> str:
    return _check_text(value) if isinstance(value, str) else ""


def _answer_text(value: object) -> str | None:
    """The answer a note was written on, if readable; a bad one never costs the note itself."""
    if not isinstance(value, str):
        return None
    try:
        return _check_text(value)
    except _SkipError:
        return None


def _check_text(value: str) -> str:
    """Refuse text that cannot be stored as UTF-8 (JSON can smuggle in lone surrogates)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _SkipError("contains characters that are not valid text") from None
    return value


def _names(value: object) -> list[str]:
    """A W3C property that may be one string or a list of strings, as a list."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [entry for entry in value if isinstance(entry, str)]
    return []


def _kind(value: object) -> str:
    kinds: Iterable[tuple[type, str]] = (
        (bool, "true/false value"),
        (int, "number"),
        (float, "number"),
        (str, "string"),
        (list, "array"),
        (dict, "object"),
    )
    for kind, name in kinds:
        if isinstance(value, kind):
            return name
    return "null"


def _clip(text: str, limit: int = 60) -> str:
    text = text.encode("utf-8", "replace").decode("utf-8")
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _json_problem(message: str) -> str:
    """Python's words for a JSON fault, without the dangling "at" it ends some with (the
    line and column are given already): "Unterminated string starting at" -> "unterminated
    string"."""
    message = message.removesuffix(" starting at").removesuffix(" at")
    return message[:1].lower() + message[1:]
