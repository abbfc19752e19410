"""Editions planned from the site: which items each day's and each week's edition lists,
in which order, and its "top of the news" sentences.

`EditionPlanner` keeps the last call's items and editions, so that after one article
changed `digest serve` makes again only the items and editions it is in; the others are the
same objects, with the same `version`, and their groups of pages are not planned again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
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

    @cached_property
    def listing(self) -> tuple[Period, int, str]:
        """What the index of editions shows of it: its period, its count and its leading
        headline."""
        return self.period, self.count, self.items[0].headline if self.items else ""

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
    """Plans a site's editions again and again, each time making again only the editions
    of the days (and weeks) whose items changed.

    It keeps the last call's items, the days each is on, each day's items and each
    edition: a call finds the items gone and new (by the version of what they were made
    from), moves them in and out of their days, and plans the editions of those days and
    of their weeks; every other edition is the last call's object.
    """

    def __init__(self) -> None:
        self._items = ItemMaker()
        self._settings: EditionsSection | None = None
        self._start()

    def _start(self) -> None:
        self._known: dict[bytes, EditionItem] = {}  # by the version of its source
        # The local day of each activity time of each of them, in the same order.
        self._days: dict[bytes, tuple[date, ...]] = {}
        self._by_day: dict[date, dict[bytes, EditionItem]] = {}
        self._daily: dict[date, Edition] = {}  # by the day
        self._weekly: dict[date, Edition] = {}  # by the week's Monday
        self._last = Editions((), ())

    def __call__(self, site: Site, settings: EditionsSection) -> Editions:
        """The editions of `site` under `settings` (none when editions are off)."""
        if not settings.enabled:
            return Editions((), ())
        return self.plan(self._items(site), settings)

    def plan(self, items: Mapping[bytes, EditionItem], settings: EditionsSection) -> Editions:
        """The editions of `items` (keyed by the version of what each was made from, as
        `items_from_site` makes them)."""
        if settings != self._settings:
            # Another zone puts items on other days; another size cuts editions elsewhere.
            self._settings = settings
            self._start()
        zone = parse_time_zone(settings.time_zone)
        known, by_day, days_of = self._known, self._by_day, self._days
        touched: set[date] = set()
        for version in known.keys() - items.keys():
            for day in set(days_of.pop(version)):
                members = by_day[day]
                del members[version]
                if not members:
                    del by_day[day]
                touched.add(day)
        for version in items.keys() - known.keys():
            item = items[version]
            days = tuple([local_day(moment, zone) for moment in item.activity])
            days_of[version] = days
            for day in days:
                by_day.setdefault(day, {})[version] = item
            touched.update(days)
        self._known = dict(items)
        if not touched:
            return self._last
        daily, weekly = self._last.daily, self._last.weekly
        if settings.daily:
            for day in touched:
                self._replan(self._daily, day, Period.day(day), by_day.get(day))
            daily = _newest_first(self._daily)
        if settings.weekly:
            for monday in {day - timedelta(days=day.weekday()) for day in touched}:
                members: dict[bytes, EditionItem] = {}
                for offset in range(7):
                    members.update(by_day.get(monday + timedelta(days=offset), {}))
                self._replan(self._weekly, monday, Period("week", monday), members)
            weekly = _newest_first(self._weekly)
        self._last = Editions(daily, weekly)
        return self._last

    def _replan(
        self,
        editions: dict[date, Edition],
        start: date,
        period: Period,
        members: dict[bytes, EditionItem] | None,
    ) -> None:
        """Plan the edition of `period` again from its items (none: it is gone)."""
        if not members:
            editions.pop(start, None)
            return
        assert self._settings is not None
        size = self._settings.stories_per_edition
        ordered = leading(members.values())
        # The latest activity within the period, by the local days worked out above.
        first, last, days_of = period.start, period.end, self._days
        latest = max(
            moment
            for version, item in members.items()
            for moment, day in zip(item.activity, days_of[version], strict=True)
            if first <= day <= last
        )
        editions[start] = Edition(period, tuple(ordered[:size]), tuple(ordered[size:]), latest)


def _newest_first(editions: dict[date, Edition]) -> tuple[Edition, ...]:
    return tuple(editions[start] for start in sorted(editions, reverse=True))
