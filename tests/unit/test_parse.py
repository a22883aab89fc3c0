"""The article format contract: the seed article exactly, and every edge the format allows."""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from expertreader.content.disclaimer import disclaimer_for
from expertreader.content.model import Article
from expertreader.content.parse import ContentError, parse_bytes, parse_date, parse_file, qa_id

SEED_QUESTIONS = [
    "How do I choose a doctor to get a second opinion from?",
    "Won’t I offend my doctor if I get a second opinion?",
    "Can I get a second opinion each time my doctor wants to change my treatment plan?",
    "Could it be helpful for me to get a third opinion too?",
    "My doctor’s treatment plan sounds good to me. Should I get a second opinion anyway?",
]
SEED_ANSWERS = [
    "I would seek out a physician who specializes only in breast cancer and who actively "
    "participates in clinical trials, ideally at a large referral center or academic center. "
    "The recommendation you receive [from the second opinion doctor] may be different, though "
    "even a similar recommendation may offer reassurance.",
    "No physician should be offended or feel challenged by a patient getting a second opinion.",
    "You could get another opinion at each decision point. It does not mean you should if you are "
    "comfortable [with your new treatment plan]. But [if you do get a second opinion,] to "
    "determine if you are eligible for clinical trials, the opinion should be obtained prior to "
    "starting on a new treatment plan.",
    "Not necessarily. Too many opinions can lead to confusion. If you have sought a second opinion "
    "from a breast cancer expert at a referral center, that is usually sufficient to make a "
    "decision.",
    "You are not obligated to get a second opinion if you are comfortable with your physician and "
    "the path proposed.",
]


def parse(text: str, name: str = "a.txt") -> Article:
    return parse_bytes(text.encode("utf-8"), name)


def test_seed_article_exactly(seed_article: Path) -> None:
    article = parse_file(seed_article)
    assert article.source == "000_13036496fefd8c92.txt"
    assert article.title == (
        "March 2018 Ask the Expert: Second Opinions and Metastatic Breast Cancer"
    )
    assert article.date == dt.date(2018, 3, 2)
    assert article.expert == "William J. Gradishar, MD, FACP"
    assert len(article.intro) == 2
    assert article.intro[0].startswith("Metastatic breast cancer requires ongoing tests")
    assert article.disclaimer is not None
    assert article.disclaimer.startswith("Remember: we cannot provide diagnoses")
    assert article.disclaimer.endswith("substitute for professional counseling or medical advice.")
    assert [qa.question for qa in article.qas] == SEED_QUESTIONS
    assert [qa.answer for qa in article.qas] == [(answer,) for answer in SEED_ANSWERS]


def test_seed_words_are_verbatim(seed_article: Path) -> None:
    """Every word of the file appears, in order, in the parsed article."""
    article = parse_file(seed_article)
    parsed = [article.title, "March", "2,", "2018", *article.intro, article.disclaimer or ""]
    for qa in article.qas:
        parsed += [qa.question, *qa.answer]
    assert " ".join(parsed).split() == seed_article.read_text(encoding="utf-8").split()


def test_ids_are_stable_and_distinct(seed_article: Path) -> None:
    first = parse_file(seed_article)
    again = parse_bytes(seed_article.read_bytes().replace(b"\n", b"\r\n"), "elsewhere.txt")
    assert [qa.id for qa in first.qas] == [qa.id for qa in again.qas]
    assert len({qa.id for qa in first.qas}) == 5
    assert first.qas[0].id == qa_id(first.title, first.qas[0].question)
    # Pinned: notes saved by earlier versions and other machines key on these.
    assert first.qas[0].id == "a7641ccc6f5739f6"


def test_id_survives_whitespace_and_case_edits() -> None:
    one = parse("T\n\nHow are  you?\n\nFine.")
    two = parse("T\n\nhow are\tyou ?\n\nFine, thanks.")
    assert one.qas[0].id == two.qas[0].id


def test_bom_crlf_tabs_and_no_break_spaces() -> None:
    raw = "\ufeffTitle\r\n\r\nWhat\u00a0is\tit?\r\n\r\n  An\u00a0answer \r\n  on two lines.  \r\n"
    article = parse(raw)
    assert article.title == "Title"
    assert article.qas[0].question == "What is it?"
    assert article.qas[0].answer == ("An answer on two lines.",)


def test_no_date_no_disclaimer_no_expert() -> None:
    article = parse("Title\n\nIntro text.\n\nQuestion?\n\nAnswer one.\n\nAnswer two.")
    assert article.date is None
    assert article.disclaimer is None
    assert article.expert is None
    assert article.intro == ("Intro text.",)
    assert article.qas[0].answer == ("Answer one.", "Answer two.")
    assert disclaimer_for(article).startswith("Remember:")


def test_markers_decide_and_are_removed() -> None:
    article = parse(
        "Title\nJanuary 5, 2020\n\nRemember: be careful.\n\n"
        "Q: Is this a question\nthat spans lines?\nA: Yes. Is that odd?\n\nNo.\n\n"
        "Q: Second one\n\nA: Answer."
    )
    qas = article.qas
    assert [qa.question for qa in qas] == ["Is this a question that spans lines?", "Second one"]
    assert qas[0].answer == ("Yes. Is that odd?", "No.")
    assert qas[1].answer == ("Answer.",)
    assert article.disclaimer == "Remember: be careful."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 2, 2018", dt.date(2018, 3, 2)),
        ("Mar 2 2018", dt.date(2018, 3, 2)),
        ("2 March 2018", dt.date(2018, 3, 2)),
        ("2018-03-02", dt.date(2018, 3, 2)),
        ("Sept. 30, 2019", dt.date(2019, 9, 30)),
        ("February 30, 2018", None),
        ("Intro sentence.", None),
        ("Smarch 2, 2018", None),
    ],
)
def test_dates(text: str, expected: dt.date | None) -> None:
    assert parse_date(text) == expected


def test_date_line_in_title_paragraph() -> None:
    article = parse("Title\nMarch 2, 2018\nIntro line.\n\nQ?\n\nA.")
    assert article.date == dt.date(2018, 3, 2)
    assert article.intro == ("Intro line.",)


@pytest.mark.parametrize(
    ("data", "line", "words"),
    [
        (b"", 1, "empty"),
        (b"  \n\n \t\n", 1, "empty"),
        (b"Title\n\nNo questions here.\n", 3, "no questions"),
        (b"Title\n\nIntro.\n\nLast question?\n", 5, "no answer"),
        (b"Title\n\nQ?\n\n\xff\xfe bad", 5, "not UTF-8"),
        (b"Title\n\nQ?\n\nA\x00.", 5, "NUL"),
        (b"Title\n\nA: answer first\n\nQ: q\n\nA: a", 3, "before any question"),
        (b"Title\n\nQ: question without answer\n\nmore", 3, "no answer"),
    ],
)
def test_bad_input_names_the_line(data: bytes, line: int, words: str) -> None:
    with pytest.raises(ContentError) as caught:
        parse_bytes(data, "bad.txt")
    assert caught.value.line == line
    assert words.lower() in caught.value.message.lower()
    assert str(caught.value).startswith(f"bad.txt:{line}: ")


def test_unreadable_paths(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="cannot be read"):
        parse_file(tmp_path / "missing.txt")
    with pytest.raises(ContentError, match="folder"):
        parse_file(tmp_path)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_raise_only_content_error(data: bytes) -> None:
    with contextlib.suppress(ContentError):
        parse_bytes(data, "fuzz.txt")


_FORMAT_PIECES = st.sampled_from(
    [
        "Q:",
        "A:",
        "?",
        "Remember:",
        "\n",
        "\n\n",
        "\r\n",
        " ",
        "\t",
        "\u00a0",
        "\ufeff",
        "[x]",
        "March 2, 2018",
        "word",
        "expert Jane Roe, MD, answered",
        ".",
        "Question:",
        "Answer:",
        "Q.",
        "A.",
        "Sara asks:",
        "Question from Ann:",
        "- ",
        "1. ",
        "Dr. Lee:",
        "hosted by Dr. Ann Roe, MD,",
        "In this article:",
        "November 2010",
        "Why?",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_FORMAT_PIECES, st.text(max_size=5)), max_size=40))
def test_any_text_raises_only_content_error(pieces: list[str]) -> None:
    text = "".join(pieces)
    try:
        article = parse_bytes(text.encode("utf-8", "surrogatepass"), "fuzz.txt")
    except ContentError:
        return
    assert article.qas
    assert any(qa.answer for qa in article.qas)
    warned = {warning.line for warning in article.warnings}
    for qa in article.qas:
        assert qa.question
        assert qa.answer or qa.line in warned  # unanswered only with a warning on its line
        assert all(paragraph == " ".join(paragraph.split()) for paragraph in qa.answer)
        assert all(paragraph for paragraph in qa.answer)
        assert len(qa.speakers) in {0, len(qa.answer)}


def test_trailing_disclaimer_is_taken_from_the_last_answer() -> None:
    article = parse("T\n\nQ?\n\nAnswer.\n\nRemember: ask your doctor.")
    assert article.disclaimer == "Remember: ask your doctor."
    assert article.qas[0].answer == ("Answer.",)
    only = parse("T\n\nQ?\n\nRemember: this is the whole answer.")
    assert only.disclaimer is None
    assert only.qas[0].answer == ("Remember: this is the whole answer.",)


def test_expert_search_is_fast_on_hostile_intros() -> None:
    import time

    intro = "expert " * 30_000
    started = time.perf_counter()
    article = parse(f"T\n\n{intro}\n\nQ?\n\nA.")
    assert time.perf_counter() - started < 2.0
    assert article.expert is None


def test_uppercase_suffix_is_an_article(tmp_path: Path, seed_article: Path) -> None:
    from expertreader.content.library import load_library

    (tmp_path / "ONE.TXT").write_bytes(seed_article.read_bytes())
    assert len(load_library(tmp_path).articles) == 1


def test_seed_article_json_is_the_contract_exactly(seed_article: Path) -> None:
    """Fields are only added where an article has them: the seed prints as it always did."""
    shape = parse_file(seed_article).to_json()
    assert list(shape) == ["source", "title", "date", "expert", "intro", "disclaimer", "qas"]
    qas = shape["qas"]
    assert isinstance(qas, list)
    assert [list(qa) for qa in qas] == [["id", "question", "answer"]] * 5


def test_added_json_fields() -> None:
    text = "T\nNovember 2010\n\nHow?\n\nDr. Lee: Slowly.\n\nAnn asks: Why?\n\nBo asks: And?"
    shape = parse_bytes(text.encode(), "a.txt").to_json()
    assert shape["date_precision"] == "month"
    qas = shape["qas"]
    assert isinstance(qas, list)
    first, second, _third = qas
    assert "asker" not in first
    assert first["speakers"] == ["Dr. Lee"]
    assert (second["asker"], "speakers" in second) == ("Ann", False)
    assert second["answer"] == []
    assert shape["warnings"] == [
        {"line": 8, "message": "question has no answer: Why?"},
        {"line": 10, "message": "question has no answer: And?"},
    ]


def test_a_question_right_after_an_unanswered_one_continues_it() -> None:
    """Once an error ("no answer" for the first); now a question asked over two paragraphs."""
    article = parse("Title\n\nQuestion one?\n\nQuestion two?\n\nAnswer.")
    assert [qa.question for qa in article.qas] == ["Question one? Question two?"]
    assert article.warnings == ()
