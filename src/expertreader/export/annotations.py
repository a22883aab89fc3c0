"""Bookmarks and notes <-> a W3C Web Annotation ``AnnotationCollection`` (DESIGN.md contract).

The JSON export is both the format other annotation tools can read and the user's lossless
backup, so the writer follows the contract's layout exactly. It adds, as extension properties
named by absolute IRIs (which JSON-LD and the W3C model both allow, and other tools ignore):
on each annotation the question text and article title (``expertreader:question``,
``expertreader:articleTitle``), so a note stays meaningful when its question is gone; on the
collection the disclaimer(s) and the privacy notice, because every export carries them. A note
also carries the answer it was written against (``expertreader:answerText``), where known, so
a restored note can still say that the answer changed and show the earlier wording.

Each annotation also names the article's date and expert, and the collection the program that
wrote it (W3C ``generator``), because every export says where its words came from. Reading
these files back is ``annotation_reader.py``'s job.

Appointment sheets travel in the same collection, so a caregiver can open the same sheet on
another computer. A sheet is an annotation ``describing`` the appointment
(``expertreader:sheet/<uid>``): its body is the sheet's title, the date, with whom and who comes
along are extension properties. Each question on it is a ``questioning`` annotation whose body is
the question (and, once the doctor answered, a second body with purpose ``replying``: what the
doctor said), targeting the sheet and, for a question from the articles, the question itself.
Its place on the sheet, the quote, the note and "asked" are extension properties. An older
ExpertReader skips these (they do not target one question) rather than reading them as notes.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from urllib.parse import quote

from expertreader import APP_NAME, __version__, words
from expertreader.content.disclaimer import disclaimers_for
from expertreader.content.library import Library
from expertreader.export.document import PRIVACY_NOTICE
from expertreader.notes.model import Bookmark, Note
from expertreader.notes.sheet_model import Sheet, SheetItem
from expertreader.timestamps import to_text as format_time

__all__ = [
    "ANNOTATION_CONTEXT",
    "ANSWER_TEXT_KEY",
    "ARTICLE_DATE_KEY",
    "ARTICLE_TITLE_KEY",
    "COLLECTION_LABEL",
    "DISCLAIMER_KEY",
    "EXPERT_KEY",
    "NOTICE_KEY",
    "QA_IRI_PREFIX",
    "QUESTION_KEY",
    "SHEET_IRI_PREFIX",
    "SheetExport",
    "format_time",
    "qa_iri",
    "sheet_iri",
    "to_annotation_collection",
    "to_json",
]

ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
COLLECTION_LABEL = words.QT_TRANSLATE_NOOP("Export", "ExpertReader notes")
"""English; a file carries it (and the notice) in the interface language, for people to read."""
QA_IRI_PREFIX = "expertreader:qa/"
QUESTION_KEY = "expertreader:question"
ARTICLE_TITLE_KEY = "expertreader:articleTitle"
DISCLAIMER_KEY = "expertreader:disclaimer"
NOTICE_KEY = "expertreader:notice"
ARTICLE_DATE_KEY = "expertreader:articleDate"
EXPERT_KEY = "expertreader:expert"
ANSWER_TEXT_KEY = "expertreader:answerText"
"""On a note: the answer as it read when the note was written (``Note.answer_text``)."""
SHEET_IRI_PREFIX = "expertreader:sheet/"
APPOINTMENT_KEY = "expertreader:appointment"
WITH_WHOM_KEY = "expertreader:withWhom"
COMING_ALONG_KEY = "expertreader:comingAlong"
SHEET_KEY = "expertreader:sheet"
"""On a sheet's question: the uid of its sheet."""
POSITION_KEY = "expertreader:position"
INCLUDE_QUOTE_KEY = "expertreader:includeQuote"
QUOTE_KEY = "expertreader:quote"
INCLUDE_NOTE_KEY = "expertreader:includeNote"
NOTE_KEY = "expertreader:note"
"""On a sheet's question: the uid of the note it prints."""
ASKED_KEY = "expertreader:asked"

SheetExport = tuple[Sheet, list[SheetItem]]
"""A sheet and its questions, as the JSON export writes them."""

# Fixed, so that ids derived from content are the same on every machine and every run.
_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "expertreader:")
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s\"<>\\^`{|}]+$")


# --------------------------------------------------------------------------------------------
# Writing


def to_annotation_collection(
    bookmarks: list[Bookmark],
    notes: list[Note],
    *,
    exported_at: dt.datetime,
    library: Library | None = None,
    sheets: list[SheetExport] | None = None,
) -> dict[str, object]:
    """The contract's AnnotationCollection with every bookmark, note and sheet in its first page.

    With ``library``, the question and article title are taken from the current content;
    without it (or for questions the content lacks), from what the bookmark or note stored.
    """
    items: list[dict[str, object]] = [_bookmark_annotation(b, library) for b in bookmarks]
    items += [_note_annotation(n, library) for n in notes]
    for sheet, questions in sheets or []:
        items.append(_sheet_annotation(sheet))
        items += [_sheet_item_annotation(item, library) for item in questions]
    _make_ids_unique(items)
    items.sort(key=lambda item: (str(item["created"]), str(item["id"])))
    qa_ids = [b.qa_id for b in bookmarks] + [n.qa_id for n in notes]
    qa_ids += [item.qa_id for _, questions in sheets or [] for item in questions if item.qa_id]
    disclaimers = disclaimers_for(library, qa_ids)
    collection_id = derived_id(
        "collection", format_time(exported_at), *(str(i["id"]) for i in items)
    )
    return {
        "@context": ANNOTATION_CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": words.translate("Export", COLLECTION_LABEL),
        "total": len(items),
        "created": format_time(exported_at),
        "generator": {
            "type": "Software",
            "name": f"{APP_NAME} {__version__}",
        },
        DISCLAIMER_KEY: list(disclaimers),
        NOTICE_KEY: words.translate("Export", PRIVACY_NOTICE),
        "first": {
            "id": derived_id("page", collection_id, "0"),
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
    sheets: list[SheetExport] | None = None,
) -> str:
    """The collection as pretty-printed UTF-8 JSON text ending with a newline."""
    collection = to_annotation_collection(
        bookmarks, notes, exported_at=exported_at, library=library, sheets=sheets
    )
    return json.dumps(collection, ensure_ascii=False, indent=2) + "\n"


def qa_iri(qa_id: str) -> str:
    """The IRI that names one question: ``expertreader:qa/<qa id>``."""
    return QA_IRI_PREFIX + quote(qa_id, safe="-._~")


def sheet_iri(uid: str) -> str:
    """The IRI that names one appointment: ``expertreader:sheet/<sheet uid>``."""
    return SHEET_IRI_PREFIX + quote(uid, safe="-._~")


def _sheet_annotation(sheet: Sheet) -> dict[str, object]:
    created = format_time(sheet.created)
    annotation: dict[str, object] = {
        "id": _annotation_id(sheet.uid, "sheet", created, sheet.title),
        "type": "Annotation",
        "motivation": "describing",
        "created": created,
        "modified": max(created, format_time(sheet.modified)),
        "body": _textual_body(sheet.title, "describing"),
        "target": sheet_iri(sheet.uid),
    }
    for key, value in (
        (APPOINTMENT_KEY, sheet.appointment),
        (WITH_WHOM_KEY, sheet.with_whom),
        (COMING_ALONG_KEY, sheet.coming_along),
    ):
        if value:
            annotation[key] = value
    return annotation


def _sheet_item_annotation(item: SheetItem, library: Library | None) -> dict[str, object]:
    created = format_time(item.created)
    bodies = [_textual_body(item.question, "questioning")]
    if item.doctor_said:
        bodies.append(_textual_body(item.doctor_said, "replying"))
    target: object = sheet_iri(item.sheet_uid)
    if item.qa_id:
        target = [target, qa_iri(item.qa_id)]
    annotation: dict[str, object] = {
        "id": _annotation_id(item.uid, "sheet question", item.sheet_uid, created, item.question),
        "type": "Annotation",
        "motivation": "questioning",
        "created": created,
        "modified": max(created, format_time(item.modified)),
        "body": bodies if len(bodies) > 1 else bodies[0],
        "target": target,
        SHEET_KEY: item.sheet_uid,
        POSITION_KEY: item.position,
        ASKED_KEY: item.asked,
        INCLUDE_QUOTE_KEY: item.include_quote,
        INCLUDE_NOTE_KEY: item.include_note,
    }
    if item.quote:
        annotation[QUOTE_KEY] = item.quote
    if item.note_uid:
        annotation[NOTE_KEY] = item.note_uid
    if item.qa_id:
        _add_context(annotation, item.qa_id, "", "", library)
    return annotation


def _textual_body(value: str, purpose: str) -> dict[str, object]:
    return {"type": "TextualBody", "value": value, "format": "text/plain", "purpose": purpose}


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
    if note.answer_text is not None:
        annotation[ANSWER_TEXT_KEY] = note.answer_text
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
        if article.date is not None:
            annotation[ARTICLE_DATE_KEY] = article.date.isoformat()
        if article.expert:
            annotation[EXPERT_KEY] = article.expert
    if question:
        annotation[QUESTION_KEY] = question
    if article_title:
        annotation[ARTICLE_TITLE_KEY] = article_title


def _make_ids_unique(items: list[dict[str, object]]) -> None:
    """A note may share its uid with a bookmark (other tools): give the later one its own id.

    Derived from the id it had, so exporting twice gives the same ids and importing the file
    again adds nothing.
    """
    seen: set[str] = set()
    for item in items:
        ident = str(item["id"])
        while ident in seen:
            ident = derived_id("again", ident, str(item.get("motivation", "")))
        item["id"] = ident
        seen.add(ident)


def _annotation_id(uid: str, *content: str) -> str:
    """The stored uid when it is a URI; a bare UUID as ``urn:uuid:``; else one from content."""
    if _URI.match(uid):
        return uid
    try:
        return uuid.UUID(uid).urn
    except ValueError:
        return derived_id(*content)


def derived_id(*parts: str) -> str:
    """An id made from content: the same on every machine and every run."""
    return uuid.uuid5(_NAMESPACE, "\x1f".join(parts)).urn
