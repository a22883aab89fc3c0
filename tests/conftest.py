"""Shared fixtures. Qt must be headless before anything imports it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# English on any machine: tests that need another language set their own.
os.environ["LANGUAGE"] = "en"
os.environ["LC_ALL"] = "C.UTF-8"

from collections.abc import Iterator
from pathlib import Path

import pytest

from expertreader import paths

ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLE = ROOT / "resources" / "content" / "000_13036496fefd8c92.txt"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own empty user data folder; nothing touches the real one."""
    folder = tmp_path / "data"
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.delenv(paths.CONTENT_DIR_ENV, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / "config"))
    paths.set_data_dir(folder)
    yield folder
    paths.set_data_dir(None)


@pytest.fixture
def seed_article() -> Path:
    return SEED_ARTICLE
