"""A content index made at build time: whether it matches its folder, and the files it shares.

A prebuilt index beside the content folder is used as it is when it was made from exactly the
folder's files; it is never written to. When the person has added articles, it seeds the cache
instead (copied, then the added articles indexed into the copy), so the bundled files are not
parsed again on the machine.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

from expertreader.atomic import write_text_atomic
from expertreader.content.folders import FileState, Folders
from expertreader.content.index_build import ParserVersion, check, sha256, stored_files


def prebuilt_matches(
    prebuilt: Path,
    folders: Folders,
    files: dict[str, FileState],
    version: ParserVersion,
    stamp: Path | None,
) -> bool:
    """The prebuilt index is current and made from exactly these files' contents.

    Installers rarely keep file times, so a file whose time differs is hashed; what was
    verified is remembered in ``stamp`` (in the data folder) so the next start need not.
    """
    if not prebuilt.is_file():
        return False
    try:
        conn = sqlite3.connect(file_uri(prebuilt, immutable=True), uri=True)
    except sqlite3.Error:
        return False
    try:
        if not check(conn, version):
            return False
        build_id = conn.execute("SELECT value FROM meta WHERE key = 'build_id'").fetchone()[0]
        stored = stored_files(conn)
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    if set(stored) != set(files):
        return False
    verified = _read_stamp(stamp, build_id)
    unverified = [
        name
        for name, state in files.items()
        if state != stored[name].state and verified.get(name) != state
    ]
    for name in unverified:
        if sha256(folders.path(name)) != stored[name].sha256:
            return False
    if unverified and stamp is not None:
        _write_stamp(stamp, build_id, files)
    return True


def _read_stamp(stamp: Path | None, build_id: str) -> dict[str, FileState]:
    if stamp is None:
        return {}
    try:
        data = json.loads(stamp.read_text(encoding="utf-8"))
        if data.get("build_id") != build_id:
            return {}
        return {name: FileState(int(s), int(m)) for name, (s, m) in data["files"].items()}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return {}


def _write_stamp(stamp: Path, build_id: str, files: dict[str, FileState]) -> None:
    data = {
        "build_id": build_id,
        "files": {name: [state.size, state.mtime_ns] for name, state in files.items()},
    }
    with contextlib.suppress(OSError):
        make_private_dirs(stamp.parent)
        write_text_atomic(stamp, json.dumps(data))  # private, like everything in the data folder


def make_private_dirs(folder: Path) -> None:
    """Create ``folder`` and any missing parents readable by this user only (the data folder
    says which articles a person reads)."""
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for made in reversed(missing):
        made.mkdir(mode=0o700, exist_ok=True)


def file_uri(path: Path, *, immutable: bool = False) -> str:
    uri = Path(path).absolute().as_uri() + "?mode=ro"
    return uri + "&immutable=1" if immutable else uri
