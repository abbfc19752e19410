"""Dates as articles write them, parsed into timezone-aware datetimes (UTC when unspecified)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y/%m/%d",
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%d.%m.%Y",
)


class DateError(ValueError):
    """A date that could not be understood."""


def parse_date(value: object) -> datetime:
    """A `datetime` from a date, a datetime, or a string in ISO 8601, RFC 2822 or a common form."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    if not isinstance(value, str) or not value.strip():
        raise DateError(f"unparseable date {shown(value)}")
    text = value.strip()
    candidates = [lambda: datetime.fromisoformat(text.replace("Z", "+00:00"))]
    candidates.append(lambda: parsedate_to_datetime(text))
    candidates.extend((lambda f=f: datetime.strptime(text, f)) for f in _FORMATS)
    for attempt in candidates:
        try:
            parsed = attempt()
        except (ValueError, TypeError, IndexError):
            continue
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    raise DateError(
        f"unparseable date {value!r}; use ISO 8601 such as 2026-11-24 or 2026-11-24T08:30:00Z"
    )


def shown(value: object) -> str:
    """`value` for a message: scalars as Python writes them, containers by their kind only
    (the repr of a list nested a thousand deep fails, and a long one says nothing)."""
    if isinstance(value, list | tuple | dict | set):
        return f"(a {type(value).__name__})"
    return repr(value)
