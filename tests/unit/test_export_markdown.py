"""Markdown export: valid CommonMark with the right structure, and user text stays text."""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from expertreader.content.disclaimer import DEFAULT_DISCLAIMER, disclaimer_for
from expertreader.content.library import Library, load_library
from expertreader.export.document import build_document
from expertreader.export.markdown import escape_heading, escape_text, to_markdown
from expertreader.notes.model import Bookmark, Note, Passage

ROOT = Path(__file__).resolve().parents[2]
LIBRARY = load_library(ROOT / "resources" / "content")
ARTICLE = LIBRARY.articles[0]
QA = ARTICLE.qas[2]
WHEN = dt.datetime(2026, 11, 24, 10, 0, tzinfo=dt.UTC)
HOSTILE = [
    "# heading",
    "*star* _under_ **bold**",
    "<script>alert(1)</script>",
    "[x](y) ![img](http://example.org/i.png) <http://example.org>",
    "&amp; &#35; &copy;",
    "`code` ``more``",
    "> quote",
    "- item",
    "+ item",
    "1. item",
    "2) item",
    "***",
    "---",
    "===",
    "    indented code",
    "```",
    "~~~",
    "| a | b |",
    "trailing backslash \\",
    "[ref]: http://example.org",
    "<div>block html</div>",
    "line one\n===",
    "a\\*b",
]
commonmark = MarkdownIt("commonmark")


def render(bookmarks: list[Bookmark], notes: list[Note], library: Library = LIBRARY) -> str:
    doc = build_document(
        library,
        bookmarks,
        notes,
        include_answers=True,
        exported_at=WHEN,
        app_name="ExpertReader",
        app_version="0.1.0",
    )
    return to_markdown(doc)


def headings(tokens: list[Token]) -> list[tuple[str, str]]:
    return [
        (token.tag, tokens[index + 1].content)
        for index, token in enumerate(tokens)
        if token.type == "heading_open"
    ]


def text_of(inline: Token) -> str:
    """What a reader sees of an inline token: its text, markup left out."""
    assert inline.children is not None
    return "".join(
        "\n" if child.type.endswith("break") else child.content
        for child in inline.children
        if child.type in {"text", "text_special", "softbreak", "hardbreak"}
    )


def is_literal(inline: Token) -> bool:
    """True when the inline token holds text only: no emphasis, link, code, HTML or entity."""
    assert inline.children is not None
    return all(
        child.type in {"text", "text_special", "softbreak", "hardbreak"}
        for child in inline.children
    )


def literal_texts(tokens: list[Token]) -> list[str]:
    return [text_of(t) for t in tokens if t.type == "inline" and is_literal(t)]


def test_structure() -> None:
    exact = "[with your new treatment plan]"
    start = QA.answer_text.index(exact)
    notes = [
        Note(QA.id, "Ask Dr. Lee", WHEN, WHEN, uid="1"),
        Note(
            QA.id,
            "About this",
            WHEN,
            WHEN,
            uid="2",
            passage=Passage(exact, "", "", start, start + len(exact)),
        ),
    ]
    tokens = commonmark.parse(render([Bookmark(ARTICLE.qas[0].id, WHEN)], notes))
    assert headings(tokens) == [
        ("h1", "ExpertReader notes"),
        ("h2", "Disclaimer"),
        ("h2", ARTICLE.title),
        ("h3", ARTICLE.qas[0].question),
        ("h3", QA.question),
    ]
    quotes = [text_of(tokens[i + 2]) for i, t in enumerate(tokens) if t.type == "blockquote_open"]
    assert quotes == [exact]
    texts = literal_texts(tokens)
    assert ARTICLE.disclaimer in texts
    notice = "This file is not encrypted and contains private health notes. Keep it safe."
    assert notice in [text_of(t) for t in tokens if t.type == "inline"]
    assert "Ask Dr. Lee" in texts
    assert QA.answer[0] in texts, "the expert's words, verbatim, brackets and all"


@pytest.mark.parametrize("library", [LIBRARY, Library()], ids=["bundled", "no content"])
def test_disclaimer_with_no_notes(library: Library) -> None:
    html = commonmark.render(render([], [], library))
    expected = disclaimer_for(ARTICLE) if library.articles else DEFAULT_DISCLAIMER
    assert f"<p>{escape(expected, quote=False)}</p>" in html
    assert "You have no bookmarks or notes yet." in html


@pytest.mark.parametrize("hostile", HOSTILE)
def test_user_text_renders_literally(hostile: str) -> None:
    note = Note(QA.id, hostile, WHEN, WHEN, uid="1", question=hostile)
    orphan = Note("gone", hostile, WHEN, WHEN, uid="2", question=hostile, article_title=hostile)
    tokens = commonmark.parse(render([], [note, orphan]))
    allowed = {"heading_open", "heading_close", "paragraph_open", "paragraph_close", "inline"}
    allowed |= {"blockquote_open", "blockquote_close"}
    assert {t.type for t in tokens} <= allowed
    lines = [line.strip() for line in hostile.split("\n")]
    texts = literal_texts(tokens)
    assert "\n".join(lines) in texts, "the note"
    assert " ".join(hostile.split()) in texts, "the orphan's question as a heading"
    assert "From the article: " + "\n".join(lines) in texts, "the orphan's article title"


def test_note_paragraphs_and_line_breaks_survive() -> None:
    tokens = commonmark.parse(escape_text("one\ntwo\n\n\nthree"))
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"] * 2
    assert is_literal(tokens[1])
    assert text_of(tokens[1]) == "one\ntwo"
    assert text_of(tokens[4]) == "three"


LINE = st.text(st.characters(blacklist_characters="\x00\n\r", blacklist_categories=["Cs"]))


@settings(max_examples=500, deadline=None)
@given(LINE)
def test_any_line_is_one_literal_paragraph(line: str) -> None:
    expected = line.replace("\t", " ").strip()
    tokens = commonmark.parse(escape_text(line))
    if not expected:
        assert tokens == []
        return
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    assert is_literal(tokens[1])
    assert text_of(tokens[1]) == expected


@settings(max_examples=300, deadline=None)
@given(LINE)
def test_any_heading_is_literal(line: str) -> None:
    expected = " ".join(line.split())
    tokens = commonmark.parse("### " + escape_heading(line))
    assert [t.type for t in tokens] == ["heading_open", "inline", "heading_close"]
    assert is_literal(tokens[1])
    assert text_of(tokens[1]) == expected
