"""One module owns every location; the override moves all user data."""

from __future__ import annotations

from pathlib import Path

import pytest

from expertreader import paths


def test_override_moves_all_user_files(tmp_path: Path) -> None:
    paths.set_data_dir(tmp_path / "mine")
    for location in (
        paths.notes_db(),
        paths.backups_dir(),
        paths.settings_file(),
        paths.log_file(),
    ):
        assert location.is_relative_to(tmp_path / "mine")


def test_environment_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths.set_data_dir(None)
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "env"))
    assert paths.data_dir() == (tmp_path / "env").resolve()


def test_default_is_per_user(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    paths.set_data_dir(None)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert paths.data_dir() == tmp_path / "xdg" / "expertreader"


def test_ensure_data_dir_is_private(tmp_path: Path) -> None:
    paths.set_data_dir(tmp_path / "private")
    folder = paths.ensure_data_dir()
    assert folder.stat().st_mode & 0o777 == 0o700


def test_bundled_content_is_found() -> None:
    assert (paths.content_dir() / "000_13036496fefd8c92.txt").is_file()
