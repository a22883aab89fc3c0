"""Atomic writes: a file is either the complete new content or left exactly as it was."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import IO, Any

import pytest

from expertreader.atomic import write_bytes_atomic, write_text_atomic


def names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    write_text_atomic(target, "first\n")
    write_text_atomic(target, "second – ✓\r\n")
    assert target.read_bytes() == "second – ✓\r\n".encode()
    assert names(tmp_path) == ["notes.md"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_only_the_owner_can_read_it(tmp_path: Path) -> None:
    target = tmp_path / "notes.json"
    write_bytes_atomic(target, b"{}")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


class FailingFile:
    """A file object that writes half of what it is given, then fails (a full disk)."""

    def __init__(self, handle: IO[bytes], error: BaseException) -> None:
        self._handle = handle
        self._error = error

    def write(self, data: bytes) -> int:
        self._handle.write(data[: len(data) // 2])
        self._handle.flush()
        raise self._error

    def __enter__(self) -> FailingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()


@pytest.mark.parametrize(
    "error", [OSError(28, "No space left on device"), KeyboardInterrupt()], ids=["disk", "ctrl-c"]
)
def test_failure_mid_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: BaseException
) -> None:
    target = tmp_path / "notes.html"
    target.write_text("old content", encoding="utf-8")
    real_open = Path.open

    def failing_open(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_open(self, mode, *args, **kwargs)
        return FailingFile(handle, error) if mode == "wb" else handle

    monkeypatch.setattr(Path, "open", failing_open)
    with pytest.raises(type(error)):
        write_text_atomic(target, "new content " * 1000)
    assert target.read_text(encoding="utf-8") == "old content"
    assert names(tmp_path) == ["notes.html"]


def test_failure_mid_write_of_a_new_file_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_sync(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", no_sync)
    with pytest.raises(OSError, match="Input/output error"):
        write_bytes_atomic(tmp_path / "notes.pdf", b"%PDF-1.7 ...")
    assert names(tmp_path) == []


def test_failure_to_rename_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_rename(self: Path, target: object) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "replace", no_rename)
    with pytest.raises(PermissionError):
        write_text_atomic(tmp_path / "notes.md", "text")
    assert names(tmp_path) == []


def test_missing_folder_is_an_oserror(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_text_atomic(tmp_path / "no such folder" / "notes.md", "text")
    assert names(tmp_path) == []
