"""The one date formatter for the window, printouts and exports: ``March 2, 2018``.

Month names come from here, never from ``strftime`` (which follows whatever locale Qt or the
system set, so a German desktop once showed "März" in the header while exports said "March").
The language is the program's, chosen by the interface (``set_language``), English by default.
"""

from __future__ import annotations

import datetime as dt

ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
SPANISH_MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
_MONTHS = {"en": ENGLISH_MONTHS, "es": SPANISH_MONTHS}
_language = "en"


def set_language(language: str) -> None:
    """Dates from now on in this language (``en`` or ``es``; anything else means English)."""
    global _language
    _language = language if language in _MONTHS else "en"


def language() -> str:
    return _language


def format_date(value: dt.date) -> str:
    """``March 2, 2018``, or ``2 de marzo de 2018`` in Spanish."""
    month = _MONTHS[_language][value.month - 1]
    if _language == "es":
        return f"{value.day} de {month} de {value.year}"
    return f"{month} {value.day}, {value.year}"


def format_month(value: dt.date) -> str:
    """``November 2010`` (``noviembre de 2010``): for articles dated by their month only."""
    month = _MONTHS[_language][value.month - 1]
    return f"{month} de {value.year}" if _language == "es" else f"{month} {value.year}"


def format_article_date(value: dt.date, precision: str = "day") -> str:
    """An article's date as precisely as the article gave it ("day" or "month")."""
    return format_month(value) if precision == "month" else format_date(value)


def format_datetime(value: dt.datetime) -> str:
    """``November 24, 2026 at 10:00 UTC``: the zone is named when the time carries one."""
    joiner = "a las" if _language == "es" else "at"
    text = f"{format_date(value)} {joiner} {value:%H:%M}"
    zone = value.tzname()
    return f"{text} {zone}" if zone else text
