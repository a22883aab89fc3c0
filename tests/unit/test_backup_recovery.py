"""Backups are whole and verified; a damaged notes file is kept aside and replaced from one."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from expertreader import paths, timestamps
from expertreader.notes import backup
from expertreader.notes.backup import LAST_BACKUP_KEY
from expertreader.notes.errors import StoreError
from expertreader.notes.store import NotesStore
from expertreader.timestamps import to_text as to_utc_text

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
UTC = dt.UTC


def _stamp(moment: dt.datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%SZ")


def _store_with_notes(count: int = 3) -> NotesStore:
    store = NotesStore.open(paths.notes_db()).store
    for number in range(count):
        store.save_answer_note(f"q{number}", f"note {number} " + "words " * 50)
    store.add_bookmark("q0")
    return store


def _texts(db: Path) -> list[str]:
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT text FROM notes ORDER BY qa_id")]
    finally:
        conn.close()


# --- making backups ---------------------------------------------------------------------------


def test_backup_is_a_verified_private_single_file(data_dir: Path) -> None:
    with _store_with_notes() as store:
        made = store.backup("manual")
        expected = [n.text for n in sorted(store.notes(), key=lambda n: n.qa_id)]
    assert made.parent == paths.backups_dir()
    assert made.name.startswith("notes-")
    assert made.name.endswith("Z-manual.db")
    assert backup.backup_time(made) is not None
    assert backup.is_good_backup(made)
    assert _texts(made) == expected
    assert sorted(p.name for p in made.parent.iterdir()) == [made.name]  # no temp, no -wal
    if os.name == "posix":
        assert stat.S_IMODE(made.stat().st_mode) == 0o600
    conn = sqlite3.connect(made)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_make_backup_without_an_open_store(data_dir: Path) -> None:
    _store_with_notes().close()
    made = backup.make_backup(paths.notes_db(), paths.backups_dir(), "Before Export!")
    assert made.name.endswith("-before-export.db")
    assert backup.is_good_backup(made)


def test_backups_in_the_same_second_do_not_overwrite(data_dir: Path) -> None:
    with _store_with_notes() as store:
        made = [store.backup("import") for _ in range(3)]
    assert len(set(made)) == 3
    assert all(path.exists() for path in made)
    assert backup.list_backups(paths.backups_dir()) == made[::-1]


def test_rotation_keeps_the_newest_and_touches_nothing_else(data_dir: Path) -> None:
    store = _store_with_notes()
    folder = paths.backups_dir()
    first = store.backup("daily")
    old = []
    for day in range(1, 12):
        path = folder / f"notes-202001{day:02d}T000000Z-daily.db"
        shutil.copyfile(first, path)
        old.append(path)
    first.unlink()
    others = [
        folder / "README.txt",
        folder / "notes-not-a-backup.db",
        folder / "notes-20200101T000000Z-daily.db.corrupt-1",
        data_dir / "notes.db.corrupt-20200101T000000Z",
    ]
    for path in others:
        path.write_text("keep me")
    newest = store.backup("daily")
    store.close()
    kept = backup.list_backups(folder)
    assert len(kept) == backup.KEEP_BACKUPS
    assert kept[0] == newest
    assert kept[1:] == old[::-1][: backup.KEEP_BACKUPS - 1]
    assert not old[0].exists()
    assert not old[1].exists()
    assert all(path.read_text() == "keep me" for path in others)


def test_rotation_keeps_the_newest_backup_of_every_reason(data_dir: Path) -> None:
    store = _store_with_notes()
    folder = paths.backups_dir()
    made = store.backup("daily")
    named = {}
    for stamp, reason in [
        ("20200101T000000Z", "before-v2"),
        ("20200102T000000Z", "daily"),
        ("20200103T000000Z", "daily"),
        ("20200104T000000Z", "manual"),
    ]:
        named[stamp] = folder / f"notes-{stamp}-{reason}.db"
        shutil.copyfile(made, named[stamp])
    made.unlink()
    imports = [store.merge([], []).backup for _ in range(backup.KEEP_BACKUPS + 3)]
    store.close()
    kept = backup.list_backups(folder)
    assert kept[: backup.KEEP_BACKUPS] == imports[::-1][: backup.KEEP_BACKUPS]
    assert kept[backup.KEEP_BACKUPS :] == [
        named["20200104T000000Z"],  # the newest manual one
        named["20200103T000000Z"],  # the newest daily one
        named["20200101T000000Z"],  # the only pre-migration one
    ]
    assert not named["20200102T000000Z"].exists()
    reasons = {backup.backup_reason(path) for path in kept}
    assert reasons == {"import", "daily", "manual", "before-v2"}


def test_many_backups_in_one_second_stay_in_order_through_rotation(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A freed name is not reused: the newest backup must never sort as the oldest."""
    frozen = dt.datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
    monkeypatch.setattr(timestamps, "utc_now", lambda: frozen)
    _store_with_notes().close()
    made = [
        backup.make_backup(paths.notes_db(), paths.backups_dir(), "import", keep=2)
        for _ in range(5)
    ]
    assert len(set(made)) == 5
    assert backup.list_backups(paths.backups_dir()) == [made[4], made[3]]
    assert [backup.backup_reason(path) for path in made] == ["import"] * 5


def test_backup_reason_is_read_from_the_name() -> None:
    folder = Path("backups")
    for name, reason in [
        ("notes-20260101T000000Z-daily.db", "daily"),
        ("notes-20260101T000000Z-import-2.db", "import"),
        ("notes-20260101T000000Z-before-v2.db", "before-v2"),
        ("notes-20260101T000000Z-before-v2-3.db", "before-v2"),
        ("notes-20260101T000000Z-before-export.db", "before-export"),
        ("notes-not-a-backup.db", None),
        (".incoming-abc123.tmp", None),
    ]:
        assert backup.backup_reason(folder / name) == reason, name


def test_leftover_incoming_files_are_ignored_and_left_alone(data_dir: Path) -> None:
    """An interrupted backup leaves ``.incoming-*.tmp``: never a restore source, never rotated.

    Only the start-up clean-up removes them (``opening.open_store``, tests/unit/test_repair.py).
    """
    with _store_with_notes() as store:
        good = store.backup("daily")
        folder = paths.backups_dir()
        leftovers = [folder / ".incoming-k3j4h5.tmp", folder / ".incoming-k3j4h5.tmp-journal"]
        store.save_answer_note("q-newer", "only in the leftover")
        shutil.copyfile(store.backup("manual"), leftovers[0])  # a sound, newer database
        leftovers[1].write_bytes(b"journal")
        two_days_ago = (dt.datetime.now(UTC) - dt.timedelta(days=2)).timestamp()
        for path in leftovers:
            os.utime(path, (two_days_ago, two_days_ago))
        for _ in range(backup.KEEP_BACKUPS + 2):
            store.backup("import")
    assert all(path.exists() for path in leftovers)
    assert not any(path.name.startswith(".incoming-") for path in backup.list_backups(folder))
    for path in backup.list_backups(folder):
        if backup.backup_reason(path) == "manual":
            path.unlink()
        if backup.backup_reason(path) == "import":
            path.write_bytes(b"broken" * 100)
    assert backup.newest_good_backup(folder) == good
    _damage_with_garbage(paths.notes_db())
    result = NotesStore.open(paths.notes_db())
    result.store.close()
    assert result.recovery is not None
    assert result.recovery.restored_from == good
    assert all(path.exists() for path in leftovers)


def test_a_failed_backup_raises_store_error_and_harms_nothing(data_dir: Path) -> None:
    store = _store_with_notes()
    data_dir.joinpath("backups").write_text("a file where the folder should be")
    with pytest.raises(StoreError):
        store.backup("daily")
    with pytest.raises(StoreError):  # an import does not start without its backup
        store.merge([], [])
    assert store.integrity_check() == "ok"
    assert len(store.notes()) == 3
    store.close()


def test_newest_good_backup_skips_damaged_ones(data_dir: Path) -> None:
    folder = paths.backups_dir()
    assert backup.newest_good_backup(folder) is None
    with _store_with_notes() as store:
        good = store.backup("daily")
    garbage = folder / "notes-29990101T000000Z-daily.db"
    garbage.write_bytes(b"not a database at all" * 100)
    truncated = folder / "notes-29980101T000000Z-daily.db"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    assert backup.list_backups(folder)[:2] == [garbage, truncated]
    assert backup.newest_good_backup(folder) == good


def test_backup_if_due(data_dir: Path) -> None:
    store = _store_with_notes()
    first = backup.backup_if_due(store)
    assert first is not None
    assert store.get_meta(LAST_BACKUP_KEY) is not None
    assert backup.backup_if_due(store) is None
    two_days_ago = dt.datetime.now(UTC) - dt.timedelta(days=2)
    store.set_meta(LAST_BACKUP_KEY, to_utc_text(two_days_ago))
    assert backup.backup_if_due(store) is not None
    assert backup.backup_if_due(store, max_age=dt.timedelta(0)) is not None
    shutil.rmtree(paths.backups_dir())  # the user removed them: the meta note alone is not enough
    assert backup.backup_if_due(store) is not None
    store.close()


def test_describe_age() -> None:
    now = dt.datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    assert backup.describe_age(now - dt.timedelta(seconds=30), now) == "moments ago"
    assert backup.describe_age(now - dt.timedelta(minutes=45), now) == "45 minutes ago"
    assert backup.describe_age(now - dt.timedelta(hours=3), now) == "3 hours ago"
    assert backup.describe_age(now - dt.timedelta(days=4), now) == "4 days ago"


# --- recovery ---------------------------------------------------------------------------------


def _damage_with_garbage(db: Path) -> bytes:
    garbage = b"\x00\xffThis is not SQLite." * 500
    db.write_bytes(garbage)
    return garbage


def _damage_by_truncating(db: Path) -> bytes:
    data = db.read_bytes()[: db.stat().st_size // 2]
    db.write_bytes(data)
    return data


@pytest.mark.parametrize("damage", [_damage_with_garbage, _damage_by_truncating])
def test_damaged_file_is_kept_and_restored_from_backup(data_dir: Path, damage: object) -> None:
    assert callable(damage)
    with _store_with_notes(40) as store:
        made = store.backup("daily")
        expected = [n.text for n in sorted(store.notes(), key=lambda n: n.qa_id)]
        store.save_answer_note("q-late", "after the backup")
    db = paths.notes_db()
    damaged_bytes = damage(db)
    wal = data_dir / "notes.db-wal"
    wal.write_bytes(b"stale wal")

    result = NotesStore.open(db)
    report = result.recovery
    assert report is not None
    assert report.restored_from == made
    assert report.backup_time == backup.backup_time(made)
    assert report.corrupt_kept_as is not None
    assert report.corrupt_kept_as.name.startswith("notes.db.corrupt-")
    assert report.corrupt_kept_as is not None
    assert report.corrupt_kept_as.read_bytes() == damaged_bytes
    assert Path(f"{report.corrupt_kept_as}-wal").read_bytes() == b"stale wal"
    assert "damaged" in report.message
    assert str(report.corrupt_kept_as) in report.message
    assert "restored from a backup made moments ago" in report.message
    with result.store as store:
        assert [n.text for n in sorted(store.notes(), key=lambda n: n.qa_id)] == expected
        assert store.integrity_check() == "ok"
        store.save_answer_note("q-new", "works again")
    assert made.exists()  # the backup is copied, never moved


def test_damaged_file_with_no_backup_starts_empty_and_keeps_it(data_dir: Path) -> None:
    paths.ensure_data_dir()
    garbage = _damage_with_garbage(paths.notes_db())
    result = NotesStore.open(paths.notes_db())
    report = result.recovery
    assert report is not None
    assert report.restored_from is None
    assert report.backup_time is None
    assert report.corrupt_kept_as is not None
    assert report.corrupt_kept_as.read_bytes() == garbage
    assert "no backup" in report.message
    assert "new, empty notes file" in report.message
    assert str(report.corrupt_kept_as) in report.message
    with result.store as store:
        assert store.notes() == []


def test_message_says_how_old_the_backup_is(data_dir: Path) -> None:
    with _store_with_notes() as store:
        made = store.backup("daily")
    three_hours_ago = dt.datetime.now(UTC) - dt.timedelta(hours=3, minutes=5)
    older = made.with_name(f"notes-{_stamp(three_hours_ago)}-daily.db")
    made.rename(older)
    _damage_with_garbage(paths.notes_db())
    result = NotesStore.open(paths.notes_db())
    result.store.close()
    assert result.recovery is not None
    assert result.recovery.restored_from == older
    assert "backup made 3 hours ago (" in result.recovery.message


def test_a_bad_newest_backup_falls_back_to_an_older_good_one(data_dir: Path) -> None:
    with _store_with_notes() as store:
        good = store.backup("daily")
    bad = paths.backups_dir() / "notes-29990101T000000Z-daily.db"
    bad.write_bytes(b"junk" * 1000)
    _damage_with_garbage(paths.notes_db())
    result = NotesStore.open(paths.notes_db())
    result.store.close()
    assert result.recovery is not None
    assert result.recovery.restored_from == good
    assert bad.read_bytes() == b"junk" * 1000


def test_repeated_damage_never_overwrites_a_kept_file(data_dir: Path) -> None:
    with _store_with_notes() as store:
        store.backup("daily")
    kept = []
    for round_number in range(3):
        paths.notes_db().write_bytes(f"damage {round_number}".encode() * 100)
        result = NotesStore.open(paths.notes_db())
        result.store.close()
        assert result.recovery is not None and result.recovery.corrupt_kept_as is not None
        kept.append(result.recovery.corrupt_kept_as)
    assert len(set(kept)) == 3
    assert [p.read_bytes()[:8] for p in kept] == [b"damage 0", b"damage 1", b"damage 2"]


def test_an_old_schema_backup_is_restored_then_migrated(data_dir: Path) -> None:
    folder = paths.backups_dir()
    folder.mkdir(parents=True)
    old = folder / "notes-20260301T000000Z-daily.db"
    shutil.copyfile(FIXTURES / "notes_v1.db", old)
    paths.notes_db().write_bytes(b"garbage" * 100)
    result = NotesStore.open(paths.notes_db())
    assert result.recovery is not None
    assert result.recovery.restored_from == old
    with result.store as store:
        assert len(store.notes()) == 2
        assert len(store.bookmarks()) == 2


def test_a_foreign_sqlite_file_is_kept_aside_not_used(data_dir: Path) -> None:
    paths.ensure_data_dir()
    conn = sqlite3.connect(paths.notes_db())
    conn.execute("CREATE TABLE photos (name TEXT)")
    conn.commit()
    conn.close()
    result = NotesStore.open(paths.notes_db())
    result.store.close()
    assert result.recovery is not None and result.recovery.corrupt_kept_as is not None
    kept = sqlite3.connect(result.recovery.corrupt_kept_as)
    assert kept.execute("SELECT name FROM sqlite_master").fetchall() == [("photos",)]
    kept.close()
