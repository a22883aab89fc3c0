"""`expertreader search` as a script would run it: JSON on stdout, exit 0, notes included."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from expertreader.notes.store import NotesStore
from tests.e2e.test_program import PROGRAM, run
from tests.unit.library_files import write_library

pytestmark = pytest.mark.e2e
QA_ID = "54ea8238bb8b9684"  # "Can I get a second opinion each time …" in the bundled article
KEYS = ["article", "kind", "qa_id", "question", "snippet"]


def search(data: Path, *args: str, env: dict[str, str] | None = None) -> dict[str, Any]:
    result = run("search", *args, "--data-dir", str(data), env=env)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    document = json.loads(result.stdout)
    assert isinstance(document, dict)
    assert sorted(document) == ["corrected", "query", "results"]
    for hit in document["results"]:
        assert sorted(hit) == KEYS
        assert hit["kind"] in {"question", "answer", "note"}
    return document


def test_a_misspelt_query_finds_the_second_opinion_questions(tmp_path: Path) -> None:
    document = search(tmp_path / "data", "secnd opinon")
    assert document["query"] == "secnd opinon"
    assert document["corrected"] == "second opinion"
    results = document["results"]
    assert isinstance(results, list) and len(results) == 5
    questions = [hit for hit in results if hit["kind"] == "question"]
    assert len(questions) == 4
    assert results[: len(questions)] == questions  # the second-opinion questions come first
    assert all("second opinion" in hit["question"] for hit in questions)
    assert all(hit["article"].startswith("March 2018 Ask the Expert") for hit in results)
    assert any("second opinion" in hit["snippet"] for hit in results)


def test_nothing_found_is_still_success(tmp_path: Path) -> None:
    document = search(tmp_path / "data", "xylophone")
    assert document == {"query": "xylophone", "corrected": None, "results": []}


def test_a_note_is_found_by_a_word_no_answer_has(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with NotesStore.open(data / "notes.db").store as store:
        store.save_answer_note(QA_ID, "Ask Dr. Okonkwo about the nurse line")
    document = search(data, "okonkwo")
    [hit] = document["results"]
    assert hit["kind"] == "note" and hit["qa_id"] == QA_ID
    assert hit["snippet"] == "Ask Dr. Okonkwo about the nurse line"
    assert hit["question"].startswith("Can I get a second opinion each time")


def test_limit_and_no_notes_file_made(tmp_path: Path) -> None:
    data = tmp_path / "data"
    document = search(data, "opinion", "--limit", "2")
    assert len(document["results"]) == 2
    assert not (data / "notes.db").exists()
    refused = run("search", "opinion", "--limit", "0", "--data-dir", str(data))
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    everything = search(data, "opinion", "--limit", "99999999999999999999")  # "all of them"
    assert len(everything["results"]) > 2


def test_another_content_folder_and_its_index(tmp_path: Path) -> None:
    content = write_library(tmp_path / "content")
    env = {"EXPERTREADER_CONTENT_DIR": str(content)}
    first = search(tmp_path / "data", "cafe", env=env)
    again = search(tmp_path / "data", "CAFÉ", env=env)
    assert [hit["qa_id"] for hit in first["results"]] == [hit["qa_id"] for hit in again["results"]]
    assert first["results"]
    # The folder's index (with the person's added articles) is kept in the data folder.
    assert list((tmp_path / "data" / "index").glob("library-*.sqlite"))


def test_output_is_utf8_whatever_the_console(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "LC_ALL": "C"}
    result = subprocess.run(
        [str(PROGRAM), "search", "offend", "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout.decode("utf-8"))
    assert (
        document["results"][0]["question"] == "Won’t I offend my doctor if I get a second opinion?"
    )
