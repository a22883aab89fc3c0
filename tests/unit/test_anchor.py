"""Passages are found again after the answer's text changes."""

from __future__ import annotations

from expertreader.notes.anchor import locate, make_passage

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
