"""SIGKILL at any moment: reported saves survive, nothing deleted comes back, history and bin keep.

A child process works on the notes in a loop (notes written, edited, deleted, undone and restored
from the bin; bookmarks set, removed and restored) and reports each call on stdout before it
starts and after it returned. The parent kills it at random moments, reopens the file like the
next launch would (it must need no repair), and compares it with a model of everything the child
reported: the same notes and bookmarks, no more and no fewer (a deleted one that came back is a
failure); every text a note was saved with still in its history (as a version, or the start of
one: ``history.types_on`` folds typing on into the next save); everything deleted in the bin,
and nothing restored still there. Only the call the kill interrupted may have gone either way,
as a whole.

The check is run against broken stores too (a delete that does nothing, a history or bin that
forgets, ...): it must catch each one. A store with ``synchronous = OFF`` passes here, rightly: a
killed process loses nothing the operating system has been handed. Power cuts are
tests/durability/test_power_cut.py's work.
"""

from __future__ import annotations

import copy
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

from expertreader.notes.history import types_on
from expertreader.notes.store import NotesStore

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

CYCLES = 32
TIME_BUDGET_S = 12.0

# Runs in the child: argv = notes file, seed, a mutant's code (or ""). One tab-separated line
# per event, BEGIN before a store call and OK after it returned (with what it made):
#   answer <qa> <uid before|-> <head|-> <pad>  OK adds <uid after|->   (head "-": a blank save)
#   add <qa> <head> <pad>                      OK adds <uid>
#   update <uid> <head> <pad> | delete <uid> | undo <uid> | unbin <uid>
#   mark <qa> | unmark <qa> <uid|-> | remark <qa> <uid>
# A note's text is <head> followed by <pad> times "x".
CHILD = r"""
import random, sys
from pathlib import Path
from expertreader.notes import bin, history
from expertreader.notes.model import Note, Passage
from expertreader.notes.store import NotesStore

db, seed, mutant = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
exec(mutant)
rng = random.Random(seed)
store = NotesStore.open(db).store
deleted_notes = {i.record.uid: i for i in store.bin_items()
                 if isinstance(i.record, Note) and i.record.passage is not None}
removed_marks = {i.record.uid: i.record for i in store.bin_items() if i.kind == "bookmark"}

def say(*parts):
    print(*parts, sep="\t", flush=True)

def passage_uids():
    return [n.uid for n in store.notes() if n.passage is not None]

say("READY")
step = 0
while True:
    step += 1
    head = f"s{seed}-{step} " + "é✓ " * rng.randrange(1, 30)
    pad = rng.choice([0, 0, 0, 2000, 20000])
    text = head + "x" * pad
    roll, qa, uids = rng.random(), f"q{rng.randrange(12)}", passage_uids()
    if roll < 0.25:
        blank = rng.random() < 0.15
        before = store.answer_note(qa)
        args = ("answer", qa, before.uid if before else "-", "-" if blank else head, pad)
        say("BEGIN", *args)
        note = store.save_answer_note(qa, "" if blank else text)
        say("OK", *args, note.uid if note else "-")
    elif roll < 0.45 or not uids:
        say("BEGIN", "add", qa, head, pad)
        note = store.add_passage_note(qa, Passage("exact", "pre", "suf", step, step + 5), text)
        say("OK", "add", qa, head, pad, note.uid)
    elif roll < 0.65:
        uid = rng.choice(uids)
        if rng.random() < 0.4:  # typing on at the end: history may fold it into the last save
            note = store.note(uid)
            head, pad = note.text.rstrip("x"), note.text.count("x") + rng.randrange(1, 50)
            text = head + "x" * pad
        say("BEGIN", "update", uid, head, pad)
        store.update_note(uid, text)
        say("OK", "update", uid, head, pad)
    elif roll < 0.75:
        uid = rng.choice(uids)
        say("BEGIN", "delete", uid)
        store.delete_note(uid)
        say("OK", "delete", uid)
        deleted_notes[uid] = None
    elif roll < 0.83 and deleted_notes:
        uid = rng.choice(sorted(deleted_notes))
        item = next((i for i in store.bin_items() if i.record.uid == uid), None)
        del deleted_notes[uid]
        if item is None:
            continue
        if rng.random() < 0.5:
            say("BEGIN", "undo", uid)
            store.restore_note(item.record)
            say("OK", "undo", uid)
        else:
            say("BEGIN", "unbin", uid)
            store.restore_from_bin(item.id)
            say("OK", "unbin", uid)
    elif roll < 0.91:
        say("BEGIN", "mark", qa)
        store.add_bookmark(qa)
        say("OK", "mark", qa)
    elif roll < 0.97 or not removed_marks:
        mark = next((b for b in store.bookmarks() if b.qa_id == qa), None)
        say("BEGIN", "unmark", qa, mark.uid if mark else "-")
        store.remove_bookmark(qa)
        say("OK", "unmark", qa, mark.uid if mark else "-")
        if mark:
            removed_marks[mark.uid] = mark
    else:
        mark = removed_marks.pop(rng.choice(sorted(removed_marks)))
        say("BEGIN", "remark", mark.qa_id, mark.uid)
        store.restore_bookmark(mark)
        say("OK", "remark", mark.qa_id, mark.uid)
"""

# Broken stores the check must catch (run in the child before the store opens).
MUTANTS = {
    "delete_note keeps the note": "NotesStore.delete_note = lambda self, uid: self.note(uid)",
    "remove_bookmark keeps the bookmark": ("NotesStore.remove_bookmark = lambda self, qa_id: None"),
    "history keeps nothing": "history.record = lambda *args: None",
    "history keeps only the newest version": (
        "real_record = history.record\n"
        "def record(conn, uid, text, saved):\n"
        "    conn.execute('DELETE FROM note_versions WHERE note_uid = ?', (uid,))\n"
        "    real_record(conn, uid, text, saved)\n"
        "history.record = record"
    ),
    "the bin keeps nothing": "bin.put = lambda *args: None",
    "a restored note stays in the bin": "bin.discard_restored = lambda *args: None",
}


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _text(head: str, pad: str) -> str:
    return head + "x" * int(pad)


@dataclass
class Model:
    """What the child reported: the records by key, the texts each note was saved with, the bin."""

    records: dict[tuple[str, str], str] = field(default_factory=dict)  # value: digest or "on"
    saved: dict[str, list[str]] = field(default_factory=dict)  # uid -> texts, oldest first
    last_text: dict[str, str] = field(default_factory=dict)
    binned: set[tuple[str, str]] = field(default_factory=set)
    restored: set[tuple[str, str]] = field(default_factory=set)

    def apply(self, op: str, args: list[str], made: str | None) -> None:
        """The effect of one call; ``made`` is the uid it returned (None: not reported)."""
        if op == "answer":
            qa, before, head, pad = args
            if head == "-":
                if before != "-":
                    self.records.pop(("answer", qa), None)
                    self._bin(("note", before))
                return
            self.records[("answer", qa)] = _digest(_text(head, pad))
            uid = made if made not in (None, "-") else None
            if uid is not None:
                self._save(uid, _text(head, pad))
        elif op in ("add", "update"):
            key, head, pad = args
            uid = made if op == "add" else key
            if uid is not None:
                self.records[("note", uid)] = _digest(_text(head, pad))
                self._save(uid, _text(head, pad))
        elif op == "delete":
            self.records.pop(("note", args[0]), None)
            self._bin(("note", args[0]))
        elif op in ("undo", "unbin"):
            uid = args[0]
            self.records[("note", uid)] = _digest(self.last_text[uid])
            self.binned.discard(("note", uid))
            self.restored.add(("note", uid))
        elif op == "mark":
            self.records[("bookmark", args[0])] = "on"
        elif op == "unmark":
            qa, uid = args
            self.records.pop(("bookmark", qa), None)
            if uid != "-":
                self._bin(("bookmark", uid))
        elif op == "remark":
            qa, uid = args
            self.records[("bookmark", qa)] = "on"
            self.binned.discard(("bookmark", uid))
            self.restored.add(("bookmark", uid))

    def _save(self, uid: str, text: str) -> None:
        self.saved.setdefault(uid, []).append(text)
        self.last_text[uid] = text

    def _bin(self, key: tuple[str, str]) -> None:
        self.binned.add(key)
        self.restored.discard(key)


@dataclass
class OnDisk:
    """The notes file as the next launch opens it."""

    records: dict[tuple[str, str], str]
    uids: dict[tuple[str, str], str]  # record key -> the uid of the note or bookmark
    versions: dict[str, list[str]]
    binned: set[tuple[str, str]]


def _on_disk(db: Path) -> OnDisk:
    result = NotesStore.open(db)
    assert result.recovery is None, result.recovery.message  # never left needing repair
    with result.store as store:
        assert store.integrity_check() == "ok"
        records: dict[tuple[str, str], str] = {}
        uids: dict[tuple[str, str], str] = {}
        for note in store.notes():
            key = ("note", note.uid) if note.passage is not None else ("answer", note.qa_id)
            records[key], uids[key] = _digest(note.text), note.uid
        for mark in store.bookmarks():
            records[("bookmark", mark.qa_id)], uids[("bookmark", mark.qa_id)] = "on", mark.uid
        versions = {uid: [v.text for v in store.versions(uid)] for uid in set(uids.values())}
        binned = {(item.kind, item.record.uid) for item in store.bin_items()}
        for _, uid in binned:
            versions.setdefault(uid, [v.text for v in store.versions(uid)])
    return OnDisk(records, uids, versions, binned)


def _versions_of(disk: OnDisk, db: Path, uid: str) -> list[str]:
    if uid not in disk.versions:
        with NotesStore.open(db).store as store:
            disk.versions[uid] = [v.text for v in store.versions(uid)]
    return disk.versions[uid]


def _adopt(model: Model, in_flight: tuple[str, list[str]] | None, disk: OnDisk) -> Model:
    """The model with the interrupted call applied if the file shows it happened, else as is."""
    if in_flight is None:
        return model
    op, args = in_flight
    after = copy.deepcopy(model)
    made = None
    if op == "add":  # its uid was never reported: find the new note by its text
        digest = _digest(_text(args[1], args[2]))
        made = next(
            (
                uid
                for (kind, uid), value in disk.records.items()
                if kind == "note" and value == digest and ("note", uid) not in model.records
            ),
            None,
        )
    after.apply(op, args, made)
    changed = {
        key
        for key in {*model.records, *after.records}
        if model.records.get(key) != after.records.get(key)
    }
    binned = model.binned ^ after.binned  # a restore can change the bin alone
    if not changed and not binned:
        return model
    shows_records = all(disk.records.get(key) == after.records.get(key) for key in changed)
    shows_bin = all((key in disk.binned) == (key in after.binned) for key in binned)
    return after if shows_records and shows_bin else model


def _violations(model: Model, disk: OnDisk, db: Path) -> list[str]:
    found = []
    for key in sorted({*model.records, *disk.records}):
        want, have = model.records.get(key), disk.records.get(key)
        if want != have:
            what = "lost" if have is None else "came back" if want is None else "changed"
            found.append(f"{key} {what} (reported {want}, found {have})")
    for uid, texts in model.saved.items():
        versions = _versions_of(disk, db, uid)
        for number, text in enumerate(texts):
            if not any(types_on(text, version) for version in versions):
                found.append(f"history of {uid} lost saved version {number + 1} of {len(texts)}")
    found += [f"{key} missing from the bin" for key in sorted(model.binned - disk.binned)]
    found += [
        f"{key} restored but still in the bin" for key in sorted(model.restored & disk.binned)
    ]
    return found


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


def _run_child(
    db: Path, seed: int, rng: random.Random, during_startup: bool, mutant: str
) -> list[str]:
    env = dict(os.environ)
    src = str(Path(__file__).resolve().parents[2] / "src")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [src, env.get("PYTHONPATH")]))
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), str(seed), mutant],
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


@dataclass
class Outcome:
    cycles: int = 0
    confirmed: int = 0
    killed_mid_call: int = 0
    violations: list[str] = field(default_factory=list)


def crash_cycles(db: Path, cycles: int, budget_s: float, mutant: str = "") -> Outcome:
    """Kill, reopen, compare, again; stops at the first cycle that finds something wrong."""
    NotesStore.open(db).store.close()
    rng = random.Random(20261124)
    model, outcome = Model(), Outcome()
    started = time.monotonic()
    while outcome.cycles < cycles and time.monotonic() - started < budget_s:
        outcome.cycles += 1
        lines = _run_child(db, outcome.cycles, rng, outcome.cycles % 4 == 0, mutant)
        in_flight: tuple[str, list[str]] | None = None
        for line in lines:
            event, *rest = line.split("\t")
            if event == "BEGIN" and rest:
                in_flight = (rest[0], rest[1:])
            elif event == "OK" and in_flight is not None:
                op, args = in_flight
                model.apply(op, args, rest[len(args) + 1] if len(rest) > len(args) + 1 else None)
                in_flight = None
                outcome.confirmed += 1
        outcome.killed_mid_call += in_flight is not None
        disk = _on_disk(db)
        model = _adopt(model, in_flight, disk)
        found = _violations(model, disk, db)
        if found:
            outcome.violations = [f"cycle {outcome.cycles}: {problem}" for problem in found]
            break
    return outcome


def test_reported_saves_survive_sigkill(tmp_path: Path) -> None:
    started = time.monotonic()
    outcome = crash_cycles(tmp_path / "crash" / "notes.db", CYCLES, TIME_BUDGET_S)
    print(
        f"\ncrash test: {outcome.cycles} SIGKILL cycles, {outcome.confirmed} reported calls "
        f"checked, {outcome.killed_mid_call} kills during a call, "
        f"{len(outcome.violations)} violations, {time.monotonic() - started:.1f} s"
    )
    assert outcome.violations == []
    assert outcome.cycles >= 15
    assert outcome.confirmed > 10 * outcome.cycles
    assert outcome.killed_mid_call > 0


@pytest.mark.parametrize("mutant", sorted(MUTANTS))
def test_the_crash_check_catches_a_broken_store(tmp_path: Path, mutant: str) -> None:
    outcome = crash_cycles(tmp_path / "notes.db", 8, 8.0, MUTANTS[mutant])
    assert outcome.violations, f"{mutant}: {outcome.cycles} cycles found nothing wrong"
