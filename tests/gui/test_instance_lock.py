"""One window per notes folder, without ever locking a person out of their notes."""

from __future__ import annotations

from pathlib import Path

from expertreader import instance_lock, paths


def test_second_instance_is_told_and_first_keeps_the_lock() -> None:
    first = instance_lock.acquire()
    assert first.lock is not None and not first.busy
    second = instance_lock.acquire()
    assert second.busy and not second.elsewhere
    first.release()
    third = instance_lock.acquire()
    assert third.lock is not None
    third.release()


def test_a_lock_left_on_another_computer_can_be_taken_over() -> None:
    paths.ensure_data_dir()
    paths.lock_file().write_text(
        "4242\nexpertreader\nother-laptop\n0123456789abcdef0123456789abcdef\nboot-id\n"
    )
    found = instance_lock.acquire()
    assert found.busy and found.elsewhere and found.owner_host == "other-laptop"
    assert found.take_over()
    assert found.lock is not None
    found.release()


def test_a_folder_that_cannot_hold_a_lock_does_not_block(tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the data folder should be")
    paths.set_data_dir(blocked / "data")
    result = instance_lock.acquire()
    assert result.lock is None and not result.busy
