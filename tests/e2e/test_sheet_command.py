"""`expertreader sheet --list` and `sheet --output PATH [--id ID]`, run as a script would."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from expertreader.notes.sheets import Sheets
from expertreader.notes.store import NotesStore
from tests.e2e.test_program import run

pytestmark = pytest.mark.e2e
QA_ID = "54ea8238bb8b9684"  # "Can I get a second opinion each time …" in the bundled article


def seed_sheets(data: Path) -> tuple[str, str]:
    """An older sheet with one question and a newer one with two; their ids, older first."""
    with NotesStore.open(data / "notes.db").store as store:
        sheets = Sheets(store.database)
        older = sheets.create("Last month", "2026-10-20", "Dr. Patel")
        sheets.add_item(older.uid, "Is the new dose right?")
        newer = sheets.create("Visit with Dr. Lee", "2026-12-03", "Dr. Lee", "Sam")
        sheets.add_item(
            newer.uid,
            "Can I get a second opinion each time my doctor wants to change my treatment plan?",
            QA_ID,
            include_quote=True,
        )
        sheets.add_item(newer.uid, "Can I travel in March?")
        return older.uid, newer.uid


def pdf_text(path: Path) -> list[str]:
    return [
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in PdfReader(path).pages
    ]


def test_list_prints_every_sheet_the_next_visit_first(tmp_path: Path) -> None:
    data = tmp_path / "data"
    older, newer = seed_sheets(data)
    result = run("--data-dir", str(data), "sheet", "--list")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [
        {"id": newer, "title": "Visit with Dr. Lee", "date": "2026-12-03", "questions": 2},
        {"id": older, "title": "Last month", "date": "2026-10-20", "questions": 1},
    ]


def test_list_with_no_sheets_is_an_empty_list(tmp_path: Path) -> None:
    result = run("sheet", "--list", "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


@pytest.mark.parametrize("suffix", [".pdf", ".html", ".md"])
def test_output_writes_the_newest_sheet_in_the_format_of_its_suffix(
    tmp_path: Path, suffix: str
) -> None:
    data = tmp_path / "data"
    seed_sheets(data)
    output = tmp_path / f"sheet{suffix}"
    result = run("--data-dir", str(data), "sheet", "--output", str(output))
    assert result.returncode == 0, result.stderr
    if suffix == ".pdf":
        pages = pdf_text(output)
        text = " ".join(pages)
        for number, page in enumerate(pages, start=1):  # on every page
            assert "Remember: we cannot provide diagnoses" in page
            assert f"page {number} of {len(pages)}" in page and "ExpertReader" in page
    else:
        text = " ".join(output.read_text(encoding="utf-8").split())
    assert "Visit with Dr. Lee" in text and "Can I travel in March?" in text
    assert "You could get another opinion at each decision point" in text  # the quote
    assert "Remember: we cannot provide diagnoses" in text
    assert "Is the new dose right?" not in text  # the other sheet


def test_output_with_an_id_writes_that_sheet(tmp_path: Path) -> None:
    data = tmp_path / "data"
    older, _newer = seed_sheets(data)
    output = tmp_path / "older.md"
    result = run("--data-dir", str(data), "sheet", "--output", str(output), "--id", older)
    assert result.returncode == 0, result.stderr
    assert "Is the new dose right?" in output.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--output", "{tmp}/sheet.txt"], "choose a file ending in .pdf, .html, .md"),
        (["--output", "{tmp}/sheet.md", "--id", "urn:uuid:nope"], "no appointment sheet"),
        (["--output", "{data}/notes.db"], "where your notes are kept"),
    ],
)
def test_requests_that_cannot_be_met_say_why_and_write_nothing(
    tmp_path: Path, args: list[str], message: str
) -> None:
    data = tmp_path / "data"
    seed_sheets(data)
    filled = [arg.format(tmp=tmp_path, data=data) for arg in args]
    before = (data / "notes.db").read_bytes()
    result = run("--data-dir", str(data), "sheet", *filled)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""
    assert not (tmp_path / "sheet.txt").exists() and not (tmp_path / "sheet.md").exists()
    assert (data / "notes.db").read_bytes() == before


def test_no_sheet_yet_is_said_plainly(tmp_path: Path) -> None:
    result = run("--data-dir", str(tmp_path / "data"), "sheet", "--output", str(tmp_path / "x.md"))
    assert result.returncode == 2
    assert "there are no appointment sheets yet" in result.stderr
    assert not (tmp_path / "x.md").exists()


def test_a_folder_that_cannot_be_written_is_a_clear_error(tmp_path: Path) -> None:
    data = tmp_path / "data"
    seed_sheets(data)
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("in the way", encoding="utf-8")
    result = run("--data-dir", str(data), "sheet", "--output", str(blocked / "sheet.md"))
    assert result.returncode == 1
    assert "cannot be written" in result.stderr and "Traceback" not in result.stderr
