"""Article files -> Article. Every problem is a ContentError (or a warning) naming file and line.

The plain-text format (DESIGN.md): title line, optional date line, intro paragraphs, an
optional ``Remember:`` disclaimer, then questions each followed by its answer paragraphs.
Publishers' layouts are read too: question/answer labels, askers, transcripts with several
speakers, a table of contents, dates in the title or intro (layouts.py, toc.py, assemble.py
say how). Saved web pages (``.html``, ``.htm``) become the same paragraphs first (webpage.py).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from expertreader.content import webpage
from expertreader.content.assemble import assemble, digest, qa_digest
from expertreader.content.blocks import Block, Line, normalise, text_blocks, text_key
from expertreader.content.dates_in_text import article_date, parse_date, parse_date_line
from expertreader.content.errors import ContentError
from expertreader.content.experts import expert_names, find_expert
from expertreader.content.files import read_article
from expertreader.content.layouts import (
    DISCLAIMER_START,
    answer_label,
    detect_features,
    question_label,
    split_paragraphs,
)
from expertreader.content.model import Article
from expertreader.content.toc import find_table_of_contents, without_lines

__all__ = [
    "ARTICLE_SUFFIXES",
    "DISCLAIMER_START",
    "MAX_ARTICLE_BYTES",
    "PARSER_VERSION",
    "ContentError",
    "parse_blocks",
    "parse_bytes",
    "parse_date",
    "parse_file",
    "parse_text",
    "qa_id",
]

MAX_ARTICLE_BYTES = 5 * 1024 * 1024
WEB_PAGE_SUFFIXES = webpage.SUFFIXES
ARTICLE_SUFFIXES = (".txt", *sorted(WEB_PAGE_SUFFIXES))  # the files the program reads as articles
# Raised whenever the same file may parse differently (a content index rebuilds on a change).
PARSER_VERSION = 2


def parse_file(path: str | Path) -> Article:
    """Read and parse one article file: a saved web page by its suffix, else plain text."""
    path = Path(path)
    limit = webpage.MAX_PAGE_BYTES if is_web_page(path) else MAX_ARTICLE_BYTES
    return parse_bytes(read_article(path, limit), path)


def parse_bytes(data: bytes, path: str | Path) -> Article:
    """Parse an article from raw bytes; ``path`` names it in errors and ``source``."""
    if is_web_page(Path(path)):
        return parse_blocks(webpage.page_blocks(data, path), path)
    return parse_text(_decode(data, path), path)


def parse_text(text: str, path: str | Path) -> Article:
    """Parse a plain-text article from decoded text."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise ContentError(path, line, "is not a text file (contains NUL bytes)")
    return parse_blocks(text_blocks(text), path)


def parse_blocks(blocks: list[Block], path: str | Path) -> Article:
    """The article in these paragraphs; the first line is its title."""
    path = Path(path)
    blocks = [list(block) for block in blocks if block]
    if not blocks:
        raise ContentError(path, 1, "is empty: an article needs a title and at least one question")
    title_block = blocks.pop(0)
    title = normalise(title_block[0].text)
    if title_block[1:]:
        blocks.insert(0, title_block[1:])
    date_line = parse_date_line(normalise(blocks[0][0].text)) if blocks else None
    if date_line is not None:
        if blocks[0][1:]:
            blocks[0] = blocks[0][1:]
        else:
            blocks.pop(0)

    features = detect_features(blocks, _expert_words(blocks))
    toc = find_table_of_contents(blocks, labelled=features.labelled)
    if toc.questions:
        features = replace(features, toc_questions=toc.questions)
    blocks = without_lines(blocks, toc.removed)
    last_line = blocks[-1][0].number if blocks else title_block[0].number
    body = assemble(split_paragraphs(blocks, features), features, path, title, last_line)
    found = article_date(date_line, title, body.intro)
    return Article(
        id=digest(text_key(title))[:12],
        source=path.name,
        title=title,
        date=found.date if found else None,
        expert=find_expert(body.intro, title),
        intro=body.intro,
        disclaimer=body.disclaimer,
        qas=body.qas,
        warnings=tuple(sorted((*toc.warnings, *body.warnings), key=lambda w: w.line)),
        date_precision=found.precision if found else "day",
    )


def qa_id(article_title: str, question: str) -> str:
    """Stable id: the same question in the same article gives the same id everywhere."""
    return qa_digest(text_key(article_title), question)


def is_web_page(path: Path) -> bool:
    return path.suffix.lower() in WEB_PAGE_SUFFIXES


def _expert_words(blocks: list[Block]) -> frozenset[str]:
    """Words of the experts' names, from the paragraphs before the first question: a transcript
    may label its speakers by first name or surname only ("Rodriguez: ...")."""
    words: set[str] = set()
    for block in blocks:
        if any(_question_like(line) for line in block):
            break
        for name in expert_names(normalise(" ".join(line.text for line in block))[:3000]):
            words.update(word.strip(",") for word in name.split())
    return frozenset(words)


def _question_like(line: Line) -> bool:
    text = line.text.strip()
    return text.endswith("?") or bool(question_label(text) or answer_label(text))


def _decode(data: bytes, path: str | Path) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise ContentError(
            path,
            line,
            f"is not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})",
        ) from None
