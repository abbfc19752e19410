"""Where pages live and how pages link to each other.

Internal links are relative, so a site works from any sub-path (`base_url = "/digest/"`)
and straight from disk (`file://`). With `directory_urls` (the default off) links end in
`/` instead of `/index.html`, which is nicer on a server but does not work from disk.
Feeds and the sitemap need absolute URLs and are built from `base_url`.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote, urlsplit


# `digest serve` asks for the file of every page (34,000 at 10,000 articles) on every save.
@lru_cache(maxsize=200_000)
def output_file(url: str) -> str:
    """The file behind a site URL: "tags/x/" → "tags/x/index.html", "feed.xml" → itself."""
    url = url.lstrip("/")
    return url + "index.html" if url == "" or url.endswith("/") else url


def relative_url(target: str, from_file: str, directory_urls: bool) -> str:
    """A link from the page stored at `from_file` to the site URL `target`.

    The link climbs to the site's root and goes down to the target ("../../tags/x/" from
    any page two folders deep, even from "tags/y/"), so that it depends only on how deep
    its page is: a block of links can then be rendered once for all pages at a depth
    (`{% cache entry, url('') %}`).
    """
    return _link(target, from_file.count("/"), directory_urls)


# A page links to ~100 others, and `digest serve` re-renders pages on every save.
@lru_cache(maxsize=200_000)
def _link(target: str, depth: int, directory_urls: bool) -> str:
    link = "../" * depth + output_file(target)
    if directory_urls and (link == "index.html" or link.endswith("/index.html")):
        link = link[: -len("index.html")] or "./"
    return quote(link, safe="/#?=&.-_~%")


def base_path(base_url: str) -> str:
    """The path part of `base_url`, with leading and trailing slashes: "/", "/digest/"."""
    path = urlsplit(base_url).path.strip("/")
    return f"/{path}/" if path else "/"


@lru_cache(maxsize=200_000)
def absolute_url(base_url: str, target: str) -> str:
    """`target` under `base_url`: "https://x.org/digest/" + "tags/a/" → full URL (or path)."""
    base = base_url if base_url.endswith("/") else base_url + "/"
    return quote(base + target.lstrip("/"), safe=":/#?=&.-_~%")


def page_url(prefix: str, number: int) -> str:
    """URL of page `number` of a paginated list that starts at `prefix` (a folder URL)."""
    return prefix if number == 1 else f"{prefix}page/{number}/"


def article_url(entry) -> str:
    """The URL of an entry's article page."""
    return f"articles/{entry.slug}/"


def entity_url(slug: str) -> str:
    """The URL of an entity's (first) tag page."""
    return f"tags/{slug}/"


def entity_feed_url(slug: str) -> str:
    """The URL of an entity's Atom feed."""
    return f"tags/{slug}/feed.xml"


def story_url(slug: str) -> str:
    """The URL of a story's page."""
    return f"stories/{slug}/"


def story_feed_url(slug: str) -> str:
    """The URL of a story's Atom feed."""
    return f"stories/{slug}/feed.xml"


def month_url(year: int, month: int) -> str:
    """The URL of a month of the archive."""
    return f"archive/{year:04d}/{month:02d}/"


SEARCH_URL = "search/"
TAGS_BY_NAME = "tags/"
TAGS_BY_COUNT = "tags/by-count/"
