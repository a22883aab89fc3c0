"""`expertreader check` as a content author's script runs it: output lines and exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.test_program import run

pytestmark = pytest.mark.e2e
ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


def test_clean_files_exit_0(seed_article: Path) -> None:
    result = run("check", str(seed_article), str(ARTICLES / "saved_page.html"))
    assert (result.returncode, result.stdout) == (0, "")
    assert "2 files checked: 0 errors, 0 warnings" in result.stderr


def test_warnings_exit_1_with_one_line_each() -> None:
    result = run("check", str(ARTICLES / "cut_off.txt"), str(ARTICLES / "q_colon_labels.txt"))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{ARTICLES / 'cut_off.txt'}:17: warning: question has no answer: "
        "What vaccines are safe for me?",
        f"{ARTICLES / 'q_colon_labels.txt'}:16: warning: question has no answer: "
        "Should I read my results online before my appointment?",
    ]


def test_errors_exit_2_without_a_traceback(tmp_path: Path, seed_article: Path) -> None:
    deep = tmp_path / "deep.html"
    deep.write_text("<h1>T</h1>\n" + "<div>" * 5000)
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"Title\n\nWhy?\n\n\xff\xfe\x00")
    result = run("check", str(seed_article), str(deep), str(binary))
    assert result.returncode == 2
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{deep}:2: error: nests elements more than")
    assert lines[1].startswith(f"{binary}:5: error: is not UTF-8 text")
    assert "Traceback" not in result.stderr


def test_output_is_utf8_even_on_an_ascii_console(tmp_path: Path) -> None:
    page = tmp_path / "page.htm"
    page.write_text("<h1>T</h1><h2>Why?</h2><p>Yes.</p><h2>Ça va, “docteur”?</h2>", "utf-8")
    result = run("check", str(page), env={"PYTHONIOENCODING": "ascii", "LC_ALL": "C"})
    assert result.returncode == 1
    assert result.stdout.strip() == f"{page}:1: warning: question has no answer: Ça va, “docteur”?"


def test_parse_prints_the_added_fields_only_where_the_article_has_them(seed_article: Path) -> None:
    import json

    result = run("parse", str(seed_article), str(ARTICLES / "transcript.txt"))
    assert result.returncode == 0, result.stderr
    seed, transcript = json.loads(result.stdout)
    assert set(seed) == {"source", "title", "date", "expert", "intro", "disclaimer", "qas"}
    assert transcript["qas"][0]["asker"] == "Delphine"
    assert transcript["qas"][0]["speakers"][0] == "Dr. Lindqvist-Mbeki"
