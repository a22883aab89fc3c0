"""The structure publishers put around the expert's words: labels, askers, speakers and lists.

What is recognised here is structure, removed from the question and answer text and kept apart:

- question and answer labels at the start of a line: ``Q:``/``A:``, ``Q.``/``A.``,
  ``Question:``/``Answer:`` (alone on their line or starting the paragraph);
- the asker: ``Question from Janita: ...``, ``Sara asks: ...``, ``Mireille's question: ...``;
- the speaker of a transcript paragraph: ``Dr. Lee: ...``, ``Ms. Rodriguez: ...`` (a title such
  as "Dr." or credentials, or a name of one of the article's experts, followed by a colon).

A bulleted or numbered list item (``- ``, ``• ``, ``1. ``, ``a) ``) becomes a paragraph of its
own and keeps its marker, because the marker is how the page showed it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Literal

from expertreader.content.blocks import Block, normalise
from expertreader.content.experts import person_name

DISCLAIMER_START = "Remember:"

Kind = Literal["text", "question", "answer", "item"]

_QUESTION_LABEL = re.compile(r"^(?P<word>Q|[Qq]uestion|QUESTION)\s?(?P<mark>:|\.(?=\s|$))\s*")
_ANSWER_LABEL = re.compile(r"^(?P<word>A|[Aa]nswer|ANSWER)\s?(?P<mark>:|\.(?=\s|$))\s*")
_ASKER_FROM = re.compile(r"^(?:[Qq]uestion|Q)\s+from\s+(?P<name>[^:?!\n]{1,60}?)\s*:\s*")
_ASKER_VERB = re.compile(
    r"^(?P<name>[^:?!\n]{1,60}?)\s+(?:asks|asked|writes|wrote|wonders|wants\s+to\s+know)\s*:\s*"
)
_ASKER_POSSESSIVE = re.compile(r"^(?P<name>[^:?!\n]{1,40}?)['’]s\s+question\s*:\s*")
_NOT_AN_ASKER = frozenset(
    {
        "i", "we", "you", "he", "she", "they", "it", "my", "our", "your", "his", "her", "their",
        "the", "this", "that", "these", "those", "one", "someone", "everyone", "many", "some",
        "patients", "people", "women", "men", "doctors", "nobody", "each", "every",
    }
)  # fmt: skip
_BULLET = re.compile(r"^(?:[-*•‣◦▪–]|\d{1,2}[.)]|[a-z][.)]|\((?:\d{1,2}|[a-z])\))\s+")
_SPEAKER = re.compile(r"^(?P<label>[^:\n]{2,60}?)\s*:(?:\s+|$)")
_STRUCTURE_WORDS = frozenset({"remember", "note", "question", "answer", "update", "editor"})
_LABEL_REACH = 80  # askers and speakers end with a colon within this many characters


@dataclass(frozen=True, slots=True)
class Features:
    """What an article uses, decided once over all its lines."""

    labelled: bool = False  # question labels decide where questions start
    answer_marks: frozenset[str] = frozenset()  # the punctuation its answer labels use
    speakers: frozenset[str] = frozenset()  # speaker labels that are structure
    expert_words: frozenset[str] = frozenset()  # words of the experts' names
    toc_questions: frozenset[int] = frozenset()  # lines a table of contents points at

    @property
    def answer_labels(self) -> bool:
        return bool(self.answer_marks)


@dataclass(slots=True)
class Paragraph:
    """One paragraph after structure is recognised: its words, and what the labels said."""

    line: int
    kind: Kind = "text"
    parts: list[str] = field(default_factory=list)
    asker: str | None = None
    speaker: str | None = None
    label: str = ""  # the label text taken off the front (shown again if this is intro text)
    text: str = ""  # the words, whitespace-normalised (set once the paragraph is complete)
    full_text: str = ""  # the paragraph as the article wrote it, labels included

    def finish(self) -> None:
        self.text = normalise(" ".join(self.parts))
        self.full_text = normalise(f"{self.label} {self.text}") if self.label else self.text


def question_label(line: str) -> tuple[str, str] | None:
    """(punctuation, rest) when ``line`` starts with a question label such as ``Q:``."""
    if line[:1] in "Qq" and (match := _QUESTION_LABEL.match(line)):
        return match["mark"], line[match.end() :]
    return None


def answer_label(line: str) -> tuple[str, str] | None:
    """(punctuation, rest) when ``line`` starts with an answer label such as ``A.``."""
    if line[:1] in "Aa" and (match := _ANSWER_LABEL.match(line)):
        return match["mark"], line[match.end() :]
    return None


def asker(text: str) -> tuple[str, str] | None:
    """(asker, rest) for "Question from Janita: ...", "Sara asks: ...", "Ann's question: ..."."""
    if ":" not in text[:_LABEL_REACH]:
        return None  # every attribution ends with a colon near the start: most lines skip here
    if match := _ASKER_FROM.match(text):
        return match["name"].strip(" ,"), text[match.end() :]
    for pattern in (_ASKER_VERB, _ASKER_POSSESSIVE):
        if (match := pattern.match(text)) and _could_be_asker(match["name"]):
            return match["name"].strip(" ,"), text[match.end() :]
    return None


def strip_structure(text: str) -> str:
    """``text`` without a leading list marker, question label or asker: what a reader calls the
    question (used to match a table of contents with the questions it lists)."""
    text = text.strip()
    if match := _BULLET.match(text):
        text = text[match.end() :]
    if found := question_label(text):
        text = found[1]
    if found_asker := asker(text):
        text = found_asker[1]
    return text


def detect_features(blocks: list[Block], expert_words: frozenset[str]) -> Features:
    """Labels and speakers, looked at over the whole article (labels decide for all of it)."""
    question_marks: set[str] = set()
    answer_marks: Counter[str] = Counter()
    labels: dict[str, bool] = {}  # speaker label -> whether it is one
    for block in blocks:
        for line in block:
            text = line.text.strip()
            if found := question_label(text):
                question_marks.add(found[0])
            elif found := answer_label(text):
                answer_marks[found[0]] += 1
            elif ":" in text[:_LABEL_REACH] and (match := _SPEAKER.match(text)):
                label = match["label"]
                if label not in labels:
                    labels[label] = _is_speaker(label, expert_words)
    speakers = {label for label, is_one in labels.items() if is_one}
    return Features(
        labelled=bool(question_marks),
        answer_marks=frozenset(answer_marks.keys() & question_marks)
        if question_marks
        else _unpaired_answer_marks(answer_marks),
        speakers=frozenset(speakers),
        expert_words=expert_words,
    )


def _unpaired_answer_marks(marks: Counter[str]) -> frozenset[str]:
    """Answer labels in an article that labels no questions: "Answer:" several times is a
    label (and comes off); a lone "A." is more likely a list ("A. Take it with food")."""
    return frozenset({":"}) if marks[":"] >= 2 else frozenset()


def split_paragraphs(blocks: list[Block], features: Features) -> list[Paragraph]:
    """Paragraphs with their labels recognised: a label, list item or speaker at the start of a
    line starts a new paragraph, and so does the line after a question's first line."""
    paragraphs: list[Paragraph] = []
    for block in blocks:
        current: Paragraph | None = None
        for line in block:
            text = line.text.strip()
            started = _start(text, line.number, features, current)
            if started is not None and started is current:
                continue  # the line completed the current paragraph's label
            if started is None and current is not None:
                current.parts.append(text)
                continue
            if started is None:
                started = Paragraph(line.number, parts=[text])
            current = started
            paragraphs.append(current)
    for paragraph in paragraphs:
        paragraph.finish()
    return paragraphs


def is_disclaimer(paragraph: Paragraph) -> bool:
    return paragraph.kind == "text" and paragraph.full_text.startswith(DISCLAIMER_START)


def _start(
    text: str, number: int, features: Features, current: Paragraph | None
) -> Paragraph | None:
    """The paragraph this line starts; ``current`` itself when the line only completed its label;
    None when the line continues ``current``."""
    if features.labelled and (found := question_label(text)):
        paragraph = Paragraph(number, "question", label=text[: len(text) - len(found[1])])
        _take_asker(paragraph, found[1])
        return paragraph
    if (
        features.answer_marks
        and (found := answer_label(text))
        and found[0] in features.answer_marks
    ):
        paragraph = Paragraph(number, "answer", label=text[: len(text) - len(found[1])])
        _take_speaker(paragraph, found[1], features)
        return paragraph
    if asker(text):
        label_alone = current is not None and current.kind == "question" and not current.parts
        if label_alone and current is not None and current.asker is None:
            _take_asker(current, text)  # "Q:" alone on its line, then "Sara asks: ..."
            return current
        paragraph = Paragraph(number, "question")
        _take_asker(paragraph, text)
        return paragraph
    if _BULLET.match(text):
        return Paragraph(number, "item", parts=[text])
    if (
        features.speakers
        and (match := _SPEAKER.match(text))
        and match["label"] in features.speakers
    ):
        paragraph = Paragraph(number)
        _take_speaker(paragraph, text, features)
        return paragraph
    if current is not None and _answer_starts_after(current, features):
        return Paragraph(number, parts=[text])
    return None


def _answer_starts_after(paragraph: Paragraph, features: Features) -> bool:
    """True when ``paragraph`` is a one-line question whose answer starts on the next line.

    Without labels: a first line ending with "?" (where a table of contents lists the questions,
    only a line it lists). With labels: only when the article has no answer labels at all.
    """
    if len(paragraph.parts) != 1 or not paragraph.parts[0].endswith("?") or paragraph.speaker:
        return False
    if features.labelled:
        return paragraph.kind == "question" and not features.answer_labels
    if paragraph.kind == "question":
        return True
    if paragraph.kind == "item" or paragraph.parts[0].startswith(DISCLAIMER_START):
        return False
    return not features.toc_questions or paragraph.line in features.toc_questions


def _take_asker(paragraph: Paragraph, text: str) -> None:
    if found := asker(text):
        paragraph.asker = found[0]
        paragraph.label = normalise(f"{paragraph.label} {text[: len(text) - len(found[1])]}")
        text = found[1]
    if text:
        paragraph.parts.append(text)


def _take_speaker(paragraph: Paragraph, text: str, features: Features) -> None:
    if (match := _SPEAKER.match(text)) and match["label"] in features.speakers:
        paragraph.speaker = match["label"]
        paragraph.label = normalise(f"{paragraph.label} {text[: match.end()]}")
        text = text[match.end() :]
    if text:
        paragraph.parts.append(text)


def _could_be_asker(name: str) -> bool:
    """ "Sara", "Sara, 45, from Ohio", "A reader": not "My doctor" or "Patients often"."""
    words = name.replace(",", " ").split()
    if not words or len(words) > 6 or not words[0][0].isupper():
        return False
    return words[0].lower() not in _NOT_AN_ASKER


def _is_speaker(label: str, expert_words: frozenset[str]) -> bool:
    """ "Dr. Lee", "Carmen Rodriguez, RN", or (for a named expert) "Rodriguez" or "Carmen"."""
    words = label.replace(",", " ").split()
    if not words or words[0].lower().strip(".") in _STRUCTURE_WORDS:
        return False
    found = person_name(label)
    if found is not None and found[0] == label.strip() and found[1]:
        return True
    return len(words) <= 3 and all(word in expert_words for word in words)
