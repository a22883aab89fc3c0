"""When something goes wrong: a log for the developers, a calm word for the person, never text.

Unexpected errors go to ``expertreader.log`` in the data folder (rotated, a few hundred KB at
most), never to the person as a traceback. A native crash (Qt or Python itself aborting) is
written there too, by ``faulthandler``. A marker file says a window session is running; if it is
still there at the next start, the program closed unexpectedly and the person is told so. The log
holds tracebacks and file names, never the words of a note.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import IO

from expertreader import paths

LOG_LIMIT_BYTES = 256 * 1024
KEEP_OLD_LOGS = 2
_fault_file: IO[str] | None = None


def write_crash_log(error: BaseException) -> str:
    """Append the error's traceback to the log; return where it went (or why it could not)."""
    import datetime as dt  # imported here: start-up should not pay for the rare crash
    import traceback

    try:
        handle = _open_log()
        with handle:
            stamp = dt.datetime.now().isoformat(timespec="seconds")
            handle.write(f"--- {stamp}\n{''.join(traceback.format_exception(error))}\n")
        return str(paths.log_file())
    except OSError as log_error:
        return f"(the log could not be written: {log_error.strerror or log_error})"


def start_session() -> bool:
    """Catch native crashes in the log and mark the session; True if the last one crashed.

    Call once, for the window only, after taking the data folder's lock (so the marker is ours).
    """
    global _fault_file
    import faulthandler

    crashed = session_marker().exists()
    try:
        _fault_file = _open_log()
        faulthandler.enable(_fault_file)
        paths.make_private_file(session_marker())
        session_marker().write_text(f"{os.getpid()}\n", encoding="utf-8")
    except OSError:
        pass  # a read-only folder: no log, no marker; the program still works
    return crashed


def end_session() -> None:
    """A clean exit: the next start is not told about a crash."""
    global _fault_file
    import faulthandler

    with contextlib.suppress(OSError):
        session_marker().unlink(missing_ok=True)
    if _fault_file is not None:
        faulthandler.disable()
        _fault_file.close()
        _fault_file = None


def session_marker() -> Path:
    return paths.data_dir() / "session-running"


def _open_log() -> IO[str]:
    """The log, opened for appending, private, rotated when it grows past the limit."""
    paths.ensure_data_dir()
    log = paths.log_file()
    try:
        if log.stat().st_size > LOG_LIMIT_BYTES:
            _rotate(log)
    except FileNotFoundError:
        pass
    handle = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    return os.fdopen(handle, "a", encoding="utf-8")


def _rotate(log: Path) -> None:
    """expertreader.log -> .1 -> .2; the oldest goes."""
    for number in range(KEEP_OLD_LOGS, 0, -1):
        older = log.with_name(f"{log.name}.{number}")
        newer = log.with_name(f"{log.name}.{number - 1}") if number > 1 else log
        if newer.exists():
            newer.replace(older)
