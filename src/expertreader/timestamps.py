"""The one timestamp format: RFC 3339 in UTC to the second, ``2026-11-24T10:00:00Z``.

The notes database, the JSON export and backup names all write times through this module.
Fixed width, so comparing the text compares the times. Reading is lenient (offsets, fractions,
a space for the ``T``) because files from other tools arrive here too; anything unreadable is
None, never an exception.
"""

from __future__ import annotations

import datetime as dt
import re

_RFC3339 = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?"
    r"(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$"
)


def utc_now() -> dt.datetime:
    """Now, in UTC, to the second: the precision every stored and exported time keeps."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def to_text(moment: dt.datetime) -> str:
    """``YYYY-MM-DDTHH:MM:SSZ`` in UTC; a naive time is taken to be UTC already."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    moment = moment.astimezone(dt.UTC)
    return (
        f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}"
        f"T{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}Z"
    )


def parse(value: object) -> dt.datetime | None:
    """An RFC 3339 / ISO 8601 time as an aware UTC datetime (no zone means UTC); else None."""
    if not isinstance(value, str):
        return None
    match = _RFC3339.match(value.strip())
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(match[n]) for n in range(1, 7))
    micro = int((match[7] or "0")[:6].ljust(6, "0"))
    try:
        zone = dt.UTC
        if match[9]:
            offset = dt.timedelta(hours=int(match[10]), minutes=int(match[11]))
            zone = dt.timezone(-offset if match[9] == "-" else offset)  # ValueError past 24 h
        return dt.datetime(year, month, day, hour, minute, second, micro, zone).astimezone(dt.UTC)
    except (ValueError, OverflowError):
        return None


def parse_or_raise(value: object) -> dt.datetime:
    """Like ``parse``, for values we wrote ourselves: ValueError when one is unreadable."""
    moment = parse(value)
    if moment is None:
        raise ValueError(f"not a timestamp: {str(value)[:40]!r}")
    return moment


def as_utc(moment: dt.datetime) -> dt.datetime:
    """The same instant in UTC; naive times count as UTC throughout the program."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)
