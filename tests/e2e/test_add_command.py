"""`expertreader add` as a person or a script runs it: reports, exit codes, nothing half done."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from expertreader.content.parse import parse_file
from expertreader.notes.store import NotesStore
from tests.e2e.test_program import run

pytestmark = pytest.mark.e2e
ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
PAGE = ARTICLES / "saved_page.html"
CUT_OFF = ARTICLES / "cut_off.txt"
PAGE_TITLE = "Ask the Expert: Sleep and Metastatic Breast Cancer"
CUT_OFF_TITLE = "Ask the Expert: Travelling During Treatment"


def add(data: Path, *args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = run("add", *args, "--data-dir", str(data), env=env)
    assert "Traceback" not in result.stderr
    return result.returncode, result.stdout, result.stderr


def copies(data: Path) -> list[str]:
    folder = data / "added-articles"
    return sorted(path.name for path in folder.iterdir()) if folder.exists() else []


def test_a_text_article_and_a_saved_page_are_added_and_listed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    code, out, err = add(data, str(CUT_OFF), str(PAGE))
    assert code == 0, err
    assert out.splitlines() == [
        f"Added “{CUT_OFF_TITLE}” from {CUT_OFF}: 3 questions.",
        f"Added “{PAGE_TITLE}” from {PAGE}: 2 questions.",
    ]
    assert err.splitlines() == [
        f"{CUT_OFF}:17: warning: question has no answer: What vaccines are safe for me?"
    ]
    ids = {parse_file(CUT_OFF).id: ".txt", parse_file(PAGE).id: ".html"}
    assert copies(data) == sorted(f"{key}{suffix}" for key, suffix in ids.items())
    code, out, _ = add(data, "--list")  # another process: the library survives a restart
    assert code == 0
    listed = [line.split("\t") for line in out.splitlines()]
    assert listed == sorted(
        [[parse_file(PAGE).id, "2", PAGE_TITLE], [parse_file(CUT_OFF).id, "3", CUT_OFF_TITLE]],
        key=lambda row: row[2],
    )


def test_added_articles_are_found_by_the_search_command(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert add(data, str(CUT_OFF))[0] == 0
    result = run("search", "vaccines", "--data-dir", str(data))
    assert result.returncode == 0
    questions = [hit["question"] for hit in json.loads(result.stdout)["results"]]
    assert "What vaccines are safe for me?" in questions


def test_bad_files_exit_2_name_file_and_line_and_add_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"Title\n\nWhy?\n\n\xff\xfe")
    notes = tmp_path / "notes.docx"
    notes.write_bytes(b"PK")
    code, out, err = add(data, str(PAGE), str(binary), str(notes), str(tmp_path / "gone.txt"))
    assert (code, out) == (2, "")
    lines = err.splitlines()
    assert lines[0].startswith(f"{binary}:5: is not UTF-8 text")
    assert lines[1].startswith(f"{notes}:1: is not an article file")
    assert lines[2].startswith(f"{tmp_path / 'gone.txt'}:1: cannot be read")
    assert lines[3] == "Nothing was added."
    assert copies(data) == []  # the good page was not added either


def test_a_bundled_title_is_refused(tmp_path: Path, seed_article: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_bytes(seed_article.read_bytes())
    code, _, err = add(tmp_path / "data", str(copy))
    assert code == 2
    assert err.startswith(f"{copy}:1: has the same title as “March 2018 Ask the Expert")
    assert "comes with ExpertReader" in err


def test_two_files_with_one_title_are_refused(tmp_path: Path) -> None:
    twin = tmp_path / "twin.txt"
    twin.write_bytes(CUT_OFF.read_bytes())
    code, _, err = add(tmp_path / "data", str(CUT_OFF), str(twin))
    assert code == 2
    assert err.startswith(f"{twin}:1: has the same title as {CUT_OFF}: add one of them")


def test_one_file_named_twice_is_added_once(tmp_path: Path) -> None:
    code, out, _ = add(tmp_path / "data", str(CUT_OFF), str(CUT_OFF))
    assert code == 0
    assert out.count(CUT_OFF_TITLE) == 1
    assert len(copies(tmp_path / "data")) == 1


def test_the_same_title_again_updates_the_article_and_says_so(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert add(data, str(CUT_OFF))[0] == 0
    code, out, _ = add(data, str(CUT_OFF))
    assert code == 0
    assert out.startswith(f"Already in your library, unchanged: “{CUT_OFF_TITLE}”")
    longer = tmp_path / "travel.txt"
    text = CUT_OFF.read_text(encoding="utf-8")
    longer.write_text(text.replace("Many people do.", "Many people do, often."), encoding="utf-8")
    code, out, _ = add(data, str(longer))
    assert code == 0
    assert out == (
        f"Updated “{CUT_OFF_TITLE}” from {longer}: 3 questions "
        "(it was in your library; notes on it stay).\n"
    )
    assert copies(data) == [f"{parse_file(CUT_OFF).id}.txt"]


def test_removing_keeps_the_notes_and_adding_again_brings_them_back(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert add(data, str(PAGE))[0] == 0
    article = parse_file(PAGE)
    qa = article.qas[0]
    with NotesStore.open(data / "notes.db").store as store:
        store.save_answer_note(qa.id, "Ask about melatonin.", qa.question, article.title)
    code, out, err = add(data, "--remove", "ask the expert: sleep and metastatic breast cancer")
    assert code == 0, err
    assert out == f"Removed “{PAGE_TITLE}”. Your bookmarks and notes on it are kept.\n"
    assert copies(data) == []
    with NotesStore.open(data / "notes.db").store as store:
        note = store.answer_note(qa.id)
        assert note is not None and note.text == "Ask about melatonin."
    assert add(data, str(PAGE))[0] == 0
    assert add(data, "--list")[1].startswith(f"{article.id}\t2\t{PAGE_TITLE}")


def test_removing_by_id_or_file_and_refusing_bundled_or_unknown_ones(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert add(data, str(PAGE), str(CUT_OFF))[0] == 0
    bundled = "March 2018 Ask the Expert: Second Opinions and Metastatic Breast Cancer"
    code, _, err = add(data, "--remove", parse_file(PAGE).id, bundled)
    assert code == 2
    assert f"{bundled}: “{bundled}” comes with ExpertReader: it cannot be removed" in err
    assert "Nothing was removed." in err
    code, _, err = add(data, "--remove", "No Such Article")
    assert code == 2 and "none of the articles you added" in err
    assert len(copies(data)) == 2
    copy = data / "added-articles" / f"{parse_file(CUT_OFF).id}.txt"
    code, out, _ = add(data, "--remove", parse_file(PAGE).id, str(copy))
    assert code == 0
    assert out.splitlines() == [
        f"Removed “{PAGE_TITLE}”. Your bookmarks and notes on it are kept.",
        f"Removed “{CUT_OFF_TITLE}”. Your bookmarks and notes on it are kept.",
    ]
    assert copies(data) == []


def test_without_files_or_an_option_it_says_what_to_give(tmp_path: Path) -> None:
    code, _, err = add(tmp_path / "data")
    assert code == 2 and "give FILE..., or --list, or --remove TITLE..." in err


def test_output_is_utf8_even_on_an_ascii_console(tmp_path: Path) -> None:
    page = tmp_path / "café.htm"
    page.write_text("<h1>Ça va, “docteur”?</h1><h2>Why?</h2><p>Yes.</p>", "utf-8")
    code, out, _ = add(tmp_path / "data", str(page), env={"PYTHONIOENCODING": "ascii"})
    assert code == 0
    assert out == f"Added “Ça va, “docteur”?” from {page}: 1 question.\n"
