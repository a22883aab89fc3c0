"""Edits the disk has not taken yet (read-only folder, full disk): the one record of them.

Every write from the window goes through ``UnsavedEdits.submit`` with a description of what it
saves. If the disk refuses, the edit is kept here: the window shows its text as "not saved yet",
retries on a timer, and on closing can write every kept edit to a text file. Writes run in the
order they were submitted, and a newer edit of the same thing (same key) replaces the older one,
so a retry never replays stale text. Only faults of the world (``StoreError``) are kept; a bug
is raised and not kept, so it cannot be retried forever.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from expertreader.notes.errors import StoreError
from expertreader.notes.model import Note


class EditKind(enum.Enum):
    ANSWER_NOTE = "answer note"  # the whole-answer note of ``qa_id``, text ``text``
    NEW_PASSAGE_NOTE = "new passage note"  # ``note`` (no uid yet)
    PASSAGE_NOTE_TEXT = "passage note text"  # the note ``uid`` now says ``text``
    DOCTOR_SAID = "doctor said"  # what the doctor said (``text``) to a sheet's ``question``
    BOOKMARK = "bookmark"  # ``qa_id`` bookmarked (``text`` "added") or not ("removed")
    OTHER = "other"  # deletions, restores: no words of their own


@dataclass(frozen=True, slots=True)
class PendingEdit:
    key: str
    action: Callable[[], object]
    kind: EditKind = EditKind.OTHER
    qa_id: str = ""
    text: str = ""
    uid: str = ""
    note: Note | None = None
    question: str = ""


class UnsavedEdits:
    """Latest unsaved edit per key, in submission order. Qt-free so it can be tested alone."""

    def __init__(self) -> None:
        self._edits: dict[str, PendingEdit] = {}
        self.last_error: StoreError | None = None

    @property
    def has_pending(self) -> bool:
        return bool(self._edits)

    @property
    def pending_keys(self) -> list[str]:
        return list(self._edits)

    def submit(
        self,
        key: str,
        action: Callable[[], object],
        kind: EditKind = EditKind.OTHER,
        *,
        qa_id: str = "",
        text: str = "",
        uid: str = "",
        note: Note | None = None,
        question: str = "",
    ) -> bool:
        """Run ``action`` now (after older pending edits); False if it is kept for a retry."""
        self._edits.pop(key, None)
        self._edits[key] = PendingEdit(key, action, kind, qa_id, text, uid, note, question)
        return self.retry()

    def retry(self) -> bool:
        """Run pending edits in order, stopping at the first failure; True when none is left."""
        for key in list(self._edits):
            try:
                self._edits[key].action()
            except StoreError as error:
                self.last_error = error
                return False
            except BaseException:
                del self._edits[key]
                raise
            del self._edits[key]
        self.last_error = None
        return True

    def discard(self, key: str) -> None:
        """Forget an unsaved edit (for example the person undid it)."""
        self._edits.pop(key, None)

    # --- what the window shows of them

    def bookmarked(self, qa_id: str) -> bool | None:
        """Whether the person last bookmarked this question, if the disk has not taken it."""
        for edit in reversed(self._edits.values()):
            if edit.kind is EditKind.BOOKMARK and edit.qa_id == qa_id:
                return edit.text == "added"
        return None

    def answer_text(self, qa_id: str) -> str | None:
        """The unsaved text of this answer's note, if the disk has not taken it."""
        for edit in reversed(self._edits.values()):
            if edit.kind is EditKind.ANSWER_NOTE and edit.qa_id == qa_id:
                return edit.text
        return None

    def new_passage_notes(self, qa_id: str) -> list[Note]:
        return [
            edit.note
            for edit in self._edits.values()
            if edit.kind is EditKind.NEW_PASSAGE_NOTE and edit.note and edit.note.qa_id == qa_id
        ]

    def doctor_said(self, uid: str) -> str | None:
        """The unsaved words of what the doctor said to one sheet question."""
        for edit in reversed(self._edits.values()):
            if edit.kind is EditKind.DOCTOR_SAID and edit.uid == uid:
                return edit.text
        return None

    def passage_text(self, uid: str) -> str | None:
        for edit in reversed(self._edits.values()):
            if edit.kind is EditKind.PASSAGE_NOTE_TEXT and edit.uid == uid:
                return edit.text
        return None

    def as_text(self, question_of: Callable[[str], str]) -> str:
        """Every kept edit with words in it, readable by a person, with its question."""
        lines = ["ExpertReader notes that could not be saved to the notes file", ""]
        for edit in self._edits.values():
            if edit.kind is EditKind.ANSWER_NOTE:
                lines += [f"Question: {question_of(edit.qa_id)}", f"Note: {edit.text}", ""]
            elif edit.kind is EditKind.NEW_PASSAGE_NOTE and edit.note is not None:
                exact = edit.note.passage.exact if edit.note.passage else ""
                lines += [f"Question: {question_of(edit.note.qa_id)}", f"Passage: “{exact}”"]
                lines += [f"Note: {edit.note.text}", ""]
            elif edit.kind is EditKind.PASSAGE_NOTE_TEXT:
                lines += [f"Question: {question_of(edit.qa_id)}", f"Note: {edit.text}", ""]
            elif edit.kind is EditKind.BOOKMARK:
                done = "Bookmark added" if edit.text == "added" else "Bookmark removed"
                lines += [f"Question: {question_of(edit.qa_id)}", done, ""]
            elif edit.kind is EditKind.DOCTOR_SAID:
                asked = edit.question or question_of(edit.qa_id)
                lines += [f"Question: {asked}", f"The doctor said: {edit.text}", ""]
        return "\n".join(lines)
