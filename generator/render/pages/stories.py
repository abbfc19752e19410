"""Story pages (`stories/<slug>/`) and their Atom feeds (`stories/<slug>/feed.xml`): one
group per story that has a page (enough distinct texts, `[stories] min_articles`), signed
with the story's version (`generator.stories.site`), so that an edit re-renders only the
pages of the stories it changed."""

from __future__ import annotations

from generator.config import Config
from generator.link.site import Site
from generator.render.pages.page import Page, Section, versions
from generator.render.urls import story_feed_url, story_url
from generator.stories.site import SiteStory

FEED_SIZE = 50


def sections(site: Site, config: Config) -> list[Section]:
    """One group per story with a page, newest activity first; none when stories are off."""
    if site.stories is None:
        return []
    stories = site.stories.with_pages
    title = config.site.title
    return [
        Section(
            [story_url(story.slug) for story in stories],
            [(story.version, title) for story in stories],
            lambda i: story_pages(stories[i], title),
        )
    ]


def story_pages(story: SiteStory, site_title: str) -> list[Page]:
    """A story's page, then its feed (its articles, newest first)."""
    url, feed = story_url(story.slug), story_feed_url(story.slug)
    page = Page(url, "story.html", {"story": story, "feed": feed}, (story.version,))
    newest = sorted(story.entries, key=lambda e: (e.article.date, e.slug), reverse=True)
    entries = tuple(newest[:FEED_SIZE])
    feed_title = f"{story.title} · {site_title}"
    context = {"entries": entries, "feed_url": feed, "feed_home": url, "feed_title": feed_title}
    return [page, Page(feed, "atom.xml", context, (feed_title, versions(entries)))]
