"""Plain-text article format -> Article. Every problem is a ContentError naming file and line.

The format (DESIGN.md): title line, optional date line, intro paragraphs, an optional
``Remember:`` disclaimer, then questions (paragraphs ending with ``?``) each followed by its
answer paragraphs. Articles that mark blocks with ``Q:`` and ``A:`` are split by the markers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from expertreader.content.model import QA, Article

MAX_ARTICLE_BYTES = 5 * 1024 * 1024
DISCLAIMER_START = "Remember:"

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH_FIRST = re.compile(r"^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
_DAY_FIRST = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_EXPERT = re.compile(
    r"\bexperts?\s+(?P<name>[^\n]{1,120}?),?\s+"  # bounded: linear time on hostile intros
    r"(?:answered|answers|responded|responds|will answer|has answered|shared)\b"
)
_MARKER = re.compile(r"^(Q|A):\s*")


class ContentError(Exception):
    """A problem with an article file, located by file and line (1-based)."""

    def __init__(self, path: str | Path, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path = str(path)
        self.line = line
        self.message = message


@dataclass(slots=True)
class _Block:
    """A paragraph: normalised text and the line it starts on."""

    text: str
    line: int
    marker: str = ""


def parse_file(path: str | Path) -> Article:
    """Read and parse one article file."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_ARTICLE_BYTES + 1)
    except IsADirectoryError:
        raise ContentError(path, 1, "is a folder, not an article file") from None
    except OSError as error:
        raise ContentError(path, 1, f"cannot be read ({error.strerror or error})") from None
    if len(data) > MAX_ARTICLE_BYTES:
        raise ContentError(path, 1, f"is larger than {MAX_ARTICLE_BYTES // 1024 // 1024} MB")
    return parse_bytes(data, path)


def parse_bytes(data: bytes, path: str | Path) -> Article:
    """Parse an article from raw bytes; ``path`` names it in errors and ``source``."""
    return parse_text(_decode(data, path), path)


def parse_text(text: str, path: str | Path) -> Article:
    """Parse an article from decoded text."""
    path = Path(path)
    text = text.removeprefix("\ufeff")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise ContentError(path, line, "is not a text file (contains NUL bytes)")
    blocks = _paragraphs(lines)
    if not blocks:
        raise ContentError(path, 1, "is empty: an article needs a title and at least one question")

    title_block = blocks.pop(0)
    title, _, rest = title_block.text.partition("\n")
    title = _normalise(title)
    if rest.strip():
        blocks.insert(0, _Block(rest, title_block.line + 1))

    date = None
    if blocks:
        first_line, _, rest = blocks[0].text.partition("\n")
        date = parse_date(_normalise(first_line))
        if date is not None:
            head = blocks.pop(0)
            if rest.strip():
                blocks.insert(0, _Block(rest, head.line + 1))

    uses_markers = any(line.strip().startswith("Q:") for line in lines[1:])
    if uses_markers:
        blocks = _split_at_markers(blocks)
    for block in blocks:
        block.text = _normalise(block.text)

    intro: list[str] = []
    disclaimer = None
    index = 0
    while index < len(blocks) and not _starts_question(blocks[index], uses_markers):
        block = blocks[index]
        if disclaimer is None and block.text.startswith(DISCLAIMER_START) and not block.marker:
            disclaimer = block.text
        elif block.marker == "A":
            raise ContentError(path, block.line, "an answer (A:) comes before any question (Q:)")
        else:
            intro.append(block.text)
        index += 1

    article_key = _key(title)
    qas = _questions(blocks[index:], uses_markers, path, article_key)
    if not qas:
        last = blocks[-1].line if blocks else title_block.line
        hint = "a paragraph starting with 'Q:'" if uses_markers else "a paragraph ending with '?'"
        raise ContentError(path, last, f"has no questions (a question is {hint})")
    if disclaimer is None:
        disclaimer = _take_trailing_disclaimer(qas)

    return Article(
        id=_digest(article_key)[:12],
        source=path.name,
        title=title,
        date=date,
        expert=find_expert(intro),
        intro=tuple(intro),
        disclaimer=disclaimer,
        qas=tuple(qas),
    )


def parse_date(text: str) -> dt.date | None:
    """A date such as ``March 2, 2018``, ``2 March 2018`` or ``2018-03-02``; None otherwise.

    Month names are matched by hand because ``strptime`` follows the locale Qt sets.
    """
    year = month = day = None
    if match := _MONTH_FIRST.match(text):
        month, day, year = _MONTHS.get(match[1].lower()), int(match[2]), int(match[3])
    elif match := _DAY_FIRST.match(text):
        day, month, year = int(match[1]), _MONTHS.get(match[2].lower()), int(match[3])
    elif match := _ISO.match(text):
        year, month, day = int(match[1]), int(match[2]), int(match[3])
    if month is None or year is None or day is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_expert(intro: list[str]) -> str | None:
    """The expert's name as the intro gives it (``... expert Jane Roe, MD, answered ...``)."""
    for paragraph in intro:
        if match := _EXPERT.search(paragraph):
            name = match["name"].strip(" ,")
            if name:
                return name
    return None


def qa_id(article_title: str, question: str) -> str:
    """Stable id: the same question in the same article gives the same id everywhere."""
    return _qa_digest(_key(article_title), question)


def _qa_digest(article_key: str, question: str) -> str:
    return _digest(article_key + "\x1f" + _key(question))[:16]


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


def _paragraphs(lines: list[str]) -> list[_Block]:
    """Split lines into paragraphs at blank lines, keeping raw line breaks for now."""
    blocks: list[_Block] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(lines, start=1):
        if line.strip():
            if not current:
                start = number
            current.append(line)
        elif current:
            blocks.append(_Block("\n".join(current), start))
            current = []
    if current:
        blocks.append(_Block("\n".join(current), start))
    return blocks


def _split_at_markers(blocks: list[_Block]) -> list[_Block]:
    """Start a new block at every line opening with ``Q:`` or ``A:``; strip the marker."""
    result: list[_Block] = []
    for block in blocks:
        current: _Block | None = None
        for offset, line in enumerate(block.text.split("\n")):
            match = _MARKER.match(line.strip())
            if match or current is None:
                current = _Block("", block.line + offset, match[1] if match else "")
                result.append(current)
                line = line.strip()[match.end() :] if match else line
            current.text += line + "\n"
    return [block for block in result if block.text.strip() or block.marker]


def _starts_question(block: _Block, uses_markers: bool) -> bool:
    if uses_markers:
        return block.marker == "Q"
    return block.text.endswith("?") and not block.text.startswith(DISCLAIMER_START)


def _questions(blocks: list[_Block], uses_markers: bool, path: Path, article_key: str) -> list[QA]:
    qas: list[QA] = []
    seen: dict[str, int] = {}
    index = 0
    while index < len(blocks):
        head = blocks[index]
        question = [head.text]
        index += 1
        if uses_markers:
            while index < len(blocks) and not blocks[index].marker:
                question.append(blocks[index].text)
                index += 1
            if index >= len(blocks) or blocks[index].marker != "A":
                raise ContentError(path, head.line, "question (Q:) has no answer (A:) after it")
        answer: list[str] = []
        while index < len(blocks) and not _starts_question(blocks[index], uses_markers):
            answer.append(blocks[index].text)
            index += 1
        answer = [paragraph for paragraph in answer if paragraph]
        text = " ".join(part for part in question if part)
        if not text:
            raise ContentError(path, head.line, "question (Q:) is empty")
        if not answer:
            raise ContentError(path, head.line, f"question has no answer: {_clip(text)}")
        ident = _qa_digest(article_key, text)
        seen[ident] = seen.get(ident, 0) + 1
        if seen[ident] > 1:
            ident = f"{ident}-{seen[ident]}"
        qas.append(QA(id=ident, question=text, answer=tuple(answer), line=head.line))
    return qas


def _take_trailing_disclaimer(qas: list[QA]) -> str | None:
    """A ``Remember:`` paragraph closing the article is its disclaimer, not the last answer's.

    Only when that answer keeps at least one paragraph of its own.
    """
    last = qas[-1]
    if len(last.answer) > 1 and last.answer[-1].startswith(DISCLAIMER_START):
        qas[-1] = QA(last.id, last.question, last.answer[:-1], last.line)
        return last.answer[-1]
    return None


def _normalise(text: str) -> str:
    """Every run of whitespace (breaks, tabs, no-break spaces) becomes one space."""
    return " ".join(text.split())


def _key(text: str) -> str:
    """What identifies a title or question: letters and digits only, case-folded."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(char for char in folded if char.isalnum())


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _clip(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
