"""The digest as data: `api/articles.json`, `api/entities.json` and `api/stories.json`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Any

import msgspec

from generator.link.site import EntityFacts, EntityRef, Entry, Site
from generator.render.urls import (
    absolute_url,
    article_url,
    entity_feed_url,
    entity_url,
    story_feed_url,
    story_url,
)
from generator.stories.site import SiteStory


class ApiFiles:
    """The API's files, each record encoded once per version of its entry or entity (the
    files are made again on every `digest serve` rebuild, with all but a few records as
    they were). `keep=False`: no records are kept for a next call (a one-shot build's)."""

    def __init__(self, keep: bool = True) -> None:
        self._keep = keep
        # per base URL: version → the record's JSON
        self._records: dict[tuple[str, str], dict[bytes, bytes]] = {}

    def __call__(self, site: Site, base_url: str) -> dict[str, bytes]:
        """`api/articles.json` and `api/entities.json` of `site`, and `api/stories.json`
        when it has stories (each article's record then names its story)."""
        facts = [entity.facts for entity in site.entities]
        stories = site.stories
        if stories is None:
            articles = self._array("articles", base_url, site.entries, _article_json)
        else:
            # A record is kept per version of its entry and its story's slug.
            in_story = [(e, stories.by_article[e.slug].slug) for e in site.entries]
            articles = self._array("articles", base_url, in_story, _in_story_json, _pair_key)
        files = {
            "api/articles.json": articles,
            "api/entities.json": self._array("entities", base_url, facts, _entity_json),
        }
        if stories is not None:
            files["api/stories.json"] = self._array(
                "stories", base_url, stories.stories, _story_json
            )
        return files

    def _array(
        self,
        name: str,
        base_url: str,
        items: Sequence[Any],
        encode: Callable[[Any, str], bytes],
        key: Callable[[Any], bytes] = attrgetter("version"),
    ) -> bytes:
        if not self._keep:
            records = [encode(item, base_url) for item in items]
        else:
            known = self._records.get((name, base_url), {})
            made: dict[bytes, bytes] = {}
            records = []
            for item in items:
                version = key(item)
                record = known.get(version)
                if record is None:
                    record = encode(item, base_url)
                made[version] = record
                records.append(record)
            self._records[(name, base_url)] = made
        if not records:
            return b"[]\n"
        # One join, one copy of the file (tens of megabytes at 10,000 articles): joining the
        # records as str and encoding the result costs far more, on every `digest serve`
        # rebuild.
        records[0] = b"[" + records[0]
        records[-1] += b"]\n"
        return b",".join(records)


def _ref_json(ref: EntityRef, base: str) -> dict:
    return {
        "name": ref.name,
        "type": ref.kind,
        "slug": ref.slug,
        "url": absolute_url(base, entity_url(ref.slug)),
    }


def _article_json(entry: Entry, base: str) -> bytes:
    return _json(_article(entry, base))


def _in_story_json(item: tuple[Entry, str], base: str) -> bytes:
    entry, story = item
    return _json({**_article(entry, base), "story": story})


def _pair_key(item: tuple[Entry, str]) -> bytes:
    return item[0].version + item[1].encode()


def _story_json(story: SiteStory, base: str) -> bytes:
    return _json(
        {
            "slug": story.slug,
            # Where the story is shown: its page, or (a story too small for a page of its
            # own, `[stories] min_articles`) its first article's.
            "url": absolute_url(
                base, story_url(story.slug) if story.page else article_url(story.entries[0])
            ),
            "title": story.title,
            "summary": [{"text": line.text, "article": line.entry.slug} for line in story.summary],
            "first_seen": story.first_seen.isoformat(),
            "last_seen": story.last_seen.isoformat(),
            "articles": [entry.slug for entry in story.entries],
            "copies": [list(group) for group in story.copies],
            "outlets": list(story.outlets),
            "entities": [_ref_json(r, base) for r in story.entities],
            "feed": absolute_url(base, story_feed_url(story.slug)) if story.page else None,
        }
    )


def _article(entry: Entry, base: str) -> dict:
    return {
        "slug": entry.slug,
        "url": absolute_url(base, article_url(entry)),
        "title": entry.article.title,
        "date": entry.article.date.isoformat(),
        "source": entry.article.meta.source,
        "original_url": entry.article.meta.url,
        "summary": list(entry.summary),
        "entities": [_ref_json(r, base) for r in entry.entities],
    }


def _entity_json(entity: EntityFacts, base: str) -> bytes:
    return _json(
        {
            **_ref_json(EntityRef(entity.name, entity.kind, entity.slug), base),
            "articles": entity.count,
            "aliases": list(entity.aliases),
            "co_mentions": [{**_ref_json(r, base), "count": n} for r, n in entity.co_mentions],
            "first_seen": entity.first_seen.isoformat(),
            "last_seen": entity.last_seen.isoformat(),
            "feed": absolute_url(base, entity_feed_url(entity.slug)),
        }
    )


def _json(data: Any) -> bytes:
    # Compact UTF-8, the bytes of `json.dumps(data, ensure_ascii=False, separators=(",",
    # ":")).encode()`, written by msgspec in C: a new process encodes every record.
    return msgspec.json.encode(data)
