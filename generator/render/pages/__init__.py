"""Every page of the site, planned in sections of groups of pages (see `page`).

One module per kind of page: `front` (the digest, paginated), `articles`, `stories` (each
story's page and feed), `tags` (the tag index, each entity's pages and feed), `archive`
(months), `search`, `editions` (the daily and weekly digests and their e-mails),
`site_files` (the site feed, 404, sitemap, robots.txt).
"""

from __future__ import annotations

from generator.config import Config
from generator.editions.plan import EditionPlanner
from generator.link.site import Site
from generator.render.pages import (
    archive,
    articles,
    editions,
    front,
    search,
    site_files,
    stories,
    tags,
)
from generator.render.pages.page import Page, Section
from generator.render.pages.site_files import SitemapUrls
from generator.render.related import RelatedArticles


def plan_sections(
    site: Site,
    config: Config,
    sitemap_urls: SitemapUrls,
    related: RelatedArticles,
    edition_planner: EditionPlanner,
) -> list[Section]:
    """Every section of the site, in a fixed order."""
    return [
        *front.sections(site, config),
        *articles.sections(site, related),
        *stories.sections(site, config),
        *tags.sections(site, config),
        *archive.sections(site),
        *search.sections(config),
        *editions.sections(site, config, edition_planner),
        *site_files.sections(site, sitemap_urls),
    ]


def plan_pages(site: Site, config: Config) -> list[Page]:
    """Every page of the site, in a fixed order."""
    return [
        page
        for section in plan_sections(
            site, config, SitemapUrls(), RelatedArticles(), EditionPlanner()
        )
        for i in range(len(section.keys))
        for page in section.plan(i)
    ]
