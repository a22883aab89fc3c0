"""Bookmarks and notes <-> a W3C Web Annotation ``AnnotationCollection`` (DESIGN.md contract).

The JSON export is both the format other annotation tools can read and the user's lossless
backup, so the writer follows the contract's layout exactly. It adds, as extension properties
named by absolute IRIs (which JSON-LD and the W3C model both allow, and other tools ignore):
on each annotation the question text and article title (``expertreader:question``,
``expertreader:articleTitle``), so a note stays meaningful when its question is gone; on the
collection the disclaimer(s) and the privacy notice, because every export carries them.

The reader takes any file a person might pick. It never raises anything but ImportFileError:
size, encoding, JSON syntax and nesting depth are checked before any structure is trusted, and
each annotation is checked on its own, so one bad entry is reported and skipped, not fatal.
Words are never dropped silently: a bookmark that carries text (other tools allow that) comes in
as a bookmark and a note, and anything left out is listed in ``skipped`` with the reason.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from typing import TypeGuard
from urllib.parse import quote, unquote

from expertreader.content.disclaimer import disclaimers_for
from expertreader.content.library import Library
from expertreader.export.document import PRIVACY_NOTICE
from expertreader.notes.model import Bookmark, Note, Passage

__all__ = [
    "ANNOTATION_CONTEXT",
    "ARTICLE_TITLE_KEY",
    "COLLECTION_LABEL",
    "DISCLAIMER_KEY",
    "MAX_IMPORT_BYTES",
    "MAX_NESTING",
    "NOTICE_KEY",
    "QA_IRI_PREFIX",
    "QUESTION_KEY",
    "ImportFileError",
    "ImportedNotes",
    "format_time",
    "parse_time",
    "qa_iri",
    "read_annotation_bytes",
    "read_annotation_file",
    "to_annotation_collection",
    "to_json",
]

ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
COLLECTION_LABEL = "ExpertReader notes"
QA_IRI_PREFIX = "expertreader:qa/"
QUESTION_KEY = "expertreader:question"
ARTICLE_TITLE_KEY = "expertreader:articleTitle"
DISCLAIMER_KEY = "expertreader:disclaimer"
NOTICE_KEY = "expertreader:notice"

MAX_IMPORT_BYTES = 20 * 1024 * 1024
"""Far above any real notes file (a thousand long notes are well under 2 MB)."""
MAX_NESTING = 64
"""Our own files nest 7 levels deep; this leaves room for other tools and stops hostile files."""
MAX_QA_ID_LENGTH = 200
MAX_POSITION = 10**9

# Fixed, so that ids derived from content are the same on every machine and every run.
_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "expertreader:")
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s\"<>\\^`{|}]+$")
_TIME = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?"
    r"(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$"
)
# A JSON string, or an unterminated one running to the end; possessive, so always linear time.
_JSON_STRING = re.compile(r'"(?:[^"\\]++|\\.)*+(?:"|\\?\Z)', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_BRACKET_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}
_QA_ID = re.compile(r"^[^\x00-\x1f\x7f]+$")


# --------------------------------------------------------------------------------------------
# Writing


def to_annotation_collection(
    bookmarks: list[Bookmark],
    notes: list[Note],
    *,
    exported_at: dt.datetime,
    library: Library | None = None,
) -> dict[str, object]:
    """The contract's AnnotationCollection with every bookmark and note in its first page.

    With ``library``, the question and article title are taken from the current content;
    without it (or for questions the content lacks), from what the bookmark or note stored.
    """
    items: list[dict[str, object]] = [_bookmark_annotation(b, library) for b in bookmarks]
    items += [_note_annotation(n, library) for n in notes]
    items.sort(key=lambda item: (str(item["created"]), str(item["id"])))
    qa_ids = [b.qa_id for b in bookmarks] + [n.qa_id for n in notes]
    disclaimers = disclaimers_for(library, qa_ids)
    collection_id = _derived_id(
        "collection", format_time(exported_at), *(str(i["id"]) for i in items)
    )
    return {
        "@context": ANNOTATION_CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": COLLECTION_LABEL,
        "total": len(items),
        "created": format_time(exported_at),
        DISCLAIMER_KEY: list(disclaimers),
        NOTICE_KEY: PRIVACY_NOTICE,
        "first": {
            "id": _derived_id("page", collection_id, "0"),
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    }


def to_json(
    bookmarks: list[Bookmark],
    notes: list[Note],
    *,
    exported_at: dt.datetime,
    library: Library | None = None,
) -> str:
    """The collection as pretty-printed UTF-8 JSON text ending with a newline."""
    collection = to_annotation_collection(
        bookmarks, notes, exported_at=exported_at, library=library
    )
    return json.dumps(collection, ensure_ascii=False, indent=2) + "\n"


def qa_iri(qa_id: str) -> str:
    """The IRI that names one question: ``expertreader:qa/<qa id>``."""
    return QA_IRI_PREFIX + quote(qa_id, safe="-._~")


def format_time(value: dt.datetime) -> str:
    """``YYYY-MM-DDTHH:MM:SSZ`` in UTC; a naive time is taken to be UTC already."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    value = value.astimezone(dt.UTC)
    return (
        f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
        f"T{value.hour:02d}:{value.minute:02d}:{value.second:02d}Z"
    )


def _bookmark_annotation(bookmark: Bookmark, library: Library | None) -> dict[str, object]:
    created = format_time(bookmark.created)
    annotation: dict[str, object] = {
        "id": _annotation_id(bookmark.uid, "bookmark", bookmark.qa_id, created),
        "type": "Annotation",
        "motivation": "bookmarking",
        "created": created,
        "modified": created,
        "target": qa_iri(bookmark.qa_id),
    }
    _add_context(annotation, bookmark.qa_id, bookmark.question, bookmark.article_title, library)
    return annotation


def _note_annotation(note: Note, library: Library | None) -> dict[str, object]:
    created = format_time(note.created)
    target: object = qa_iri(note.qa_id)
    passage = note.passage
    if passage is not None:
        target = {
            "source": qa_iri(note.qa_id),
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": passage.exact,
                    "prefix": passage.prefix,
                    "suffix": passage.suffix,
                },
                {"type": "TextPositionSelector", "start": passage.start, "end": passage.end},
            ],
        }
    annotation: dict[str, object] = {
        "id": _annotation_id(note.uid, "note", note.qa_id, created, note.text),
        "type": "Annotation",
        "motivation": "commenting",
        "created": created,
        "modified": format_time(note.modified),
        "body": {"type": "TextualBody", "value": note.text, "format": "text/plain"},
        "target": target,
    }
    _add_context(annotation, note.qa_id, note.question, note.article_title, library)
    return annotation


def _add_context(
    annotation: dict[str, object],
    qa_id: str,
    question: str,
    article_title: str,
    library: Library | None,
) -> None:
    """Remember which question a note was on, so it stays meaningful if the question goes."""
    found = library.find(qa_id) if library is not None else None
    if found is not None:
        article, qa = found
        question, article_title = qa.question, article.title
    if question:
        annotation[QUESTION_KEY] = question
    if article_title:
        annotation[ARTICLE_TITLE_KEY] = article_title


def _annotation_id(uid: str, *content: str) -> str:
    """The stored uid when it is a URI; a bare UUID as ``urn:uuid:``; else one from content."""
    if _URI.match(uid):
        return uid
    try:
        return uuid.UUID(uid).urn
    except ValueError:
        return _derived_id(*content)


def _derived_id(*parts: str) -> str:
    return uuid.uuid5(_NAMESPACE, "\x1f".join(parts)).urn


# --------------------------------------------------------------------------------------------
# Reading


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
            f"(line {error.lineno}, column {error.colno}: {error.msg})",
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
        try:
            entries, left_out = _read_annotation(item)
        except _SkipError as reason:
            result.skipped.append(f"{label}: {reason}")
            continue
        if left_out:
            result.skipped.append(f"{label}: {left_out}")
        for entry in entries:
            earlier = notes.get(entry.uid) or bookmarks.get(entry.uid)
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
    if result.skipped and not result.bookmarks and not result.notes:
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
    qa_id, passage = _read_target(item.get("target"))
    created, modified = _read_times(item)
    question = _optional_text(item.get(QUESTION_KEY))
    article_title = _optional_text(item.get(ARTICLE_TITLE_KEY))
    if "bookmarking" in _names(item.get("motivation")):
        bookmark = Bookmark(qa_id, created, uid=uid, question=question, article_title=article_title)
        try:
            text = _read_body(item)
        except _SkipError as reason:
            return [bookmark], f"the bookmark was imported, but its text was left out: it {reason}"
        if text is None or not text.strip():
            return [bookmark], None
        note_uid = _derived_id("note of bookmark", uid)
        note = Note(qa_id, text, created, modified, note_uid, passage, question, article_title)
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
    """An ISO 8601 / RFC 3339 time as an aware UTC datetime (no zone means UTC); else None."""
    if not isinstance(value, str):
        return None
    match = _TIME.match(value.strip())
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(match[n]) for n in range(1, 7))
    micro = int((match[7] or "0")[:6].ljust(6, "0"))
    zone = dt.UTC
    if match[9]:
        offset = dt.timedelta(hours=int(match[10]), minutes=int(match[11]))
        zone = dt.timezone(-offset if match[9] == "-" else offset)
    try:
        return dt.datetime(year, month, day, hour, minute, second, micro, zone).astimezone(dt.UTC)
    except (ValueError, OverflowError):
        return None


def _optional_text(value: object) -> str:
    return _check_text(value) if isinstance(value, str) else ""


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
