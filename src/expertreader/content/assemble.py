"""Paragraphs -> introduction, disclaimer and questions with their answers.

Where questions start: at question labels, when the article has them (labels decide, so an
answer may contain a paragraph ending with "?"); otherwise at an asker's question ("Sara asks:")
and at a paragraph ending with "?" (only one a table of contents lists, when there is one).
A "?" paragraph right after a question that has no answer text yet continues that question:
that is how a short topic heading ("What fuels ER/PR-negative cancer?") and the asker's own
words that follow it become one question. A question with no answer is a warning, not an
error: the article loads and shows it as it is. An article where no question has an answer is
an error, and so is an answer (or an answer label) with no question before it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from expertreader.content.blocks import clip, normalise, text_key
from expertreader.content.errors import ContentError
from expertreader.content.layouts import DISCLAIMER_START, Features, Paragraph, is_disclaimer
from expertreader.content.model import QA, ContentWarning


@dataclass(frozen=True, slots=True)
class Body:
    """Everything after the title and date line."""

    intro: tuple[str, ...]
    disclaimer: str | None
    qas: tuple[QA, ...]
    warnings: tuple[ContentWarning, ...]


@dataclass(slots=True)
class _Draft:
    line: int
    question: list[str] = field(default_factory=list)
    asker: str | None = None
    answer: list[Paragraph] = field(default_factory=list)
    answering: bool = False  # an answer label has been seen


def assemble(
    paragraphs: list[Paragraph], features: Features, path: Path, title: str, last_line: int
) -> Body:
    """Split paragraphs into intro and questions; every problem names its line."""
    intro: list[str] = []
    disclaimer = None
    index = 0
    while index < len(paragraphs) and not _starts_question(paragraphs[index], features):
        paragraph = paragraphs[index]
        if paragraph.kind == "answer":
            raise ContentError(
                path, paragraph.line, f"an answer ({paragraph.label}) comes before any question"
            )
        if disclaimer is None and is_disclaimer(paragraph):
            disclaimer = paragraph.full_text
        elif paragraph.full_text:
            intro.append(paragraph.full_text)
        index += 1

    drafts = _drafts(paragraphs[index:], features)
    if not drafts:
        hint = (
            "a paragraph starting with 'Q:'" if features.labelled else "a paragraph ending with '?'"
        )
        raise ContentError(path, last_line, f"has no questions (a question is {hint})")
    qas, warnings = _questions(drafts, path, text_key(title))
    if disclaimer is None:
        disclaimer = _take_trailing_disclaimer(qas)
    return Body(tuple(intro), disclaimer, tuple(qas), tuple(warnings))


def qa_digest(article_key: str, question: str) -> str:
    """The stable id of a question in an article (see ``parse.qa_id``)."""
    return digest(article_key + "\x1f" + text_key(question))[:16]


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _starts_question(paragraph: Paragraph, features: Features) -> bool:
    if paragraph.kind == "question" or features.labelled:
        return paragraph.kind == "question"
    if paragraph.kind != "text" or paragraph.speaker:
        return False
    if features.toc_questions:  # the list decides, even for a question without "?"
        return paragraph.line in features.toc_questions
    return paragraph.text.endswith("?") and not paragraph.text.startswith(DISCLAIMER_START)


def _drafts(paragraphs: list[Paragraph], features: Features) -> list[_Draft]:
    drafts: list[_Draft] = []
    for paragraph in paragraphs:
        current = drafts[-1] if drafts else None
        if paragraph.kind == "answer" and current is not None:
            current.answering = True
            if paragraph.parts:
                current.answer.append(paragraph)
        elif current is not None and not current.question:
            current.question.append(paragraph.text)  # a label alone, then the question's words
            current.asker = current.asker or paragraph.asker
        elif _starts_question(paragraph, features):
            if current is not None and _continues(current, paragraph, features):
                current.question.append(paragraph.text)
                current.asker = current.asker or paragraph.asker
            else:
                drafts.append(_Draft(paragraph.line, [paragraph.text], paragraph.asker))
        elif current is None:
            continue  # only an answer label could come first, and that is an error above
        elif not current.answering and _question_goes_on(current, features):
            current.question.append(paragraph.text)
        else:
            current.answer.append(paragraph)
    return drafts


def _question_goes_on(current: _Draft, features: Features) -> bool:
    """With labels, a question runs to its answer label; where the article labels only its
    questions, to the first paragraph ending with "?"."""
    if not features.labelled:
        return False
    return features.answer_labels or not current.question[-1].endswith("?")


def _continues(current: _Draft, paragraph: Paragraph, features: Features) -> bool:
    """Whether a question start only continues ``current``, which has no answer text yet."""
    if current.answer or current.answering or features.labelled:
        return False
    if current.asker and paragraph.asker:
        return False  # two people asking
    # Where a table of contents lists the questions, each one it lists stands on its own.
    return not features.toc_questions or paragraph.kind == "question"


def _questions(
    drafts: list[_Draft], path: Path, article_key: str
) -> tuple[list[QA], list[ContentWarning]]:
    qas: list[QA] = []
    warnings: list[ContentWarning] = []
    first_line: dict[str, int] = {}
    repeats: dict[str, int] = {}
    for draft in drafts:
        text = normalise(" ".join(draft.question))
        if not text:
            raise ContentError(path, draft.line, "a question label has no question after it")
        paragraphs = [paragraph for paragraph in draft.answer if paragraph.text]
        if not paragraphs:
            warnings.append(ContentWarning(draft.line, f"question has no answer: {clip(text)}"))
        ident = qa_digest(article_key, text)
        if ident in first_line:
            warnings.append(
                ContentWarning(draft.line, f"repeats the question on line {first_line[ident]}")
            )
            repeats[ident] = repeats.get(ident, 1) + 1
            ident = f"{ident}-{repeats[ident]}"
        else:
            first_line[ident] = draft.line
        qas.append(
            QA(
                id=ident,
                question=text,
                answer=tuple(paragraph.text for paragraph in paragraphs),
                line=draft.line,
                asker=draft.asker,
                speakers=_speakers(paragraphs),
            )
        )
    if all(not qa.answer for qa in qas):
        raise ContentError(path, qas[0].line, f"question has no answer: {clip(qas[0].question)}")
    return qas, warnings


def _speakers(paragraphs: list[Paragraph]) -> tuple[str | None, ...]:
    """Who says each paragraph: a paragraph without a label goes on with the last speaker."""
    speakers: list[str | None] = []
    last: str | None = None
    for paragraph in paragraphs:
        last = paragraph.speaker or last
        speakers.append(last)
    return tuple(speakers) if any(speakers) else ()


def _take_trailing_disclaimer(qas: list[QA]) -> str | None:
    """A ``Remember:`` paragraph closing the article is its disclaimer, not the last answer's.

    Only when that answer keeps at least one paragraph of its own.
    """
    last = qas[-1]
    if len(last.answer) > 1 and last.answer[-1].startswith(DISCLAIMER_START):
        speakers = last.speakers[:-1] if any(last.speakers[:-1]) else ()
        qas[-1] = QA(last.id, last.question, last.answer[:-1], last.line, last.asker, speakers)
        return last.answer[-1]
    return None
