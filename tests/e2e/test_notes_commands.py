"""`expertreader export` and `import` as a caregiver's script or a new machine would run them."""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from expertreader.notes.store import NotesStore
from tests.e2e.test_program import run

pytestmark = pytest.mark.e2e
QA_ID = "54ea8238bb8b9684"  # "Can I get a second opinion each time …" in the bundled article


def seed_notes(data: Path) -> None:
    with NotesStore.open(data / "notes.db").store as store:
        store.add_bookmark(QA_ID, "Can I get a second opinion each time?")
        store.save_answer_note(QA_ID, "Ask Dr. Lee about trials")


@pytest.mark.parametrize("fmt", ["md", "html", "pdf", "json"])
def test_export_each_format(tmp_path: Path, fmt: str) -> None:
    data = tmp_path / "data"
    seed_notes(data)
    output = tmp_path / f"notes.{fmt}"
    result = run("export", "--format", fmt, "--output", str(output), "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    if fmt == "pdf":
        raw = " ".join(page.extract_text() for page in PdfReader(output).pages)
        text = " ".join(unicodedata.normalize("NFKC", raw).split())
    else:
        text = output.read_text(encoding="utf-8")
    assert "Ask Dr. Lee about trials" in text
    if fmt != "json":
        assert "Remember: we cannot provide diagnoses" in text
        assert "not encrypted" in text


def test_round_trip_to_a_new_machine_and_twice_adds_nothing(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    seed_notes(old)
    first = tmp_path / "first.json"
    assert (
        run("--data-dir", str(old), "export", "--format", "json", "--output", str(first)).returncode
        == 0
    )
    for _ in range(2):
        result = run("--data-dir", str(new), "import", str(first))
        assert result.returncode == 0, result.stderr
    assert "0 added" in result.stderr and "2 already here" in result.stderr
    second = tmp_path / "second.json"
    assert (
        run(
            "--data-dir", str(new), "export", "--format", "json", "--output", str(second)
        ).returncode
        == 0
    )

    def annotations(path: Path) -> list[dict[str, object]]:
        items = json.loads(path.read_text(encoding="utf-8"))["first"]["items"]
        return sorted(items, key=lambda item: str(item["id"]))

    assert annotations(first) == annotations(second)


def test_broken_import_exits_2_and_changes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    seed_notes(data)
    broken = tmp_path / "broken.json"
    broken.write_text('{"type": "AnnotationCollection", "first": {"items": [' * 5000, "utf-8")
    result = run("--data-dir", str(data), "import", str(broken))
    assert result.returncode == 2
    assert result.stderr.startswith(str(broken))
    assert "Traceback" not in result.stderr
    with NotesStore.open(data / "notes.db").store as store:
        assert len(store.notes()) == 1 and len(store.bookmarks()) == 1


def test_damaged_notes_are_recovered_and_reported(tmp_path: Path) -> None:
    data = tmp_path / "data"
    seed_notes(data)
    with NotesStore.open(data / "notes.db").store as store:
        store.backup("daily")
    (data / "notes.db").write_bytes(b"garbage" * 1000)
    for side in ("notes.db-wal", "notes.db-shm"):
        (data / side).unlink(missing_ok=True)
    output = tmp_path / "after.md"
    result = run("--data-dir", str(data), "export", "--format", "md", "--output", str(output))
    assert result.returncode == 0, result.stderr
    assert "damaged" in result.stderr.lower()
    assert "Ask Dr. Lee about trials" in output.read_text(encoding="utf-8")
    assert list(data.glob("notes.db.corrupt-*"))
    assert sqlite3.connect(data / "notes.db").execute("PRAGMA integrity_check").fetchone() == (
        "ok",
    )


def test_export_refuses_to_overwrite_the_notes_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    seed_notes(data)
    before = (data / "notes.db").read_bytes()
    result = run(
        "--data-dir", str(data), "export", "--format", "md", "--output", str(data / "notes.db")
    )
    assert result.returncode == 2
    assert "where your notes are kept" in result.stderr
    assert (data / "notes.db").read_bytes() == before


def test_import_waits_for_the_window_to_close(tmp_path: Path) -> None:
    from PySide6.QtCore import QLockFile

    data = tmp_path / "data"
    seed_notes(data)
    export = tmp_path / "notes.json"
    assert (
        run(
            "--data-dir", str(data), "export", "--format", "json", "--output", str(export)
        ).returncode
        == 0
    )
    held = QLockFile(str(data / "expertreader.lock"))  # as the open window holds it
    assert held.tryLock(0)
    try:
        result = run("--data-dir", str(data), "import", str(export))
    finally:
        held.unlock()
    assert result.returncode == 1
    assert "Close it" in result.stderr and "Nothing was changed" in result.stderr
    assert run("--data-dir", str(data), "import", str(export)).returncode == 0


def test_command_line_use_makes_the_daily_backup(tmp_path: Path) -> None:
    data = tmp_path / "data"
    seed_notes(data)
    output = tmp_path / "n.md"
    assert (
        run("--data-dir", str(data), "export", "--format", "md", "--output", str(output)).returncode
        == 0
    )
    assert list((data / "backups").glob("*daily*"))


def test_import_names_questions_this_content_lacks(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with NotesStore.open(data / "notes.db").store as store:
        store.save_answer_note("0000000000000000", "keep me", "What about a retired question?")
    export = tmp_path / "old.json"
    assert (
        run(
            "--data-dir", str(data), "export", "--format", "json", "--output", str(export)
        ).returncode
        == 0
    )
    result = run("--data-dir", str(tmp_path / "new"), "import", str(export))
    assert result.returncode == 0, result.stderr
    assert "1 question in the file is not in these articles" in result.stderr
    assert "What about a retired question?" in result.stderr
