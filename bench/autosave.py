"""How long an autosave takes: latency of save_answer_note commits (WAL, synchronous=FULL).

Prints figures; it does not pass or fail. The UI saves as the user types (debounced), so p95
should stay well under a frame budget's worth of tens of milliseconds on an ordinary laptop.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

from expertreader.notes import backup
from expertreader.notes.model import Passage
from expertreader.notes.store import NotesStore

EDITS = 500
QUESTIONS = 50


def _ms(seconds: list[float]) -> str:
    ordered = sorted(seconds)
    p50 = statistics.median(ordered) * 1000
    p95 = ordered[int(len(ordered) * 0.95) - 1] * 1000
    return f"p50 {p50:6.2f} ms   p95 {p95:6.2f} ms   max {ordered[-1] * 1000:6.2f} ms"


def main() -> None:
    rng = random.Random(1)
    with tempfile.TemporaryDirectory(prefix="expertreader-bench-") as folder:
        db = Path(folder) / "notes.db"

        started = time.perf_counter()
        store = NotesStore.open(db).store
        opened_new = time.perf_counter() - started

        # A realistic user: a few hundred notes already, then typing into one note.
        for number in range(QUESTIONS):
            store.add_bookmark(f"q{number}")
            store.add_passage_note(f"q{number}", Passage("x", "", "", 0, 1), "passage " * 20)

        text = ""
        saves: list[float] = []
        for _ in range(EDITS):
            text += rng.choice("abcdefghij klmnop ")
            qa_id = f"q{rng.randrange(QUESTIONS)}" if rng.random() < 0.1 else "q0"
            started = time.perf_counter()
            store.save_answer_note(qa_id, text)
            saves.append(time.perf_counter() - started)

        started = time.perf_counter()
        made = store.backup("bench")
        backup_s = time.perf_counter() - started
        store.close()

        started = time.perf_counter()
        store = NotesStore.open(db).store
        reopened = time.perf_counter() - started
        store.close()

        size_kb = db.stat().st_size / 1024
        print(f"autosave: {EDITS} save_answer_note commits   {_ms(saves)}")
        print(
            f"open new file {opened_new * 1000:.1f} ms; reopen with integrity_check "
            f"{reopened * 1000:.1f} ms ({size_kb:.0f} KB); verified backup {backup_s * 1000:.1f} ms"
        )
        print(f"backup good: {backup.is_good_backup(made)}")


if __name__ == "__main__":
    main()
