"""The front page: the digest, newest first, paginated (`index.html`, `page/N/`)."""

from __future__ import annotations

from generator.config import Config
from generator.link.site import Site
from generator.render.pages.page import Page, Section, paginate, versions
from generator.render.urls import page_url


def sections(site: Site, config: Config) -> list[Section]:
    """One group per page of the front page."""
    paginations = paginate(site.entries, config.site.articles_per_page, "")
    pages = [
        Page(
            page_url("", p.number),
            "index.html",
            {"pagination": p},
            (p.number, p.count, versions(p.items)),
        )
        for p in paginations
    ]
    return [Section([p.url for p in pages], [p.signature for p in pages], lambda i: [pages[i]])]
