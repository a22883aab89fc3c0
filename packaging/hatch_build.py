"""Wheel build hook: compile the bundled articles into their content index before packing.

The installed program then opens that index at start instead of parsing (content/index.py);
``resources/`` is packed whole, so the fresh index goes in with the articles it was built from.
Editable installs skip this (``make install`` builds the same file for the source tree).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class ContentIndexHook(BuildHookInterface):  # type: ignore[type-arg]  # generic in hatchling
    PLUGIN_NAME = "content-index"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        root = Path(self.root)
        env = {**os.environ, "PYTHONPATH": str(root / "src")}
        subprocess.run(
            [
                sys.executable,
                "-m",
                "expertreader.content.index",
                "build",
                str(root / "resources" / "content.index.sqlite"),
                str(root / "resources" / "content"),
            ],
            check=True,
            env=env,
        )
