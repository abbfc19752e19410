"""Tag pages: the tag index by name and by count (`tags/`, `tags/by-count/`) and, for every
entity, its pages of articles (`tags/<slug>/`, `tags/<slug>/page/N/`), each with the chart
of its mentions over time (`generator.render.timeline`), and its Atom feed
(`tags/<slug>/feed.xml`); with stories on, an entity's first page also lists the stories
among whose main entities it is. Which entities get a page, under which name, is the link stage's
decision (`generator.link`)."""

from __future__ import annotations

from collections import defaultdict

from generator.config import Config
from generator.link.site import Entity, Site
from generator.render.pages.page import Page, Section, paginate, single, versions
from generator.render.theme import KIND_TITLES
from generator.render.timeline import timeline
from generator.render.urls import TAGS_BY_COUNT, TAGS_BY_NAME, entity_feed_url, entity_url, page_url
from generator.stories.site import SiteStory

FEED_SIZE = 50


def sections(site: Site, config: Config) -> list[Section]:
    """The two index pages, then one group per entity."""
    return [*_index(site), _entities(site, config)]


def _index(site: Site) -> list[Section]:
    groups: dict[str, list[Entity]] = defaultdict(list)
    for entity in site.entities:
        groups[entity.kind].append(entity)
    made = []
    # The tag index in two orders, as two pages, so sorting needs no JavaScript.
    for url, order, key in (
        (TAGS_BY_NAME, "name", lambda e: (e.name.casefold(), e.slug)),
        (TAGS_BY_COUNT, "count", lambda e: (-len(e.entries), e.name.casefold(), e.slug)),
    ):
        ordered = [
            (kind, KIND_TITLES[kind], [e.facts for e in sorted(groups[kind], key=key)])
            for kind in KIND_TITLES
            if groups.get(kind)
        ]
        signature = (order, tuple((kind, versions(facts)) for kind, _, facts in ordered))
        made.append(single(Page(url, "tags.html", {"groups": ordered, "order": order}, signature)))
    return made


def _entities(site: Site, config: Config) -> Section:
    entities = site.entities
    settings = (config.site.articles_per_page, config.site.title)
    by_entity = site.stories.by_entity if site.stories is not None else {}
    stories = [by_entity.get(entity.slug, ()) for entity in entities]
    return Section(
        [entity_url(entity.slug) for entity in entities],
        [
            (entity.version, settings, _listed(found))
            for entity, found in zip(entities, stories, strict=True)
        ],
        lambda i: entity_pages(entities[i], *settings, stories[i]),
    )


def entity_pages(
    entity: Entity, per_page: int, site_title: str, stories: tuple[SiteStory, ...] = ()
) -> list[Page]:
    """An entity's pages of articles (the first one listing `stories`, the stories with a
    page it is a main entity of), then its feed."""
    prefix = entity_url(entity.slug)
    feed = entity_feed_url(entity.slug)
    facts = entity.facts
    # Every page shows the chart of all the entity's articles, not only its own.
    chart = timeline(entity.entries)
    chart_key = chart.key  # once: every page of the entity shows the same chart
    pages = [
        Page(
            page_url(prefix, pagination.number),
            "tag.html",
            {
                "entity": facts,
                "pagination": pagination,
                "feed": feed,
                "timeline": chart,
                "stories": stories if pagination.number == 1 else (),
            },
            (
                facts.version,
                chart_key,
                pagination.number,
                pagination.count,
                versions(pagination.items),
                _listed(stories) if pagination.number == 1 else (),
            ),
        )
        for pagination in paginate(entity.entries, per_page, prefix)
    ]
    feed_title = f"{entity.name} · {site_title}"
    entries = entity.entries[:FEED_SIZE]
    feed_context = {
        "entries": entries,
        "feed_url": feed,
        "feed_home": prefix,
        "feed_title": feed_title,
    }
    feed_page = Page(feed, "atom.xml", feed_context, (feed_title, versions(entries)))
    return [*pages, feed_page]


def _listed(stories: tuple[SiteStory, ...]) -> tuple[bytes, ...]:
    # What tag.html shows of each story, so that an edit inside a story re-renders its
    # entities' first pages only when their lists of stories change.
    return tuple(story.listing_version for story in stories)
