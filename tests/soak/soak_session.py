"""One long session in one process, as a person uses the window for hours (run by test_soak.py).

Prints one JSON line: how many of each action ran, and resident memory after warm-up and at the
end. Run alone: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tests/soak/soak_session.py DATA_DIR``.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from expertreader import paths
from expertreader.export import service
from expertreader.notes.opening import open_store
from expertreader.ui.app import ExpertReaderUI
from expertreader.ui.startup import configure_application

ONLY = os.environ.get("SOAK_ONLY", "")  # for finding a leak: "bookmarks", "notes", ...
QUESTION_CHANGES = 5000
BOOKMARK_TOGGLES = 2000 if ONLY in ("", "bookmarks") else 0
NOTE_EDITS = 1000 if ONLY in ("", "notes") else 0
SEARCHES = 500 if ONLY in ("", "searches") else 0
EXPORTS = 20 if ONLY in ("", "exports") else 0
WORDS = ("second", "opinion", "doctor", "secnd opinon", "trial", "treatment plan", "offend")
FORMATS = ("md", "html", "json", "pdf")


def resident_kib() -> int:
    with Path("/proc/self/status").open(encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def session(
    ui: ExpertReaderUI, counts: dict[str, int], memory: dict[str, int], out: Path
) -> Iterator[None]:
    """Every action of the session, one per step; searches wait for their results."""
    assert ui.notes is not None and ui.store is not None
    total = QUESTION_CHANGES
    direction = 1
    for step in range(total):
        before = ui.reader.current_qa
        (ui.window.next_action if direction > 0 else ui.window.previous_action).trigger()
        if ui.reader.current_qa == before:  # the end of the list: walk back
            direction = -direction
        counts["question changes"] += 1
        if BOOKMARK_TOGGLES and step % (total // BOOKMARK_TOGGLES) == 0:
            ui.window.bookmark_action.trigger()
            counts["bookmark toggles"] += 1
        if NOTE_EDITS and step % (total // NOTE_EDITS) == 0:
            ui.window.notes.answer_note.setPlainText(f"note {step}: ask about it")
            ui.notes.save_answer_note()
            counts["note edits"] += 1
        if SEARCHES and step % (total // SEARCHES) == 0:
            ui.search.search_now(WORDS[counts["searches"] % len(WORDS)])
            deadline = time.monotonic() + 5
            while ui.search.shown_generation != ui.search._generation:
                if time.monotonic() > deadline:
                    raise SystemExit("a search never finished")
                yield
            counts["searches"] += 1
            ui.search.leave()
        if EXPORTS and step % (total // EXPORTS) == 0:
            fmt = FORMATS[counts["exports"] % len(FORMATS)]
            service.export_notes(ui.store, ui.library, fmt, out / f"soak-export.{fmt}")
            counts["exports"] += 1
        if step == total // 10:
            memory["warm"] = resident_kib()
        yield


def main(data_dir: str) -> None:
    paths.set_data_dir(data_dir)
    app = QApplication([])
    configure_application(app)
    from expertreader.content.library import load_library

    ui = ExpertReaderUI(load_library(paths.content_dir()), remember_window=False)
    ui.attach_notes(*open_store())
    assert ui.notes is not None and ui.store is not None
    ui.notes.ask_before_close = lambda message: "discard"  # type: ignore[method-assign]
    ui.window.show()
    app.processEvents()
    counts = {"question changes": 0, "bookmark toggles": 0, "note edits": 0, "searches": 0}
    counts["exports"] = 0
    memory = {"warm": 0}
    started = time.monotonic()
    steps = session(ui, counts, memory, Path(data_dir).parent)
    failure: list[BaseException] = []

    def tick() -> None:  # one step per turn of the real event loop, as clicks arrive
        try:
            next(steps)
        except StopIteration:
            app.quit()
        except BaseException as error:
            failure.append(error)
            app.quit()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(0)
    app.exec()
    timer.stop()
    if failure:
        raise failure[0]
    warm_kib = memory["warm"]
    end_kib = resident_kib()
    ui.close_store()
    print(
        json.dumps(
            {
                **counts,
                "seconds": round(time.monotonic() - started, 1),
                "rss_after_warm_up_kib": warm_kib,
                "rss_at_end_kib": end_kib,
                "growth_kib": end_kib - warm_kib,
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1])
