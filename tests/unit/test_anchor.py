"""Passages are found again after the answer's text changes."""

from __future__ import annotations

import pytest

from expertreader.notes.anchor import locate, make_passage
from expertreader.notes.model import Passage

TEXT = "You could get another opinion. It does not mean you should get another opinion today."


def test_unchanged_text_uses_the_position() -> None:
    start = TEXT.rindex("another opinion")
    passage = make_passage(TEXT, start, start + len("another opinion"))
    assert passage.prefix.endswith("should get ")
    assert locate(passage, TEXT) == (start, start + len("another opinion"))


def test_moved_text_is_found_by_quote_and_context() -> None:
    start = TEXT.rindex("another opinion")
    passage = make_passage(TEXT, start, start + len("another opinion"))
    edited = "Update: " + TEXT
    found = locate(passage, edited)
    assert found == (start + 8, start + 8 + len("another opinion"))


def test_context_picks_the_right_one_of_several() -> None:
    first = TEXT.index("another opinion")
    passage = make_passage(TEXT, first, first + len("another opinion"))
    edited = TEXT.replace("You could", "Truly, you could, perhaps,")
    found = locate(passage, edited)
    assert found is not None
    assert edited[found[0] - 4 : found[0]] == "get "
    assert found[0] == edited.index("another opinion")


def test_removed_text_is_not_found() -> None:
    passage = make_passage(TEXT, 0, 10)
    assert locate(passage, "Entirely different words now.") is None


ANSWER = (
    "I would seek out a physician who specializes only in breast cancer. The recommendation "
    "you receive may be different, though even a similar recommendation may offer "
    "reassurance. Bring your scans and a list of your medicines to the visit."
)


def passage_on(words: str, text: str = ANSWER) -> Passage:
    start = text.index(words)
    return make_passage(text, start, start + len(words))


def found(passage: Passage, edited: str, original: str | None) -> str | None:
    span = locate(passage, edited, original)
    return edited[span[0] : span[1]] if span else None


KNOWING = pytest.mark.parametrize("original", [ANSWER, None], ids=["answer known", "quote only"])


@KNOWING
def test_a_typo_fixed_inside_the_passage_finds_the_corrected_words(original: str | None) -> None:
    text = ANSWER.replace("similar", "simliar")
    passage = passage_on("even a simliar recommendation", text)
    assert found(passage, ANSWER, text if original else None) == "even a similar recommendation"


@KNOWING
def test_a_typo_fixed_nearby_changes_nothing(original: str | None) -> None:
    edited = ANSWER.replace("reassurance", "reasurance")
    assert found(passage_on("may offer"), edited, original) == "may offer"


@KNOWING
def test_words_added_or_removed_beside_the_passage(original: str | None) -> None:
    passage = passage_on("may be different")
    added = ANSWER.replace("receive may", "receive today, in most cases, may")
    assert found(passage, added, original) == "may be different"
    removed = ANSWER.replace("you receive ", "")
    assert found(passage, removed, original) == "may be different"


@KNOWING
def test_a_reworded_neighbour_sentence_leaves_the_passage_found(original: str | None) -> None:
    passage = passage_on("The recommendation you receive")
    edited = ANSWER.replace(
        "I would seek out a physician who specializes only in breast cancer.",
        "Look for a doctor whose whole practice is breast cancer care.",
    )
    assert found(passage, edited, original) == "The recommendation you receive"


@KNOWING
def test_a_deleted_passage_is_not_attached_to_the_same_words_elsewhere(
    original: str | None,
) -> None:
    text = ANSWER + " A similar recommendation from two doctors is common."
    passage = passage_on("a similar recommendation", text)
    edited = text.replace(
        "The recommendation you receive may be different, though even a similar "
        "recommendation may offer reassurance. ",
        "",
    )
    assert "similar recommendation" in edited
    assert locate(passage, edited, text if original else None) is None


@KNOWING
def test_a_rewritten_passage_is_not_found(original: str | None) -> None:
    passage = passage_on("Bring your scans")
    edited = ANSWER.replace("Bring your scans", "Ask your nurse")
    assert locate(passage, edited, original) is None


@KNOWING
def test_a_word_is_never_found_inside_another_word(original: str | None) -> None:
    passage = passage_on(" a ")  # the word "a" in "seek out a physician"
    passage = make_passage(ANSWER, passage.start + 1, passage.end - 1)
    edited = ANSWER.replace("seek out a physician", "seek out one physician").replace(
        " a ", " one "
    )
    assert locate(passage, edited, original) is None


def test_an_answer_that_does_not_hold_the_passage_is_not_used_as_the_original() -> None:
    passage = passage_on("may offer")
    edited = "Update: " + ANSWER
    assert found(passage, edited, "Some other answer entirely.") == "may offer"


def test_an_empty_quote_is_never_found() -> None:
    assert locate(Passage("", "", "", 0, 0), ANSWER) is None


@KNOWING
def test_passages_at_the_start_and_end_of_the_answer(original: str | None) -> None:
    first = passage_on("I would seek out")
    last = passage_on("to the visit.")
    edited = "Yes. " + ANSWER.replace("medicines", "medications")
    assert found(first, edited, original) == "I would seek out"
    assert found(last, edited, original) == "to the visit."
