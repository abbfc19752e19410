"""The link stage: articles and their analyses become a `Site` of entries and entity pages.

Entity decisions that span articles are made here, from the mentions the analyse stage
recorded and the editor's rules (`generator.ner.resolve`): which spellings are one entity,
its type and page name. Nothing here runs the model, so changing the rules in digest.toml
takes effect on the next build without re-analysing. Front-matter tags join the entity of
the same name or become topics.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain

from generator.config import CONFIG_NAME, Config
from generator.memo import identities, remember, stable
from generator.model import Analysis, Article, Entity, EntityRef, Entry, Problem, Site
from generator.ner.canonical import name_key
from generator.ner.resolve import resolve
from generator.ner.rules import EditorRules, editor_rules
from generator.slug import slugify, unique_slugs

KIND_ORDER = ("person", "organisation", "place", "topic")
# Folders under tags/ that are not entity pages (the tag index sorted by count).
RESERVED_SLUGS = ("by-count",)


@dataclass
class _Pool:
    """One future tag page while linking."""

    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    mentions: dict[int, int] = field(default_factory=dict)  # article index → mention count


def link_site(
    articles: Sequence[Article],
    analyses: Sequence[Analysis],
    config: Config,
    problems: Sequence[Problem] = (),
) -> Site:
    """Build the site model: entries newest first, entity pages sorted by kind and name."""
    rules, conflicts = editor_rules(config.entities)
    problems = (*problems, *(Problem(CONFIG_NAME, message) for message in conflicts))
    resolution = resolve([a.mentions for a in analyses], rules, _texts(articles, None, None))

    pools: dict[str, _Pool] = {}
    by_form: dict[str, str] = {}  # name key of any spelling → pool key
    for entity in resolution.entities:
        aliases = tuple(sorted({f for f in entity.forms if f != entity.name}, key=str.casefold))
        pools[entity.key] = _Pool(entity.name, entity.kind, aliases, dict(entity.articles))
        for form in entity.forms:
            by_form.setdefault(name_key(form), entity.key)
    tag_keys = _tag_keys([a.meta.tags for a in articles], rules, rules.fingerprint())
    for index, (article, keys) in enumerate(zip(articles, tag_keys, strict=True)):
        for tag, key in zip(article.meta.tags, keys, strict=True):
            if not key or key in rules.blocked:
                continue
            pool = pools.get(by_form.get(key, key))
            if pool is None:
                pool = pools[key] = _Pool(rules.canonical.get(key, tag), "topic")
                by_form[key] = key
            pool.mentions[index] = pool.mentions.get(index, 0) + 1

    allowed = set(config.entities.tag_types) | {"topic"}
    kept = {
        key: pool
        for key, pool in pools.items()
        if pool.kind in allowed and len(pool.mentions) >= max(config.entities.min_articles, 1)
    }
    keys = sorted(kept, key=lambda k: (KIND_ORDER.index(kept[k].kind), kept[k].name.casefold(), k))
    wanted = unique_slugs([*RESERVED_SLUGS, *(slugify(kept[k].name) for k in keys)])
    slugs = dict(zip(keys, wanted[len(RESERVED_SLUGS) :], strict=True))
    fresh_refs = [EntityRef(kept[k].name, kept[k].kind, slugs[k]) for k in keys]
    refs = dict(zip(keys, _stable_refs(keys, fresh_refs), strict=True))

    # Each article's entities, most mentioned first, ties by name (then in `keys` order).
    by_name = sorted(range(len(keys)), key=lambda r: (refs[keys[r]].name, r))
    name_rank = {keys[r]: n for n, r in enumerate(by_name)}
    per_article: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for key in keys:
        rank = name_rank[key]
        for index, count in kept[key].mentions.items():
            per_article[index].append((-count, rank, key))
    ranked_keys = []
    for index in range(len(articles)):
        ranked = per_article.get(index, [])
        ranked.sort()
        ranked_keys.append(tuple([key for _, _, key in ranked]))
    ranked_keys = _stable_keys(articles, ranked_keys)
    made = _entries(
        [(a, an.summary, ks) for a, an, ks in zip(articles, analyses, ranked_keys, strict=True)],
        refs,
        (tuple(refs), tuple(refs.values())),
    )
    entries = _stable_entries(articles, made)

    newest = [_newest_first(entry) for entry in entries]
    order = sorted(range(len(entries)), key=newest.__getitem__)
    memberships = []
    for key in keys:
        members = sorted(kept[key].mentions, key=newest.__getitem__)
        memberships.append((key, members, tuple(map(ranked_keys.__getitem__, members))))
    names = {key: refs[key].name for key in keys}
    co_mentions = _co_mentions(
        [(key, ks) for key, _, ks in memberships], names, (tuple(keys), tuple(names.values()))
    )
    entities = []
    for (key, members, _), ranked in zip(memberships, co_mentions, strict=True):
        ref = refs[key]
        entities.append(
            Entity(
                ref.name,
                ref.kind,
                ref.slug,
                kept[key].aliases,
                tuple([entries[i] for i in members]),
                tuple([(refs[k], n) for k, n in ranked]),
            )
        )
    entities = _stable_entities(keys, entities)
    return Site(tuple(entries[i] for i in order), tuple(entities), tuple(problems))


def _ranked_co_mentions(
    item: tuple[str, tuple[tuple[str, ...], ...]], names: Mapping[str, str]
) -> list[tuple[str, int]]:
    """An entity's ten most co-mentioned entities, with the number of articles together;
    ties by name.

    `item` is the entity's key and its articles' keys. The count is the one part of linking
    that grows with the square of entities per article, so it runs in Counter's C loop, and
    it is remembered between calls (while no entity's name changes): after an edit only the
    entities of the edited article are counted again.
    """
    key, article_keys = item
    together = Counter(chain.from_iterable(article_keys))
    del together[key]
    ranked = together.most_common()
    if len(ranked) > 10:
        # Every key counted as often as the tenth can win the tie by name.
        tenth = ranked[9][1]
        ranked = [kn for kn in ranked if kn[1] >= tenth]
    return sorted(ranked, key=lambda kn: (-kn[1], names[kn[0]]))[:10]


_co_mentions = remember(_ranked_co_mentions, key_of=identities)


def _entry(item: tuple[Article, tuple[str, ...], tuple[str, ...]], refs: Mapping) -> Entry:
    article, summary, keys = item
    return Entry(article, summary, tuple([refs[k] for k in keys]))


# An unchanged article keeps its article, summary and ranking objects (see `_stable_keys`),
# and its entry is made again only when an entity's name, kind or page changed.
_entries = remember(_entry, key_of=lambda item: tuple(map(id, item)))
# What did not change keeps last call's objects: rankings, refs, entries and entities. So
# co-mentions are remembered by identity, and `digest serve` tells unchanged pages by
# identity too, instead of comparing or fingerprinting what they show.
_stable_keys = stable()
_stable_refs = stable(by_value=True)
_stable_entries = stable()
_stable_entities = stable(by_value=True)


def _text(article: Article, _: None) -> str:
    return article.text


# An unchanged article's text is the same string object from call to call, so it keeps its
# hash and the re-scan finds its remembered spans by identity, without joining it again.
_texts = remember(_text, by_identity=True)


def _keys_of_tags(tags: tuple[str, ...], rules: EditorRules) -> tuple[str, ...]:
    return tuple(rules.target(name_key(tag)) for tag in tags)


# Front-matter tags are many (a dozen an article is common) and rarely change.
_tag_keys = remember(_keys_of_tags, by_identity=True)


def _newest_first(entry: Entry) -> tuple:
    return (-entry.article.date.timestamp(), entry.article.title.casefold(), entry.slug)
