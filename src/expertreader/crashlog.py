"""Unexpected errors go to a log file in the user data folder, never to the user as a traceback."""

from __future__ import annotations

from expertreader import paths


def write_crash_log(error: BaseException) -> str:
    """Append the error's traceback to the log; return where it went (or why it could not)."""
    import datetime as dt  # imported here: start-up should not pay for the rare crash
    import traceback

    try:
        paths.ensure_data_dir()
        log = paths.log_file()
        stamp = dt.datetime.now().isoformat(timespec="seconds")
        details = "".join(traceback.format_exception(error))
        with log.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {stamp}\n{details}\n")
        return str(log)
    except OSError as log_error:
        return f"(the log could not be written: {log_error.strerror or log_error})"
