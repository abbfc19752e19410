"""Edition pages (docs/editions.md): each day's and each week's edition
(`editions/2016-12-09/`, `editions/2016-W49/`) with its e-mail (`email.html`, `email.txt`),
the index of editions by month (`editions/`) and a feed of editions (`editions/daily.xml`,
`editions/weekly.xml`: one entry per edition).

An edition's group is planned again when its items' versions (`Edition.version`) or its
neighbours change, so `digest serve` re-renders the editions an edited article is in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from generator.config import Config
from generator.editions.items import item_noun
from generator.editions.mail import has_absolute_base
from generator.editions.periods import MONTHS, Period, parse_time_zone
from generator.editions.plan import Edition, EditionPlanner
from generator.link.site import Site
from generator.render.pages.page import Page, Section, single

# Editions in each feed: a month of daily ones, half a year of weekly ones.
FEED_SIZE = 30
INDEX_URL = "editions/"
FEEDS = {"day": "editions/daily.xml", "week": "editions/weekly.xml"}


def sections(site: Site, config: Config, planner: EditionPlanner) -> list[Section]:
    """The index, one group per edition (its page and e-mail), then the feeds; nothing when
    editions are off."""
    settings = config.editions
    if not settings.enabled:
        return []
    planned = planner(site, settings)
    context = {
        "zone": parse_time_zone(settings.time_zone),
        "zone_name": settings.time_zone,
        "emails": has_absolute_base(config.site.base_url),
        "weekly": settings.weekly,
        "item_noun": item_noun(config.stories.enabled),
        "email_title": settings.email_title or config.site.title,
    }
    made = [_index(planned.daily, planned.weekly)]
    for editions in (planned.daily, planned.weekly):
        if editions:
            made.append(_editions(editions, context))
            made.append(_feed(editions))
    return made


def _index(daily: Sequence[Edition], weekly: Sequence[Edition]) -> Section:
    months: dict[tuple[int, int], dict[str, list]] = defaultdict(lambda: {"day": [], "week": []})
    for edition in (*daily, *weekly):
        listing = edition.listing
        months[listing[0].month][listing[0].kind].append(listing)
    listed = [
        (year, month, MONTHS[month - 1], found["day"], found["week"])
        for (year, month), found in sorted(months.items(), reverse=True)
    ]
    signature = tuple([(p.key, n, lead) for p, n, lead in (e.listing for e in (*daily, *weekly))])
    return single(Page(INDEX_URL, "editions.html", {"months": listed}, signature))


def _editions(editions: Sequence[Edition], common: dict) -> Section:
    """One group per edition, newest first: its page and, with a full base_url, its e-mail."""
    periods = [edition.period for edition in editions]
    newer = [None, *periods[:-1]]
    older = [*periods[1:], None]
    emails = common["emails"]
    signatures = [
        (edition.version, _key(newer[i]), _key(older[i]), emails)
        for i, edition in enumerate(editions)
    ]

    def plan(i: int) -> list[Page]:
        edition, signature = editions[i], signatures[i]
        period = edition.period
        context = {
            **common,
            "edition": edition,
            "newer": newer[i],
            "older": older[i],
            "week": Period.week(period.start) if period.kind == "day" else None,
            "feed": FEEDS[period.kind],
        }
        pages = [Page(period.url, "edition.html", context, signature)]
        if emails:
            mail = {**common, "edition": edition}
            for name, template in (("html", "edition-email.html"), ("txt", "edition-email.txt")):
                url = f"{period.url}email.{name}"
                pages.append(Page(url, template, mail, (edition.version, name)))
        return pages

    return Section([p.url for p in periods], signatures, plan)


def _feed(editions: Sequence[Edition]) -> Section:
    kind = editions[0].period.kind
    shown = tuple(editions[:FEED_SIZE])
    url = FEEDS[kind]
    context = {"editions": shown, "feed_url": url, "kind": kind}
    return single(Page(url, "editions-atom.xml", context, tuple(e.version for e in shown)))


def _key(period: Period | None) -> str | None:
    return period.key if period else None
