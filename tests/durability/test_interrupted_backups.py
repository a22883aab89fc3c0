"""300 kills in the middle of backups: the backups folder stays small and every backup is sound.

A killed backup leaves its temporary copy (and SQLite's journal beside it); once, 300 kills left
201 such copies, 1.59 GB. Here a helper process forks 300 times; each child starts the way the
program does (``opening.open_store``, which removes leftovers) and makes backups until it is
killed at a random moment. The folder may hold at most the one leftover of the latest kill on top
of the rotated backups, and after one more start, none. (Forking from a helper started for the
purpose keeps it single-threaded: forking the test process itself is unsafe.)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from expertreader.notes import backup

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="fork and SIGKILL are POSIX")

KILLS = 300

HELPER = r"""
import json, os, random, signal, sys, time
from pathlib import Path
from expertreader import paths
from expertreader.notes import opening

paths.set_data_dir(sys.argv[1])
kills = int(sys.argv[2])
store, _ = opening.open_store()
for number in range(300):
    store.save_answer_note(f"q{number}", f"note {number} " + "words " * 100)
store.close()
backups = paths.backups_dir()
rng = random.Random(300)
largest, with_leftovers = 0, 0
for _ in range(kills):
    child = os.fork()
    if child == 0:
        try:
            store, _ = opening.open_store()
            while True:
                store.backup("daily")
        finally:
            os._exit(3)
    time.sleep(rng.uniform(0.0, 0.02))
    os.kill(child, signal.SIGKILL)
    _, status = os.waitpid(child, 0)
    names = os.listdir(backups)
    largest = max(largest, len(names))
    with_leftovers += any(name.startswith(".") for name in names)
store, _ = opening.open_store()
store.close()
print(json.dumps({"largest": largest, "with_leftovers": with_leftovers}))
"""


def test_300_kills_during_backups_leave_no_pile_of_copies(tmp_path: Path) -> None:
    data = tmp_path / "data"
    src = str(Path(__file__).resolve().parents[2] / "src")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [src, os.environ.get("PYTHONPATH")])),
    }
    done = subprocess.run(
        [sys.executable, "-c", HELPER, str(data), str(KILLS)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout.splitlines()[-1])
    folder = data / "backups"
    names = sorted(path.name for path in folder.iterdir())
    print(f"\n{KILLS} kills during backups: {figures}, {len(names)} files left")
    assert figures["with_leftovers"] >= 20, "the kills did not land in backups: proves nothing"
    # Rotated backups (10, plus the newest of each reason), and the one leftover of the last kill
    # with its journal.
    assert figures["largest"] <= backup.KEEP_BACKUPS + 1 + 2
    assert [name for name in names if name.startswith(".")] == []
    assert all(backup.is_good_backup(path) for path in backup.list_backups(folder))
