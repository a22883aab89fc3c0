"""Saved web pages (``.html``, ``.htm``) -> the paragraphs of an article, read with a real parser.

Headings, paragraphs, list items, table cells and definition terms become paragraphs (list
items keep a "• " or "1. " marker, as the browser drew them); ``<br>`` breaks a line. Dropped:
scripts, styles, navigation, forms, asides, buttons, embedded frames and media, hidden elements,
breadcrumbs, sharing and comment sections, and the page's own header and footer (those inside
the ``<article>`` or ``<main>`` stay: they carry the article's heading). When the page has an
``<article>`` (the longest, if several) or a ``<main>``, only that is read. The title is the
first ``<h1>``, else the ``<title>``. Entities are decoded; nothing is ever fetched (no URL in
the page is followed). Every paragraph keeps the line of the page's source it starts on.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from expertreader.content.blocks import Block, Line, normalise
from expertreader.content.errors import ContentError

SUFFIXES = frozenset({".html", ".htm"})
# The same cap as a text article: a saved Q&A page is far smaller, and html.parser reads
# tag-dense markup at about 1 MB/s, so a bigger cap would only make a hostile page slower.
MAX_PAGE_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 512

_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend",
        "li", "listing", "main", "menu", "nav", "ol", "p", "plaintext", "pre", "section", "summary",
        "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul", "xmp"
    }
)  # fmt: skip
_DROPPED = frozenset(
    {
        "script", "style", "noscript", "template", "nav", "form", "aside", "button", "select",
        "textarea", "iframe", "frame", "object", "embed", "svg", "math", "canvas", "audio", "video",
        "dialog", "map"
    }
)  # fmt: skip
_DROPPED_OUTSIDE_ARTICLE = frozenset({"header", "footer"})
_DROPPED_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "search", "complementary", "dialog", "alertdialog"}
)
_DROPPED_CLASS_WORDS = frozenset(
    {
        "breadcrumb", "breadcrumbs", "cookie", "cookies", "share", "sharing", "social",
        "newsletter", "sidebar", "advert", "advertisement", "ads", "promo", "comment", "comments",
        "skip"
    }
)  # fmt: skip
_CLOSES_P = _BLOCKS - {"body", "html", "title", "caption", "td", "th", "tr", "tbody", "thead",
                       "tfoot", "li", "dd", "dt", "summary", "legend"}  # fmt: skip
_P_SCOPE = frozenset({"table", "td", "th", "caption", "button", "html"})
_IMPLIED = {  # starting one of these ends an open one of the same family, up to its container
    "li": ({"li"}, {"ul", "ol", "menu", "table"}),
    "dt": ({"dt", "dd"}, {"dl", "table"}),
    "dd": ({"dt", "dd"}, {"dl", "table"}),
    "tr": ({"tr", "td", "th"}, {"table"}),
    "td": ({"td", "th"}, {"tr", "table"}),
    "th": ({"td", "th"}, {"tr", "table"}),
}
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_CHARSET = re.compile(rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_CLASS_SPLIT = re.compile(r"[\s_-]+")


def page_blocks(data: bytes, path: str | Path) -> list[Block]:
    """The page's paragraphs, its title first; a ContentError, with a line, if it cannot be read."""
    text = decode_page(data, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise ContentError(path, line, "is not a web page (contains NUL bytes)")
    reader = _PageReader(path)
    try:
        reader.feed(text)
        reader.close()
    except AssertionError:  # html.parser's own guard on declarations it cannot follow
        raise ContentError(path, reader.getpos()[0], "has markup that cannot be read") from None
    return reader.result()


def decode_page(data: bytes, path: str | Path) -> str:
    """Text by byte-order mark, else by the ``<meta charset>`` the page declares, else UTF-8."""
    label = "UTF-8"
    encoding = "utf-8"
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        label, encoding = "UTF-16", "utf-16"
    elif match := _CHARSET.search(data[:4096]):
        label = match[1].decode("ascii")
        encoding = _codec(label, path, data.count(b"\n", 0, match.start()) + 1)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        said = "declares" if encoding != "utf-8" or label != "UTF-8" else "is read as"
        raise ContentError(
            path,
            line,
            f"is not {label} text as the page {said} "
            f"(byte 0x{data[error.start]:02x} at offset {error.start})",
        ) from None


def _codec(label: str, path: str | Path, line: int) -> str:
    """The Python codec for a declared character set, as browsers read the label."""
    try:
        name = codecs.lookup(label).name
    except LookupError:
        name = ""
    if name in {"latin-1", "iso8859-1", "ascii"}:
        return "cp1252"  # what browsers do with these labels
    if name.startswith(("utf-16", "utf-32")):
        return "utf-8"  # a page readable enough to declare this is not really UTF-16
    if not name or name == "utf-7" or not _is_text_codec(name):
        raise ContentError(
            path, line, f"declares a character set this program cannot read: {label}"
        )
    return name


def _is_text_codec(name: str) -> bool:
    try:
        b"a".decode(name)
    except (LookupError, ValueError):
        return False
    return True


@dataclass(slots=True)
class _Paragraph:
    lines: list[Line]
    article: int | None  # which <article> it is in
    in_main: bool
    heading: int = 0  # 1 for <h1>


@dataclass(slots=True)
class _Open:
    tag: str
    dropped: bool = False
    counter: int = 0  # the next number, for <ol>


@dataclass(slots=True)
class _Segment:
    number: int = 0
    words: list[str] = field(default_factory=list)
    has_text: bool = False


class _PageReader(HTMLParser):
    """Collects paragraphs from the page's elements as the parser reports them."""

    def __init__(self, path: str | Path) -> None:
        super().__init__(convert_charrefs=True)
        self._path = path
        self._stack: list[_Open] = []
        self._open = Counter[str]()
        self._dropped = 0  # open elements whose content is dropped
        self._articles = 0  # <article> elements seen
        self._article: list[int] = []  # the <article> elements we are inside
        self._main = 0
        self._paragraphs: list[_Paragraph] = []
        self._lines: list[Line] = []
        self._segment = _Segment()
        self._prefix = ""  # a list item's marker, waiting for the item's first words
        self._title: list[str] = []
        self._title_line = 0

    # The parser's events.

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._end_segment()
            return
        if tag not in _BLOCKS and tag not in _DROPPED:
            return  # inline, void or unknown: its words join the paragraph
        self._close_implied(tag)
        self._flush()
        if len(self._stack) >= MAX_DEPTH:
            line = self.getpos()[0]
            raise ContentError(self._path, line, f"nests elements more than {MAX_DEPTH} deep")
        if tag == "hr":
            return
        element = _Open(tag, dropped=self._drops(tag, dict(attrs)), counter=_start(attrs))
        self._stack.append(element)
        self._open[tag] += 1
        self._dropped += element.dropped
        if tag == "article":
            self._articles += 1
            self._article.append(self._articles)
        elif tag == "main":
            self._main += 1
        elif tag == "li" and not self._dropped:
            self._prefix = self._marker(attrs)
        elif tag == "title":
            self._title_line = self.getpos()[0]

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag != "br":
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "br":
            self._end_segment()
        elif self._open[tag]:
            self._flush()
            while self._stack and self._pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self._dropped or not data:
            return
        if self._inside("title"):
            self._title.append(data)
            return
        pre = self._inside("pre")
        start = self.getpos()[0]
        pieces = data.split("\n") if pre else [data]
        for offset, piece in enumerate(pieces):
            if offset:
                self._end_segment()
            if not piece.strip():
                self._segment.words.append(" ")
                continue
            if not self._segment.has_text:
                leading = len(data) - len(data.lstrip()) if not pre else 0
                self._segment.number = start + data.count("\n", 0, leading) + (offset if pre else 0)
                self._segment.words = [self._prefix]
                self._segment.has_text = True
                self._prefix = ""
            self._segment.words.append(piece)

    # The result.

    def result(self) -> list[Block]:
        self._flush()
        chosen = self._chosen()
        heading = next((p for p in chosen if p.heading == 1), None)
        heading = heading or next((p for p in self._paragraphs if p.heading == 1), None)
        blocks = [p.lines for p in chosen if p is not heading]
        title = normalise("".join(self._title))
        if heading is not None:
            joined = normalise(" ".join(line.text for line in heading.lines))
            blocks.insert(0, [Line(heading.lines[0].number, joined)])
        elif title:
            blocks.insert(0, [Line(self._title_line or 1, title)])
        return blocks

    def _chosen(self) -> list[_Paragraph]:
        """The paragraphs of the longest <article>, else of <main>, else all of them."""
        sizes = Counter[int]()
        for paragraph in self._paragraphs:
            if paragraph.article is not None:
                sizes[paragraph.article] += sum(len(line.text) for line in paragraph.lines)
        if sizes:
            longest = sizes.most_common(1)[0][0]
            return [p for p in self._paragraphs if p.article == longest]
        if any(p.in_main for p in self._paragraphs):
            return [p for p in self._paragraphs if p.in_main]
        return self._paragraphs

    # Helpers.

    def _drops(self, tag: str, attrs: dict[str, str | None]) -> bool:
        if tag in _DROPPED or "hidden" in attrs:
            return True
        if tag in _DROPPED_OUTSIDE_ARTICLE and not (self._article or self._main):
            return True
        if not attrs:
            return False
        if (attrs.get("aria-hidden") or "").strip().lower() == "true":
            return True
        if (attrs.get("role") or "").strip().lower() in _DROPPED_ROLES:
            return True
        words = _CLASS_SPLIT.split(f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower())
        return not _DROPPED_CLASS_WORDS.isdisjoint(words)

    def _inside(self, tag: str) -> bool:
        return self._open[tag] > 0

    def _marker(self, attrs: list[tuple[str, str | None]]) -> str:
        for element in reversed(self._stack[:-1]):
            if element.tag == "ol":
                if (value := _number(dict(attrs).get("value"))) is not None:
                    element.counter = value
                number = element.counter
                element.counter += 1
                return f"{number}. "
            if element.tag in {"ul", "menu", "dir"}:
                break
        return "• "

    def _close_implied(self, tag: str) -> None:
        if tag in _CLOSES_P and self._open["p"]:
            self._close_within({"p"}, _P_SCOPE)
        if tag in _HEADINGS and self._stack and self._stack[-1].tag in _HEADINGS:
            self._flush()
            self._pop()
        if tag in _IMPLIED:
            family, containers = _IMPLIED[tag]
            self._close_within(family, containers)

    def _close_within(
        self, family: set[str] | frozenset[str], scope: set[str] | frozenset[str]
    ) -> None:
        """Close the nearest open element of ``family``, unless a ``scope`` element comes first."""
        for index in range(len(self._stack) - 1, -1, -1):
            tag = self._stack[index].tag
            if tag in family:
                self._flush()
                while len(self._stack) > index:
                    self._pop()
                return
            if tag in scope:
                return

    def _pop(self) -> str:
        element = self._stack.pop()
        self._open[element.tag] -= 1
        self._dropped -= element.dropped
        if element.tag == "article" and self._article:
            self._article.pop()
        elif element.tag == "main":
            self._main -= 1
        return element.tag

    def _end_segment(self) -> None:
        if not self._segment.words:
            return
        if self._segment.has_text and (text := normalise("".join(self._segment.words))):
            self._lines.append(Line(self._segment.number, text))
        self._segment = _Segment()

    def _flush(self) -> None:
        """End the paragraph being collected (an element boundary)."""
        self._end_segment()
        if self._lines:
            heading = 1 if self._stack and self._stack[-1].tag == "h1" else 0
            article = self._article[-1] if self._article else None
            self._paragraphs.append(_Paragraph(self._lines, article, self._main > 0, heading))
            self._lines = []


def _start(attrs: list[tuple[str, str | None]]) -> int:
    """Where an ``<ol>`` starts counting."""
    value = _number(dict(attrs).get("start"))
    return 1 if value is None else value


def _number(text: str | None) -> int | None:
    """An attribute's whole number ("3", "-1"); None for anything else."""
    if text is None or not re.fullmatch(r"\s*-?[0-9]{1,8}\s*", text):
        return None
    return int(text)
