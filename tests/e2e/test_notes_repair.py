"""Every kind of damage to the notes file, through the installed program: export and window.

The same damage as tests/unit/test_repair.py (tests/durability/damage.py), met by
``expertreader export --format json`` and ``expertreader --screenshot`` as a person or a script
meets it: exit 0, no traceback, a message on stderr that names the file and what happened, the
damaged file kept aside, and every note that could be read in the export.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.durability import damage
from tests.durability.damage import Seeded
from tests.e2e.test_program import png_size, run

pytestmark = pytest.mark.e2e

# What the message says for each damage, and whether the export holds every note of the file
# ("all"), the backup's ("backup") or at least the backup's ("some": what could be read, too).
REPAIRED = {
    "emptied": ("was empty (0 bytes)", "backup"),
    "deleted": ("was missing", "backup"),
    "truncated": ("was damaged", "some"),
    "garbage in the middle": ("was damaged", "some"),
    "foreign wal": ("notes.db-wal beside it belonged to another database", "all"),
    "foreign journal": ("notes.db-journal beside it belonged to another database", "all"),
    "another schema": ("was not an ExpertReader notes file", "backup"),
    "version rolled back": ("did not match its version number", "all"),
    "fifo": ("was not an ExpertReader notes file", "backup"),
    "folder": ("was not an ExpertReader notes file", "backup"),
}


def _exported_texts(path: Path) -> set[str]:
    items = json.loads(path.read_text(encoding="utf-8"))["first"]["items"]
    return {item["body"]["value"] for item in items if item["motivation"] == "commenting"}


def _export(data: Path, output: Path) -> subprocess.CompletedProcess[str]:
    return run("--data-dir", str(data), "export", "--format", "json", "--output", str(output))


def _damaged(folder: Path, how: str) -> Seeded:
    seeded = damage.seed(folder)
    damage.DAMAGE[how](seeded.db)
    return seeded


@pytest.mark.parametrize("how", sorted(REPAIRED))
def test_export_repairs_says_so_and_exports_every_note(tmp_path: Path, how: str) -> None:
    if how == "fifo" and not hasattr(os, "mkfifo"):
        pytest.skip("named pipes are POSIX")
    seeded = _damaged(tmp_path / "data", how)
    output = tmp_path / "notes.json"
    result = _export(seeded.db.parent, output)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    words, expected = REPAIRED[how]
    assert str(seeded.db) in result.stderr and words in result.stderr
    assert "notes and" in result.stderr  # how many came back
    if how != "deleted":
        kept = [
            path
            for path in seeded.db.parent.glob("notes.db.corrupt-*")
            if not path.name.endswith(("-wal", "-shm", "-journal"))
        ]
        assert len(kept) == 1 and str(kept[0]) in result.stderr
    exported = _exported_texts(output)
    if expected == "all":
        assert exported == set(seeded.live.values())
    elif expected == "backup":
        assert exported == set(seeded.in_backup.values())
    else:  # what the file still had, over the backup: an edit or a deletion since may win
        changed = {seeded.in_backup[seeded.edited_uid], seeded.in_backup[seeded.deleted_uid]}
        assert exported >= set(seeded.in_backup.values()) - changed
        assert exported <= set(seeded.in_backup.values()) | set(seeded.live.values())


@pytest.mark.parametrize("how", sorted(REPAIRED))
def test_the_window_opens_on_a_damaged_file_and_repairs_it(tmp_path: Path, how: str) -> None:
    if how == "fifo" and not hasattr(os, "mkfifo"):
        pytest.skip("named pipes are POSIX")
    seeded = _damaged(tmp_path / "data", how)
    shot = tmp_path / "shot.png"
    result = run("--data-dir", str(seeded.db.parent), "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert png_size(shot)[0] > 0
    assert seeded.db.is_file()
    if how != "deleted":
        assert list(seeded.db.parent.glob("notes.db.corrupt-*"))


def test_a_newer_file_is_refused_by_name_and_left_alone(tmp_path: Path) -> None:
    seeded = _damaged(tmp_path / "data", "newer version")
    before = sorted(p.name for p in seeded.db.parent.glob("notes.db*"))
    content = damage.digest(seeded.db)
    result = _export(seeded.db.parent, tmp_path / "notes.json")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert str(seeded.db) in result.stderr and "newer version" in result.stderr
    shot = run("--data-dir", str(seeded.db.parent), "--screenshot", str(tmp_path / "shot.png"))
    assert shot.returncode == 0 and "Traceback" not in shot.stderr
    assert damage.digest(seeded.db) == content
    assert sorted(p.name for p in seeded.db.parent.glob("notes.db*")) == before


@pytest.mark.parametrize("case", sorted(damage.BAD_VALUES))
def test_one_unreadable_value_leaves_out_one_row_at_most(tmp_path: Path, case: str) -> None:
    seeded = damage.seed(tmp_path / "data")
    uid = damage.spoil_one_value(seeded, case)
    output = tmp_path / "notes.json"
    result = _export(seeded.db.parent, output)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    others = {text for key, text in seeded.live.items() if key != uid}
    assert _exported_texts(output) >= others
    shot = run("--data-dir", str(seeded.db.parent), "--screenshot", str(tmp_path / "shot.png"))
    assert shot.returncode == 0 and "Traceback" not in shot.stderr


def test_leftover_temporary_files_are_removed_by_the_next_start(tmp_path: Path) -> None:
    seeded = damage.seed(tmp_path / "data")
    leftovers = [
        seeded.backup.parent / ".incoming-abc123.tmp",
        seeded.backup.parent / f".{seeded.backup.name}.abc123.tmp",
        seeded.db.parent / ".notes.db.abc123.tmp",
    ]
    for path in leftovers:
        shutil.copyfile(seeded.backup, path)
    result = _export(seeded.db.parent, tmp_path / "notes.json")
    assert result.returncode == 0, result.stderr
    assert [path for path in leftovers if path.exists()] == []


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Seeded]:
    """Notes on a real 2 MB tmpfs, filled to the last byte (needs root; skipped otherwise)."""
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode(errors='replace')}")
    try:
        seeded = damage.seed(mount_point / "data", count=12)
        handle = os.open(mount_point / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            while True:
                os.write(handle, b"\0" * 65536)
        except OSError as error:
            assert error.errno == errno.ENOSPC
        finally:
            os.close(handle)
        yield seeded
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_a_full_disk_at_start_up_still_exports_every_note(
    full_disk: Seeded, tmp_path: Path
) -> None:
    output = tmp_path / "notes.json"
    result = _export(full_disk.db.parent, output)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert _exported_texts(output) == set(full_disk.live.values())
    shot = run("--data-dir", str(full_disk.db.parent), "--screenshot", str(tmp_path / "shot.png"))
    assert shot.returncode == 0 and "Traceback" not in shot.stderr
