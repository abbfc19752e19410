"""The link stage: articles and their analyses become a `Site` of entries and entity pages.

Entity decisions that span articles are made here, from the mentions the analyse stage
recorded and the editor's rules (`generator.ner.resolve`): which spellings are one entity,
its type and page name. Nothing here runs the model, so changing the rules in digest.toml
takes effect on the next build without re-analysing. Front-matter tags join the entity of
the same name or become topics.

`digest serve` links after every save, so every step keeps last call's results and redoes
only what the changed articles touch (see `generator.memo`); a cold start gives the same
site, which the tests check after random edits.
"""

from __future__ import annotations

import operator
from collections import Counter
from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain

from generator.config import CONFIG_NAME, Config
from generator.memo import ById, inverted, numbering, on_clear, per_id, remember, stable
from generator.model import Analysis, Article, Entity, EntityRef, Entry, Problem, Site
from generator.ner.canonical import name_key
from generator.ner.resolve import Resolution, ResolvedEntity, resolve
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
    # article number → mention count; shared with the resolution and between calls, never changed
    mentions: Mapping[float, int] = field(default_factory=dict)


def link_site(
    articles: Sequence[Article],
    analyses: Sequence[Analysis],
    config: Config,
    problems: Sequence[Problem] = (),
) -> Site:
    """Build the site model: entries newest first, entity pages sorted by kind and name."""
    rules, conflicts = editor_rules(config.entities)
    problems = (*problems, *(Problem(CONFIG_NAME, message) for message in conflicts))
    # State kept between calls is kept by article number, not position, so that adding or
    # deleting an article leaves the others' state where it was.
    ids = _numbers(_article_keys(articles))
    resolution = resolve([a.mentions for a in analyses], rules, _texts(articles, None, None), ids)
    naming = _naming(resolution, [a.meta.tags for a in articles], rules, config, ids)
    kept, keys, refs = naming.kept, naming.keys, naming.refs
    ranked_keys = _stable_keys(articles, naming.rankings)
    made = _entries(
        [(a, an.summary, ks) for a, an, ks in zip(articles, analyses, ranked_keys, strict=True)],
        refs,
        (tuple(refs), tuple(refs.values())),
    )
    entries = _stable_entries(articles, made)

    newest = [_newest_first(entry) for entry in entries]
    order = sorted(range(len(entries)), key=newest.__getitem__)
    members = _members(keys, [kept[key].mentions for key in keys], ids, newest)
    entities = _entity_pages(
        keys,
        [refs[key] for key in keys],
        [kept[key].aliases for key in keys],
        members,
        ids,
        entries,
        ranked_keys,
    )
    entities = _stable_entities(keys, entities)
    return Site(tuple(entries[i] for i in order), tuple(entities), tuple(problems))


@dataclass(frozen=True)
class _Naming:
    """Which pools get a page, under which name and slug, and each article's entities
    ranked (their keys, most mentioned first)."""

    kept: Mapping[str, _Pool]
    keys: list[str]
    refs: Mapping[str, EntityRef]
    rankings: list[tuple[str, ...]]


def _name(
    resolution: Resolution,
    tags: Sequence[tuple[str, ...]],
    rules: EditorRules,
    config: Config,
    ids: Sequence[float],
) -> _Naming:
    pools = _pools(resolution, tags, rules, ids)
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
    name_rank = [0] * len(keys)
    for n, r in enumerate(by_name):
        name_rank[r] = n
    per_article = _articles_of([kept[key].mentions for key in keys])
    rankings = _rankings(
        [per_article.get(id_, _NONE) for id_ in ids],
        (keys, name_rank),
        (tuple(keys), tuple(by_name)),
    )
    return _Naming(kept, keys, refs, rankings)


class _LastNaming:
    """`_name` of the last call, while the resolved entities are the same objects and the
    tags, rules and settings equal: a save that changes no article's names leaves every
    entity, page name and ranking as it was (most saves)."""

    def __init__(self) -> None:
        self._last: tuple[tuple, _Naming] | None = None

    def __call__(self, resolution: Resolution, *rest) -> _Naming:
        """`_name(resolution, *rest)`, or last call's result."""
        tags, rules, config, ids = rest
        inputs = (resolution.entities, tuple(tags), rules.fingerprint(), config.entities, ids)
        last = self._last
        if (
            last is not None
            and len(last[0][0]) == len(inputs[0])
            and all(map(operator.is_, last[0][0], inputs[0]))
            and last[0][1:] == inputs[1:]
        ):
            return last[1]
        naming = _name(resolution, *rest)
        # The entities are kept with the result, so their identities stay theirs.
        self._last = (inputs, naming)
        return naming

    def clear(self) -> None:
        self._last = None


def _pools(
    resolution: Resolution,
    tags: Sequence[tuple[str, ...]],
    rules: EditorRules,
    ids: Sequence[float],
) -> dict[str, _Pool]:
    """A pool for every resolved entity and every front-matter tag that names none."""
    pools: dict[str, _Pool] = {}
    by_form: dict[str, str] = {}  # name key of any spelling → pool key
    for entity, (aliases, form_keys) in zip(
        resolution.entities, _spellings(resolution.entities, None, None), strict=True
    ):
        pools[entity.key] = _Pool(entity.name, entity.kind, aliases, entity.articles)
        for form_key in form_keys:
            by_form.setdefault(form_key, entity.key)
    fingerprint = rules.fingerprint()
    tag_keys = _tag_keys(tags, rules, fingerprint)
    tagged = _tagged_pools(
        list(zip(tags, tag_keys, strict=True)),
        (by_form, rules.blocked),
        (frozenset(by_form.items()), fingerprint),
    )
    by_pool = _tags_of(tagged, ids)
    counted = _with_tags(
        [(pools[key].mentions if key in pools else _NONE, found) for key, found in by_pool.items()],
        None,
        None,
    )
    for (key, found), mentions in zip(by_pool.items(), counted, strict=True):
        pool = pools.get(key)
        if pool is None:
            # A topic is named as the first article that tags it spells it.
            first = next(iter(found.values()))[1]
            pools[key] = _Pool(rules.canonical.get(key, first), "topic", (), mentions)
        else:
            pool.mentions = mentions
    return pools


def _spelling_keys(entity: ResolvedEntity, _: None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """An entity's aliases for its page and the name keys of all its spellings."""
    aliases = tuple(sorted({f for f in entity.forms if f != entity.name}, key=str.casefold))
    return aliases, tuple(name_key(form) for form in entity.forms)


def _pool_tags(
    item: tuple[tuple[str, ...], tuple[str, ...]], given: tuple[Mapping[str, str], Container[str]]
) -> dict[str, tuple[int, str]]:
    """One article's tags by pool key: how often, and the first spelling."""
    by_form, blocked = given
    found: dict[str, tuple[int, str]] = {}
    for tag, key in zip(*item, strict=True):
        if not key or key in blocked:
            continue
        pool = by_form.get(key, key)
        count, first = found.get(pool, (0, tag))
        found[pool] = (count + 1, first)
    return found


def _add_tags(item: tuple[Mapping[int, int], Mapping[int, tuple[int, str]]], _: None) -> Mapping:
    """An entity's mentions per article, with its articles' tags counted as mentions."""
    mentions, tagged = item
    counts = dict(mentions)
    for index, (n, _) in tagged.items():
        counts[index] = counts.get(index, 0) + n
    return counts


def _ranking(positions: Mapping[int, int], given: tuple[list[str], list[int]]) -> tuple[str, ...]:
    """An article's entity keys, most mentioned first, ties by name; `positions` maps each
    entity's place in `keys` to its mentions in the article."""
    keys, name_rank = given
    ranked = sorted((-count, name_rank[p], keys[p]) for p, count in positions.items())
    return tuple([key for _, _, key in ranked])


def _newest_members(mentions: Mapping[float, int], newest: Mapping[float, tuple]) -> tuple:
    return tuple(sorted(mentions, key=newest.__getitem__))


class _Members:
    """Each entity's articles (their numbers), newest first; sorted again only for the
    entities whose articles changed, or that hold an article whose sort key changed."""

    def __init__(self) -> None:
        self._newest: ById[tuple] = ById()

    def __call__(
        self,
        keys: Sequence[str],
        mentions: Sequence[Mapping[float, int]],
        ids: Sequence[float],
        newest: Sequence[tuple],
    ) -> list[tuple[float, ...]]:
        last = self._newest
        moved = {ids[i] for i in last.changed(ids, newest) if last.get(ids[i]) != newest[i]}
        redo = [i for i, found in enumerate(mentions) if not found.keys().isdisjoint(moved)]
        self._newest = ById(list(ids), list(newest))
        return _members_of(keys, mentions, dict(zip(ids, newest, strict=True)), None, redo)

    def clear(self) -> None:
        self._newest = ById()


class _EntityPages:
    """Entities made again only when their articles, their entries or what the articles
    say together may have changed; the rest are last call's objects."""

    def __init__(self) -> None:
        self._entries: ById[Entry] = ById()
        self._made: dict[str, tuple[tuple, EntityRef, tuple, Entity]] = {}

    def __call__(
        self,
        keys: Sequence[str],
        refs: Sequence[EntityRef],
        aliases: Sequence[tuple[str, ...]],
        members: Sequence[tuple[float, ...]],
        ids: Sequence[float],
        entries: Sequence[Entry],
        ranked_keys: Sequence[tuple[str, ...]],
    ) -> list[Entity]:
        # An article whose entry changed (or that is new) may have changed the page and
        # co-mentions of every entity it names. An entity it no longer names, or that a
        # deleted article named, has other members: a new `members` tuple.
        dirty: set[str] = set()
        for index in self._entries.changed(ids, entries):
            dirty.update(ranked_keys[index])
        entries_of = dict(zip(ids, entries, strict=True))
        ranked_of = dict(zip(ids, ranked_keys, strict=True))
        names = {key: ref.name for key, ref in zip(keys, refs, strict=True)}
        by_key = dict(zip(keys, refs, strict=True))
        made = {}
        out = []
        for key, ref, alias, group in zip(keys, refs, aliases, members, strict=True):
            old = self._made.get(key)
            if (
                key not in dirty
                and old is not None
                and old[0] is group
                and old[1] is ref
                and old[2] is alias
            ):
                entity = old[3]
            else:
                together = tuple([ranked_of[i] for i in group])
                entity = Entity(
                    ref.name,
                    ref.kind,
                    ref.slug,
                    alias,
                    tuple([entries_of[i] for i in group]),
                    tuple([(by_key[k], n) for k, n in _ranked_co_mentions(key, together, names)]),
                )
            made[key] = (group, ref, alias, entity)
            out.append(entity)
        self._entries, self._made = ById(list(ids), list(entries)), made
        return out

    def clear(self) -> None:
        self._entries, self._made = ById(), {}


def _ranked_co_mentions(
    key: str, article_keys: tuple[tuple[str, ...], ...], names: Mapping[str, str]
) -> list[tuple[str, int]]:
    """An entity's ten most co-mentioned entities, with the number of articles together;
    ties by name.

    `article_keys` are the entity keys of each of its articles. The count is the one part of linking
    that grows with the square of entities per article, so it runs in Counter's C loop, and
    is redone only for the entities of articles whose entry changed (`_EntityPages`).
    """
    together = Counter(chain.from_iterable(article_keys))
    del together[key]
    ranked = together.most_common()
    if len(ranked) > 10:
        # Every key counted as often as the tenth can win the tie by name.
        tenth = ranked[9][1]
        ranked = [kn for kn in ranked if kn[1] >= tenth]
    return sorted(ranked, key=lambda kn: (-kn[1], names[kn[0]]))[:10]


def _entry(item: tuple[Article, tuple[str, ...], tuple[str, ...]], refs: Mapping) -> Entry:
    article, summary, keys = item
    return Entry(article, summary, tuple([refs[k] for k in keys]))


_NONE: Mapping = {}
# What did not change keeps last call's objects, found by identity: pools' spellings and
# tags, each article's ranking and entry, each entity's members and page. So a save that
# changes one article redoes the work of that article and of the entities it names, and
# `digest serve` tells unchanged pages by identity too.
_spellings = remember(_spelling_keys, by_identity=True)
_tagged_pools = remember(_pool_tags, key_of=lambda item: (id(item[0]), id(item[1])))
_tags_of = inverted()
_with_tags = remember(_add_tags, key_of=lambda item: (id(item[0]), id(item[1])))
_articles_of = inverted()
_rankings = remember(_ranking, by_identity=True)
# An unchanged article keeps its article, summary and ranking objects (see `_stable_keys`),
# and its entry is made again only when an entity's name, kind or page changed.
_entries = remember(_entry, key_of=lambda item: tuple(map(id, item)))
_members_of = per_id(_newest_members)
_members = _Members()
on_clear(_members.clear)
_entity_pages = _EntityPages()
on_clear(_entity_pages.clear)
_naming = _LastNaming()
on_clear(_naming.clear)
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


def _article_keys(articles: Sequence[Article]) -> list[str] | list[tuple[str, int]]:
    """What numbers an article from call to call: its file's path, and its place in the
    file when the file holds several articles (a feed, JSON Lines)."""
    paths = [article.path for article in articles]
    if len(set(paths)) == len(paths):
        return paths
    seen: Counter[str] = Counter()
    keys = []
    for path in paths:
        keys.append((path, seen[path]))
        seen[path] += 1
    return keys


_numbers = numbering()


def _newest_first(entry: Entry) -> tuple:
    return (-entry.article.date.timestamp(), entry.article.title.casefold(), entry.slug)
