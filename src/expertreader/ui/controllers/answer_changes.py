"""What a note says when the answer it was written against changed, or left the articles.

Shared by the answer note and the passage notes: the words of the notice, and the dialog that
shows the answer as it was (plain text, with the disclaimer that applies to it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from expertreader import words
from expertreader.content.disclaimer import disclaimer_for
from expertreader.content.library import Library
from expertreader.content.model import QA
from expertreader.notes.model import Note

CHANGED = words.QT_TRANSLATE_NOOP("AnswerChanges", "The answer changed after you wrote this note.")
GONE = words.QT_TRANSLATE_NOOP(
    "AnswerChanges",
    "This question is no longer in your articles. You can still read the answer you wrote about.",
)
EARLIER_TITLE = words.QT_TRANSLATE_NOOP("AnswerChanges", "The answer when you wrote your note")
"""These three in English; the window shows them translated (``_tr``, ``earlier_title``)."""


def notice_for(note: Note | None, qa: QA | None, library: Library) -> str | None:
    """The notice a note shows, or None when the answer reads as it did (or nobody knows)."""
    if note is None or qa is None or note.answer_text is None:
        return None
    if library.find(qa.id) is None:
        return _tr(GONE) if note.answer_text else None
    return _tr(CHANGED) if note.answer_changed(qa.answer_text) else None


def earlier_title() -> str:
    """The title of the dialog that shows the answer as it was."""
    return _tr(EARLIER_TITLE)


def earlier_answer(note: Note, qa: QA, library: Library) -> str:
    """The dialog's text: the passage the note is on, the answer then, and its disclaimer."""
    found = library.find(qa.id)
    parts = []
    if note.passage is not None:
        parts.append(
            QCoreApplication.translate(
                "AnswerChanges", "Your note is on these words: “{passage}”"
            ).format(passage=note.passage.exact)
        )
    parts.append(
        QCoreApplication.translate(
            "AnswerChanges", "The answer to “{question}” when you wrote your note:"
        ).format(question=qa.question)
    )
    parts.append(note.answer_text or "")
    parts.append(disclaimer_for(found[0] if found else None))
    return "\n\n".join(parts)


def stored_answer(qa: QA, library: Library) -> str | None:
    """The answer to keep with a note being saved: as shown now, or None (keep what the note
    has) for a question the articles no longer hold."""
    return qa.answer_text if library.find(qa.id) is not None else None


def _tr(text: str) -> str:
    """One of the constants above, in the window's language."""
    return QCoreApplication.translate("AnswerChanges", text)
