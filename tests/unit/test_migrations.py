"""Every notes file an earlier version wrote opens in this one with nothing lost."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from expertreader.notes import backup, schema
from expertreader.notes.errors import StoreBugError, StoreError
from expertreader.notes.model import Passage
from expertreader.notes.schema import CURRENT_VERSION
from expertreader.notes.store import NotesStore

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FIXTURE_FILES = sorted(FIXTURES.glob("notes_v*.db"))


def _utc(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)


def _install(fixture: Path, data_dir: Path) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    target = data_dir / "notes.db"
    shutil.copyfile(fixture, target)
    return target


def _schema(db: Path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
        ).fetchall()
    finally:
        conn.close()
    return [(kind, name, " ".join(sql.split())) for kind, name, sql in rows]


def _version(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def test_there_is_a_fixture_for_every_earlier_version() -> None:
    versions = {_version(fixture) for fixture in FIXTURE_FILES}
    assert versions == set(range(1, CURRENT_VERSION))
    assert [f.name for f in FIXTURE_FILES] == [f"notes_v{v}.db" for v in sorted(versions)]


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda p: p.name)
def test_each_fixture_migrates_to_current_with_a_backup_first(
    fixture: Path, data_dir: Path
) -> None:
    db = _install(fixture, data_dir)
    before = _version(db)
    with NotesStore.open(db).store as store:
        assert store.schema_version() == CURRENT_VERSION
        assert store.integrity_check() == "ok"
        assert store.bookmarks()  # every fixture holds some of each
        assert store.notes()
    backups = backup.list_backups(data_dir / "backups")
    assert len(backups) == 1
    assert backups[0].name.endswith(f"-before-v{CURRENT_VERSION}.db")
    assert _version(backups[0]) == before
    assert backup.is_good_backup(backups[0])


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda p: p.name)
def test_migrated_schema_equals_a_new_file(fixture: Path, data_dir: Path, tmp_path: Path) -> None:
    db = _install(fixture, data_dir)
    NotesStore.open(db).store.close()
    fresh = tmp_path / "fresh" / "notes.db"
    NotesStore.open(fresh).store.close()
    assert _schema(db) == _schema(fresh)


def test_v1_data_is_preserved_exactly(data_dir: Path) -> None:
    db = _install(FIXTURES / "notes_v1.db", data_dir)
    result = NotesStore.open(db)
    assert result.recovery is None
    store = result.store

    bookmarks = store.bookmarks()
    assert [(b.uid, b.qa_id, b.created, b.question) for b in bookmarks] == [
        (
            "urn:uuid:0b6a1f3e-3c1d-4f7e-9a55-1d2c3b4a5f01",
            "13036496fefd8c92-q03",
            _utc("2026-03-01T09:15:00Z"),
            "Is it safe to travel by plane during treatment?",
        ),
        (
            "urn:uuid:0b6a1f3e-3c1d-4f7e-9a55-1d2c3b4a5f02",
            "13036496fefd8c92-q07",
            _utc("2026-03-02T18:40:05Z"),
            "What should I ask about clinical trials?",
        ),
    ]
    assert all(b.article_title.startswith("Ask the Expert") for b in bookmarks)

    travel = store.answer_note("13036496fefd8c92-q03")
    assert travel is not None
    assert travel.uid == "urn:uuid:5e2d8c41-7a90-4b3c-8e21-6f4a3b2c1d01"
    assert travel.text == "Ask Dr. Lee about compression sleeves before the flight."
    assert travel.created == _utc("2026-03-01T09:16:10Z")
    assert travel.modified == _utc("2026-03-04T11:02:33Z")
    assert travel.passage is None

    cafe = store.answer_note("13036496fefd8c92-q11")
    assert cafe is not None
    assert cafe.text == "Café visit after scan — bring the list:\n• bloods\n• scan dates «March»"
    assert store.noted_ids() == {"13036496fefd8c92-q03", "13036496fefd8c92-q11"}

    # What v2 added works on a migrated file, and v1's one-note-per-answer rule still holds.
    passage = Passage("compression", "about ", " sleeves", 10, 21)
    added = store.add_passage_note("13036496fefd8c92-q03", passage, "which kind?")
    assert store.passage_notes("13036496fefd8c92-q03") == [added]
    store.set_meta("k", "v")
    assert store.get_meta("k") == "v"
    updated = store.save_answer_note("13036496fefd8c92-q03", "new text")
    assert updated is not None
    assert updated.uid == travel.uid
    assert len(store.notes()) == 3
    store.close()


def test_a_current_file_is_not_backed_up_or_touched_again(data_dir: Path) -> None:
    db = data_dir / "notes.db"
    NotesStore.open(db).store.close()
    NotesStore.open(db).store.close()
    assert backup.list_backups(data_dir / "backups") == []


def test_a_newer_file_is_refused_and_left_alone(data_dir: Path) -> None:
    db = data_dir / "notes.db"
    with NotesStore.open(db).store as store:
        store.save_answer_note("q", "keep me")
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer version"):
        NotesStore.open(db)
    assert _version(db) == CURRENT_VERSION + 1
    assert sorted(p.name for p in data_dir.iterdir()) == ["notes.db"]


def test_a_failing_migration_step_changes_nothing(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _install(FIXTURES / "notes_v1.db", data_dir)
    original = _schema(db)

    def broken_step(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE notes ADD COLUMN half_done TEXT")
        conn.execute("THIS IS NOT SQL")

    steps = (*schema.MIGRATIONS[:1], broken_step)
    monkeypatch.setattr(schema, "MIGRATIONS", steps)
    with pytest.raises(StoreBugError):  # a broken migration is our bug, never "the disk"
        NotesStore.open(db)
    assert _version(db) == 1
    assert _schema(db) == original
    monkeypatch.undo()
    with NotesStore.open(db).store as store:
        assert len(store.notes()) == 2


def test_v1_fixture_matches_the_v1_migration_step(tmp_path: Path) -> None:
    """The fixture is frozen history; the shipped step must still build exactly that."""
    built = tmp_path / "built.db"
    conn = sqlite3.connect(built, isolation_level=None)
    schema.MIGRATIONS[0](conn)
    conn.close()
    assert _schema(built) == _schema(FIXTURES / "notes_v1.db")
