"""Search finds what people mean: word forms, accents, prefixes, phrases, typos, notes, ranking."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from expertreader.content.library import Library
from expertreader.content.model import QA, Article
from expertreader.search.engine import SearchCancelledError, SearchEngine, SearchResults
from expertreader.search.notes import NoteRow, NotesFeed
from expertreader.search.query import fts_expression, parse_query, render
from expertreader.search.snippets import ELLIPSIS, WIDTH, snippet
from expertreader.search.spelling import edit_distance

LONG = (
    "Many people ask this, and the honest answer depends on where you are in treatment. "
    "Your team knows your history, your scans and your goals, and they can explain the "
    "choices. Some centers also offer a second opinion clinic, which can help when the "
    "choice feels hard."
)

QAS = {
    "choose": ("How do I choose a doctor for a second opinion?", "Look for a specialist."),
    "offend": ("Won’t I offend my doctor?", "No physician should be offended by it."),
    "third": ("Could a third opinion help?", "One second look is usually enough."),
    "trial": ("Is a clinical trial right for me?", "A trial can offer new treatment."),
    "cafe": ("Is there a café for patients?", "Many CENTERS host one on Tuesdays."),
    "long": ("What should I ask first?", LONG),
    "order": ("Why the opinion, second time around?", "Opinion first, second later."),
}


def make_library() -> Library:
    qas = tuple(QA(key, question, (answer,)) for key, (question, answer) in QAS.items())
    article = Article(
        id="art",
        source="art.txt",
        title="Ask the Expert: Second Opinions",
        date=dt.date(2018, 3, 2),
        expert=None,
        intro=(),
        disclaimer=None,
        qas=qas,
    )
    return Library.from_articles([article])


@pytest.fixture
def feed() -> NotesFeed:
    return NotesFeed(
        [
            NoteRow("n1", "trial", "Ask Dr. Okonkwo about the trial nurse on Thursday."),
            NoteRow("n2", "gone-qa", "Okonkwo again", "A question no longer there?", "Old"),
        ]
    )


@pytest.fixture
def engine(feed: NotesFeed) -> SearchEngine:
    return SearchEngine(make_library(), feed)


def ids(results: SearchResults) -> list[str]:
    return [hit.qa_id for hit in results.hits]


def test_word_forms(engine: SearchEngine) -> None:
    assert "trial" in ids(engine.search("trials"))
    assert ids(engine.search("offended ")) == ["offend"]  # "offend" in one, "offended" too
    assert "offend" in ids(engine.search("offending "))


def test_accents_and_case_are_ignored(engine: SearchEngine) -> None:
    assert ids(engine.search("cafe ")) == ["cafe"]
    assert ids(engine.search("CAFÉ ")) == ["cafe"]
    assert ids(engine.search("centers tuesdays")) == ["cafe"]


def test_the_word_being_typed_is_a_prefix(engine: SearchEngine) -> None:
    assert "choose" in ids(engine.search("secon"))
    assert "trial" in ids(engine.search("clinica"))  # the stemmer alone would miss this
    assert ids(engine.search("secon ", correct=False)) == []  # a finished word is whole
    assert engine.search("secon ").corrected == "second"  # ... and a typo
    assert ids(engine.search("choo")) == ["choose"]


def test_quoted_phrases(engine: SearchEngine) -> None:
    phrase = ids(engine.search('"second opinion"'))
    assert "choose" in phrase and "order" not in phrase
    assert "order" in ids(engine.search("second opinion"))
    assert "choose" in ids(engine.search('"second opin'))  # a phrase still being typed


def test_typos_are_corrected_from_the_librarys_words(engine: SearchEngine) -> None:
    results = engine.search("secnd opinon")
    assert results.corrected == "second opinion"
    assert results.searched == "second opinion"
    assert ids(results) == ids(engine.search("second opinion"))
    assert ids(engine.search("clincal")) == ["trial", "long"]  # clinical, clinic
    exact = engine.search("secnd opinon", correct=False)
    assert (exact.hits, exact.corrected) == ((), None)


def test_no_match_comes_with_suggestions(engine: SearchEngine) -> None:
    results = engine.search("physician tuesdays")
    assert results.hits == () and results.corrected is None
    assert set(results.suggestions) == {"physician", "tuesdays"}
    assert engine.search("qqqqzzzz").suggestions == ()


def test_a_question_match_ranks_above_an_answer_match(engine: SearchEngine) -> None:
    results = engine.search("second opinion")
    kinds = [(hit.qa_id, hit.kind) for hit in results.hits]
    assert kinds[0][1] == "question"
    assert ("third", "answer") in kinds or ("long", "answer") in kinds
    first_answer = [kind for _, kind in kinds].index("answer")
    assert all(kind == "question" for _, kind in kinds[:first_answer])
    assert all(kind == "answer" for _, kind in kinds[first_answer:])


def test_notes_are_their_own_kind_of_result(engine: SearchEngine) -> None:
    results = engine.search("okonkwo")  # a word in no question and no answer
    assert {(hit.kind, hit.qa_id) for hit in results.hits} == {
        ("note", "trial"),
        ("note", "gone-qa"),
    }
    mine, orphan = sorted(results.hits, key=lambda hit: hit.note_uid or "")
    assert (mine.note_uid, mine.question) == ("n1", "Is a clinical trial right for me?")
    assert mine.article_title == "Ask the Expert: Second Opinions"
    assert (orphan.article_id, orphan.question) == (None, "A question no longer there?")
    assert mine.snippet[slice(*mine.snippet_spans[0])] == "Okonkwo"
    kinds = [hit.kind for hit in engine.search("trial").hits]
    assert kinds.index("note") > kinds.index("question")


def test_notes_are_indexed_again_only_when_they_change(feed: NotesFeed) -> None:
    engine = SearchEngine(make_library(), feed)
    assert engine.search("okonkwo").total == 2
    feed.publish([NoteRow("n3", "cafe", "Bring the umbrella")])
    assert engine.search("okonkwo").hits == ()
    assert ids(engine.search("umbrella")) == ["cafe"]


def test_snippets_mark_the_matched_words(engine: SearchEngine) -> None:
    [hit] = [hit for hit in engine.search("clinic ").hits if hit.qa_id == "long"]
    assert hit.kind == "answer"
    assert hit.snippet.startswith(ELLIPSIS) or hit.snippet.endswith(ELLIPSIS)
    assert len(hit.snippet) <= WIDTH + 2
    marked = [hit.snippet[start:end] for start, end in hit.snippet_spans]
    assert marked == ["clinic"]
    assert hit.words == ("clinic",)
    [question_hit] = engine.search("offend ").hits
    assert [question_hit.question[s:e] for s, e in question_hit.question_spans] == ["offend"]
    assert [question_hit.snippet[s:e] for s, e in question_hit.snippet_spans] == ["offended"]


def test_snippet_windows() -> None:
    text = "word " * 20 + "target here " + "word " * 40
    start = text.index("target")
    cut, spans = snippet(text, [(start, start + 6)])
    assert cut.startswith(ELLIPSIS) and cut.endswith(ELLIPSIS)
    assert [cut[s:e] for s, e in spans] == ["target"]
    short, short_spans = snippet("short text", [(0, 5)])
    assert (short, short_spans) == ("short text", ((0, 5),))
    opening, none = snippet(text, [])
    assert opening.startswith("word") and none == ()


def test_highlight_in_the_answer_when_a_result_is_opened(engine: SearchEngine) -> None:
    library = make_library()
    results = engine.search("secnd opinon")
    found = engine.highlight("long", results.searched)
    assert found is not None
    qa = library.qa("long")
    assert qa is not None
    assert [qa.answer_text[s:e] for s, e in found.answer] == ["second", "opinion"]
    assert engine.highlight("missing", "x") is None


def test_counts(engine: SearchEngine) -> None:
    results = engine.search("second")
    assert results.total == len(results.hits) == 4
    assert not results.total_capped
    assert len(engine.search("second", limit=2).hits) == 2


def test_typed_syntax_is_never_fts_syntax(engine: SearchEngine) -> None:
    for query in ['"', "*", "AND", "NOT second", "second OR", "(", "a:b", "NEAR(x y)", "-", "'"]:
        engine.search(query)  # no FTS5 syntax error, whatever was typed
    assert engine.search("   ").hits == ()
    assert "offend" in ids(engine.search("won’t"))


def test_a_search_can_be_cancelled(engine: SearchEngine) -> None:
    with pytest.raises(SearchCancelledError):
        engine.search("second opinion", is_cancelled=lambda: True)
    assert engine.search("second opinion").hits  # the engine still works afterwards


def test_one_engine_serves_several_threads(engine: SearchEngine) -> None:
    expected = ids(engine.search("second opinion"))
    got: list[list[str]] = []
    threads = [
        threading.Thread(target=lambda: got.append(ids(engine.search("second opinion"))))
        for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert got == [expected] * 4
    engine.close()


def test_query_parsing() -> None:
    terms = parse_query('Secnd "Second Opinion" café')
    assert [(t.words, t.phrase, t.prefix) for t in terms] == [
        (("secnd",), False, False),
        (("second", "opinion"), True, False),
        (("cafe",), False, True),
    ]
    assert render(terms) == 'Secnd "Second Opinion" café'
    expression = fts_expression(parse_query("second o"), None, raw_prefix=3)
    assert expression == '"second"'  # a single letter just typed waits for the next one


def test_edit_distance() -> None:
    assert edit_distance("secnd", "second", 2) == 1
    assert edit_distance("opinon", "opinion", 2) == 1
    assert edit_distance("teh", "the", 2) == 1  # a swap is one edit
    assert edit_distance("abc", "xyz", 1) == 2  # more than the cap: cap + 1
