"""Articles as numbered lines grouped in paragraphs: the form both text files and web pages take.

Every later step keeps each line's number, so a warning or error names the line of the file the
person opened (the text file's line, or the web page's source line), never a derived position.
"""

from __future__ import annotations

import unicodedata
from typing import NamedTuple


class Line(NamedTuple):
    """One line of an article as the file has it (not yet whitespace-normalised).

    A named tuple: an article can have a million lines, and tuples are quick to make.
    """

    number: int
    text: str


# A paragraph as the source has it: the lines between two blank lines.
Block = list[Line]


def text_blocks(text: str) -> list[Block]:
    """Split text (LF line ends) into paragraphs at blank lines."""
    blocks: list[Block] = []
    current: Block = []
    for number, line in enumerate(text.split("\n"), start=1):
        if line and not line.isspace():
            current.append(Line(number, line))
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def normalise(text: str) -> str:
    """Every run of whitespace (breaks, tabs, no-break spaces) becomes one space; ends stripped."""
    return " ".join(text.split())


def clip(text: str, limit: int = 60) -> str:
    """Text short enough to quote in a one-line message."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def text_key(text: str) -> str:
    """What identifies a title or a question: letters and digits only, case-folded.

    Question ids are made from this, so it never changes (notes key on those ids).
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(char for char in folded if char.isalnum())
