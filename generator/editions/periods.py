"""Periods (a day, an ISO week) and the time zone that says where a day begins.

An edition covers one period in the configured zone: an article published at 23:30 UTC
belongs to the next day's edition in UTC+2. Periods are identified by their key, which is
also their folder under `editions/`: `2016-12-09` for a day, `2016-W49` for an ISO week
(Monday to Sunday; a week belongs to the year that holds its Thursday, as ISO 8601 says).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import cached_property

MONTHS = (
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
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_OFFSET = re.compile(r"^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)
_DAY_KEY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_WEEK_KEY = re.compile(r"^(\d{4})-W(\d{2})$", re.IGNORECASE)


def parse_time_zone(name: str) -> tzinfo:
    """The zone named by a setting: "UTC", an IANA name ("Europe/Berlin") or a fixed offset
    ("+02:00", "UTC-5", "-0330"); `ValueError` naming the accepted forms otherwise."""
    text = name.strip()
    if text.upper() in ("UTC", "Z", "GMT", ""):
        return UTC
    match = _OFFSET.match(text)
    if match:
        sign, hours, minutes = match.group(1), int(match.group(2)), int(match.group(3) or 0)
        if hours > 14 or minutes > 59:
            raise ValueError(f"time_zone: {name!r} is not an offset between -14:00 and +14:00")
        offset = timedelta(hours=hours, minutes=minutes)
        return timezone(-offset if sign == "-" else offset)
    zone = _named_zone(text)
    if zone is None:
        raise ValueError(
            f"time_zone: unknown time zone {name!r}; use UTC, an IANA name such as "
            '"Europe/Berlin", or an offset such as "+02:00"'
        )
    return zone


def _named_zone(name: str) -> tzinfo | None:
    import zoneinfo

    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        pass
    # A system without a time zone database: python-dateutil ships its own copy.
    from dateutil.zoneinfo import get_zonefile_instance

    return get_zonefile_instance().get(name)


def local_day(moment: datetime, zone: tzinfo) -> date:
    """The calendar day `moment` falls on in `zone`."""
    return moment.astimezone(zone).date()


@dataclass(frozen=True, order=True)
class Period:
    """A day or an ISO week: `kind` "day" or "week", its `start` and `end` (inclusive).

    Its key, URL and titles are worked out once per object: `digest serve` lists every
    edition's on every save, and unchanged editions keep their period objects."""

    kind: str
    start: date

    @classmethod
    def day(cls, day: date) -> Period:
        """The day `day`."""
        return cls("day", day)

    @classmethod
    def week(cls, day: date) -> Period:
        """The ISO week that holds `day`."""
        return cls("week", day - timedelta(days=day.weekday()))

    @classmethod
    def parse(cls, key: str) -> Period:
        """The period of a key ("2016-12-09", "2016-W49"); `ValueError` otherwise."""
        text = key.strip()
        match = _DAY_KEY.match(text)
        if match:
            try:
                return cls.day(date(*map(int, match.groups())))
            except ValueError:
                raise ValueError(f"{key!r} is not a date") from None
        match = _WEEK_KEY.match(text)
        if match:
            try:
                return cls("week", date.fromisocalendar(int(match[1]), int(match[2]), 1))
            except ValueError:
                raise ValueError(f"{key!r} is not an ISO week") from None
        raise ValueError(f"{key!r} is neither a date (YYYY-MM-DD) nor an ISO week (YYYY-Www)")

    @property
    def end(self) -> date:
        """The last day of the period."""
        return self.start if self.kind == "day" else self.start + timedelta(days=6)

    @cached_property
    def key(self) -> str:
        """ "2016-12-09" or "2016-W49": the period's folder under `editions/`."""
        if self.kind == "day":
            return self.start.isoformat()
        year, week, _ = self.start.isocalendar()
        return f"{year}-W{week:02d}"

    @cached_property
    def url(self) -> str:
        """The edition page's site URL."""
        return f"editions/{self.key}/"

    @cached_property
    def month(self) -> tuple[int, int]:
        """(year, month) the period is listed under in the index of editions: a week's is
        its Thursday's, so a week is in the month (and the year) ISO 8601 gives it."""
        day = self.start if self.kind == "day" else self.start + timedelta(days=3)
        return day.year, day.month

    @cached_property
    def title(self) -> str:
        """ "Friday 9 December 2016" or "Week 49, 2016: 5–11 December"."""
        start, end = self.start, self.end
        if self.kind == "day":
            return f"{WEEKDAYS[start.weekday()]} {start.day} {MONTHS[start.month - 1]} {start.year}"
        year, week, _ = start.isocalendar()
        if start.month == end.month:
            span = f"{start.day}–{end.day} {MONTHS[end.month - 1]}"
        elif start.year == end.year:
            span = f"{start.day} {MONTHS[start.month - 1]} – {end.day} {MONTHS[end.month - 1]}"
        else:
            span = (
                f"{start.day} {MONTHS[start.month - 1]} {start.year} – "
                f"{end.day} {MONTHS[end.month - 1]} {end.year}"
            )
        return f"Week {week}, {year}: {span}"

    @cached_property
    def short_title(self) -> str:
        """ "9 December 2016" or "Week 49, 2016"."""
        if self.kind == "day":
            return f"{self.start.day} {MONTHS[self.start.month - 1]} {self.start.year}"
        year, week, _ = self.start.isocalendar()
        return f"Week {week}, {year}"
