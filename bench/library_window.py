"""Window figures for bench/library.py: start-up, typing in the search box, next question, RSS.

Each runs in a fresh process of its own against the case's content folder and data folder:

- ``startup``: ``expertreader --screenshot`` started 5 times; the program prints when its first
  paint and its reading view happen (``STARTUP_BENCH_FIRST_PAINT``), measured from just before
  the process is started (the clock is the system's monotonic one, shared between processes);
- ``typing``: the real window; every query of QUERIES typed one letter at a time, a letter every
  150 ms as a person types; a 1 ms heartbeat timer measures how long the window could not
  handle events (blocked) around each keystroke, and the time from the last letter of each query
  to its results being shown; then 200 presses of next question; then resident memory.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PROGRAM = Path(sys.executable).with_name("expertreader")
STARTS = 5
LETTER_MS = 150


def startup_figures(content: Path, data: Path) -> dict[str, float]:
    paints, ready = [], []
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "EXPERTREADER_CONTENT_DIR": str(content),
        "EXPERTREADER_DATA_DIR": str(data),
        "STARTUP_BENCH_FIRST_PAINT": "1",
    }
    shot = data.parent / "bench-shot.png"
    for _ in range(STARTS):
        started = time.monotonic()
        result = subprocess.run(
            [str(PROGRAM), "--screenshot", str(shot)], capture_output=True, text=True, env=env
        )
        if result.returncode != 0:
            raise RuntimeError(result.stderr[-2000:])
        marks = dict(
            line.split()
            for line in result.stderr.splitlines()
            if line.startswith(("first", "ready"))
        )
        paints.append((float(marks["first-paint"]) - started) * 1000)
        ready.append((float(marks["ready"]) - started) * 1000)
    return {
        "window_first_paint_ms": statistics.median(paints),
        "window_ready_ms": statistics.median(ready),
    }


def typing_figures(content: Path, data: Path, queries: list[str]) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "EXPERTREADER_CONTENT_DIR": str(content)}
    command = [sys.executable, str(Path(__file__).resolve()), str(data), json.dumps(queries)]
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT)
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-3000:])
    figures: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def _measure_in_window(data: Path, queries: list[str]) -> dict[str, Any]:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from expertreader import paths
    from expertreader.content.library import load_library
    from expertreader.notes.opening import open_store
    from expertreader.ui.app import ExpertReaderUI
    from expertreader.ui.startup import configure_application

    paths.set_data_dir(data)
    app = QApplication([])
    configure_application(app)
    shown_at = time.perf_counter()
    ui = ExpertReaderUI(load_library(paths.content_dir()), remember_window=False)
    ui.attach_notes(*open_store())
    ui.window.show()
    app.processEvents()
    list_ms = (time.perf_counter() - shown_at) * 1000
    clock = QElapsedTimer()
    clock.start()
    beats: list[int] = []
    heartbeat = QTimer()
    heartbeat.setInterval(1)
    heartbeat.timeout.connect(lambda: beats.append(clock.elapsed()))
    heartbeat.start()
    blocked: list[float] = []
    latency: list[float] = []

    def wait(ms: float) -> None:
        end = time.perf_counter() + ms / 1000
        while time.perf_counter() < end:
            app.processEvents()

    for query in queries:
        for end in range(1, len(query) + 1):
            beats.clear()
            before = clock.elapsed()
            ui.window.search.setText(query[:end])  # what a keystroke does
            typed_at = time.perf_counter()
            wait(LETTER_MS if end < len(query) else 0)
            gaps = [b - a for a, b in zip([before, *beats], beats, strict=False)]
            blocked.append(float(max(gaps, default=clock.elapsed() - before)))
        deadline = time.perf_counter() + 5
        while ui.search.shown_generation != ui.search._generation:
            app.processEvents()
            if time.perf_counter() > deadline:
                break
        latency.append((time.perf_counter() - typed_at) * 1000)
        ui.search.leave()
        wait(50)
    heartbeat.stop()
    steps = []
    for _ in range(200):
        started = time.perf_counter()
        ui.window.next_action.trigger()
        app.processEvents()
        steps.append((time.perf_counter() - started) * 1000)
    with Path("/proc/self/status").open(encoding="ascii") as status:
        rss = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
    ui.close_store()
    return {
        "window_list_ms": list_ms,
        "keystroke_blocked_p50_ms": statistics.median(blocked),
        "keystroke_blocked_p95_ms": _percentile(blocked, 0.95),
        "keystroke_blocked_max_ms": max(blocked),
        "results_shown_p50_ms": statistics.median(latency),
        "results_shown_p95_ms": _percentile(latency, 0.95),
        "window_next_question_ms": statistics.median(steps),
        "window_rss_mb": rss / 1024,
    }


if __name__ == "__main__":
    print(json.dumps(_measure_in_window(Path(sys.argv[1]), json.loads(sys.argv[2]))))
