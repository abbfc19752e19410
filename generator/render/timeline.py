"""An entity's mentions over time, for the small bar chart of its tag page (drawn as inline
SVG by the template at build time; no script).

Articles are counted per week (weeks start on Monday) when the entity's articles span at
most `WEEKLY_SPAN` weeks, else per calendar month; periods without an article are bars of
zero, so the chart's horizontal axis is time. At most `MAX_BARS` periods are shown, the
latest ones.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from generator.link.site import Entry

WEEKLY_SPAN = 26
MAX_BARS = 60
MONTHS = (
    "January February March April May June July August September October November December"
).split()


# Slots, and equal bars made once (`_week`, `_month`): every tag page's chart holds up to
# `MAX_BARS` of them until the page is rendered, most of them the same periods and counts.
@dataclass(frozen=True, slots=True)
class Bar:
    """One period: its first day, its label and how many of the entity's articles fall in
    it."""

    start: date
    label: str
    count: int

    @property
    def short(self) -> str:
        """The label in few characters, for the chart's axis: "5 Dec 2016", "Dec 2016"."""
        month = MONTHS[self.start.month - 1][:3]
        if self.label.startswith("week"):
            return f"{self.start.day} {month} {self.start.year}"
        return f"{month} {self.start.year}"


@dataclass(frozen=True)
class Timeline:
    """The bars of an entity's chart, oldest first, and the unit of a period."""

    unit: str  # "week" | "month"
    bars: tuple[Bar, ...]

    @property
    def most(self) -> int:
        """The largest count (at least 1, the chart's scale)."""
        return max((bar.count for bar in self.bars), default=0) or 1

    @property
    def peak(self) -> Bar:
        """The latest of the periods with the most articles."""
        return max(reversed(self.bars), key=lambda bar: bar.count)

    @property
    def key(self) -> tuple:
        """Plain values standing for the whole timeline (for a page's signature): the bars
        are consecutive periods of the unit, so the first one's start and the counts."""
        if not self.bars:
            return (self.unit,)
        return (self.unit, self.bars[0].start, tuple(bar.count for bar in self.bars))


def timeline(entries: Sequence[Entry]) -> Timeline:
    """The timeline of the articles `entries` (any order)."""
    days = [entry.article.date.date() for entry in entries]
    if not days:
        return Timeline("month", ())
    first, last = min(days), max(days)
    if (last - first).days <= 7 * WEEKLY_SPAN:
        monday = first - timedelta(days=first.weekday())
        counts = Counter((day - monday).days // 7 for day in days)
        periods = range(max(counts) + 1)
        bars = [_week(monday + timedelta(weeks=n), counts.get(n, 0)) for n in periods]
        return Timeline("week", tuple(bars[-MAX_BARS:]))
    counts = Counter(day.year * 12 + day.month - 1 for day in days)
    low, high = min(counts), max(counts)
    months = range(max(low, high + 1 - MAX_BARS), high + 1)
    return Timeline("month", tuple(_month(n, counts.get(n, 0)) for n in months))


@lru_cache(maxsize=4096)
def _week(start: date, count: int) -> Bar:
    return Bar(start, f"week of {start.day} {MONTHS[start.month - 1]} {start.year}", count)


@lru_cache(maxsize=4096)
def _month(number: int, count: int) -> Bar:
    """The bar of month `number` (year × 12 + month − 1)."""
    return Bar(
        date(number // 12, number % 12 + 1, 1), f"{MONTHS[number % 12]} {number // 12}", count
    )
