"""How the program scales with its library: index build, later start, search latency, memory.

For the one bundled article, 1,000 Q&As and 100,000 Q&As (generated, deterministic: see
``bench/library_text.py``; the generated folders are kept in ``build/bench/library/``), with a
notes database of K notes made through ``NotesStore``, it prints:

- first start: the content index built from the files (Library.open with an empty data folder);
- later start: Library.open with the index in place, then the list (article records and the
  first article's questions), a lookup by id and next question;
- search: every prefix of every query in QUERIES as it is typed ("s", "se", "sec", ...), each a
  full search (questions, answers and notes, ranked, with snippets): p50, p95 and max;
- memory: resident set (RSS) after opening, after searching, and the peak.

Each size runs in fresh processes, so memory is that of one library alone. Window figures (start
to first paint, per-keystroke blocking, next question in the window) are added as functions in
WINDOW_FIGURES once the window uses the index: each gets the Case and returns named figures.

Prints figures; it never passes or fails. Targets at 100,000 Q&As (issue 10): first build
<= 15 s, results within 100 ms of the last keystroke (p95), RSS <= 150 MB for the whole program.

    python bench/library.py [--sizes bundled,1000,100000] [--notes K] [--seed N]
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
GENERATED = ROOT / "build" / "bench" / "library"
BUNDLED = ROOT / "resources" / "content"

QUERIES = [
    "second opinion",
    "clinical trials",
    "secnd opinon",
    "side effects of chemotherapy",
    '"bone scan"',
    "fatigue after treatment",
    "offended",
    "clincal",
    "okafor",
    "tuesday",
    "how do i know if treatment is still working",
]
"""Typed one letter at a time; "tuesday" is only in the notes, the misspelt ones nowhere."""
TYPING_ROUNDS = 3
"""The window types the list this many times: a p95 over 11 queries would be their maximum."""


@dataclass(frozen=True)
class Case:
    name: str
    content: Path
    articles: int
    questions: int


def _window_start(case: Case, data: Path) -> dict[str, float]:
    figures: dict[str, float] = _window_module().startup_figures(case.content, data)
    return figures


def _window_typing(case: Case, data: Path) -> dict[str, float]:
    typed = QUERIES * TYPING_ROUNDS
    figures: dict[str, float] = _window_module().typing_figures(case.content, data, typed)
    return figures


def _window_module() -> Any:
    sys.path.insert(0, str(BENCH))
    return importlib.import_module("library_window")


WINDOW_FIGURES: list[Callable[[Case, Path], dict[str, float]]] = [_window_start, _window_typing]
"""Figures measured through the window itself (bench/library_window.py)."""


# --- the parent: cases, processes, the table -------------------------------------------------


def case_for(size: str, seed: int) -> Case:
    if size == "bundled":
        return Case("bundled article", BUNDLED, 1, 0)
    if "x" in size:
        articles, questions = (int(part) for part in size.split("x"))
    else:
        total = int(size)
        articles, questions = max(1, total // 100), min(100, total)
    folder = GENERATED / f"{articles}x{questions}-seed{seed}"
    if not (folder / ".complete").is_file():
        print(f"generating {articles} articles x {questions} questions ...", flush=True)
        sys.path.insert(0, str(BENCH))
        write_library = importlib.import_module("library_text").write_library
        write_library(folder, articles, questions, seed)
        (folder / ".complete").write_text("ok\n", encoding="utf-8")
    return Case(f"{articles * questions:,} Q&As", folder, articles, questions)


def child(mode: str, case: Case, data: Path) -> dict[str, float]:
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        mode,
        "--content",
        str(case.content),
        "--data",
        str(data),
    ]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if result.returncode != 0:
        raise RuntimeError(f"{mode} failed:\n{result.stderr[-3000:]}")
    if result.stderr.strip():
        print(result.stderr.rstrip())
    figures: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def make_notes(data: Path, case: Case, count: int, seed: int) -> int:
    """``count`` notes (fewer if the library is smaller) on random Q&As, through NotesStore.

    Made after the first start (notes play no part in building the index)."""
    import random

    sys.path.insert(0, str(BENCH))
    from expertreader import paths
    from expertreader.content.library import Library
    from expertreader.notes.store import NotesStore

    TextMaker = importlib.import_module("library_text").TextMaker  # noqa: N806 - a class

    paths.set_data_dir(data)
    library = Library.open(case.content)  # the first start has built the index
    rng = random.Random(seed)
    maker = TextMaker(seed)
    infos = library.article_infos()
    qa_ids = []
    for _ in range(count):
        info = rng.choice(infos)
        qa_ids.append(rng.choice(library.questions(info.id)).id)
    qa_ids = list(dict.fromkeys(qa_ids))
    with NotesStore.open(data / "notes.db").store as store:
        for qa_id in qa_ids:
            store.save_answer_note(qa_id, maker.note())
    library.close()
    return len(qa_ids)


def run_case(case: Case, notes: int, seed: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="expertreader-bench-") as scratch:
        data = Path(scratch) / "data"
        figures = child("first", case, data)
        figures["notes"] = float(make_notes(data, case, notes, seed))
        figures |= child("later", case, data)
        for measure in WINDOW_FIGURES:
            figures |= measure(case, data)
    return figures


ROWS = [
    ("Q&As", "qas", "{:,.0f}"),
    ("notes", "notes", "{:,.0f}"),
    ("index file (MB)", "index_mb", "{:.1f}"),
    ("first start: build index (s)", "build_s", "{:.2f}"),
    ("later start: open index (ms)", "open_ms", "{:.1f}"),
    ("show the list (ms)", "list_ms", "{:.2f}"),
    ("look up by id (ms)", "find_ms", "{:.3f}"),
    ("next question (ms)", "next_ms", "{:.3f}"),
    ("search p50 (ms)", "search_p50_ms", "{:.1f}"),
    ("search p95 (ms)", "search_p95_ms", "{:.1f}"),
    ("search max (ms)", "search_max_ms", "{:.1f}"),
    ("searches timed", "searches", "{:.0f}"),
    ("RSS after open (MB)", "rss_open_mb", "{:.1f}"),
    ("RSS after searching (MB)", "rss_search_mb", "{:.1f}"),
    ("peak RSS, later start (MB)", "rss_peak_mb", "{:.1f}"),
    ("peak RSS, first build (MB)", "build_peak_mb", "{:.1f}"),
    ("window: later start to first paint (ms)", "window_first_paint_ms", "{:.0f}"),
    ("window: ... to the reading view (ms)", "window_ready_ms", "{:.0f}"),
    ("window: show the list (ms)", "window_list_ms", "{:.0f}"),
    ("window: keystroke blocked p50 (ms)", "keystroke_blocked_p50_ms", "{:.1f}"),
    ("window: keystroke blocked p95 (ms)", "keystroke_blocked_p95_ms", "{:.1f}"),
    ("window: keystroke blocked max (ms)", "keystroke_blocked_max_ms", "{:.1f}"),
    ("window: results shown p50 (ms)", "results_shown_p50_ms", "{:.1f}"),
    ("window: results shown p95 (ms)", "results_shown_p95_ms", "{:.1f}"),
    ("window: next question (ms)", "window_next_question_ms", "{:.1f}"),
    ("window: RSS after typing (MB)", "window_rss_mb", "{:.1f}"),
]


def report(results: dict[str, dict[str, float]]) -> None:
    width = max(len(label) for label, _, _ in ROWS) + 2
    names = list(results)
    print("\n" + "".ljust(width) + "".join(f"{name:>18}" for name in names))
    for label, key, fmt in ROWS:
        cells = [fmt.format(results[name][key]) if key in results[name] else "-" for name in names]
        print(label.ljust(width) + "".join(f"{cell:>18}" for cell in cells))
    extra = sorted({key for figures in results.values() for key in figures} - {r[1] for r in ROWS})
    for key in extra:
        cells = [f"{results[name].get(key, float('nan')):.2f}" for name in names]
        print(key.ljust(width) + "".join(f"{cell:>18}" for cell in cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="bundled,1000,100000")
    parser.add_argument("--notes", type=int, default=300, metavar="K")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--child", choices=["first", "later"], help=argparse.SUPPRESS)
    parser.add_argument("--content", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        figures = first_start(args.content, args.data) if args.child == "first" else later(args)
        print(json.dumps(figures))
        return
    results = {}
    for size in args.sizes.split(","):
        case = case_for(size.strip(), args.seed)
        print(f"measuring: {case.name} ...", flush=True)
        results[case.name] = run_case(case, args.notes, args.seed)
    report(results)


# --- the children: one library per process ---------------------------------------------------


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident set of this process in MB."""
    try:
        fields = dict(
            line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines()
        )
        return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024
    except (OSError, KeyError, ValueError):
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return peak, peak


def first_start(content: Path, data: Path) -> dict[str, float]:
    from expertreader import paths
    from expertreader.content.library import Library

    paths.set_data_dir(data)
    started = time.perf_counter()
    library = Library.open(content, progress=lambda done, total: None)
    built = time.perf_counter() - started
    assert library.index.report.how in {"built", "prebuilt"}, library.index.report
    path = library.index.path
    return {
        "build_s": built,
        "index_mb": path.stat().st_size / 1e6 if path else 0.0,
        "build_peak_mb": rss_mb()[1],
    }


def later(args: argparse.Namespace) -> dict[str, float]:
    from expertreader import paths
    from expertreader.content.library import Library
    from expertreader.notes.store import NotesStore
    from expertreader.search.engine import SearchEngine
    from expertreader.search.notes import NotesFeed

    paths.set_data_dir(args.data)
    started = time.perf_counter()
    library = Library.open(args.content)
    opened = time.perf_counter() - started
    assert library.index.report.how in {"cache", "prebuilt"}, library.index.report
    rss_open = rss_mb()[0]

    started = time.perf_counter()
    infos = library.article_infos()
    questions = library.questions(infos[0].id)
    listed = time.perf_counter() - started
    qas = sum(info.question_count for info in infos)
    middle = library.questions(infos[len(infos) // 2].id)
    find_s = _each(lambda: library.find(middle[-1].id), 200)
    next_s = _each(lambda: library.adjacent(middle[-1].id, 1), 200)

    with NotesStore.open(args.data / "notes.db").store as store:
        feed = NotesFeed.from_store(store)
    engine = SearchEngine(library, feed)
    engine.search("warm up")
    latencies = []
    timed: list[tuple[float, str]] = []
    for query in QUERIES:
        for typed in range(1, len(query) + 1):
            started = time.perf_counter()
            engine.search(query[:typed], limit=50)
            latencies.append(time.perf_counter() - started)
            timed.append((latencies[-1], query[:typed]))
    ordered = sorted(latencies)
    for seconds, typed_query in sorted(timed)[-3:]:
        print(f"  slowest: {typed_query!r} {seconds * 1000:.1f} ms", file=sys.stderr)
    rss_search, peak = rss_mb()
    assert questions
    return {
        "qas": float(qas),
        "open_ms": opened * 1000,
        "list_ms": listed * 1000,
        "find_ms": find_s * 1000,
        "next_ms": next_s * 1000,
        "search_p50_ms": statistics.median(ordered) * 1000,
        "search_p95_ms": ordered[max(0, int(len(ordered) * 0.95) - 1)] * 1000,
        "search_max_ms": ordered[-1] * 1000,
        "searches": float(len(ordered)),
        "rss_open_mb": rss_open,
        "rss_search_mb": rss_search,
        "rss_peak_mb": peak,
    }


def _each(action: Callable[[], object], times: int) -> float:
    started = time.perf_counter()
    for _ in range(times):
        action()
    return (time.perf_counter() - started) / times


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
