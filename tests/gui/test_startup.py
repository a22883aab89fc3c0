"""Start-up is staged: the first paint needs only the shell, which must stay cheap."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SHELL_ONLY = """
import json, sys
HEAVY = ("expertreader.ui.controllers.notes", "expertreader.ui.controllers.exporting",
         "expertreader.ui.views.export_dialog", "expertreader.notes", "expertreader.search",
         "expertreader.export", "expertreader.content.parse")
# sqlite3 is needed before the first paint: the library is read from the content index.
import PySide6.QtCore as QtCore
from PySide6.QtWidgets import QApplication
app = QApplication([])
from expertreader import paths
from expertreader.content.library import load_library
from expertreader.ui.app import ExpertReaderUI
ui = ExpertReaderUI(load_library(paths.content_dir()), staged=True)
ui.window.show()
app.processEvents()
shell = {
    "qt_namespace_loaded": "Qt" in vars(QtCore),
    "title": ui.window.article_title.text(),
    "disclaimer": ui.window.banner.text,
    "heavy_modules": sorted(m for m in sys.modules if m.startswith(HEAVY)),
}
ui.build_body()
shell["body_has_questions"] = ui.window.questions.model().rowCount() == 1
print(json.dumps(shell))
"""


def test_shell_paints_title_and_disclaimer_without_heavy_imports(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "EXPERTREADER_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", SHELL_ONLY], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    shell = json.loads(result.stdout)
    assert shell["qt_namespace_loaded"] is False  # ~30 ms of enum creation, after the paint
    assert shell["title"].startswith("March 2018 Ask the Expert")
    assert shell["disclaimer"].startswith("Remember: we cannot provide diagnoses")
    assert shell["heavy_modules"] == []
    assert shell["body_has_questions"] is True
