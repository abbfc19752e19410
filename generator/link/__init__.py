"""The link stage: articles and their analyses become a `Site` of entries and entity pages.

Entity decisions that span articles are made here, from the mentions the analyse stage
recorded and the editor's rules (`generator.link.resolve`): which spellings are one entity,
its type and page name. Nothing here runs the model, so changing the rules in digest.toml
takes effect on the next build without re-analysing. Front-matter tags join the entity of
the same name or become topics.

`digest serve` links after every save, so every step keeps last call's results and redoes
only what the changed articles touch (see `generator.link.memo`); a cold start gives the same
site, which the tests check after random edits.
"""

from __future__ import annotations

import dataclasses
import operator
from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Callable, Container, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain, repeat
from operator import attrgetter, itemgetter

from generator.articles import Analysis, Article
from generator.config import CONFIG_NAME, Config
from generator.link.memo import ById, Inverted, Numbering, PerId, Stable
from generator.link.resolve import Resolution, ResolvedEntity, Resolver
from generator.link.rules import EditorRules, editor_rules
from generator.link.site import Entity, EntityRef, Entry, Site
from generator.problems import Problem
from generator.text.names import name_key
from generator.text.slug import slugify, unique_slugs

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
    """`Linker().link(...)`: the site model from a cold start."""
    return Linker().link(articles, analyses, config, problems)


class Linker:
    """The link stage, run again and again: each step keeps last call's results and redoes
    only what the changed articles touch (`generator.link.memo`), and what did not change
    comes back as last call's objects."""

    def __init__(self) -> None:
        self._resolver = Resolver()
        self._numbers = Numbering()
        # An unchanged article's text is the same string object from call to call, so it
        # keeps its hash and the re-scan finds its remembered spans by identity, without
        # joining it again.
        self._texts = PerId(_text)
        self._naming = _LastNaming(self._name)
        # What did not change keeps last call's objects, found by identity: pools'
        # spellings and tags, each article's ranking and entry, each entity's members and
        # page. So a save that changes one article redoes the work of that article and of
        # the entities it names.
        self._spellings = PerId(_spelling_keys)
        # Front-matter tags are many (a dozen an article is common) and rarely change.
        self._tag_keys = PerId(_keys_of_tags)
        self._tagged_pools = PerId(_pool_tags, parts=2)
        self._tags_of: Inverted = Inverted()
        self._with_tags = PerId(_add_tags, parts=2)
        self._stable_refs: Stable = Stable()
        self._ranked = _Rankings()
        self._stable_keys: Stable = Stable()
        # An unchanged article keeps its article, summary and ranking objects (see
        # `_stable_keys`), and its entry is made again only when an entity's name, kind or
        # page changed.
        self._entries = PerId(_entry, parts=3)
        self._stable_entries: Stable = Stable()
        self._newest = PerId(_newest_first)
        self._members = _Members()
        self._entity_pages = _EntityPages()
        self._stable_entities: Stable = Stable()
        self._newest_entries = _NewestEntries()
        # the articles, analyses and settings of the last call, and its site
        self._last: tuple[list[Article], list[Analysis], Config, Site] | None = None

    def link(
        self,
        articles: Sequence[Article],
        analyses: Sequence[Analysis],
        config: Config,
        problems: Sequence[Problem] = (),
    ) -> Site:
        """Build the site model: entries newest first, entity pages sorted by kind and
        name."""
        rules, conflicts = editor_rules(config.entities)
        problems = (*problems, *(Problem(CONFIG_NAME, message) for message in conflicts))
        last = self._last
        if (
            last is not None
            and last[2] == config
            and _same_objects(last[0], articles)
            and _same_objects(last[1], analyses)
        ):
            # Nothing to link again (a template or CSS edit): last call's site holds.
            return dataclasses.replace(last[3], problems=problems)
        site = self._link(articles, analyses, config, rules, problems)
        self._last = (list(articles), list(analyses), config, site)
        return site

    def _link(
        self,
        articles: Sequence[Article],
        analyses: Sequence[Analysis],
        config: Config,
        rules: EditorRules,
        problems: tuple[Problem, ...],
    ) -> Site:
        # State kept between calls is kept by article number, not position, so that adding
        # or deleting an article leaves the others' state where it was.
        ids = self._numbers(_article_keys(articles))
        texts = self._texts(ids, articles, None, None)
        resolution = self._resolver.resolve(list(map(_MENTIONS, analyses)), rules, texts, ids)
        naming = self._naming(resolution, list(map(_TAGS, articles)), rules, config, ids)
        keys, refs = naming.keys, naming.refs
        ranked_keys = self._stable_keys(ids, naming.rankings)
        made = self._entries(
            ids,
            (articles, list(map(_SUMMARY, analyses)), ranked_keys),
            refs,
            (tuple(refs), tuple(refs.values())),
        )
        entries = self._stable_entries(ids, made)

        newest = self._newest(ids, entries, None, None)
        members = self._members(keys, naming.mentions, ids, newest)
        entities = self._entity_pages(naming, members, ids, entries, ranked_keys)
        entities = self._stable_entities(keys, entities)
        return Site(self._newest_entries(ids, entries, newest), tuple(entities), problems)

    def _name(
        self,
        resolution: Resolution,
        tags: Sequence[tuple[str, ...]],
        rules: EditorRules,
        config: Config,
        ids: Sequence[float],
    ) -> _Naming:
        pools = self._pools(resolution, tags, rules, ids)
        allowed = set(config.entities.tag_types) | {"topic"}
        kept = {
            key: pool
            for key, pool in pools.items()
            if pool.kind in allowed and len(pool.mentions) >= max(config.entities.min_articles, 1)
        }
        keys = sorted(
            kept, key=lambda k: (KIND_ORDER.index(kept[k].kind), kept[k].name.casefold(), k)
        )
        wanted = unique_slugs([*RESERVED_SLUGS, *(slugify(kept[k].name) for k in keys)])
        slugs = dict(zip(keys, wanted[len(RESERVED_SLUGS) :], strict=True))
        fresh_refs = [EntityRef(kept[k].name, kept[k].kind, slugs[k]) for k in keys]
        refs_in_order = self._stable_refs(keys, fresh_refs)
        refs = dict(zip(keys, refs_in_order, strict=True))
        mentions = [kept[key].mentions for key in keys]

        rankings = self._ranked(ids, keys, refs_in_order, mentions)
        aliases = [kept[key].aliases for key in keys]
        return _Naming(kept, keys, refs, rankings, refs_in_order, mentions, aliases)

    def _pools(
        self,
        resolution: Resolution,
        tags: Sequence[tuple[str, ...]],
        rules: EditorRules,
        ids: Sequence[float],
    ) -> dict[str, _Pool]:
        """A pool for every resolved entity and every front-matter tag that names none."""
        pools: dict[str, _Pool] = {}
        by_form: dict[str, str] = {}  # name key of any spelling → pool key
        entities = resolution.entities
        spellings = self._spellings(list(map(_KEY, entities)), entities, None, None)
        for entity, (aliases, form_keys) in zip(entities, spellings, strict=True):
            pools[entity.key] = _Pool(entity.name, entity.kind, aliases, entity.articles)
            for form_key in form_keys:
                by_form.setdefault(form_key, entity.key)
        fingerprint = rules.fingerprint()
        tag_keys = self._tag_keys(ids, tags, rules, fingerprint)
        tagged = self._tagged_pools(
            ids,
            (tags, tag_keys),
            (by_form, rules.blocked),
            (frozenset(by_form.items()), fingerprint),
        )
        by_pool = self._tags_of(tagged, ids)
        pool_keys = list(by_pool)
        counted = self._with_tags(
            pool_keys,
            (
                [pools[key].mentions if key in pools else _NONE for key in pool_keys],
                list(by_pool.values()),
            ),
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


@dataclass(frozen=True)
class _Naming:
    """Which pools get a page, under which name and slug, and each article's entities
    ranked (their keys, most mentioned first)."""

    kept: Mapping[str, _Pool]
    keys: list[str]
    refs: Mapping[str, EntityRef]
    rankings: list[tuple[str, ...]]
    # per key, in `keys` order: its ref, its articles (number → mentions) and its aliases
    refs_in_order: list[EntityRef]
    mentions: list[Mapping[float, int]]
    aliases: list[tuple[str, ...]]

    @cached_property
    def names(self) -> dict[str, str]:
        """Each key's page name."""
        return {key: ref.name for key, ref in self.refs.items()}

    @cached_property
    def place(self) -> dict[str, int]:
        """Each key's place in `keys`."""
        return dict(zip(self.keys, range(len(self.keys)), strict=True))


class _LastNaming:
    """`_name` of the last call, while the resolved entities are the same objects and the
    tags, rules and settings equal: a save that changes no article's names leaves every
    entity, page name and ranking as it was (most saves)."""

    def __init__(self, name: Callable[..., _Naming]) -> None:
        self._name = name
        self._last: tuple[tuple, _Naming] | None = None

    def __call__(self, resolution: Resolution, *rest) -> _Naming:
        """`name(resolution, *rest)`, or last call's result."""
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
        naming = self._name(resolution, *rest)
        # The entities are kept with the result, so their identities stay theirs.
        self._last = (inputs, naming)
        return naming


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


def _add_tags(
    item: tuple[Mapping[float, int], Mapping[float, tuple[int, str]]], _: None
) -> Mapping:
    """An entity's mentions per article, with its articles' tags counted as mentions."""
    mentions, tagged = item
    counts = dict(mentions)
    for index, (n, _) in tagged.items():
        counts[index] = counts.get(index, 0) + n
    return counts


def _ranking(found: Mapping[str, int], order: Mapping[str, tuple[str, int]]) -> tuple[str, ...]:
    """An article's entity keys, most mentioned first, ties by name, then in `keys` order;
    `found` maps each entity's key to its mentions in the article, `order` to (its name,
    its place in `keys`)."""
    ranked = sorted((-count, order[key], key) for key, count in found.items())
    return tuple([key for _, _, key in ranked])


class _Rankings:
    """Each article's entities ranked (`_ranking`), made again only for the articles whose
    entities or mention counts changed, or that name an entity whose name or kind changed.

    A ranking depends on the order of its own entities only, which no other entity
    coming or going changes, so a name new to the corpus does not rank every article again.
    """

    def __init__(self) -> None:
        self._refs: ById[EntityRef] = ById()
        self._articles_of: Inverted = Inverted()
        self._rankings = PerId(_ranking)

    def __call__(
        self,
        ids: Sequence[float],
        keys: Sequence[str],
        refs: Sequence[EntityRef],
        mentions: Sequence[Mapping[float, int]],
    ) -> list[tuple[str, ...]]:
        # The maps per article are keyed by entity key, not place in `keys`, which a new
        # entity shifts; their order does not matter, `_ranking` sorts.
        per_article = self._articles_of(mentions, keys)
        renamed = self._refs.changed(keys, refs)
        redo: set[int] = set()
        if renamed:
            position = dict(zip(ids, range(len(ids)), strict=True))
            for i in renamed:
                redo.update(map(position.__getitem__, mentions[i]))
        order = {key: (ref.name, n) for n, (key, ref) in enumerate(zip(keys, refs, strict=True))}
        self._refs = ById(keys, list(refs))
        found = list(map(per_article.get, ids, repeat(_NONE)))
        return self._rankings(ids, found, order, None, redo)


def _newest_members(mentions: Mapping[float, int], newest: Mapping[float, tuple]) -> tuple:
    return tuple(sorted(mentions, key=newest.__getitem__))


class _Members:
    """Each entity's articles (their numbers), newest first; sorted again only for the
    entities whose articles changed, or that hold an article whose sort key changed."""

    def __init__(self) -> None:
        self._newest: ById[tuple] = ById()
        self._members_of = PerId(_newest_members)

    def __call__(
        self,
        keys: Sequence[str],
        mentions: Sequence[Mapping[float, int]],
        ids: Sequence[float],
        newest: Sequence[tuple],
    ) -> list[tuple[float, ...]]:
        last = self._newest
        changed = last.changed(ids, newest)
        olds = last.olds(ids, changed)
        moved = {ids[i] for i, old in zip(changed, olds, strict=True) if old != newest[i]}
        redo = []
        if moved:
            redo = [i for i, found in enumerate(mentions) if not found.keys().isdisjoint(moved)]
        self._newest = ById(ids, list(newest))
        return self._members_of(keys, mentions, dict(zip(ids, newest, strict=True)), None, redo)


@dataclass(frozen=True)
class _Articles:
    """What the entity pages made again read: the articles' entries and rankings by number,
    the page names, and the co-mentions that still hold, by entity key."""

    ids: Sequence[float]
    entries: Sequence[Entry]
    ranked_keys: Sequence[tuple[str, ...]]
    naming: _Naming
    co_mentions: Mapping[str, tuple[tuple[EntityRef, int], ...]]

    @cached_property
    def entry_of(self) -> dict[float, Entry]:
        return dict(zip(self.ids, self.entries, strict=True))

    @cached_property
    def ranked_of(self) -> dict[float, tuple[str, ...]]:
        return dict(zip(self.ids, self.ranked_keys, strict=True))


def _entity_page(
    item: tuple[str, EntityRef, tuple[str, ...], tuple[float, ...]], articles: _Articles
) -> Entity:
    key, ref, aliases, group = item
    co_mentions = articles.co_mentions.get(key)
    if co_mentions is None:
        together = tuple(map(articles.ranked_of.__getitem__, group))
        refs, names = articles.naming.refs, articles.naming.names
        co_mentions = tuple([(refs[k], n) for k, n in _ranked_co_mentions(key, together, names)])
    entries = tuple(map(articles.entry_of.__getitem__, group))
    return Entity(ref.name, ref.kind, ref.slug, aliases, entries, co_mentions)


class _EntityPages:
    """Entities made again only when their articles, their entries or what the articles
    say together may have changed; the rest are last call's objects.

    An article whose entry changed (or that is new) may have changed the page and
    co-mentions of every entity it names. An entity it no longer names, or that a deleted
    article named, has other members: a new `members` tuple. Co-mentions, the costly part
    (counted over all of an entity's articles), are worked out from the naming alone (each
    entity's articles, their rankings, the page names), so while the naming is last call's
    object (an edit that keeps its article's names) they are last call's too.
    """

    def __init__(self) -> None:
        self._entries: ById[Entry] = ById()
        self._naming: _Naming | None = None
        self._made: ById[Entity] = ById()
        self._pages = PerId(_entity_page, parts=4)

    def __call__(
        self,
        naming: _Naming,
        members: Sequence[tuple[float, ...]],
        ids: Sequence[float],
        entries: Sequence[Entry],
        ranked_keys: Sequence[tuple[str, ...]],
    ) -> list[Entity]:
        dirty: set[str] = set()
        for index in self._entries.changed(ids, entries):
            dirty.update(ranked_keys[index])
        keys, place = naming.keys, naming.place
        kept = {}
        if naming is self._naming:
            kept = {key: self._made.get(key).co_mentions for key in dirty if key in place}
        articles = _Articles(ids, entries, ranked_keys, naming, kept)
        columns = (keys, naming.refs_in_order, naming.aliases, members)
        redo = [place[key] for key in dirty if key in place]
        made = self._pages(keys, columns, articles, None, redo)
        self._entries, self._naming, self._made = (
            ById(ids, list(entries)),
            naming,
            ById(keys, made),
        )
        return made


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
_MENTIONS = attrgetter("mentions")
_SUMMARY = attrgetter("summary")
_TAGS = attrgetter("meta.tags")
_KEY = attrgetter("key")
_PATH = attrgetter("path")
_SECOND = itemgetter(1)


def _same_objects(last: Sequence[object], now: Sequence[object]) -> bool:
    return len(last) == len(now) and all(map(operator.is_, last, now))


def _text(article: Article, _: None) -> str:
    return article.text


def _keys_of_tags(tags: tuple[str, ...], rules: EditorRules) -> tuple[str, ...]:
    return tuple(rules.target(name_key(tag)) for tag in tags)


def _article_keys(articles: Sequence[Article]) -> list[str] | list[tuple[str, int]]:
    """What numbers an article from call to call: its file's path, and its place in the
    file when the file holds several articles (a feed, JSON Lines)."""
    paths = list(map(_PATH, articles))
    if len(set(paths)) == len(paths):
        return paths
    seen: Counter[str] = Counter()
    keys = []
    for path in paths:
        keys.append((path, seen[path]))
        seen[path] += 1
    return keys


def _newest_first(entry: Entry, _: None) -> tuple:
    return (-entry.article.date.timestamp(), entry.article.title.casefold(), entry.slug)


class _NewestEntries:
    """The entries newest first (ties in article order), corrected by difference: the
    entries whose sort key changed, came or went are taken out and put back in by bisection
    instead of sorting 10,000 entries again."""

    def __init__(self) -> None:
        self._newest: ById[tuple] = ById()
        self._order: list[tuple[tuple, float]] = []  # (sort key, article number), sorted

    def __call__(
        self, ids: Sequence[float], entries: Sequence[Entry], newest: Sequence[tuple]
    ) -> tuple[Entry, ...]:
        last = self._newest
        changed = last.changed(ids, newest)
        gone = last.gone(ids)
        if 8 * (len(changed) + len(gone)) > len(ids):
            # Numbers increase along the list, so ties go to the earlier article.
            order = sorted(zip(newest, ids, strict=True))
        else:
            order = list(self._order)
            out = [*gone, *(ids[i] for i in changed)]
            for id_, before in zip(
                out, [*map(last.get, gone), *last.olds(ids, changed)], strict=True
            ):
                if before is not None:
                    del order[bisect_left(order, (before, id_))]
            for i in changed:
                insort(order, (newest[i], ids[i]))
        self._newest, self._order = ById(ids, list(newest)), order
        by_id = dict(zip(ids, entries, strict=True))
        return tuple(map(by_id.__getitem__, map(_SECOND, order)))
