"""A long session in one process must neither abort nor grow (issue 8: the 6.12.0 refcount abort).

The session runs in a subprocess, so a native abort (``Fatal Python error``, exit 134) fails
this test instead of killing the test run. Figures are printed for the closing notes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SESSION = Path(__file__).with_name("soak_session.py")
GROWTH_LIMIT_KIB = 10 * 1024

pytestmark = pytest.mark.slow


def test_a_long_session_neither_aborts_nor_grows(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("SOAK_ONLY", None)
    result = subprocess.run(
        [sys.executable, str(SESSION), str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    print(f"\nsoak: {figures}")
    assert figures["question changes"] >= 5000
    assert figures["bookmark toggles"] >= 2000
    assert figures["note edits"] >= 1000
    assert figures["searches"] >= 500
    assert figures["exports"] >= 20
    assert figures["growth_kib"] <= GROWTH_LIMIT_KIB
    assert "Traceback" not in result.stderr
