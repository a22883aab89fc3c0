"""The library: small records in memory, everything else fetched by id from the index."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

from expertreader.content.disclaimer import DEFAULT_DISCLAIMER, disclaimers_for
from expertreader.content.library import Library, load_library
from expertreader.content.model import QA, Article
from tests.unit.library_files import write_library


def article(
    key: str, date: dt.date | None, questions: int, disclaimer: str | None = None
) -> Article:
    return Article(
        id=key,
        source=f"{key}.txt",
        title=f"Article {key}",
        date=date,
        expert=None,
        intro=(),
        disclaimer=disclaimer,
        qas=tuple(
            QA(f"{key}{n}", f"Question {key}{n}?", (f"Answer {n}.",)) for n in range(questions)
        ),
    )


OLD = article("old", dt.date(2010, 1, 1), 2, "Remember: old.")
NEW = article("new", dt.date(2024, 5, 1), 3, "Remember: new.")
UNDATED = article("undated", None, 1)
ALSO_NEW = article("also", dt.date(2024, 5, 1), 1)


def test_articles_newest_first_undated_last_ties_in_given_order() -> None:
    library = Library.from_articles([UNDATED, OLD, NEW, ALSO_NEW])
    assert [info.id for info in library.article_infos()] == ["new", "also", "old", "undated"]
    assert [info.id for info in library.article_infos("title")] == ["also", "new", "old", "undated"]
    assert [info.question_count for info in library.article_infos()] == [3, 1, 2, 1]
    assert library.article_count == 4
    assert library.article_position("old") == 2


def test_questions_are_fetched_per_article_in_reading_order() -> None:
    library = Library.from_articles([OLD, NEW])
    questions = library.questions("new")
    assert [(q.id, q.position, q.article_id) for q in questions] == [
        ("new0", 0, "new"),
        ("new1", 1, "new"),
        ("new2", 2, "new"),
    ]
    assert questions[1].question == "Question new1?"
    assert library.questions("missing") == []


def test_find_gives_the_article_and_the_qa() -> None:
    library = Library.from_articles([OLD, NEW])
    found = library.find("old1")
    assert found is not None
    info, qa = found
    assert (info.title, info.disclaimer, info.date) == ("Article old", "Remember: old.", OLD.date)
    assert qa == OLD.qas[1]
    assert library.find("nope") is None
    located = library.locate("new2")
    assert located is not None and located.position == 2 and located.article.id == "new"
    assert library.qa("new0") == NEW.qas[0]


def test_whole_articles_on_demand_and_the_transitional_list() -> None:
    library = Library.from_articles([OLD, NEW, UNDATED])
    assert library.article("old") == OLD
    assert library.article("missing") is None
    assert library.articles == [NEW, OLD, UNDATED]


def test_next_and_previous_question_across_articles() -> None:
    library = Library.from_articles([OLD, NEW])  # reading order: new0 new1 new2 old0 old1
    assert library.adjacent("new0", 1) == "new1"
    assert library.adjacent("new2", 1) == "old0"
    assert library.adjacent("old0", -1) == "new2"
    assert library.adjacent("new1", 3) == "old1"
    assert library.adjacent("old1", 1) is None
    assert library.adjacent("new0", -1) is None
    assert library.adjacent("old1", -4) == "new0"
    assert library.adjacent("missing", 1) is None
    assert library.adjacent("new0", 1, order="title") == "new1"
    assert library.adjacent("new2", 1, order="title") == "old0"


def test_the_constructor_and_load_library_keep_working(tmp_path: Path) -> None:
    assert Library().article_infos() == []
    assert Library([OLD]).find("old0") is not None
    folder = write_library(tmp_path / "content")
    library = load_library(folder)
    assert library.article_count == 3
    assert library.problems == []


def test_a_folder_that_cannot_be_read_is_one_problem(tmp_path: Path) -> None:
    library = Library.open(tmp_path / "missing")
    assert library.article_infos() == []
    [problem] = library.problems
    assert "content folder cannot be read" in problem.message


def test_lookups_from_other_threads() -> None:
    library = Library.from_articles([OLD, NEW])
    found: list[object] = []
    threads = [
        threading.Thread(target=lambda: found.append(library.find("new1"))) for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(found) == 4 and all(item == found[0] for item in found)
    library.close()


def test_disclaimers_by_lookup_in_library_order() -> None:
    library = Library.from_articles([OLD, NEW, UNDATED])
    assert disclaimers_for(library, ["old0", "new1"]) == ("Remember: new.", "Remember: old.")
    assert disclaimers_for(library, ["undated0"]) == (DEFAULT_DISCLAIMER,)
    assert disclaimers_for(library, ["old0", "gone"]) == ("Remember: old.", DEFAULT_DISCLAIMER)
    assert disclaimers_for(library, []) == ("Remember: new.", "Remember: old.", DEFAULT_DISCLAIMER)
    assert disclaimers_for(Library(), []) == (DEFAULT_DISCLAIMER,)
    assert disclaimers_for(None, ["old0"]) == (DEFAULT_DISCLAIMER,)
