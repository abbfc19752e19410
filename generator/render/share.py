"""What a page tells link previews and crawlers: the outlet an article came from, and the
schema.org `NewsArticle` of an article page (JSON-LD).

Share cards (`og:`, `twitter:`), canonical links and JSON-LD need absolute URLs; they are
made from `site.base_url`, which is a full URL only when the site's configuration says
where it is published (`digest build` warns otherwise, see
`generator.report.base_url_warning`).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from generator.articles import Metadata
from generator.link.site import Entry

_SCHEMA_TYPES = {"person": "Person", "organisation": "Organization", "place": "Place"}


def outlet(meta: Metadata) -> str | None:
    """The name of the outlet an article came from: its source, else the host of its
    original URL ("www." dropped), else None."""
    if meta.source:
        return meta.source
    if meta.url:
        host = urlsplit(meta.url).hostname or ""
        return host.removeprefix("www.") or None
    return None


def news_article(entry: Entry, url: str, language: str) -> dict:
    """The schema.org `NewsArticle` of an article page at the absolute `url`."""
    article = entry.article
    meta = article.meta
    data: dict = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "datePublished": article.date.isoformat(),
        "url": url,
        "mainEntityOfPage": url,
        "inLanguage": meta.lang or language,
    }
    description = " ".join(entry.summary)
    if description:
        data["description"] = description
    if meta.author:
        data["author"] = {"@type": "Person", "name": meta.author}
    source = outlet(meta)
    if source:
        data["sourceOrganization"] = {"@type": "Organization", "name": source}
    if meta.url:
        data["isBasedOn"] = meta.url
    about = [
        {"@type": _SCHEMA_TYPES[ref.kind], "name": ref.name}
        for ref in entry.entities
        if ref.kind in _SCHEMA_TYPES
    ]
    if about:
        data["about"] = about
    return data
