"""HTML export: self-contained, no scripts, nothing external, every piece of text escaped."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from expertreader.content.disclaimer import DEFAULT_DISCLAIMER
from expertreader.content.library import Library, load_library
from expertreader.export.document import build_document
from expertreader.export.html import to_html
from expertreader.notes.model import Bookmark, Note, Passage

ROOT = Path(__file__).resolve().parents[2]
LIBRARY = load_library(ROOT / "resources" / "content")
ARTICLE = LIBRARY.articles[0]
QA = ARTICLE.qas[2]
WHEN = dt.datetime(2026, 11, 24, 10, 0, tzinfo=dt.UTC)
HOSTILE = (
    "<script>alert(1)</script> <img src=x onerror=alert(2)> \"quoted\" 'single' & &amp; "
    '<a href="https://example.org">link</a> <style>@import url(https://x.org/a.css)</style>'
)


class Page(HTMLParser):
    """Every tag, attribute, style sheet and text run of a page."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str]] = []
        self.styles: list[str] = []
        self.texts: list[str] = []
        self._in_style = False
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += [(name, value or "") for name, value in attrs]
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        (self.styles if self._in_style else self.texts).append(data)

    @property
    def text(self) -> str:
        return "".join(self.texts)


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
    return to_html(doc)


def hostile_page() -> str:
    exact = "[with your new treatment plan]"
    start = QA.answer_text.index(exact)
    return render(
        [Bookmark(ARTICLE.qas[0].id, WHEN)],
        [
            Note(QA.id, HOSTILE, WHEN, WHEN, uid="1"),
            Note(
                QA.id,
                HOSTILE,
                WHEN,
                WHEN,
                uid="2",
                passage=Passage(HOSTILE, "", "", start, start + 5),
            ),
            Note("gone", HOSTILE, WHEN, WHEN, uid="3", question=HOSTILE, article_title=HOSTILE),
        ],
    )


def test_no_scripts_and_nothing_external() -> None:
    html = hostile_page()
    page = Page(html)
    assert "<script" not in html.lower()
    assert set(page.tags) <= {
        "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "span",
        "blockquote", "table", "tr", "td", "br", "em",
    }  # fmt: skip
    for name, value in page.attributes:
        assert not name.startswith("on"), name
        assert name not in {"src", "href", "srcset", "action", "style"}, name
        assert not re.search(r"(https?:)?//", value), (name, value)
    style = "".join(page.styles)
    assert "@import" not in style
    assert "url(" not in style
    assert "http" not in style


def test_user_text_is_escaped_and_kept() -> None:
    page = Page(hostile_page())
    assert page.text.count(HOSTILE) >= 4  # note, passage, note on passage, orphan's question


def test_content_security_policy_forbids_everything_but_inline_style() -> None:
    assert (
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">"
    ) in hostile_page()


@pytest.mark.parametrize("library", [LIBRARY, Library()], ids=["bundled", "no content"])
def test_disclaimer_in_a_bordered_box_even_with_no_notes(library: Library) -> None:
    html = render([], [], library)
    expected = ARTICLE.disclaimer if library.articles else DEFAULT_DISCLAIMER
    assert expected is not None
    box = re.search(r'<table class="disclaimer"[^>]*border="1".*?</table>', html, re.DOTALL)
    assert box is not None
    assert Page(box[0]).text.count(expected) == 1
    assert "You have no bookmarks or notes yet." in Page(html).text


def test_structure_uses_plain_semantic_markup() -> None:
    html = hostile_page()
    page = Page(html)
    assert html.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert page.tags.count("h1") == 1
    assert "blockquote" in page.tags
    assert '<span class="insertion">[with your new treatment plan]</span>' in html
    assert "@media print" in "".join(page.styles)
    assert ARTICLE.title in page.text
    assert "This file is not encrypted and contains private health notes. Keep it safe." in (
        page.text
    )


def test_note_line_breaks_are_kept() -> None:
    html = render([], [Note(QA.id, "one\ntwo\n\nthree", WHEN, WHEN, uid="1")])
    assert '<p class="note">one<br>\ntwo</p>\n<p class="note">three</p>' in html
