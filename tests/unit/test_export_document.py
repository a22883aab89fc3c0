"""The intermediate form: what an export contains and in which order, decided once."""

from __future__ import annotations

import datetime as dt

from expertreader.content.disclaimer import DEFAULT_DISCLAIMER, disclaimers_for
from expertreader.content.library import Library
from expertreader.content.model import QA, Article
from expertreader.export.document import (
    PRIVACY_NOTICE,
    ExportDocument,
    build_document,
    format_date,
    format_datetime,
)
from expertreader.notes.model import Bookmark, Note, Passage

UTC = dt.UTC


def at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, 24, hour, minute, tzinfo=UTC)


def article(key: str, n_questions: int, disclaimer: str | None) -> Article:
    qas = tuple(
        QA(f"{key}{i}", f"Question {key}{i}?", (f"Answer {key}{i} one.", "Two."))
        for i in range(n_questions)
    )
    return Article(
        id=key,
        source=f"{key}.txt",
        title=f"Article {key}",
        date=dt.date(2018, 3, 2),
        expert="Jane Roe, MD",
        intro=(),
        disclaimer=disclaimer,
        qas=qas,
    )


LIBRARY = Library([article("a", 3, "Remember: article A."), article("b", 2, None)])


def note(qa_id: str, text: str, created: dt.datetime, start: int | None = None) -> Note:
    passage = Passage(f"quote {start}", "", "", start, start + 5) if start is not None else None
    return Note(qa_id, text, created, created, uid=text, passage=passage)


def build(
    bookmarks: list[Bookmark],
    notes: list[Note],
    *,
    answers: bool = True,
    library: Library = LIBRARY,
) -> ExportDocument:
    return build_document(
        library,
        bookmarks,
        notes,
        include_answers=answers,
        exported_at=at(12),
        app_name="ExpertReader",
        app_version="9.9",
    )


def test_articles_and_questions_in_library_order() -> None:
    doc = build(
        [Bookmark("b1", at(1)), Bookmark("a2", at(2))],
        [note("b0", "n1", at(3)), note("a0", "n2", at(4))],
    )
    assert [a.title for a in doc.articles] == ["Article a", "Article b"]
    assert [q.qa_id for q in doc.articles[0].questions] == ["a0", "a2"]
    assert [q.qa_id for q in doc.articles[1].questions] == ["b0", "b1"]
    assert doc.orphans == ()


def test_notes_by_passage_start_then_created() -> None:
    doc = build(
        [],
        [
            note("a1", "late passage", at(1), start=50),
            note("a1", "second whole", at(5)),
            note("a1", "early passage, newer", at(4), start=10),
            note("a1", "early passage, older", at(2), start=10),
            note("a1", "first whole", at(3)),
        ],
    )
    question = doc.articles[0].questions[0]
    assert [n.text for n in question.answer_notes] == ["first whole", "second whole"]
    assert [n.text for n in question.passage_notes] == [
        "early passage, older",
        "early passage, newer",
        "late passage",
    ]
    assert question.passage_notes[0].quote == "quote 10"
    assert question.answer_notes[0].quote is None


def test_bookmark_and_notes_share_one_question() -> None:
    doc = build([Bookmark("a1", at(5)), Bookmark("a1", at(3))], [note("a1", "x", at(4))])
    (question,) = doc.articles[0].questions
    assert question.bookmarked
    assert question.bookmarked_at == at(3)
    assert question.question == "Question a1?"
    assert question.article_title == "Article a"


def test_answers_only_when_asked() -> None:
    with_answers = build([Bookmark("a1", at(1))], [])
    without = build([Bookmark("a1", at(1))], [], answers=False)
    assert with_answers.articles[0].questions[0].answer == ("Answer a1 one.", "Two.")
    assert without.articles[0].questions[0].answer == ()


def test_orphans_are_kept_and_named_from_what_notes_remember() -> None:
    remembered = Note(
        "gone", "kept", at(1), at(2), uid="u", question="Old question?", article_title="Old title"
    )
    doc = build([Bookmark("lost", at(1))], [remembered])
    assert doc.articles == ()
    by_id = {o.qa_id: o for o in doc.orphans}
    assert by_id["gone"].question == "Old question?"
    assert by_id["gone"].article_title == "Old title"
    assert [n.text for n in by_id["gone"].answer_notes] == ["kept"]
    assert by_id["gone"].answer == ()
    assert by_id["lost"].bookmarked
    assert by_id["lost"].question.startswith("(")
    assert not doc.is_empty


def test_disclaimers() -> None:
    assert build([], []).disclaimers == ("Remember: article A.", DEFAULT_DISCLAIMER)
    assert build([Bookmark("a0", at(1))], []).disclaimers == ("Remember: article A.",)
    assert build([Bookmark("b0", at(1))], []).disclaimers == (DEFAULT_DISCLAIMER,)
    assert build([Bookmark("x", at(1))], []).disclaimers == (DEFAULT_DISCLAIMER,)
    assert build([], [], library=Library()).disclaimers == (DEFAULT_DISCLAIMER,)
    both = disclaimers_for(LIBRARY, ["b0", "a0", "gone"])
    assert both == ("Remember: article A.", DEFAULT_DISCLAIMER)
    assert build([Bookmark("b0", at(1))], []).articles[0].disclaimer == DEFAULT_DISCLAIMER


def test_empty_export_still_has_everything_but_notes() -> None:
    doc = build([], [])
    assert doc.is_empty
    assert doc.privacy_notice == PRIVACY_NOTICE
    assert doc.disclaimers
    assert doc.generator == "ExpertReader 9.9"
    assert doc.exported_at == at(12)


def test_times_convert_to_the_given_zone() -> None:
    zone = dt.timezone(dt.timedelta(hours=-5), "EST")
    doc = build_document(
        LIBRARY,
        [Bookmark("a0", at(15))],
        [],
        include_answers=False,
        exported_at=at(16),
        app_name="ExpertReader",
        app_version="1",
        timezone=zone,
    )
    assert format_datetime(doc.exported_at) == "November 24, 2026 at 11:00 EST"
    bookmarked_at = doc.articles[0].questions[0].bookmarked_at
    assert bookmarked_at is not None
    assert format_datetime(bookmarked_at) == "November 24, 2026 at 10:00 EST"


def test_naive_times_count_as_utc() -> None:
    zone = dt.timezone(dt.timedelta(hours=1), "CET")
    doc = build_document(
        LIBRARY,
        [Bookmark("a0", dt.datetime(2026, 11, 24, 15, 0))],
        [],
        include_answers=False,
        exported_at=at(16),
        app_name="ExpertReader",
        app_version="1",
        timezone=zone,
    )
    assert doc.articles[0].questions[0].bookmarked_at == dt.datetime(
        2026, 11, 24, 16, 0, tzinfo=zone
    )


def test_human_dates_ignore_the_locale() -> None:
    assert format_date(dt.date(2018, 3, 2)) == "March 2, 2018"
    assert format_datetime(dt.datetime(2026, 1, 5, 7, 3)) == "January 5, 2026 at 07:03"
    assert format_datetime(at(9, 30)) == "November 24, 2026 at 09:30 UTC"
