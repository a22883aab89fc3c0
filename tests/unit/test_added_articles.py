"""The person's added articles: one library with the bundled ones, never confused with them."""

from __future__ import annotations

from pathlib import Path

import pytest

from expertreader import paths
from expertreader.content import adding, index, index_build, parse, webpage
from expertreader.content.adding import AddKind
from expertreader.content.errors import ContentError
from expertreader.content.library import Library, load_library
from expertreader.content.model import Article
from expertreader.notes.store import NotesStore
from expertreader.search.engine import SearchEngine
from tests.unit.library_files import ARTICLES, article_text, write_library

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
PAGE = FIXTURES / "saved_page.html"
MINE = article_text(
    "My Own Article About Sleep",
    "May 1, 2021",
    [("Why do I wake at night?", ["Hot flashes can wake you. Ask about cooling sheets."])],
)


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return write_library(tmp_path / "content")


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files the index parses from now on."""
    names: list[str] = []

    def counting(path: str | Path) -> Article:
        names.append(Path(path).name)
        return parse.parse_file(path)

    monkeypatch.setattr(index_build, "parse_file", counting)
    return names


def mine(tmp_path: Path, text: str = MINE, name: str = "mine.txt") -> Path:
    path = tmp_path / "downloads" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def add(library: Library, *files: Path) -> list[AddKind]:
    """What the command and the window do: check, copy, index, show."""
    candidates = [adding.read_candidate(path) for path in files]
    kinds = [adding.kind_of(candidate, library) for candidate in candidates]
    adding.install(candidates, library)
    library.take_over(library.reopened(parsed=adding.parsed_articles(candidates)))
    return kinds


def open_library(content: Path) -> Library:
    return Library.open(content, added_dir=paths.added_articles_dir())


def test_added_articles_join_the_bundled_ones_and_are_told_apart(
    content: Path, tmp_path: Path
) -> None:
    library = open_library(content)
    assert add(library, mine(tmp_path), PAGE) == [AddKind.NEW, AddKind.NEW]
    titles = {info.title for info in library.article_infos()}
    assert {"My Own Article About Sleep", "Ask the Expert: Sleep and Metastatic Breast Cancer"} <= (
        titles
    )
    assert len(titles) == len(ARTICLES) + 2
    added = library.added_articles()
    assert [info.title for info in added] == [
        "Ask the Expert: Sleep and Metastatic Breast Cancer",
        "My Own Article About Sleep",
    ]
    assert all(library.is_added(info.id) for info in added)
    bundled = [info for info in library.article_infos() if not library.is_added(info.id)]
    assert len(bundled) == len(ARTICLES)
    copies = sorted(path.name for path in paths.added_articles_dir().iterdir())
    assert copies == sorted(f"{info.id}{Path(info.source).suffix}" for info in added)
    assert library.added_file(added[0].id) == paths.added_articles_dir() / added[0].source
    assert library.added_file(bundled[0].id) is None


def test_added_articles_are_searchable_and_survive_a_restart(
    content: Path, tmp_path: Path, parsed: list[str]
) -> None:
    add(open_library(content), mine(tmp_path), PAGE)
    parsed.clear()
    again = load_library(content)  # what the next start opens
    assert again.index.report.how == "cache"
    assert parsed == []  # start-up parses nothing
    hits = SearchEngine(again).search("cooling sheets").hits
    assert [hit.question for hit in hits] == ["Why do I wake at night?"]
    assert SearchEngine(again).search("sleeping pills").hits  # the saved page's words


def test_an_added_article_is_indexed_without_parsing_it_again(
    content: Path, tmp_path: Path, parsed: list[str]
) -> None:
    library = open_library(content)
    parsed.clear()
    add(library, mine(tmp_path))
    assert parsed == []  # read once, to check it; the index took that article


def test_adding_the_same_title_again_updates_it_and_keeps_its_question_ids(
    content: Path, tmp_path: Path
) -> None:
    library = open_library(content)
    add(library, mine(tmp_path))
    [info] = library.added_articles()
    [question] = library.questions(info.id)
    assert add(library, mine(tmp_path)) == [AddKind.UNCHANGED]
    longer = MINE + "\n\nShould I nap?\n\nA short nap can help.\n"
    assert add(library, mine(tmp_path, longer, "renamed.txt")) == [AddKind.UPDATE]
    [updated] = library.added_articles()
    assert updated.id == info.id and updated.question_count == 2
    assert library.questions(info.id)[0].id == question.id
    assert len(list(paths.added_articles_dir().iterdir())) == 1


def test_the_same_article_saved_as_a_page_replaces_its_text_copy(
    content: Path, tmp_path: Path
) -> None:
    library = open_library(content)
    add(library, mine(tmp_path))
    page = (
        "<html><body><h1>My Own Article About Sleep</h1><h2>Why do I wake at night?</h2>"
        "<p>Hot flashes can wake you.</p></body></html>"
    )
    assert add(library, mine(tmp_path, page, "mine.html")) == [AddKind.UPDATE]
    [copy] = paths.added_articles_dir().iterdir()
    assert copy.suffix == ".html"


def test_a_bundled_title_cannot_be_added(content: Path, tmp_path: Path) -> None:
    library = open_library(content)
    title, date, qas = ARTICLES["b_trials.txt"]
    copy = mine(tmp_path, article_text(title, date, [*qas, ("New?", ["Yes."])]))
    candidate = adding.read_candidate(copy)
    with pytest.raises(ContentError) as caught:
        adding.kind_of(candidate, library)
    assert str(caught.value).startswith(f"{copy}:1: has the same title as “{title}”")
    assert "comes with ExpertReader" in caught.value.message


def test_a_bundled_article_wins_over_a_copy_dropped_in_the_added_folder(content: Path) -> None:
    folder = paths.added_articles_dir()
    folder.mkdir(parents=True)
    title, date, qas = ARTICLES["c_fatigue.txt"]
    (folder / "0_sorts_first.txt").write_text(
        article_text(title, date, [("Planted?", ["Words."])]), encoding="utf-8"
    )
    library = open_library(content)
    info = next(info for info in library.article_infos() if info.title == title)
    assert not library.is_added(info.id)
    assert [q.question for q in library.questions(info.id)] == [q for q, _ in qas]
    [problem] = library.problems
    assert Path(problem.path) == folder / "0_sorts_first.txt"
    assert problem.message == index.DUPLICATE


@pytest.mark.parametrize(
    ("name", "data", "line", "message"),
    [
        ("notes.docx", b"Title", 1, "is not an article file"),
        ("empty.txt", b"", 1, "is empty"),
        ("binary.txt", b"Title\n\nWhy?\n\n\xff\xfe", 5, "is not UTF-8 text"),
        ("huge.html", b"<p>x</p>" * (adding.MAX_FILE_BYTES // 8 + 1), 1, "is larger than 5 MB"),
    ],
)
def test_bad_files_name_file_and_line_and_change_nothing(
    content: Path, tmp_path: Path, name: str, data: bytes, line: int, message: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    with pytest.raises(ContentError) as caught:
        adding.read_candidate(bad)
    assert (caught.value.path, caught.value.line) == (str(bad), line)
    assert message in caught.value.message
    assert not paths.added_articles_dir().exists()


def test_the_size_limit_is_the_parsers() -> None:
    assert adding.MAX_FILE_BYTES == parse.MAX_ARTICLE_BYTES == webpage.MAX_PAGE_BYTES


def test_warnings_are_kept_and_the_article_added(content: Path) -> None:
    library = open_library(content)
    add(library, FIXTURES / "cut_off.txt")
    [info] = library.added_articles()
    assert info.warning_count == 1


def test_removed_articles_go_and_their_notes_come_back_when_added_again(
    content: Path, tmp_path: Path
) -> None:
    library = open_library(content)
    add(library, PAGE)
    [info] = library.added_articles()
    [first, *_] = library.questions(info.id)
    store = NotesStore.open(paths.notes_db()).store
    store.add_bookmark(first.id, first.question, info.title)
    store.save_answer_note(first.id, "Ask about melatonin.", first.question, info.title)
    adding.remove(library, info.id)
    library.take_over(library.reopened())
    assert library.article_info(info.id) is None and library.find(first.id) is None
    assert not SearchEngine(library).search("sleeping pills").hits
    assert store.is_bookmarked(first.id)  # kept, under the question's id
    add(library, PAGE)
    assert library.find(first.id) is not None
    note = store.answer_note(first.id)
    assert note is not None and note.text == "Ask about melatonin."
    store.close()


def test_bundled_articles_cannot_be_removed(content: Path) -> None:
    library = open_library(content)
    info = library.article_infos()[0]
    with pytest.raises(ValueError, match="not an added article"):
        adding.remove(library, info.id)
    assert adding.find_bundled(library, info.title.upper()) == info
    assert adding.find_added(library, info.title) is None


def test_find_added_by_title_or_id(content: Path) -> None:
    library = open_library(content)
    add(library, PAGE)
    [info] = library.added_articles()
    assert adding.find_added(library, "ask the expert sleep and metastatic breast cancer") == info
    assert adding.find_added(library, info.id) == info
    assert adding.find_added(library, "") is None


def test_a_prebuilt_index_seeds_the_cache_when_articles_were_added(
    content: Path, tmp_path: Path, parsed: list[str]
) -> None:
    prebuilt = paths.prebuilt_content_index(content)
    index.build_index(prebuilt, content)
    assert load_library(content).index.report.how == "prebuilt"
    folder = paths.added_articles_dir()
    folder.mkdir(parents=True)
    (folder / "mine.txt").write_text(MINE, encoding="utf-8")
    parsed.clear()
    library = load_library(content)
    assert library.index.report.how == "updated"
    assert parsed == ["mine.txt"]  # the bundled files came from the prebuilt index
    assert library.index.path == paths.library_index_file(content, paths.added_articles_dir())
    assert library.article_count == len(ARTICLES) + 1
    (folder / "mine.txt").unlink()
    assert load_library(content).index.report.how == "prebuilt"


def test_an_unreadable_added_folder_leaves_the_bundled_articles(content: Path) -> None:
    blocker = paths.added_articles_dir()
    blocker.parent.mkdir(parents=True)
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    library = load_library(content)
    assert library.article_count == len(ARTICLES)
    [problem] = library.problems
    assert "your added articles cannot be read" in problem.message


def test_every_holder_sees_the_new_content_and_old_lookups_still_finish(
    content: Path, tmp_path: Path
) -> None:
    library = open_library(content)
    old_index = library.index
    before = library.find(library.questions(library.article_infos()[0].id)[0].id)
    add(library, mine(tmp_path))
    assert library.index is not old_index
    assert any(info.title == "My Own Article About Sleep" for info in library.article_infos())
    assert before is not None and library.find(before[1].id) == before
    library.close()


def test_a_library_without_folders_cannot_be_reopened() -> None:
    with pytest.raises(ValueError, match="not opened from a folder"):
        Library().reopened()


def test_an_article_another_program_added_is_not_found_until_reopened(
    content: Path, tmp_path: Path
) -> None:
    library = open_library(content)
    other = open_library(content)  # e.g. `expertreader add` while the window is open
    add(other, mine(tmp_path))
    [info] = other.added_articles()
    [question] = other.questions(info.id)
    assert library.find(question.id) is None  # no error: it is simply not listed yet
    assert library.adjacent(question.id, 1) is None
    library.take_over(library.reopened())
    assert library.find(question.id) is not None


def test_opening_the_bundled_articles_alone_never_undoes_the_added_ones(
    content: Path, tmp_path: Path, parsed: list[str]
) -> None:
    add(open_library(content), mine(tmp_path))
    parsed.clear()
    assert Library.open(content).article_count == len(ARTICLES)  # e.g. another command
    again = load_library(content)
    assert again.index.report.how == "cache" and again.article_count == len(ARTICLES) + 1
    assert set(parsed) <= set(ARTICLES)  # the added article was not parsed again
