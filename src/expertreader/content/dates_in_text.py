"""Dates an article gives: its date line, or a date in its title or introduction.

Month names are matched by hand because ``strptime`` follows the locale Qt sets. A title that
names only a month ("November 2010 Ask the Expert: ...") gives the first of that month with
precision ``"month"``, so the program can show "November 2010" rather than invent a day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

DatePrecision = Literal["day", "month"]

_MONTH_NAMES = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sept", "sep"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)
_MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, 1) for name in names}
_MONTH = "(?:" + "|".join(name for names in _MONTH_NAMES for name in names) + ")"
_ORDINAL = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|2\d)\d\d"

# A whole date line: the contract's forms, exactly.
_MONTH_FIRST = re.compile(r"^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
_DAY_FIRST = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
# What may stand before the date on a date line: "Posted on", "Wednesday,".
_LINE_PREFIX = re.compile(
    r"^(?:(?:posted|published|date)(?:\s+on)?\s*:?\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?",
    re.IGNORECASE,
)
_MONTH_YEAR_LINE = re.compile(rf"^({_MONTH})\.?,?\s+({_YEAR})$", re.IGNORECASE)
# Dates inside running text (a title or an introduction).
_IN_TEXT_MONTH_FIRST = re.compile(
    rf"\b({_MONTH})\.?\s+(\d{{1,2}}){_ORDINAL},?\s+({_YEAR})\b", re.IGNORECASE
)
_IN_TEXT_DAY_FIRST = re.compile(
    rf"\b(\d{{1,2}}){_ORDINAL}\s+({_MONTH})\.?,?\s+({_YEAR})\b", re.IGNORECASE
)
_IN_TEXT_MONTH_YEAR = re.compile(rf"\b({_MONTH})\.?,?\s+({_YEAR})\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date and how much of it the article gave (a month-only date is the 1st)."""

    date: dt.date
    precision: DatePrecision = "day"


def parse_date(text: str) -> dt.date | None:
    """A date such as ``March 2, 2018``, ``2 March 2018`` or ``2018-03-02``; None otherwise."""
    year = month = day = None
    if match := _MONTH_FIRST.match(text):
        month, day, year = _MONTHS.get(match[1].lower()), int(match[2]), int(match[3])
    elif match := _DAY_FIRST.match(text):
        day, month, year = int(match[1]), _MONTHS.get(match[2].lower()), int(match[3])
    elif match := _ISO.match(text):
        year, month, day = int(match[1]), int(match[2]), int(match[3])
    if month is None or year is None or day is None:
        return None
    return _date(year, month, day)


def parse_date_line(text: str) -> FoundDate | None:
    """A line that is only a date, perhaps with "Posted on", a weekday, or only month and year."""
    rest = text[_LINE_PREFIX.match(text).end() :]  # type: ignore[union-attr]  # always matches
    if (date := parse_date(rest)) is not None:
        return FoundDate(date)
    if (match := _MONTH_YEAR_LINE.match(rest)) and _capitalised(match[1]):
        return FoundDate(dt.date(int(match[2]), _MONTHS[match[1].lower()], 1), "month")
    return None


def full_date_in(text: str) -> FoundDate | None:
    """The first complete date (day, month and year) written anywhere in ``text``."""
    found: list[tuple[int, dt.date]] = []
    for match in _IN_TEXT_MONTH_FIRST.finditer(text):
        if _capitalised(match[1]) and (
            date := _date(int(match[3]), _month(match[1]), int(match[2]))
        ):
            found.append((match.start(), date))
            break
    for match in _IN_TEXT_DAY_FIRST.finditer(text):
        if _capitalised(match[2]) and (
            date := _date(int(match[3]), _month(match[2]), int(match[1]))
        ):
            found.append((match.start(), date))
            break
    return FoundDate(min(found)[1]) if found else None


def month_in(text: str) -> FoundDate | None:
    """The first month and year written anywhere in ``text`` ("November 2010")."""
    for match in _IN_TEXT_MONTH_YEAR.finditer(text):
        if _capitalised(match[1]):
            return FoundDate(dt.date(int(match[2]), _month(match[1]), 1), "month")
    return None


def article_date(date_line: FoundDate | None, title: str, intro: Iterable[str]) -> FoundDate | None:
    """Which date an article has: its date line; else a full date in the title, then in the
    introduction ("Wednesday, November 19, 2005"); else a month named in the title."""
    if date_line is not None:
        return date_line
    if found := full_date_in(title):
        return found
    for paragraph in intro:
        if found := full_date_in(paragraph):
            return found
    return month_in(title)


def _month(name: str) -> int:
    return _MONTHS[name.lower()]


def _capitalised(word: str) -> bool:
    """Month names start with a capital: "may" in running text is not May."""
    return word[:1].isupper()


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
