"""Where questions to add to a sheet come from: the question being read, the search results,
bookmarks and notes; and what each adds (its quote, its note, what is printed at first)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from expertreader.content.library import Library
from expertreader.notes.model import Bookmark, Note
from expertreader.notes.sheet_model import short_quote
from expertreader.ui.controllers.sheet_context import SheetContext
from expertreader.ui.views.sheet_dialogs import Candidate

SEARCH_CANDIDATES = 20
DETAIL_CHARS = 120

Groups = list[tuple[str, list[Candidate]]]


def candidates(context: SheetContext, taken: set[str]) -> Groups:
    """By where they come from; questions in ``taken`` (on the sheet already) are left out, and
    so are questions the articles no longer have (a sheet quotes the expert's words)."""
    library, saver, store = context.library, context.saver, context.store
    groups: Groups = []
    reading = context.current_qa()
    if reading is not None and reading.id not in taken and library.find(reading.id):
        groups.append(
            (
                QCoreApplication.translate("SheetCandidates", "The question you are reading"),
                [Candidate(reading.id, reading.question, "reading")],
            )
        )
    found = []
    for qa_id in context.search_hits()[:SEARCH_CANDIDATES]:
        qa = library.qa(qa_id)
        if qa is not None and qa.id not in taken:
            found.append(Candidate(qa.id, qa.question, "search"))
    if found:
        groups.append((QCoreApplication.translate("SheetCandidates", "Your search results"), found))
    bookmarks: list[Bookmark] = saver.read([], store.bookmarks)
    marks = [
        Candidate(mark.qa_id, _question(library, mark.qa_id, mark.question), "bookmark")
        for mark in bookmarks
        if mark.qa_id not in taken and library.find(mark.qa_id) is not None
    ]
    if marks:
        groups.append((QCoreApplication.translate("SheetCandidates", "Your bookmarks"), marks))
    notes: list[Note] = saver.read([], store.notes)
    noted = [
        _note_candidate(library, note)
        for note in notes
        if note.qa_id not in taken and library.find(note.qa_id) is not None
    ]
    if noted:
        groups.append((QCoreApplication.translate("SheetCandidates", "Your notes"), noted))
    return groups


def item_values(context: SheetContext, candidate: Candidate) -> dict[str, object]:
    """``Sheets.add_item``'s arguments for a chosen question.

    Every question from the articles keeps a short quote of the answer, printed at first only
    for a passage note (its passage is the quote); a note is printed when the question was
    chosen from it. A question chosen otherwise remembers its answer's note, to print on request.
    """
    qa = context.library.qa(candidate.qa_id)
    quote = candidate.quote or (short_quote(qa.answer_text) if qa is not None else "")
    note_uid = candidate.note_uid
    if not note_uid:
        store = context.store
        answer_note = context.saver.read(None, lambda: store.answer_note(candidate.qa_id))
        note_uid = answer_note.uid if answer_note is not None else ""
    return {
        "question": candidate.question,
        "qa_id": candidate.qa_id,
        "quote": quote,
        "include_quote": bool(candidate.quote),
        "note_uid": note_uid,
        "include_note": candidate.source == "note",
    }


def _note_candidate(library: Library, note: Note) -> Candidate:
    words = " ".join(note.text.split())
    if note.passage is None:
        detail = QCoreApplication.translate("SheetCandidates", "Your note: {text}")
        detail, quote = detail.format(text=words), ""
    else:
        detail = QCoreApplication.translate("SheetCandidates", "Your note on “{passage}”: {text}")
        detail = detail.format(passage=note.passage.exact, text=words)
        quote = note.passage.exact
    if len(detail) > DETAIL_CHARS:
        detail = detail[: DETAIL_CHARS - 1].rstrip() + "…"
    question = _question(library, note.qa_id, note.question)
    return Candidate(note.qa_id, question, "note", note.uid, quote, detail)


def _question(library: Library, qa_id: str, stored: str) -> str:
    qa = library.qa(qa_id)
    return qa.question if qa is not None else stored or qa_id
