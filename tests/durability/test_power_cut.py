"""A power cut at any moment keeps every save that was reported, and brings back nothing deleted.

The real ``NotesStore`` runs a random session (the first start that makes the file, notes
written, edited, deleted and restored, bookmarks toggled, the bin used, the program closed and
opened again) on apsw connections whose
files go through ``RecordingVFS``. After each call returns, the whole store is read through its
own connection: that is what the call reported as saved. Then, at hundreds of cuts (random
events, and just before and after every kind of sync), the files a power cut would leave are
written out and opened with the standard library's sqlite3, as the next start would open them.
Each image must be exactly the state after the last call that returned, or, if a call was under
way, the state after that call: nothing lost, nothing half done, nothing deleted come back. It
must also open through ``NotesStore.open`` without needing repair.

The same check is run against the store with ``PRAGMA synchronous = NORMAL`` and ``OFF``, and must
find losses there: a check that cannot fail proves nothing.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from expertreader.notes import connection
from expertreader.notes.model import Bookmark, Note, Passage
from expertreader.notes.store import NotesStore
from tests.durability.recording_vfs import ApswConnection, Recording, RecordingVFS, images

SEED = 20261201

Query = Callable[[str], Sequence[Sequence[Any]]]


@dataclass(frozen=True, slots=True)
class State:
    """Everything the store keeps, with texts as digests: what must survive, exactly."""

    notes: tuple[tuple[Any, ...], ...]
    bookmarks: tuple[tuple[Any, ...], ...]
    versions: tuple[tuple[Any, ...], ...]
    bin: tuple[tuple[Any, ...], ...]
    meta: tuple[tuple[Any, ...], ...]


def _digest(value: object) -> str:
    return hashlib.sha256(str(value).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def read_state(query: Query) -> State:
    return State(
        notes=tuple(
            sorted(
                (uid, qa, _digest(text), exact, modified)
                for uid, qa, text, exact, modified in query(
                    "SELECT uid, qa_id, text, passage_exact, modified FROM notes"
                )
            )
        ),
        bookmarks=tuple(sorted(tuple(r) for r in query("SELECT uid, qa_id FROM bookmarks"))),
        versions=tuple(
            sorted(
                (uid, _digest(text), saved)
                for uid, text, saved in query("SELECT note_uid, text, saved FROM note_versions")
            )
        ),
        bin=tuple(
            sorted(
                (kind, uid, _digest(record), deleted)
                for kind, uid, record, deleted in query(
                    "SELECT kind, uid, record, deleted FROM bin"
                )
            )
        ),
        meta=tuple(sorted(tuple(r) for r in query("SELECT key, value FROM meta"))),
    )


EMPTY = State((), (), (), (), ())


def _store_state(store: NotesStore) -> State:
    conn = store.database.connection()
    return read_state(lambda sql: conn.execute(sql).fetchall())


@dataclass(frozen=True, slots=True)
class Call:
    """One store call: the events before it began and when it returned, and what it left."""

    name: str
    start: int
    end: int
    state: State


@dataclass(slots=True)
class Session:
    initial: State
    calls: list[Call] = field(default_factory=list)


def _text(rng: random.Random, number: int) -> str:
    size = rng.choice([1, 1, 1, 40, 600, 3000])
    return f"saved {number}: " + "é✓ words " * rng.randrange(1, 8) + "x" * size


def run_session(db: Path, recording: Recording, rng: random.Random, calls: int) -> Session:
    """The first start, then random store calls; the store is reopened now and then."""
    session = Session(EMPTY)
    store = NotesStore.open(db).store  # creates the file: cut too
    session.calls.append(Call("first start", 0, len(recording.events), _store_state(store)))
    deleted: list[Note] = []
    removed: list[Bookmark] = []

    for number in range(calls):
        state = session.calls[-1].state
        passage_uids = [row[0] for row in state.notes if row[3] is not None]
        start = len(recording.events)
        roll = rng.random()
        qa = f"q{rng.randrange(8)}"
        name = ""
        if roll < 0.2:
            name = "save answer note"
            store.save_answer_note(qa, "" if rng.random() < 0.15 else _text(rng, number))
        elif roll < 0.36 or not passage_uids:
            name = "add passage note"
            passage = Passage("exact words", "pre ", " post", number, number + 11)
            store.add_passage_note(qa, passage, _text(rng, number))
        elif roll < 0.52:
            uid = rng.choice(passage_uids)
            note = store.note(uid)
            assert note is not None
            grows = rng.random() < 0.5  # typing on: history may fold it into the last version
            name = "update note"
            store.update_note(uid, note.text + " more" if grows else _text(rng, number))
        elif roll < 0.60:
            name = "delete note"
            found = store.delete_note(rng.choice(passage_uids))
            assert found is not None
            deleted.append(found)
        elif roll < 0.64 and deleted:
            name = "undo delete"
            store.restore_note(deleted.pop())
        elif roll < 0.72:
            name = "add bookmark"
            store.add_bookmark(qa, f"Question {qa}?")
        elif roll < 0.78:
            name = "remove bookmark"
            if (mark := store.remove_bookmark(qa)) is not None:
                removed.append(mark)
        elif roll < 0.81 and removed:
            name = "undo bookmark removal"
            store.restore_bookmark(removed.pop())
        elif roll < 0.87 and (items := store.bin_items()):
            name = "restore from bin"
            store.restore_from_bin(rng.choice(items).id)
        elif roll < 0.92:
            name = "set meta"
            store.set_meta("last_question", qa)
        else:
            name = "close and open again"
            store.close()
            store = NotesStore.open(db).store
        session.calls.append(Call(name, start, len(recording.events), _store_state(store)))
    store.close()
    return session


@dataclass(slots=True)
class Verdict:
    cuts: int = 0
    in_flight: int = 0
    with_survivors: int = 0
    losses: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Plan:
    """How hard to try: store calls, then random cuts and cuts on either side of a sync."""

    calls: int = 200
    random_cuts: int = 200
    sync_cuts: int = 200
    some_writes_survive: bool = False
    checkpoint_every: int = 25  # pages; the program's 1,000 would rarely checkpoint mid-session


def _allowed(session: Session, cut: int) -> tuple[list[State], str]:
    """The states an image cut after ``cut`` events may hold, and the call under way (if any)."""
    done = [call for call in session.calls if call.end <= cut]
    before = done[-1].state if done else session.initial
    following = session.calls[len(done)] if len(done) < len(session.calls) else None
    if following is not None and following.start < cut:
        return [before, following.state], following.name
    return [before], ""


def _difference(actual: State, expected: State) -> str:
    parts = []
    for table in ("notes", "bookmarks", "versions", "bin", "meta"):
        have, want = set(getattr(actual, table)), set(getattr(expected, table))
        if lost := want - have:
            parts.append(f"{len(lost)} {table} lost")
        if extra := have - want:
            parts.append(f"{len(extra)} {table} not reported (came back or half done)")
    return ", ".join(parts) or "identical"


def _write_image(folder: Path, db: Path, files: dict[str, bytes]) -> Path:
    folder.mkdir(parents=True)
    for name, data in files.items():
        if name.startswith(str(db)):
            (folder / (db.name + name[len(str(db)) :])).write_bytes(data)
    return folder / db.name


def _read_image(image: Path) -> tuple[str, State | None]:
    if not image.exists():
        return "ok", EMPTY  # cut before the first start made the file
    conn = sqlite3.connect(image, isolation_level=None)  # recovers the -wal as a new start does
    try:
        verdict = "; ".join(str(row[0]) for row in conn.execute("PRAGMA integrity_check"))
        if verdict != "ok":
            return verdict, None
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'notes'").fetchone():
            return verdict, EMPTY  # cut while the first start made the tables
        return verdict, read_state(lambda sql: conn.execute(sql).fetchall())
    except sqlite3.DatabaseError as error:
        return str(error), None
    finally:
        conn.close()


def check_cuts(session: Session, recording: Recording, db: Path, work: Path, plan: Plan) -> Verdict:
    rng = random.Random(SEED)
    syncs = recording.syncs
    total = len(recording.events)
    cuts = {rng.randrange(total + 1) for _ in range(plan.random_cuts)} | {0, total}
    cuts |= set(range(session.calls[0].end + 1))  # every moment of making the file
    for position in rng.sample(syncs, min(len(syncs), plan.sync_cuts // 2)):
        cuts |= {position, position + 1}  # the sync lost, and the sync done
    survivors = random.Random(SEED + 1) if plan.some_writes_survive else None
    verdict = Verdict()
    for cut, files, kept in images(recording, cuts, survivors):
        verdict.cuts += 1
        found_before = len(verdict.losses)
        verdict.with_survivors += kept > 0
        allowed, under_way = _allowed(session, cut)
        verdict.in_flight += bool(under_way)
        image = _write_image(work / f"cut-{cut}" / "read", db, files)
        problem, state = _read_image(image)
        where = f"cut after event {cut} of {total} ({under_way or 'between calls'})"
        if state is None:
            verdict.losses.append(f"{where}: the file does not open: {problem}")
        elif state not in allowed:
            verdict.losses.append(f"{where}: {_difference(state, allowed[0])}")
        reopened = _write_image(work / f"cut-{cut}" / "store", db, files)
        opened = NotesStore.open(reopened)
        opened.store.close()
        if opened.recovery is not None:
            verdict.losses.append(f"{where}: the next start had to repair the file")
        if len(verdict.losses) == found_before or len(verdict.losses) > 3:
            shutil.rmtree(work / f"cut-{cut}")  # keep the first failures to look at, only those
    return verdict


def run_power_cuts(
    folder: Path, monkeypatch: pytest.MonkeyPatch, plan: Plan, synchronous: str | None = None
) -> tuple[Session, Recording, Verdict]:
    """The session on the recording VFS, then every cut checked with the standard library.

    ``synchronous`` makes a mutant: the store with weaker durability than it ships with.
    """
    db = folder / "notes" / "notes.db"
    db.parent.mkdir(parents=True)
    vfs = RecordingVFS()
    real = connection.connect_read_write

    def connect(path: Path) -> Any:
        conn = real(path)
        conn.execute(f"PRAGMA wal_autocheckpoint = {plan.checkpoint_every}")
        if synchronous is not None:
            conn.execute(f"PRAGMA synchronous = {synchronous}")
        return conn

    try:
        with monkeypatch.context() as patch:
            patch.setattr(connection, "open_uri", lambda uri: ApswConnection(uri, vfs.vfs_name))
            patch.setattr(connection, "connect_read_write", connect)
            session = run_session(db, vfs.recording, random.Random(SEED), plan.calls)
    finally:
        vfs.close()
    verdict = check_cuts(session, vfs.recording, db, folder / "images", plan)
    return session, vfs.recording, verdict


@pytest.fixture
def scratch(tmp_path: Path) -> Iterator[Path]:
    """A folder in memory when the machine has one: the check makes thousands of fsyncs."""
    memory = Path("/dev/shm")
    if not (memory.is_dir() and os.access(memory, os.W_OK)):
        yield tmp_path
        return
    folder = Path(tempfile.mkdtemp(prefix="expertreader-power-cut-", dir=memory))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("lost", ["every unsynced write", "some unsynced writes"])
def test_a_power_cut_never_loses_a_reported_save(
    scratch: Path, monkeypatch: pytest.MonkeyPatch, lost: str
) -> None:
    started = time.monotonic()
    plan = Plan(some_writes_survive=lost.startswith("some"))
    session, recording, verdict = run_power_cuts(scratch, monkeypatch, plan)
    kinds = {call.name for call in session.calls}
    print(
        f"\npower-cut test, {lost} lost: {len(session.calls)} store calls, "
        f"{len(recording.events)} file events ({len(recording.syncs)} syncs), {verdict.cuts} "
        f"cuts checked ({verdict.in_flight} with a call under way, {verdict.with_survivors} "
        f"with unsynced writes kept), {len(verdict.losses)} losses, "
        f"{time.monotonic() - started:.1f} s"
    )
    assert verdict.losses == []
    assert verdict.cuts >= 300
    assert verdict.in_flight >= 100
    if plan.some_writes_survive:
        assert verdict.with_survivors >= 100
    assert len(kinds) >= 10, kinds  # every kind of call was cut
    assert session.calls[-1].state.notes  # the session ended with notes to lose


@pytest.mark.parametrize("synchronous", ["NORMAL", "OFF"])
def test_the_check_finds_the_losses_of_a_store_that_does_not_sync_every_commit(
    scratch: Path, monkeypatch: pytest.MonkeyPatch, synchronous: str
) -> None:
    plan = Plan(calls=60, random_cuts=40, sync_cuts=20)
    _, _, verdict = run_power_cuts(scratch, monkeypatch, plan, synchronous)
    print(f"\nsynchronous = {synchronous}: {len(verdict.losses)} of {verdict.cuts} cuts lost saves")
    assert any("lost" in loss for loss in verdict.losses), verdict.losses[:3]
