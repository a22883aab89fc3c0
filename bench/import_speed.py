"""How long importing a large notes file takes (issue 8: linear time, 20 MB within 10 s).

Prints the file size, the number of annotations and the seconds for reading and merging, into a
new data folder and again into the same one (which must add nothing).
Run: ``.venv/bin/python bench/import_speed.py [MEGABYTES]`` (default 19.5).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path

from expertreader.content.library import Library
from expertreader.export.annotations import to_annotation_collection
from expertreader.export.service import import_notes
from expertreader.notes.model import Note, Passage
from expertreader.notes.store import NotesStore


def main(megabytes: float) -> None:
    now = dt.datetime(2026, 11, 24, tzinfo=dt.UTC)
    per_note = len(_compact(_notes(100, now), now)) / 100
    count = int(megabytes * 1_000_000 * 0.99 / per_note)
    notes = _notes(count, now)
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "big.json"
        source.write_text(_compact(notes, now), encoding="utf-8")
        size = source.stat().st_size / 1e6
        with NotesStore.open(Path(folder) / "data" / "notes.db").store as store:
            for attempt in ("new data folder", "same file again"):
                started = time.perf_counter()
                summary = import_notes(store, Library(), source)
                seconds = time.perf_counter() - started
                print(
                    f"{attempt}: {size:.1f} MB, {count} passage notes: {seconds:.1f} s "
                    f"({summary.added} added, {summary.unchanged} unchanged)"
                )


def _compact(notes: list[Note], now: dt.datetime) -> str:
    """As other tools write it: no indentation."""
    collection = to_annotation_collection([], notes, exported_at=now)
    return json.dumps(collection, ensure_ascii=False, separators=(",", ":"))


def _notes(count: int, now: dt.datetime) -> list[Note]:
    qa_ids = [f"{n:016x}" for n in range(5)]
    notes = [
        Note(
            qa_ids[n % 5],
            f"Note {n}: ask about the scan results.",
            now,
            now,
            uid=f"urn:uuid:00000000-0000-4000-8000-{n:012d}",
            passage=Passage(f"passage {n}", "before ", " after", n % 500, n % 500 + 9),
        )
        for n in range(count)
    ]
    return notes


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 19.5)
