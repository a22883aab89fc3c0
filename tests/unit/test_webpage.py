"""Saved web pages: the article's words out, the page's furniture and anything hostile kept out."""

from __future__ import annotations

import contextlib
import datetime as dt
import socket
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from expertreader.content.model import Article
from expertreader.content.parse import ContentError, parse_bytes, parse_file
from expertreader.content.webpage import MAX_DEPTH, MAX_PAGE_BYTES

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


def page(body: str, head: str = "<meta charset='utf-8'>", name: str = "page.html") -> Article:
    html = f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"
    return parse_bytes(html.encode("utf-8"), name)


def every_word(article: Article) -> str:
    parts = [article.title, *article.intro, article.disclaimer or "", article.expert or ""]
    for qa in article.qas:
        parts += [qa.question, *qa.answer]
    return " ".join(parts)


def test_saved_page_reads_as_a_reader_sees_it() -> None:
    article = parse_file(ARTICLES / "saved_page.html")
    assert article.source == "saved_page.html"
    assert article.title == "Ask the Expert: Sleep and Metastatic Breast Cancer"  # the <h1>
    assert article.date == dt.date(2020, 2, 11)
    assert article.expert == "Dr. Vesna Abernathy-Koh, MD"
    assert article.intro == (
        "Trouble sleeping is common during treatment. Expert Dr. Vesna Abernathy-Koh, MD, "
        "answered your questions about sleep, medicines & habits that help.",
    )
    assert article.disclaimer == (
        "Remember: this page was written for testing ExpertReader – the people in it are "
        "fictional and it gives no medical advice. Ask your own care team about your situation."
    )
    assert [qa.question for qa in article.qas] == [
        "Why can’t I sleep since starting treatment?",
        "Are sleeping pills safe for me?",
    ]
    assert article.qas[0].answer == (
        "Several things can play a part:",
        "• steroids given with chemotherapy,",
        "• hot flashes from hormone therapy, and",  # an <li> closed by the next one
        "• pain or worry that is worse at night.",
        "Tell your team which of these sound familiar. Many of them can be treated.",
    )
    assert article.qas[1].answer == (
        "Sometimes, for a short time. Ask before you take any, including ones you can buy "
        "without a prescription, because some interact with cancer medicines.",
        "1. Bring a list of everything you take.",
        "2. Ask about non-drug approaches first, such as a regular wake-up time.",
    )
    assert article.warnings == ()


def test_saved_page_drops_the_page_furniture() -> None:
    words = every_word(parse_file(ARTICLES / "saved_page.html"))
    for dropped in [
        "Is this a question",  # style
        "Should this script",  # script
        "Donate",  # header and navigation
        "Any events",
        "Home",  # breadcrumb
        "Related",  # aside
        "sign up",  # form and button
        "Share this",
        "helpful",  # hidden
        "Do you have a question",  # footer
        "Questions in this article",  # the contents heading and its list
        "Example Breast Network",  # the <title>'s site name is not the title
    ]:
        assert dropped not in words


def test_declared_windows_1252_page() -> None:
    article = parse_file(ARTICLES / "windows1252_page.htm")
    assert article.expert == "Dr. Aurelio Fenwick-Saté"
    assert article.intro[0].endswith("hair loss – and what “scalp cooling” can do.")
    assert [qa.question for qa in article.qas] == [
        "Will my hair grow back after chemotherapy?",
        "Does scalp cooling work with every treatment?",
    ]
    assert article.qas[0].answer == (
        "For most people it does… though it may come back with a different texture at first.",
    )


def test_lines_are_the_pages_source_lines() -> None:
    html = (
        "<html><body>\n<h1>T</h1>\n<p>Intro.</p>\n\n<h2>First?</h2>\n<p>Yes.</p>\n"
        "<h2>\n  Second?</h2>\n</body></html>"
    )
    article = parse_bytes(html.encode(), "lines.html")
    assert [qa.line for qa in article.qas] == [5, 8]
    assert [w.line for w in article.warnings] == [8]


def test_nothing_is_fetched(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the page tried to reach the network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    article = page(
        "<base href='http://example.invalid/'><link rel=stylesheet href='http://example.invalid/a.css'>"
        "<script src='http://example.invalid/a.js'></script><img src='http://example.invalid/i.png'>"
        "<iframe src='http://example.invalid/'></iframe><h1>T</h1><h2>Why?</h2>"
        "<p style=\"background:url('http://example.invalid/b.png')\">Because.</p>",
        head="<meta http-equiv='refresh' content='0; url=http://example.invalid/'>",
    )
    assert article.qas[0].answer == ("Because.",)


def test_entities_are_decoded_and_markup_is_never_text() -> None:
    article = page(
        "<h1>Fish &amp; chips</h1><h2>Is &lt;b&gt; bold&#63;</h2>"
        "<p>It&rsquo;s &#8220;fine&#x201D;&nbsp;&mdash; <b>really</b>.</p>"
    )
    assert article.title == "Fish & chips"
    assert article.qas[0].question == "Is <b> bold?"
    assert article.qas[0].answer == ("It’s “fine” — really.",)


def test_title_falls_back_to_the_title_element() -> None:
    article = page("<p>Intro.</p><h2>Why?</h2><p>Because.</p>", head="<title>The title</title>")
    assert article.title == "The title"
    assert article.intro == ("Intro.",)


def test_only_the_longest_article_is_read() -> None:
    article = page(
        "<article><h1>Teaser</h1><p>Short.</p></article>"
        "<article><h1>Real</h1><h2>Why?</h2><p>A longer answer than the teaser has.</p></article>"
    )
    assert article.title == "Real"
    assert "Teaser" not in every_word(article)


def test_main_is_read_when_there_is_no_article() -> None:
    article = page("<div>Site menu?</div><main><h1>T</h1><h2>Why?</h2><p>Because.</p></main>")
    assert [qa.question for qa in article.qas] == ["Why?"]


def test_header_inside_the_article_is_kept() -> None:
    article = page(
        "<header><h1>Site</h1></header><article><header><h1>Real title</h1>"
        "<p>March 2, 2018</p></header><h2>Why?</h2><p>Because.</p><footer><p>Remember: ask.</p>"
        "</footer></article>"
    )
    assert (article.title, article.date) == ("Real title", dt.date(2018, 3, 2))
    assert article.disclaimer == "Remember: ask."


def test_labels_and_lists_in_markup() -> None:
    article = page(
        "<h1>T</h1><p><b>Q:</b> Please explain it.</p><p><b>A:</b> Gladly:</p>"
        "<ol start='3'><li>three</li><li value='7'>seven</li><li>eight</li></ol>"
        "<dl><dt>Q: Next one?</dt><dd>A: Yes.</dd></dl>"
    )
    assert [qa.question for qa in article.qas] == ["Please explain it.", "Next one?"]
    assert article.qas[0].answer == ("Gladly:", "3. three", "7. seven", "8. eight")
    assert article.qas[1].answer == ("Yes.",)


def test_preformatted_text_keeps_its_lines() -> None:
    article = page("<h1>T</h1><pre>Why?\nBecause.\n- one\n- two</pre>")
    assert article.qas[0].answer == ("Because.", "- one", "- two")


def test_a_paragraph_without_end_tags_and_stray_end_tags() -> None:
    article = page("<h1>T</h1></span></div><p>Why?<p>Because.</li><p>More.</table>")
    assert article.qas[0].answer == ("Because.", "More.")


def test_deep_nesting_is_an_error_with_a_line() -> None:
    html = "<html><body>\n<h1>T</h1>\n" + "<div>" * (MAX_DEPTH + 10) + "<p>Why?</p>"
    with pytest.raises(ContentError) as caught:
        parse_bytes(html.encode(), "deep.html")
    assert caught.value.line == 3
    assert "deep" in caught.value.message


def test_deep_inline_nesting_is_harmless() -> None:
    article = page("<h1>T</h1><h2>Why?</h2><p>" + "<span>" * 20_000 + "Because.</p>")
    assert article.qas[0].answer == ("Because.",)


def test_a_page_larger_than_the_cap_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    big.write_bytes(b"<p>x</p>" * (MAX_PAGE_BYTES // 8 + 1))
    with pytest.raises(ContentError) as caught:
        parse_file(big)
    assert caught.value.line == 1
    assert "larger than" in caught.value.message


def test_undeclared_non_utf8_page_names_the_line() -> None:
    with pytest.raises(ContentError) as caught:
        parse_bytes(b"<h1>T</h1>\n<h2>Why?</h2>\n<p>caf\xe9</p>", "old.html")
    assert caught.value.line == 3
    assert "UTF-8" in caught.value.message


def test_bytes_the_declared_charset_does_not_have() -> None:
    data = b"<meta charset=windows-1252>\n<h1>T</h1><h2>Why?</h2>\n\n<p>bad \x81 byte</p>"
    with pytest.raises(ContentError) as caught:
        parse_bytes(data, "bad.htm")
    assert caught.value.line == 4
    assert "windows-1252" in caught.value.message


@pytest.mark.parametrize("charset", ["klingon", "utf-7", "rot13", "base64"])
def test_a_charset_that_cannot_be_read_is_an_error_on_its_line(charset: str) -> None:
    data = f"<html>\n<head><meta charset='{charset}'></head><h1>T</h1><h2>Why?</h2><p>A.</p>"
    with pytest.raises(ContentError) as caught:
        parse_bytes(data.encode(), "odd.html")
    assert caught.value.line == 2
    assert charset in caught.value.message


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ("<meta charset=latin1><h1>T</h1><h2>Why?</h2><p>\u201cok\u201d".encode("cp1252"), "“ok”"),
        ("<meta charset=utf-16><h1>T</h1><h2>Why?</h2><p>caf\u00e9</p>".encode(), "café"),
        ("\ufeff<h1>T</h1><h2>Why?</h2><p>caf\u00e9</p>".encode("utf-16"), "café"),
        ("\ufeff<h1>T</h1><h2>Why?</h2><p>caf\u00e9</p>".encode("utf-8"), "café"),
    ],
)  # fmt: skip
def test_encodings_as_browsers_read_them(data: bytes, words: str) -> None:
    assert parse_bytes(data, "p.html").qas[0].answer == (words,)


def test_nul_bytes_are_an_error_with_a_line() -> None:
    with pytest.raises(ContentError) as caught:
        parse_bytes(b"<h1>T</h1>\n<h2>Why?</h2>\n<p>a\x00b</p>", "nul.html")
    assert caught.value.line == 3


@pytest.mark.parametrize(
    "html",
    [
        "",
        "<html></html>",
        "<script>only a script?</script>",
        "<h1>Just a title</h1>",
        "<h1>T</h1><p>No questions.</p>",
    ],
)
def test_pages_without_questions_are_errors(html: str) -> None:
    with pytest.raises(ContentError):
        parse_bytes(html.encode(), "empty.html")


def test_suffix_decides_and_any_case_works(tmp_path: Path) -> None:
    html = b"<h1>T</h1><h2>Why?</h2><p>Because.</p>"
    (tmp_path / "PAGE.HTM").write_bytes(html)
    assert parse_file(tmp_path / "PAGE.HTM").qas[0].answer == ("Because.",)
    (tmp_path / "page.txt").write_bytes(html + b"\n\nWhy?\n\nAs text.")
    assert parse_file(tmp_path / "page.txt").title == "<h1>T</h1><h2>Why?</h2><p>Because.</p>"


def test_markup_declarations_html_parser_cannot_follow() -> None:
    for html in ["<!DOCTYPE [", "<h1>T</h1><![if !IE]><h2>Why?</h2><p>A.</p>", "<!ELEMENT x [y]>"]:
        with contextlib.suppress(ContentError):
            parse_bytes(html.encode(), "odd.html")


_MARKUP = st.sampled_from(
    [
        "<h1>", "</h1>", "<h2>", "<p>", "</p>", "<li>", "<ul>", "</ul>", "<ol start=x>", "<br>",
        "<div>", "</div>", "<script>", "</script>", "<style>", "<nav>", "<pre>", "<title>",
        "<article>", "</article>", "<main>", "<header>", "<table><tr><td>", "<!--", "-->",
        "<![CDATA[", "]]>", "<!DOCTYPE", "<?xml", "&amp;", "&#", "&#x110000;", "&bogus;", "<",
        ">", "'", '"', "=", "?", "Q:", "A:", "Remember:", "Dr. Lee:", "\n", " ", "\r", "\x00",
        "<meta charset=utf-16>", "<meta charset='bogus'>", "<li value=99999999999>", "word",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_MARKUP, st.text(max_size=4)), max_size=50))
def test_any_markup_gives_an_article_or_a_content_error(pieces: list[str]) -> None:
    data = "".join(pieces).encode("utf-8", "surrogatepass")
    try:
        article = parse_bytes(data, "fuzz.html")
    except ContentError as error:
        assert error.line >= 1
        return
    assert article.qas and all(qa.question for qa in article.qas)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_as_a_page_give_an_article_or_a_content_error(data: bytes) -> None:
    with contextlib.suppress(ContentError):
        parse_bytes(data, "fuzz.htm")
