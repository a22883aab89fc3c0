"""Common words are not required of a match, unless nothing else was typed."""

from __future__ import annotations

from expertreader.search.query import meaningful, parse_query


def words(text: str) -> list[str]:
    return [term.text for term in meaningful(parse_query(text))]


def test_common_words_drop_out_of_a_long_question() -> None:
    assert words("how do i know if treatment is still working ") == [
        "know",
        "treatment",
        "still",
        "working",
    ]


def test_phrases_and_the_word_being_typed_keep_every_word() -> None:
    assert words('"in the clinic" is') == ['"in the clinic"', "is"]


def test_only_common_words_are_searched_as_typed() -> None:
    assert words("how do") == ["how", "do"]
    assert words("what is ") == ["what", "is"]
