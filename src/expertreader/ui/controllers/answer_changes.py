"""What a note says when the answer it was written against changed, or left the articles.

Shared by the answer note and the passage notes: the words of the notice, and the dialog that
shows the answer as it was (plain text, with the disclaimer that applies to it).
"""

from __future__ import annotations

from expertreader.content.disclaimer import disclaimer_for
from expertreader.content.library import Library
from expertreader.content.model import QA
from expertreader.notes.model import Note

CHANGED = "The answer changed after you wrote this note."
GONE = "This question is no longer in your articles. You can still read the answer you wrote about."
EARLIER_TITLE = "The answer when you wrote your note"


def notice_for(note: Note | None, qa: QA | None, library: Library) -> str | None:
    """The notice a note shows, or None when the answer reads as it did (or nobody knows)."""
    if note is None or qa is None or note.answer_text is None:
        return None
    if library.find(qa.id) is None:
        return GONE if note.answer_text else None
    return CHANGED if note.answer_changed(qa.answer_text) else None


def earlier_answer(note: Note, qa: QA, library: Library) -> str:
    """The dialog's text: the passage the note is on, the answer then, and its disclaimer."""
    found = library.find(qa.id)
    parts = []
    if note.passage is not None:
        parts.append(f"Your note is on these words: “{note.passage.exact}”")
    parts.append(f"The answer to “{qa.question}” when you wrote your note:")
    parts.append(note.answer_text or "")
    parts.append(disclaimer_for(found[0] if found else None))
    return "\n\n".join(parts)


def stored_answer(qa: QA, library: Library) -> str | None:
    """The answer to keep with a note being saved: as shown now, or None (keep what the note
    has) for a question the articles no longer hold."""
    return qa.answer_text if library.find(qa.id) is not None else None
