"""The front page: the digest, newest first, paginated (`index.html`, `page/N/`).

The first page leads with one item (the newest, by its latest article) under a larger
headline, then the entities most mentioned this week, then the rest as compact cards; later
pages are compact cards only. Every item is a `FrontItem`, so the template does not care
whether an article or a story fills it: with stories on, the items are the stories' front
items (`generator.stories`), a story with a page standing for its articles, newest activity
first; without, one per article.
"""

from __future__ import annotations

from generator.config import Config
from generator.link.site import Site
from generator.render.front_items import FrontItem, most_mentioned
from generator.render.pages.page import Page, Pagination, Section, paginate, versions
from generator.render.urls import page_url


def sections(site: Site, config: Config) -> list[Section]:
    """One group per page of the front page; a page's items are made only when it is
    planned (a save re-plans one or two of a thousand pages)."""
    stories = site.stories
    items = stories.front_items if stories is not None else site.entries
    paginations = paginate(items, config.site.articles_per_page, "")
    strip = most_mentioned(site.entries)
    strip_key = tuple((m.ref.slug, m.ref.name, m.ref.kind, m.count) for m in strip)
    signatures = [
        (p.number, p.count, versions(p.items), strip_key if p.number == 1 else ())
        for p in paginations
    ]

    def plan(i: int) -> list[Page]:
        p = paginations[i]
        items = p.items if stories is not None else tuple(map(FrontItem.of_entry, p.items))
        context = {
            "pagination": Pagination(p.number, p.count, items, p.prefix),
            "most_mentioned": strip if p.number == 1 else (),
        }
        return [Page(page_url("", p.number), "index.html", context, signatures[i])]

    return [Section([page_url("", p.number) for p in paginations], signatures, plan)]
