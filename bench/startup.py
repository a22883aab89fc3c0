"""Start-up time of the packaged program against a bare PySide6 window packaged the same way.

Builds what is missing or out of date (ours: ``packaging/build.sh onedir``; the baseline:
``packaging/baseline/bare_window.spec`` into ``build/bench/``), then runs both bundles side by side,
alternating, with ``--screenshot`` under ``QT_QPA_PLATFORM=offscreen``: the time from launch to
process exit, which covers start-up, the first paint, saving the PNG and shutting down. A program
that prints ``first-paint <time.monotonic()>`` on stderr when ``STARTUP_BENCH_FIRST_PAINT`` is set
(the baseline does) is also timed to its first paint, without the PNG and the shutdown. Each
program keeps one data folder across runs (a returning user's start, not the very first one).

Prints figures only; it never passes or fails. The target is ours <= 1.25 x the baseline: when
ours is slower than that (or with ``--why``) it also prints the slowest imports from
``python -X importtime``, the usual culprit.

    python bench/startup.py [--runs N] [--no-build] [--why]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
VENV_PYTHON = ROOT / ".venv" / "bin" / "python"
PYINSTALLER = ROOT / ".venv" / "bin" / "pyinstaller"
OURS = ROOT / "dist" / "expertreader" / "expertreader"
BASELINE_DIR = ROOT / "build" / "bench"
BASELINE = BASELINE_DIR / "dist" / "bare-window" / "bare-window"
BASELINE_SOURCES = [
    ROOT / "packaging" / "baseline" / "bare_window.py",
    ROOT / "packaging" / "baseline" / "bare_window.spec",
    ROOT / "packaging" / "bundle_rules.py",
]
OURS_SOURCES = [ROOT / "src", ROOT / "resources", ROOT / "packaging", ROOT / "pyproject.toml"]
TARGET_RATIO = 1.25
OURS_NAME = "ExpertReader (one-folder)"
BASE_NAME = "bare window (one-folder)"


class Run(NamedTuple):
    exit: float  # seconds from launch to process exit
    first_paint: float | None  # seconds from launch to first paint, when the program reports it
    ready: float | None  # seconds from launch until list, answer and notes are built (ours only)


def newest_mtime(paths: Sequence[Path]) -> float:
    """The newest modification time among the files under ``paths``."""
    newest = 0.0
    for path in paths:
        files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
        for file in files:
            if "__pycache__" not in file.parts:
                newest = max(newest, file.stat().st_mtime)
    return newest


def up_to_date(product: Path, sources: Sequence[Path]) -> bool:
    return product.is_file() and product.stat().st_mtime >= newest_mtime(sources)


def quiet(command: Sequence[str]) -> None:
    """Run a build step; show its output only if it fails."""
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        print((result.stdout + result.stderr)[-4000:])
        raise subprocess.CalledProcessError(result.returncode, command)


def build(no_build: bool) -> None:
    if not up_to_date(OURS, OURS_SOURCES):
        if no_build and OURS.is_file():
            print(f"note: {OURS.relative_to(ROOT)} is older than its sources (--no-build)")
        else:
            print("building ExpertReader (packaging/build.sh onedir) ...", flush=True)
            started = time.perf_counter()
            quiet([str(ROOT / "packaging" / "build.sh"), "onedir"])
            print(f"  built in {time.perf_counter() - started:.0f} s")
    if not up_to_date(BASELINE, BASELINE_SOURCES):
        print("building the bare-window baseline ...", flush=True)
        started = time.perf_counter()
        quiet(
            [
                str(PYINSTALLER),
                "--noconfirm",
                "--log-level",
                "ERROR",
                "--distpath",
                str(BASELINE_DIR / "dist"),
                "--workpath",
                str(BASELINE_DIR / "work"),
                str(ROOT / "packaging" / "baseline" / "bare_window.spec"),
            ]
        )
        print(f"  built in {time.perf_counter() - started:.0f} s")


def run_once(command: Sequence[str], env: dict[str, str], shot: Path) -> Run | None:
    """Seconds from launch to exit of ``command --screenshot shot`` and, if the program reports
    it (``first-paint <time.monotonic()>`` on stderr), to its first paint; None if it failed."""
    shot.unlink(missing_ok=True)
    started = time.monotonic()
    result = subprocess.run(
        [*command, "--screenshot", str(shot)], env=env, capture_output=True, text=True
    )
    elapsed = time.monotonic() - started
    if result.returncode != 0 or not shot.is_file():
        print(f"  run failed ({result.returncode}): {' '.join(command)}\n{result.stderr.strip()}")
        return None
    painted = re.search(r"^first-paint (\d+\.\d+)$", result.stderr, re.MULTILINE)
    ready = re.search(r"^ready (\d+\.\d+)$", result.stderr, re.MULTILINE)
    return Run(
        elapsed,
        float(painted.group(1)) - started if painted else None,
        float(ready.group(1)) - started if ready else None,
    )


def measure(programs: dict[str, list[str]], runs: int, scratch: Path) -> dict[str, list[Run]]:
    """Run every program ``runs`` times, alternating, after one untimed warm-up run each."""
    home = scratch / "home"
    home.mkdir()
    envs = {}
    for name in programs:
        data = scratch / f"data-{name.replace(' ', '-')}"
        envs[name] = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "EXPERTREADER_DATA_DIR": str(data),
            "STARTUP_BENCH_FIRST_PAINT": "1",
        }
    shot = scratch / "shot.png"
    times: dict[str, list[Run]] = {name: [] for name in programs}
    for name, command in programs.items():  # warm-up: page cache, first-run data folder
        run_once(command, envs[name], shot)
    for _ in range(runs):
        for name, command in programs.items():
            if (run := run_once(command, envs[name], shot)) is not None:
                times[name].append(run)
    return times


def slowest_imports(limit: int = 15) -> None:
    """Where our start-up goes: ``python -X importtime`` of the source tree's screenshot run."""
    with tempfile.TemporaryDirectory() as scratch:
        shot = str(Path(scratch) / "shot.png")
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "EXPERTREADER_DATA_DIR": scratch,
        }
        result = subprocess.run(
            [str(VENV_PYTHON), "-X", "importtime", "-m", "expertreader", "--screenshot", shot],
            env=env,
            capture_output=True,
            text=True,
        )
    rows = []
    for line in result.stderr.splitlines():
        if line.startswith("import time:") and "|" in line and "self [us]" not in line:
            own_text, total_text, name = (
                part.strip() for part in line[len("import time:") :].split("|")
            )
            rows.append((int(own_text), int(total_text), name))
    print(f"\nslowest imports by own time (python -X importtime, top {limit}):")
    for own, total, name in sorted(rows, reverse=True)[:limit]:
        print(f"  {own / 1000:7.1f} ms own {total / 1000:7.1f} ms with children  {name}")
    ours = [row for row in rows if row[2].startswith("expertreader")]
    print("our modules by time including what they import:")
    for _, total, name in sorted(ours, key=lambda row: row[1], reverse=True)[:limit]:
        print(f"  {total / 1000:7.1f} ms  {name}")


def describe(name: str, values: Sequence[float]) -> str:
    if not values:
        return f"{name:<28} no successful run"
    ms = sorted(v * 1000 for v in values)
    return (
        f"{name:<28} median {statistics.median(ms):6.0f} ms"
        f"   min {ms[0]:5.0f}   max {ms[-1]:5.0f}   runs {len(ms)}"
    )


def report(title: str, times: dict[str, list[float]]) -> float | None:
    """Print one table; return the ratio ExpertReader / bare window of the medians."""
    print(title)
    for name, values in times.items():
        print("  " + describe(name, values))
    ours, base = times.get(OURS_NAME), times.get(BASE_NAME)
    if not (ours and base):
        return None
    ratio = statistics.median(ours) / statistics.median(base)
    verdict = "within" if ratio <= TARGET_RATIO else "ABOVE"
    print(f"  ratio ExpertReader / bare window: {ratio:.2f} ({verdict} {TARGET_RATIO} target)")
    return ratio


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9, help="timed runs per program (default 9)")
    parser.add_argument("--no-build", action="store_true", help="use existing bundles as they are")
    parser.add_argument("--why", action="store_true", help="always show the slowest imports")
    args = parser.parse_args(argv)

    try:
        build(args.no_build)
    except (subprocess.CalledProcessError, OSError) as error:
        print(f"could not build the bundles: {error}")
        return 1
    programs = {
        OURS_NAME: [str(OURS)],
        BASE_NAME: [str(BASELINE)],
        "ExpertReader (source tree)": [str(VENV_PYTHON), "-m", "expertreader"],
    }
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as scratch:
        runs = measure(programs, max(args.runs, 1), Path(scratch))

    setting = f"QT_QPA_PLATFORM=offscreen, {args.runs} runs each, alternating"
    ratio = report(
        f"\nlaunch to exit of --screenshot ({setting}):",
        {name: [run.exit for run in values] for name, values in runs.items()},
    )
    painted = {
        name: [run.first_paint for run in values if run.first_paint is not None]
        for name, values in runs.items()
    }
    if silent := [name for name, values in painted.items() if not values]:
        print(f"\n(no first-paint report from: {', '.join(silent)})")
    if painted[OURS_NAME] and painted[BASE_NAME]:
        reported = {name: values for name, values in painted.items() if values}
        ratio = report(f"\nlaunch to first paint ({setting}):", reported)
    ready = {
        name: [run.ready for run in values if run.ready is not None]
        for name, values in runs.items()
    }
    if all(ready[name] for name in (OURS_NAME, "ExpertReader (source tree)")):
        print("\nlaunch to reading view ready (list, answer, notes built; ours only):")
        for name in (OURS_NAME, "ExpertReader (source tree)"):
            print("  " + describe(name, ready[name]))
    for label, path in (("one-folder", OURS.parent), ("bare window", BASELINE.parent)):
        size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())
        print(f"  size {label}: {size / 1e6:.1f} MB")
    if args.why or (ratio is not None and ratio > TARGET_RATIO):
        slowest_imports()
    return 0


if __name__ == "__main__":
    sys.exit(main())
