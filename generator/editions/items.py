"""What an edition lists: `EditionItem`, made from the site by `items_from_site`.

An item is what a reader sees of one story in an edition: its headline, summary sentences,
link, outlets, how many articles it has, when it had activity, its main entities. With
stories on (`generator.stories`), a story with a page is one item and every other article
an item of its own (as on the front page); with them off, every published article is an
item of its own. `items_from_site` is the one place that decides what the items are.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING

from generator.link.site import EntityRef, Entry, Site

if TYPE_CHECKING:
    from generator.stories.site import SiteStory

# Entity chips an item shows: enough to say who and where, few enough for an e-mail.
TOP_ENTITIES = 4


def item_noun(stories: bool) -> tuple[str, str]:
    """What the templates call an item, singular and plural: with stories on, every item is
    a story (an article alone is a story of one article, as in `api/stories.json`)."""
    return ("story", "stories") if stories else ("article", "articles")


@dataclass(frozen=True)
class EditionItem:
    """One story (or, with stories off, one article) as editions show it."""

    key: str  # stable id: the article's slug (a story's key later)
    headline: str
    summary: tuple[str, ...]  # sentences, in order
    url: str  # site URL of its page
    outlets: tuple[str, ...]  # distinct sources, in order of first appearance
    articles: int
    activity: tuple[datetime, ...]  # when its articles were published, oldest first
    entities: tuple[EntityRef, ...]  # most mentioned first
    # The version of what it was made from (an entry's, a story's): an item is a function
    # of its source, so the source's hash of everything it shows stands for the item's.
    version: bytes

    @property
    def first(self) -> datetime:
        """Its first activity."""
        return self.activity[0]

    @property
    def last(self) -> datetime:
        """Its latest activity."""
        return self.activity[-1]

    @cached_property
    def weight(self) -> tuple:
        """Its sort key in an edition, heaviest first: more outlets, then more articles,
        then more recent, then by key (so equal weights have one order in every process)."""
        return (-len(self.outlets), -self.articles, -self.last.timestamp(), self.key)


def item_of_entry(entry: Entry) -> EditionItem:
    """An article as an item of its own."""
    # Imported here: the render package imports this one (its pages list editions).
    from generator.render.urls import article_url

    article = entry.article
    source = article.meta.source
    return EditionItem(
        key=entry.slug,
        headline=article.title,
        summary=entry.summary,
        url=article_url(entry),
        outlets=(source,) if source else (),
        articles=1,
        activity=(article.date,),
        entities=entry.entities[:TOP_ENTITIES],
        version=entry.version,
    )


class ItemMaker:
    """`items_from_site`, remembering the items of the last call, so that `digest serve`
    makes again only the items of the articles that changed."""

    def __init__(self) -> None:
        self._known: dict[bytes, EditionItem] = {}

    def __call__(self, site: Site) -> dict[bytes, EditionItem]:
        """The items of `site`, by the version of what each was made from."""
        self._known = items_from_site(site, self._known)
        return self._known


def item_of_story(story: SiteStory) -> EditionItem:
    """A story with a page as one item: its headline and summary across outlets, its
    outlets, its articles counted once per group of copies, every article's date as its
    activity, the story page's URL."""
    from generator.render.urls import story_url

    return EditionItem(
        key=story.slug,
        headline=story.title,
        summary=tuple(line.text for line in story.summary),
        url=story_url(story.slug),
        outlets=story.outlets,
        articles=story.sources,
        activity=tuple(sorted(entry.article.date for entry in story.entries)),
        entities=story.entities[:TOP_ENTITIES],
        version=story.version,
    )


def items_from_site(site: Site, known: Mapping[bytes, EditionItem]) -> dict[bytes, EditionItem]:
    """Every item an edition can list, keyed by the version of what it was made from; an
    item of `known` (a previous call's result) whose source has the same version is reused.

    With stories on, one item per story with a page (by the story's version) and one per
    other article (by its entry's version; of a group of copies, the first article only);
    with them off, one per published article.
    """
    made: dict[bytes, EditionItem] = {}
    if site.stories is None:
        for entry in site.entries:
            version = entry.version
            made[version] = known.get(version) or item_of_entry(entry)
        return made
    for story in site.stories.stories:
        if story.page:
            made[story.version] = known.get(story.version) or item_of_story(story)
            continue
        copies = {slug for group in story.copies for slug in group[1:]}
        for entry in story.entries:
            if entry.slug not in copies:
                version = entry.version
                made[version] = known.get(version) or item_of_entry(entry)
    return made


def leading(items: Iterable[EditionItem]) -> list[EditionItem]:
    """Items heaviest first (see `EditionItem.weight`)."""
    return sorted(items, key=lambda item: item.weight)
