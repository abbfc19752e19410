"""The digest as data: `api/articles.json` and `api/entities.json`."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from generator.link.site import EntityFacts, EntityRef, Entry, Site
from generator.render.urls import absolute_url, article_url, entity_feed_url, entity_url


class ApiFiles:
    """The API's files, each record encoded once per version of its entry or entity (the
    files are made again on every `digest serve` rebuild, with all but a few records as
    they were)."""

    def __init__(self) -> None:
        # per base URL: version → the record's JSON
        self._records: dict[tuple[str, str], dict[bytes, bytes]] = {}

    def __call__(self, site: Site, base_url: str) -> dict[str, bytes]:
        """`api/articles.json` and `api/entities.json` of `site`."""
        facts = [entity.facts for entity in site.entities]
        return {
            "api/articles.json": self._array("articles", base_url, site.entries, _article_json),
            "api/entities.json": self._array("entities", base_url, facts, _entity_json),
        }

    def _array(
        self,
        name: str,
        base_url: str,
        items: Sequence[Entry] | Sequence[EntityFacts],
        encode: Callable[[Any, str], bytes],
    ) -> bytes:
        known = self._records.get((name, base_url), {})
        made: dict[bytes, bytes] = {}
        records = []
        for item in items:
            version = item.version
            record = known.get(version)
            if record is None:
                record = encode(item, base_url)
            made[version] = record
            records.append(record)
        self._records[(name, base_url)] = made
        # Joining bytes is a copy; joining the records as str and encoding the result (tens
        # of megabytes at 10,000 articles, on every `digest serve` rebuild) costs far more.
        return b"".join((b"[", b",".join(records), b"]\n"))


def _ref_json(ref: EntityRef, base: str) -> dict:
    return {
        "name": ref.name,
        "type": ref.kind,
        "slug": ref.slug,
        "url": absolute_url(base, entity_url(ref.slug)),
    }


def _article_json(entry: Entry, base: str) -> bytes:
    return _json(
        {
            "slug": entry.slug,
            "url": absolute_url(base, article_url(entry)),
            "title": entry.article.title,
            "date": entry.article.date.isoformat(),
            "source": entry.article.meta.source,
            "original_url": entry.article.meta.url,
            "summary": list(entry.summary),
            "entities": [_ref_json(r, base) for r in entry.entities],
        }
    )


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
    # Compact: Python's C JSON encoder only runs without `indent`.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
