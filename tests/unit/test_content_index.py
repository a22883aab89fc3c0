"""The content index: built once, opened without parsing, refreshed per file, never trusted."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from expertreader import paths
from expertreader.content import index, index_build
from expertreader.content.index_rows import STORED_FIELDS
from expertreader.content.library import Library
from expertreader.content.model import QA, Article, ContentWarning
from expertreader.content.parse import parse_file
from expertreader.search.engine import SearchEngine
from tests.unit.library_files import ARTICLES, article_text, touch, write_library

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return write_library(tmp_path / "content")


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files the index parses from now on."""
    names: list[str] = []

    def counting(path: str | Path) -> Article:
        names.append(Path(path).name)
        return parse_file(path)

    monkeypatch.setattr(index_build, "parse_file", counting)
    return names


def full_article() -> Article:
    """Every field set, including the awkward ones (a line break inside a paragraph, a QA
    without answer paragraphs, speakers with gaps, warnings)."""
    return Article(
        id="art1",
        source="transcript.txt",
        title="Ask the Experts: Living Well",
        date=dt.date(2019, 11, 1),
        date_precision="month",
        expert="Ana Pérez, MD, and Sam Lee, RN",
        intro=("First intro paragraph.", "Second one, with “quotes”."),
        disclaimer="Remember: general information only.",
        qas=(
            QA(
                "q1",
                "What helps with fatigue?",
                ("Walking helps.", "Rest too."),
                line=7,
                asker="Janita",
                speakers=("Dr. Pérez", None),
            ),
            QA("q2", "A question still waiting?", (), line=12),
            QA("q3", "Odd paragraphs?", ("one\nwith a break", ""), line=15, speakers=()),
        ),
        warnings=(ContentWarning(12, "question has no answer yet"),),
    )


def test_the_index_stores_every_field_of_the_model() -> None:
    for model in (Article, QA, ContentWarning):
        names = {field.name for field in dataclasses.fields(model)}
        assert names == STORED_FIELDS[model.__name__], f"store the new fields of {model.__name__}"


def test_every_field_round_trips() -> None:
    original = full_article()
    library = Library.from_articles([original])
    assert library.article("art1") == original
    found = library.find("q1")
    assert found is not None and found[1] == original.qas[0]


def test_a_parsed_file_round_trips_through_the_file_index(content: Path) -> None:
    library = Library.open(content)
    for name in ARTICLES:
        article = parse_file(content / name)
        assert library.article(article.id) == article


def test_the_seed_article_round_trips(seed_article: Path) -> None:
    library = Library.open(seed_article.parent)
    article = parse_file(seed_article)
    assert library.article(article.id) == article
    assert library.index.report.how in {"built", "prebuilt"}


def test_start_up_opens_the_cache_without_parsing(content: Path, parsed: list[str]) -> None:
    first = Library.open(content)
    assert first.index.report.how == "built"
    assert sorted(parsed) == sorted(ARTICLES)
    parsed.clear()
    again = Library.open(content)
    assert again.index.report.how == "cache"
    assert parsed == []
    assert again.index.path == paths.content_index_file(content)
    assert [info.title for info in again.article_infos()] == [
        info.title for info in first.article_infos()
    ]


def test_a_changed_file_is_parsed_again_and_no_other(content: Path, parsed: list[str]) -> None:
    Library.open(content)
    parsed.clear()
    title, date, qas = ARTICLES["b_trials.txt"]
    changed = [*qas, ("Can I travel during a trial?", ["Yes, with planning: zebrafinch."])]
    (content / "b_trials.txt").write_text(article_text(title, date, changed), encoding="utf-8")
    library = Library.open(content)
    assert parsed == ["b_trials.txt"]
    assert library.index.report.how == "updated"
    results = SearchEngine(library).search("zebrafinch")
    assert [hit.question for hit in results.hits] == ["Can I travel during a trial?"]


def test_a_file_with_a_new_time_but_the_same_words_is_not_parsed(
    content: Path, parsed: list[str]
) -> None:
    Library.open(content)
    parsed.clear()
    touch(content / "a_second.txt")
    assert Library.open(content).index.report.how == "cache"
    assert parsed == []


def test_removed_and_added_files(content: Path, parsed: list[str]) -> None:
    Library.open(content)
    parsed.clear()
    (content / "c_fatigue.txt").unlink()
    (content / "d_new.txt").write_text(
        article_text(
            "Ask the Expert: Sleep", "May 1, 2021", [("Why can I not sleep?", ["Worry."])]
        ),
        encoding="utf-8",
    )
    library = Library.open(content)
    assert parsed == ["d_new.txt"]
    assert library.index.report.removed == ["c_fatigue.txt"]
    titles = [info.title for info in library.article_infos()]
    assert "Ask the Expert: Fatigue" not in titles and "Ask the Expert: Sleep" in titles
    engine = SearchEngine(library)
    assert engine.search("fatigue").hits == ()
    assert engine.search("chemothrapy").corrected is None  # its words left the vocabulary


def test_a_parser_change_rebuilds_everything(
    content: Path, parsed: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    Library.open(content)
    parsed.clear()
    monkeypatch.setattr(index, "parser_version", lambda: index.ParserVersion("next", None))
    library = Library.open(content)
    assert library.index.report.how == "built"
    assert sorted(parsed) == sorted(ARTICLES)


def test_the_parser_source_is_part_of_its_version() -> None:
    version = index.parser_version()
    assert version.source is not None  # a source tree: the parser's modules are readable
    assert version.accepts(version.declared, version.source)
    assert version.accepts(version.declared, None)  # an index from a frozen bundle
    assert not version.accepts(version.declared, "another parser")
    assert not version.accepts("0.0.0/0", version.source)


@pytest.mark.parametrize(
    "damage",
    [
        lambda path: path.write_bytes(b"not a database at all" * 100),
        lambda path: path.write_bytes(path.read_bytes()[: path.stat().st_size // 2]),
        lambda path: _sql(path, "UPDATE meta SET value = '0' WHERE key = 'complete'"),
        lambda path: _sql(path, "DELETE FROM qas WHERE rowid = 1"),
        lambda path: _sql(path, "UPDATE meta SET value = '999' WHERE key = 'format'"),
    ],
    ids=["garbage", "truncated", "incomplete", "rows missing", "other format"],
)
def test_a_damaged_or_stale_index_is_rebuilt(
    content: Path, parsed: list[str], damage: Callable[[Path], None]
) -> None:
    Library.open(content)
    damage(paths.content_index_file(content))
    parsed.clear()
    library = Library.open(content)
    assert library.index.report.how == "built"
    assert sorted(parsed) == sorted(ARTICLES)
    assert SearchEngine(library).search("offended").hits


def _sql(path: Path, statement: str) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(statement)
    conn.close()


def test_bad_files_are_problems_also_when_opened_from_the_cache(content: Path) -> None:
    (content / "empty.txt").write_text("", encoding="utf-8")
    (content / "copy.txt").write_bytes((content / "a_second.txt").read_bytes())
    first = Library.open(content)
    second = Library.open(content)
    for library in (first, second):
        problems = {Path(problem.path).name: problem.message for problem in library.problems}
        assert set(problems) == {"empty.txt", "copy.txt"}
        assert "repeats an article" in problems["copy.txt"]
        assert library.article_count == len(ARTICLES)
    (content / "a_second.txt").unlink()  # the copy now stands in for it
    library = Library.open(content)
    assert [Path(problem.path).name for problem in library.problems] == ["empty.txt"]
    assert library.article_count == len(ARTICLES)


def test_progress_is_reported_per_file(content: Path) -> None:
    seen: list[tuple[int, int]] = []
    Library.open(content, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_raising_from_progress_abandons_the_build_and_keeps_the_old_index(
    content: Path, parsed: list[str]
) -> None:
    Library.open(content)
    (content / "c_fatigue.txt").write_text(
        article_text("Ask the Expert: Fatigue", "", [("Tired?", ["Rest."])]), encoding="utf-8"
    )

    def stop(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        Library.open(content, progress=stop)
    with pytest.raises(KeyboardInterrupt):
        Library.open(content, progress=stop, rebuild=True)
    parsed.clear()
    library = Library.open(content)
    assert parsed == ["c_fatigue.txt"]  # the update was never half applied
    assert [p.name for p in paths.content_index_file(content).parent.glob("*.tmp")] == []
    assert library.article_count == len(ARTICLES)


def test_building_in_a_worker_thread(content: Path) -> None:
    made: list[Library] = []
    worker = threading.Thread(target=lambda: made.append(Library.open(content)))
    worker.start()
    worker.join()
    [library] = made
    assert library.find(library.questions(library.article_infos()[0].id)[0].id) is not None


def test_a_data_folder_that_cannot_be_written_gives_an_index_in_memory(
    content: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    paths.set_data_dir(blocker)
    library = Library.open(content)
    assert library.index.report.how == "memory"
    assert library.index.path is None
    assert SearchEngine(library).search("trial").hits


def test_a_prebuilt_index_is_used_as_it_is_and_never_written(
    content: Path, parsed: list[str]
) -> None:
    prebuilt = paths.prebuilt_content_index(content)
    index.build_index(prebuilt, content)
    before = (hashlib.sha256(prebuilt.read_bytes()).hexdigest(), prebuilt.stat().st_mtime_ns)
    parsed.clear()
    library = Library.open(content)
    assert library.index.report.how == "prebuilt"
    assert library.index.path == prebuilt
    assert parsed == []
    assert not paths.content_index_file(content).exists()
    for name in ARTICLES:  # an installer gave the files new times: hashed once, then trusted
        touch(content / name)
    assert Library.open(content).index.report.how == "prebuilt"
    assert Library.open(content).index.report.how == "prebuilt"
    (content / "c_fatigue.txt").write_text(
        article_text("Ask the Expert: Fatigue", "", [("Tired?", ["Rest."])]), encoding="utf-8"
    )
    assert Library.open(content).index.report.how == "built"  # the cache, not the prebuilt
    after = (hashlib.sha256(prebuilt.read_bytes()).hexdigest(), prebuilt.stat().st_mtime_ns)
    assert after == before


def test_verify_finds_damage_the_cheap_checks_do_not(content: Path) -> None:
    library = Library.open(content)
    assert index.verify(library.index)
    path = paths.content_index_file(content)
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data) - page, page):  # every page but the first
        data[offset + 100 : offset + 400] = b"\xff" * 300
    path.write_bytes(bytes(data))
    assert not index.verify(index.ContentIndex(f"file:{path}?mode=ro"))


def test_the_packaging_entry_point(content: Path, tmp_path: Path) -> None:
    out = tmp_path / "built" / "content.index.sqlite"
    out.parent.mkdir()
    command = [sys.executable, "-m", "expertreader.content.index", "build", str(out), str(content)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "3 articles, 6 questions" in result.stdout
    conn = sqlite3.connect(out)
    assert index.check(conn, index.parser_version())
    conn.close()
    usage = subprocess.run(
        [sys.executable, "-m", "expertreader.content.index"], capture_output=True, timeout=120
    )
    assert usage.returncode == 2


def test_where_indexes_live(tmp_path: Path) -> None:
    first, second = tmp_path / "one" / "content", tmp_path / "two" / "content"
    assert paths.content_index_file(first).is_relative_to(paths.data_dir())
    assert paths.content_index_file(first) != paths.content_index_file(second)
    assert paths.prebuilt_content_index(first) == tmp_path / "one" / "content.index.sqlite"


def test_start_up_knows_the_parser_without_importing_it(content: Path) -> None:
    from expertreader.content import formats, parse

    assert formats.ARTICLE_SUFFIXES == parse.ARTICLE_SUFFIXES
    assert formats.PARSER_VERSION == parse.PARSER_VERSION
    Library.open(content)
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from expertreader import paths\n"
        "from expertreader.content.library import Library\n"
        f"paths.set_data_dir({str(paths.data_dir())!r})\n"
        f"assert Library.open(Path({str(content)!r})).index.report.how == 'cache'\n"
        "print(sorted(m for m in sys.modules if m.startswith('expertreader.content.parse')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
