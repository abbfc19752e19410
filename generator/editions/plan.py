"""Editions planned from the site: which items each day's and each week's edition lists,
in which order, and its "top of the news" sentences.

`EditionPlanner` keeps the last call's items and editions, so that after one article
changed `digest serve` makes again only the items and editions it is in; the others are the
same objects, with the same `version`, and their pages are not planned again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from functools import cached_property

from generator.config import EditionsSection
from generator.editions.items import EditionItem, ItemMaker, leading
from generator.editions.periods import Period, local_day, parse_time_zone
from generator.link.site import Site, version_of

# The "top of the news" paragraph: the first summary sentence of this many leading items.
LEAD_ITEMS = 3


@dataclass(frozen=True)
class LeadSentence:
    """One sentence of an edition's "top of the news", and the item it comes from."""

    text: str
    item: EditionItem


@dataclass(frozen=True)
class Edition:
    """The edition of one period: the items that had activity in it, heaviest first."""

    period: Period
    items: tuple[EditionItem, ...]  # listed in full
    more: tuple[EditionItem, ...]  # the rest of the period's, listed by headline
    updated: datetime  # the latest activity within the period

    @property
    def count(self) -> int:
        """How many items had activity in the period."""
        return len(self.items) + len(self.more)

    @property
    def lead(self) -> tuple[LeadSentence, ...]:
        """The first summary sentence of each of the leading items that has a summary:
        extractive, each linked to its item. None with fewer than two such items: one
        sentence would only repeat the one item's summary just below it."""
        found = [LeadSentence(item.summary[0], item) for item in self.items if item.summary]
        return tuple(found[:LEAD_ITEMS]) if len(found) > 1 else ()

    @cached_property
    def version(self) -> bytes:
        """A hash of the period and of its items' versions, in order."""
        return version_of(
            (
                self.period.kind,
                self.period.key,
                tuple([item.version for item in self.items]),
                tuple([item.version for item in self.more]),
                self.updated,
            )
        )


@dataclass(frozen=True)
class Editions:
    """Every edition of a site, newest first."""

    daily: tuple[Edition, ...]
    weekly: tuple[Edition, ...]


class EditionPlanner:
    """Plans a site's editions again and again, reusing what did not change."""

    def __init__(self) -> None:
        self._items = ItemMaker()
        self._settings: EditionsSection | None = None
        self._days: dict[bytes, tuple[date, ...]] = {}  # item version → its local days
        self._editions: dict[Period, Edition] = {}

    def __call__(self, site: Site, settings: EditionsSection) -> Editions:
        """The editions of `site` under `settings` (none when editions are off)."""
        if not settings.enabled:
            return Editions((), ())
        if settings != self._settings:
            # Another zone puts items on other days; another size cuts editions elsewhere.
            self._settings, self._days, self._editions = settings, {}, {}
        zone = parse_time_zone(settings.time_zone)
        known_days = self._days
        days_of: dict[bytes, tuple[date, ...]] = {}
        by_day: dict[date, list[EditionItem]] = defaultdict(list)
        for item in self._items(site):
            days = known_days.get(item.version)
            if days is None:
                days = tuple(sorted({local_day(moment, zone) for moment in item.activity}))
            days_of[item.version] = days
            for day in days:
                by_day[day].append(item)
        self._days = days_of
        made: dict[Period, Edition] = {}
        daily = weekly = ()
        if settings.daily:
            daily = self._plan(
                ((Period.day(day), items) for day, items in by_day.items()), settings, made
            )
        if settings.weekly:
            by_week: dict[Period, dict[str, EditionItem]] = defaultdict(dict)
            for day, items in by_day.items():
                week = by_week[Period.week(day)]
                for item in items:
                    week[item.key] = item
            daily_weeks = ((period, list(items.values())) for period, items in by_week.items())
            weekly = self._plan(daily_weeks, settings, made)
        self._editions = made
        return Editions(daily, weekly)

    def _plan(
        self,
        periods: Iterable[tuple[Period, list[EditionItem]]],
        settings: EditionsSection,
        made: dict[Period, Edition],
    ) -> tuple[Edition, ...]:
        size = settings.stories_per_edition
        zone = parse_time_zone(settings.time_zone)
        known = self._editions
        editions = []
        for period, items in periods:
            ordered = leading(items)
            shown, more = tuple(ordered[:size]), tuple(ordered[size:])
            edition = known.get(period)
            # The same items (the same objects: unchanged ones are reused) in the same order.
            if edition is None or edition.items != shown or edition.more != more:
                edition = Edition(period, shown, more, _latest(ordered, period, zone))
            made[period] = edition
            editions.append(edition)
        editions.sort(key=lambda edition: edition.period.start, reverse=True)
        return tuple(editions)


def _latest(items: Iterable[EditionItem], period: Period, zone: tzinfo) -> datetime:
    """The latest activity of `items` that falls within `period` in `zone`."""
    start, end = period.start, period.end
    return max(
        moment
        for item in items
        for moment in item.activity
        if start <= local_day(moment, zone) <= end
    )
