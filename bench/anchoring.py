"""How well passage notes find their words again after an answer is edited: found, not found,
or attached to the wrong words, per kind of edit.

Takes the bundled answers (``EXPERTREADER_CONTENT_DIR`` points it at other content), makes
random passage anchors of 1 to 12 whole words, applies one realistic edit to each answer, and
asks ``notes.anchor.locate`` where the passage is now, twice: knowing the answer the note was
written against (notes saved since schema v4) and knowing only the quote and its context
(older notes, and notes imported from other tools). Where the passage survives an edit its
true new place is known, and a result counts as found when both ends are within
``TOLERANCE`` characters of it. Prints figures; it does not pass or fail (tests/unit/
test_anchor.py pins the behaviour). Usage: ``python bench/anchoring.py [ANCHORS_PER_KIND]``.
"""

from __future__ import annotations

import difflib
import random
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from expertreader import paths
from expertreader.content.library import Library
from expertreader.notes.anchor import locate, make_passage
from expertreader.notes.model import Passage

ANCHORS_PER_KIND = 400
TOLERANCE = 2
NEARBY = 40
"""Edits "nearby" fall within this many characters of the passage, outside it."""
FILLERS = ["also", "usually", "in most cases", "as a rule", "sometimes", "very", "really"]

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Edited:
    text: str
    truth: Span | None
    """Where the passage's words are after the edit; None when the edit took them away."""


Edit = Callable[[random.Random, str, Span], Edited | None]


def words(text: str) -> list[Span]:
    return [match.span() for match in re.finditer(r"\S+", text)]


def sentences(text: str) -> list[Span]:
    return [match.span() for match in re.finditer(r"[^.!?]+[.!?]+[\"”’)]*\s*|[^.!?]+$", text)]


def shift(span: Span, at: int, delta: int) -> Span:
    """``span`` after ``delta`` characters were inserted (or removed) at ``at``, outside it."""
    start, end = span
    return (start + delta, end + delta) if at <= start else (start, end)


def typo_fixed(inside: bool) -> Edit:
    def edit(rng: random.Random, text: str, span: Span) -> Edited | None:
        start, end = span
        chosen = [
            (s, e)
            for s, e in words(text)
            if e - s >= 4
            and ((start <= s and e <= end) if inside else (e <= start or s >= end))
            and (inside or min(abs(s - end), abs(start - e)) <= NEARBY)
        ]
        if not chosen:
            return None
        s, e = rng.choice(chosen)
        at = rng.randrange(s + 1, e - 1)
        kind = rng.choice(["swap", "drop", "double"])
        if kind == "swap":
            new = text[:at] + text[at + 1] + text[at] + text[at + 2 :]
            delta = 0
        elif kind == "drop":
            new, delta = text[:at] + text[at + 1 :], -1
        else:
            new, delta = text[:at] + text[at] + text[at:], 1
        truth = (start, end + delta) if inside else shift(span, at, delta)
        return Edited(new, truth)

    return edit


def words_inserted(rng: random.Random, text: str, span: Span) -> Edited | None:
    start, end = span
    places = [s for s, _ in words(text) if (s <= start and start - s <= NEARBY) or s > end]
    places = [s for s in places if s <= start or s - end <= NEARBY]
    if not places:
        return None
    at = rng.choice(places)
    added = " ".join(rng.sample(FILLERS, rng.randint(1, 3))) + " "
    return Edited(text[:at] + added + text[at:], shift(span, at, len(added)))


def words_removed(rng: random.Random, text: str, span: Span) -> Edited | None:
    start, end = span
    spans = words(text)
    outside = [
        i
        for i, (s, e) in enumerate(spans)
        if (e < start and start - e <= NEARBY) or (s > end and s - end <= NEARBY)
    ]
    if not outside:
        return None
    first = rng.choice(outside)
    chosen = [first]
    while len(chosen) < rng.randint(1, 3) and chosen[-1] + 1 in outside:
        chosen.append(chosen[-1] + 1)  # neighbouring words, none of them the passage's
    s, e = spans[chosen[0]][0], spans[chosen[-1]][1]
    while e < len(text) and text[e] == " ":
        e += 1
    return Edited(text[:s] + text[e:], shift(span, s, -(e - s)))


def neighbour_reworded(others: list[str]) -> Edit:
    def edit(rng: random.Random, text: str, span: Span) -> Edited | None:
        start, end = span
        parts = sentences(text)
        mine = [i for i, (s, e) in enumerate(parts) if s <= start and end <= e]
        if not mine:
            return None
        at = mine[0]
        neighbours = [i for i in (at - 1, at + 1) if 0 <= i < len(parts)]
        if not neighbours:
            return None
        chosen = rng.choice(neighbours)
        s, e = parts[chosen]
        trailing = text[s:e][len(text[s:e].rstrip()) :]
        replacement = rng.choice([o for o in others if o.strip() not in text]).strip()
        replacement += trailing or " "
        delta = len(replacement) - (e - s)
        return Edited(text[:s] + replacement + text[e:], shift(span, s, delta))

    return edit


def passage_deleted(rng: random.Random, text: str, span: Span) -> Edited | None:
    """The whole sentence holding the passage goes."""
    start, end = span
    for s, e in sentences(text):
        if s <= start and end <= e:
            return Edited(text[:s] + text[e:], None)
    return None


def passage_rewritten(others: list[str]) -> Edit:
    def edit(rng: random.Random, text: str, span: Span) -> Edited | None:
        start, end = span
        other = rng.choice([o for o in others if o.strip() not in text])  # another answer's
        picked = words(other)
        count = len(words(text[start:end]))
        if len(picked) < count:
            return None
        first = rng.randrange(len(picked) - count + 1)
        replacement = other[picked[first][0] : picked[first + count - 1][1]]
        alike = difflib.SequenceMatcher(None, replacement.casefold(), text[start:end].casefold())
        if alike.ratio() >= 0.5:  # other words, not nearly the same ones
            return None
        return Edited(text[:start] + replacement + text[end:], None)

    return edit


def random_passage(rng: random.Random, text: str) -> Span | None:
    spans = words(text)
    if not spans:
        return None
    count = rng.randint(1, min(12, len(spans)))
    first = rng.randrange(len(spans) - count + 1)
    return spans[first][0], spans[first + count - 1][1]


def judge(found: Span | None, truth: Span | None) -> str:
    if found is None:
        return "not found" if truth is not None else "found"  # correctly left alone
    if truth is None:
        return "wrong"
    close = abs(found[0] - truth[0]) <= TOLERANCE and abs(found[1] - truth[1]) <= TOLERANCE
    return "found" if close else "wrong"


def main() -> None:
    per_kind = int(sys.argv[1]) if len(sys.argv) > 1 else ANCHORS_PER_KIND
    library = Library.open(paths.content_dir())
    answers = [
        qa.answer_text
        for info in library.article_infos()
        if (article := library.article(info.id)) is not None
        for qa in article.qas
        if len(qa.answer_text) >= 40
    ]
    other_sentences = [
        answer[s:e] for answer in answers for s, e in sentences(answer) if e - s > 20
    ]
    kinds: dict[str, Edit] = {
        "typo fixed inside the passage": typo_fixed(inside=True),
        "typo fixed nearby": typo_fixed(inside=False),
        "words inserted nearby": words_inserted,
        "words removed nearby": words_removed,
        "neighbour sentence reworded": neighbour_reworded(other_sentences),
        "passage deleted (sentence gone)": passage_deleted,
        "passage rewritten": passage_rewritten(other_sentences),
    }
    print(f"{len(answers)} answers from {paths.content_dir()}, {per_kind} anchors per kind")
    print(f"{'edit':34} {'knows':9} {'found':>7} {'not found':>10} {'wrong':>7}   (rates)")
    rng = random.Random(11)
    totals = {"with": [0, 0, 0], "without": [0, 0, 0]}
    started = time.perf_counter()
    calls = 0
    for name, edit in kinds.items():
        counts = {"with": [0, 0, 0], "without": [0, 0, 0]}
        made = 0
        while made < per_kind:
            text = rng.choice(answers)
            span = random_passage(rng, text)
            edited = edit(rng, text, span) if span is not None else None
            if span is None or edited is None or edited.text == text:
                continue
            made += 1
            passage: Passage = make_passage(text, *span)
            for mode, original in (("with", text), ("without", None)):
                verdict = judge(locate(passage, edited.text, original), edited.truth)
                calls += 1
                counts[mode][["found", "not found", "wrong"].index(verdict)] += 1
        for mode in ("with", "without"):
            found, missing, wrong = (count / per_kind for count in counts[mode])
            knows = "answer" if mode == "with" else "quote"
            print(f"{name:34} {knows:9} {found:7.1%} {missing:10.1%} {wrong:7.1%}")
            totals[mode] = [a + b for a, b in zip(totals[mode], counts[mode], strict=True)]
    seconds = time.perf_counter() - started
    everything = per_kind * len(kinds)
    for mode in ("with", "without"):
        found, missing, wrong = (count / everything for count in totals[mode])
        knows = "answer" if mode == "with" else "quote"
        print(f"{'all edits':34} {knows:9} {found:7.1%} {missing:10.1%} {wrong:7.1%}")
    print(f"{calls} lookups in {seconds:.2f} s ({seconds / calls * 1000:.2f} ms each)")
    print("'found' for a deleted or rewritten passage means: correctly reported as not found.")


if __name__ == "__main__":
    main()
