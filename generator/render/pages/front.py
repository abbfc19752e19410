"""The front page: the digest, newest first, paginated (`index.html`, `page/N/`).

With stories on, its items are the stories' front items (`generator.stories.site`): a
story with a page stands for its articles, newest activity first; every other article
stands alone, as it does with stories off."""

from __future__ import annotations

from generator.config import Config
from generator.link.site import Site
from generator.render.pages.page import Page, Section, paginate, versions
from generator.render.urls import page_url


def sections(site: Site, config: Config) -> list[Section]:
    """One group per page of the front page."""
    by_story = site.stories is not None
    items = site.stories.front_items if site.stories is not None else site.entries
    paginations = paginate(items, config.site.articles_per_page, "")
    pages = [
        Page(
            page_url("", p.number),
            "index.html",
            {"pagination": p, "by_story": by_story},
            (p.number, p.count, by_story, versions(p.items)),
        )
        for p in paginations
    ]
    return [Section([p.url for p in pages], [p.signature for p in pages], lambda i: [pages[i]])]
