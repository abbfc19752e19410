"""The link stage: articles and their analyses become a `Site` of entries and entity pages.

Mentions of one name in different articles meet under one entity; its type is the one most
articles agree on, its display name the most common form. Front-matter tags join entities
of the same name or become topics.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from generator.config import Config
from generator.entities import name_key
from generator.model import Analysis, Article, Entity, EntityRef, Entry, Problem, Site
from generator.slug import slugify, unique_slugs

KIND_ORDER = ("person", "organisation", "place", "topic")


@dataclass
class _Pool:
    """What the corpus says about one entity key while linking."""

    forms: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    mentions: dict[int, int] = field(default_factory=dict)  # article index → mention count


def link_site(
    articles: Sequence[Article],
    analyses: Sequence[Analysis],
    config: Config,
    problems: Sequence[Problem] = (),
) -> Site:
    """Build the site model: entries newest first, entity pages sorted by kind and name."""
    pools: dict[str, _Pool] = defaultdict(_Pool)
    for index, analysis in enumerate(analyses):
        for mention in analysis.mentions:
            pool = pools[name_key(mention.name)]
            pool.forms[mention.name] += mention.count
            for alias in mention.aliases:
                pool.forms[alias] += 0
            pool.kinds[mention.kind] += 1
            pool.mentions[index] = pool.mentions.get(index, 0) + mention.count
    for index, article in enumerate(articles):
        for tag in article.meta.tags:
            pool = pools[name_key(tag)]
            pool.forms[tag] += 1
            if not pool.kinds:
                pool.kinds["topic"] += 1
            pool.mentions[index] = pool.mentions.get(index, 0) + 1

    allowed = set(config.entities.tag_types) | {"topic"}
    kept = {
        key: pool
        for key, pool in pools.items()
        if key
        and _top(pool.kinds) in allowed
        and len(pool.mentions) >= config.entities.min_articles
    }
    keys = sorted(kept, key=lambda k: (KIND_ORDER.index(_top(kept[k].kinds)), k))
    names = {k: _top(kept[k].forms) for k in keys}
    slugs = dict(zip(keys, unique_slugs([slugify(names[k]) for k in keys]), strict=True))
    refs = {k: EntityRef(names[k], _top(kept[k].kinds), slugs[k]) for k in keys}

    per_article: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for key in keys:
        for index, count in kept[key].mentions.items():
            per_article[index].append((count, key))
    entries = []
    for index, (article, analysis) in enumerate(zip(articles, analyses, strict=True)):
        ranked = sorted(per_article[index], key=lambda ck: (-ck[0], names[ck[1]]))
        entries.append(Entry(article, analysis.summary, tuple(refs[k] for _, k in ranked)))

    order = sorted(range(len(entries)), key=lambda i: _newest_first(entries[i]))
    entities = []
    for key in keys:
        members = sorted(kept[key].mentions, key=lambda i: _newest_first(entries[i]))
        together: Counter[str] = Counter()
        for i in members:
            together.update(k for _, k in per_article[i] if k != key)
        co = tuple(
            (refs[k], n)
            for k, n in sorted(together.items(), key=lambda kn: (-kn[1], names[kn[0]]))[:10]
        )
        ref = refs[key]
        aliases = tuple(sorted(f for f in kept[key].forms if f != ref.name))
        entities.append(
            Entity(ref.name, ref.kind, ref.slug, aliases, tuple(entries[i] for i in members), co)
        )
    return Site(tuple(entries[i] for i in order), tuple(entities), tuple(problems))


def _top(counter: Counter[str]) -> str:
    return min(counter.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0]


def _newest_first(entry: Entry) -> tuple:
    return (-entry.article.date.timestamp(), entry.article.title.casefold(), entry.slug)
