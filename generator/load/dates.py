"""Dates as articles write them, parsed into timezone-aware datetimes (UTC when unspecified).

ISO 8601 is read as it is. Everything else is read by python-dateutil, so the forms pages and
feeds carry work too: RFC 2822 (`Thu, 15 Dec 2016 08:00:00 GMT`), "21 May 2015",
"May 21, 2015 6:36AM ET", a year and month (`2022-02`). A date is only refused when it has
no year or cannot be read at all.

A date that leaves something out, or whose time zone had to be guessed, is still used, with
a note saying what was assumed (the build reports it as a warning): a missing day or month
is the first one, an unknown time zone abbreviation is UTC, an ambiguous one gets its most
common meaning in English-language news, and "05/06/2015" is month first, as in the US.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo

from dateutil import parser as dateutil_parser
from dateutil import tz

ISO_EXAMPLE = "use ISO 8601 such as 2026-11-24 or 2026-11-24T08:30:00Z"

# Time zone abbreviations that datelines use. dateutil reads numeric offsets and UTC/GMT/Z
# itself but leaves names to the caller. A name is a fixed offset in hours, or a region's
# zone (which knows its summer time) for the names that do not say which half of the year.
_ZONES: dict[str, float | str] = {
    "UTC": 0,
    "UT": 0,
    "GMT": 0,
    "WET": 0,
    "WEST": 1,
    "BST": 1,
    "CET": 1,
    "CEST": 2,
    "EET": 2,
    "EEST": 3,
    "MSK": 3,
    "EST": -5,
    "EDT": -4,
    "CST": -6,
    "CDT": -5,
    "MST": -7,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
    "AKST": -9,
    "AKDT": -8,
    "HST": -10,
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
    "JST": 9,
    "KST": 9,
    "HKT": 8,
    "SGT": 8,
    "AWST": 8,
    "ACST": 9.5,
    "ACDT": 10.5,
    "AEST": 10,
    "AEDT": 11,
    "NZST": 12,
    "NZDT": 13,
}
# Names with more than one meaning: the one taken, and the others (for the note).
_AMBIGUOUS = {
    "IST": (5.5, "India Standard Time", "Irish or Israel Standard Time"),
    "AST": (-4, "Atlantic Standard Time", "Arabia Standard Time"),
}
# "05/06/2015": day and month in an order the text does not tell.
_NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{2,4})\b")
# "21.05.2015": dots put the day first wherever they are used.
_DOTTED_DATE = re.compile(r"^\s*\d{1,2}\.\d{1,2}\.\d{2,4}\b")
# "Monday 21 May 2015 18.36 BST": a time with a dot, beside a month written as a word.
_MONTH_NAME = re.compile(r"[A-Za-z]{3}")
_DOTTED_TIME = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{2})(?![\d.])")


class DateError(ValueError):
    """A date that could not be understood."""


@dataclass(frozen=True)
class ReadDate:
    """A date as read, and what had to be assumed to read it (None: nothing)."""

    value: datetime
    note: str | None = None


def read_date(value: object) -> ReadDate:
    """A timezone-aware `datetime` from a date, a datetime, or a string a person can read.

    Raises `DateError` for a value without a year or that cannot be read as a date.
    """
    if isinstance(value, datetime):
        return ReadDate(value if value.tzinfo else value.replace(tzinfo=UTC))
    if isinstance(value, date):
        return ReadDate(datetime(value.year, value.month, value.day, tzinfo=UTC))
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)  # `date: 2015` in YAML front matter
    if not isinstance(value, str) or not value.strip():
        raise DateError(f"unparseable date {shown(value)}; {ISO_EXAMPLE}")
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(re.sub(r"[Zz]$", "+00:00", text))
    except ValueError:
        return _read_loosely(text)
    return ReadDate(parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC))


def _read_loosely(text: str) -> ReadDate:
    """A date that is not ISO 8601, read by dateutil, with notes on what was assumed."""
    notes: list[str] = []

    def zone(name: str | None, offset: int | None) -> tzinfo | None:
        return _zone(name, offset, notes)

    dayfirst = bool(_DOTTED_DATE.match(text))
    readable = _DOTTED_TIME.sub(r"\1:\2", text) if _MONTH_NAME.search(text) else text
    # Fields the text leaves out come from the default: reading it with two defaults that
    # differ in every field shows which ones it has.
    try:
        first = dateutil_parser.parse(
            readable, default=datetime(2000, 1, 1), dayfirst=dayfirst, tzinfos=zone
        )
        second = dateutil_parser.parse(
            readable, default=datetime(2001, 2, 2), dayfirst=dayfirst, ignoretz=True
        )
    except (ValueError, OverflowError):
        raise DateError(f"unparseable date {text!r}; {ISO_EXAMPLE}") from None
    if first.year != second.year:
        raise DateError(f"unparseable date {text!r}: it has no year; {ISO_EXAMPLE}")
    if first.tzinfo is None:
        first = first.replace(tzinfo=UTC)
    else:
        # A fixed offset, whatever zone object dateutil or the table gave.
        first = first.replace(tzinfo=timezone(first.utcoffset() or timedelta(0)))
    missing = [
        name
        for name, one, other in (
            ("month", first.month, second.month),
            ("day", first.day, second.day),
        )
        if one != other
    ]
    if missing:
        notes.insert(0, f"date {text!r} has no {' or '.join(missing)}; using {first:%Y-%m-%d}")
    ambiguous = _NUMERIC_DATE.match(text)
    if ambiguous and not dayfirst:
        a, b = int(ambiguous.group(1)), int(ambiguous.group(2))
        if a != b and a <= 12 and b <= 12:
            notes.append(
                f"date {text!r} could be day/month or month/day; read as "
                f"{first.day} {first:%B %Y} (month first); write {first:%Y-%m-%d} to be sure"
            )
    return ReadDate(first, "; ".join(notes) or None)


def _zone(name: str | None, offset: int | None, notes: list[str]) -> tzinfo | None:
    """The time zone of a parsed date (None: none given), noting any guess in `notes`."""
    if offset is not None:
        return timezone(timedelta(seconds=offset))
    if name is None:
        return None
    key = name.upper()
    if key in _AMBIGUOUS:
        hours, meaning, others = _AMBIGUOUS[key]
        notes.append(f"time zone {name!r} read as {meaning} (it can also mean {others})")
        return timezone(timedelta(hours=hours))
    known = _ZONES.get(key)
    if known is None:
        notes.append(f"time zone {name!r} is not known; read as UTC")
        return UTC
    if isinstance(known, str):
        return tz.gettz(known)
    return timezone(timedelta(hours=known))


def shown(value: object) -> str:
    """`value` for a message: scalars as Python writes them, containers by their kind only
    (the repr of a list nested a thousand deep fails, and a long one says nothing)."""
    if isinstance(value, list | tuple | dict | set):
        return f"(a {type(value).__name__})"
    return repr(value)
