"""`pip install .` (not only -e) gives a working program: the wheel carries the bundled articles."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]


def test_wheel_carries_resources_and_finds_them(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
         "--quiet", "--wheel-dir", str(tmp_path)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    [wheel] = tmp_path.glob("expertreader-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        archive.extractall(tmp_path / "site")
    assert "expertreader/resources/content/000_13036496fefd8c92.txt" in names
    assert "expertreader/resources/content.index.sqlite" in names  # compiled at build time
    assert "expertreader/cli.py" in names

    # Run from the unpacked wheel alone, with the source tree out of reach.
    env = {k: v for k, v in os.environ.items() if not k.startswith("EXPERTREADER_")}
    env["PYTHONPATH"] = str(tmp_path / "site")
    code = (
        "import json, sys\n"
        "from expertreader import paths\n"
        "from expertreader.content.library import load_library\n"
        "lib = load_library(paths.content_dir())\n"
        "info = lib.article_infos()[0]\n"
        "print(json.dumps([str(paths.content_dir()), info.question_count, lib.index.report.how]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True, text=True, check=True, env=env, cwd=tmp_path, timeout=60,
    )  # fmt: skip
    content_dir, questions, how = json.loads(result.stdout)
    assert Path(content_dir).is_relative_to(tmp_path / "site")
    assert questions == 5
    assert how == "prebuilt"  # opened, not parsed
