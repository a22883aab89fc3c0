"""A save that returned survives SIGKILL at any moment, and the file is never left damaged.

A child process edits notes in a loop and reports each save on stdout only after the store call
returned. The parent kills it at random moments, reopens the file like the next launch would,
and checks every reported save is there with its content.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from expertreader.notes.store import NotesStore

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

CYCLES = 32
TIME_BUDGET_S = 12.0

# Runs in the child. Protocol, one tab-separated line per event:
#   BEGIN <kind> <key> <digest>   before a store call (the call may or may not have happened)
#   OK    <kind> <key> <digest>   after it returned: it must survive any kill from now on
# kind: answer (key qa id), note (key uid), bookmark (key qa id); digest "-" means "absent".
CHILD = r"""
import hashlib, random, sys
from pathlib import Path
from expertreader.notes.model import Passage
from expertreader.notes.store import NotesStore

db, seed = Path(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
store = NotesStore.open(db).store
uids = [n.uid for n in store.notes() if n.passage is not None]

def say(*parts):
    print(*parts, sep="\t", flush=True)

def digest(text):
    return hashlib.sha256(text.encode()).hexdigest()[:16]

say("READY")
step = 0
while True:
    step += 1
    padding = "x" * rng.choice([0, 0, 0, 2000, 20000])
    text = f"s{seed}-{step} " + "é✓ " * rng.randrange(1, 30) + padding
    roll = rng.random()
    if roll < 0.3:
        qa = f"q{rng.randrange(12)}"
        if rng.random() < 0.1:
            text = ""
        say("BEGIN", "answer", qa, digest(text) if text else "-")
        store.save_answer_note(qa, text)
        say("OK", "answer", qa, digest(text) if text else "-")
    elif roll < 0.55 or not uids:
        passage = Passage("exact", "pre", "suf", step, step + 5)
        say("BEGIN", "note", "new", digest(text))
        note = store.add_passage_note(f"q{rng.randrange(12)}", passage, text)
        uids.append(note.uid)
        say("OK", "note", note.uid, digest(text))
    elif roll < 0.85:
        uid = rng.choice(uids)
        say("BEGIN", "note", uid, digest(text))
        store.update_note(uid, text)
        say("OK", "note", uid, digest(text))
    elif roll < 0.95:
        uid = uids.pop(rng.randrange(len(uids)))
        say("BEGIN", "note", uid, "-")
        store.delete_note(uid)
        say("OK", "note", uid, "-")
    else:
        qa = f"q{rng.randrange(12)}"
        on = rng.random() < 0.5
        say("BEGIN", "bookmark", qa, "on" if on else "-")
        store.add_bookmark(qa) if on else store.remove_bookmark(qa)
        say("OK", "bookmark", qa, "on" if on else "-")
"""


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


State = dict[tuple[str, str], str]


def _state(db: Path) -> State:
    """Reopen the file as the next launch would; it must need no repair."""
    result = NotesStore.open(db)
    assert result.recovery is None, result.recovery.message
    with result.store as store:
        assert store.integrity_check() == "ok"
        state: State = {}
        for note in store.notes():
            kind = "note" if note.passage is not None else "answer"
            state[(kind, note.uid if note.passage is not None else note.qa_id)] = _digest(note.text)
        for qa_id in store.bookmarked_ids():
            state[("bookmark", qa_id)] = "on"
    return state


@dataclass
class _Run:
    lines: list[str] = field(default_factory=list)
    ready: threading.Event = field(default_factory=threading.Event)


def _read(stream: object, run: _Run) -> None:
    """Drain the child's stdout so it never blocks on a full pipe; only whole lines count."""
    assert hasattr(stream, "read")
    buffer = ""
    while chunk := stream.read(4096):
        buffer += chunk
        *whole, buffer = buffer.split("\n")
        for line in whole:
            if line == "READY":
                run.ready.set()
            run.lines.append(line)


def _run_child(db: Path, seed: int, rng: random.Random, during_startup: bool) -> list[str]:
    env = dict(os.environ)
    src = str(Path(__file__).resolve().parents[2] / "src")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [src, env.get("PYTHONPATH")]))
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=env,
    )
    run = _Run()
    reader = threading.Thread(target=_read, args=(child.stdout, run), daemon=True)
    reader.start()
    if during_startup:  # the kill lands in imports, open, integrity check or WAL recovery
        delay = rng.uniform(0.02, 0.15)
    else:
        assert run.ready.wait(10), "child did not start"
        delay = rng.uniform(0.02, 0.3)
    try:
        child.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)
    reader.join(timeout=10)
    assert child.stderr is not None
    errors = child.stderr.read()
    child.stdout.close()  # type: ignore[union-attr]
    child.stderr.close()
    assert child.returncode == -signal.SIGKILL, errors
    return run.lines


def test_reported_saves_survive_sigkill(tmp_path: Path) -> None:
    db = tmp_path / "crash" / "notes.db"
    NotesStore.open(db).store.close()
    rng = random.Random(20261124)
    expected: State = {}
    started = time.monotonic()
    cycles = confirmed = killed_mid_write = 0
    while cycles < CYCLES and time.monotonic() - started < TIME_BUDGET_S:
        cycles += 1
        lines = _run_child(db, cycles, rng, during_startup=cycles % 4 == 0)
        in_flight: tuple[tuple[str, str], str] | None = None
        for line in lines:
            parts = line.split("\t")
            if len(parts) != 4:
                continue
            event, kind, key, value = parts
            if event == "BEGIN":
                in_flight = ((kind, key), value)
            elif event == "OK":
                in_flight = None
                confirmed += 1
                if value == "-":
                    expected.pop((kind, key), None)
                else:
                    expected[(kind, key)] = value
        killed_mid_write += in_flight is not None

        actual = _state(db)
        for record, value in expected.items():
            if actual.get(record) == value:
                continue
            # Only the save the kill interrupted may differ, and only to its new value.
            assert in_flight is not None and in_flight[0] == record, (cycles, record, value)
            assert actual.get(record, "-") == in_flight[1], (cycles, record)
        expected = actual  # what is on disk now is what later cycles must keep

    elapsed = time.monotonic() - started
    print(
        f"\ncrash test: {cycles} SIGKILL cycles, {confirmed} reported saves checked, "
        f"{killed_mid_write} kills during a save, {elapsed:.1f} s"
    )
    assert cycles >= 15
    assert confirmed > cycles
    assert killed_mid_write > 0
