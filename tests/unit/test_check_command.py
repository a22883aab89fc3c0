"""`expertreader check` in-process: one line per finding, the documented exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from expertreader.cli import main
from expertreader.content.parse import parse_file

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


def check(capsys: pytest.CaptureFixture[str], *files: Path | str) -> tuple[int, list[str], str]:
    code = main(["check", *map(str, files)])
    out = capsys.readouterr()
    return code, out.out.splitlines(), out.err


def test_a_clean_file_exits_0_and_prints_nothing(
    seed_article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, lines, err = check(capsys, seed_article)
    assert (code, lines) == (0, [])
    assert err.strip() == "1 file checked: 0 errors, 0 warnings"


def test_warnings_only_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    path = ARTICLES / "cut_off.txt"
    code, lines, _err = check(capsys, path)
    assert code == 1
    assert lines == [f"{path}:17: warning: question has no answer: What vaccines are safe for me?"]


def test_errors_exit_2_and_every_file_is_reported(
    seed_article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Title\n\nno questions")
    missing = tmp_path / "gone.txt"
    warned = ARTICLES / "q_colon_labels.txt"
    code, lines, err = check(capsys, bad, seed_article, warned, missing)
    assert code == 2
    assert lines[0] == (
        f"{bad}:3: error: has no questions (a question is a paragraph ending with '?')"
    )
    assert lines[1].startswith(f"{warned}:16: warning: question has no answer: ")
    assert lines[2].startswith(f"{missing}:1: error: cannot be read")
    assert len(lines) == 3
    assert "4 files checked: 2 errors, 1 warning" in err
    assert "Traceback" not in err


def test_web_pages_name_their_source_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.html"
    page.write_text("<h1>T</h1>\n<h2>Why?</h2>\n<p>Because.</p>\n<h2>And then?</h2>\n")
    code, lines, _err = check(capsys, page)
    assert (code, lines) == (1, [f"{page}:4: warning: question has no answer: And then?"])


def test_the_same_article_twice_and_a_suffix_the_program_does_not_read(
    seed_article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy.md"
    copy.write_bytes(seed_article.read_bytes())
    code, lines, _err = check(capsys, seed_article, copy)
    assert code == 1
    assert lines == [
        f"{copy}:1: warning: has the same title as {seed_article}: one is loaded",
        f"{copy}:1: warning: is not read as an article: the program reads .txt, .htm, .html files",
    ]


@pytest.mark.parametrize("path", sorted(ARTICLES.iterdir()), ids=lambda path: path.name)
def test_check_reports_exactly_what_loading_finds(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = parse_file(path)
    code, lines, _err = check(capsys, path)
    assert lines == [f"{path}:{w.line}: warning: {w.message}" for w in article.warnings]
    assert code == (1 if article.warnings else 0)


def test_findings_keep_the_articles_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.htm"
    page.write_text("<h1>T</h1><h2>Why?</h2><p>Yes.</p><h2>Ça va, “docteur”?</h2>", "utf-8")
    assert main(["check", str(page)]) == 1
    assert "“docteur”" in capsys.readouterr().out
