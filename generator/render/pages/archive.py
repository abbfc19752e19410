"""The archive: the list of months (`archive/`) and each month's articles
(`archive/YYYY/MM/`)."""

from __future__ import annotations

from collections import defaultdict

from generator.link.site import Entry, Site
from generator.render.pages.page import Page, Section, single, versions
from generator.render.urls import month_url


def sections(site: Site) -> list[Section]:
    """The archive page, then one group per month, newest first."""
    months: dict[tuple[int, int], list[Entry]] = defaultdict(list)
    for entry in site.entries:
        months[(entry.article.date.year, entry.article.date.month)].append(entry)
    month_list = sorted(months, reverse=True)
    counts = [(y, m, len(months[(y, m)])) for y, m in month_list]
    index = Page("archive/", "archive.html", {"months": counts}, tuple(counts))
    pages = [
        Page(
            month_url(year, month),
            "month.html",
            {"year": year, "month": month, "entries": months[(year, month)]},
            (year, month, versions(months[(year, month)])),
        )
        for year, month in month_list
    ]
    return [
        single(index),
        Section([p.url for p in pages], [p.signature for p in pages], lambda i: [pages[i]]),
    ]
