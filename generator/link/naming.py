"""Naming: which resolved entities and front-matter tags get a tag page, under which name,
type and slug, and each article's entities ranked (most mentioned first). A front-matter
tag joins the entity of the same name or becomes a topic."""

from __future__ import annotations

import operator
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import repeat
from operator import attrgetter

from generator.config import Config
from generator.link.memo import ById, Inverted, PerId, Stable
from generator.link.resolve import Resolution, ResolvedEntity
from generator.link.rules import EditorRules
from generator.link.site import EntityRef
from generator.text.names import name_key
from generator.text.slug import slugify, unique_slugs

KIND_ORDER = ("person", "organisation", "place", "topic")

# Folders under tags/ that are not entity pages (the tag index sorted by count).
RESERVED_SLUGS = ("by-count",)


@dataclass
class Pool:
    """One future tag page while linking."""

    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    # article number → mention count; shared with the resolution and between calls, never changed
    mentions: Mapping[float, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Naming:
    """Which pools get a page, under which name and slug, and each article's entities
    ranked (their keys, most mentioned first)."""

    kept: Mapping[str, Pool]
    keys: list[str]
    refs: Mapping[str, EntityRef]
    rankings: list[tuple[str, ...]]
    # per key, in `keys` order: its ref, its articles (number → mentions) and its aliases
    refs_in_order: list[EntityRef]
    mentions: list[Mapping[float, int]]
    aliases: list[tuple[str, ...]]
    # per article, in `ids` order: its entities' keys with how often it mentions each
    counts: list[Mapping[str, int]] = field(default_factory=list)

    @cached_property
    def names(self) -> dict[str, str]:
        """Each key's page name."""
        return {key: ref.name for key, ref in self.refs.items()}

    @cached_property
    def place(self) -> dict[str, int]:
        """Each key's place in `keys`."""
        return dict(zip(self.keys, range(len(self.keys)), strict=True))


class LastNaming:
    """The naming of the last call, while the resolved entities are the same objects and the
    tags, rules and settings equal: a save that changes no article's names leaves every
    entity, page name and ranking as it was (most saves)."""

    def __init__(self, name: Callable[..., Naming]) -> None:
        self._name = name
        self._last: tuple[tuple, Naming] | None = None

    def __call__(self, resolution: Resolution, *rest) -> Naming:
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
    # Spellings equal but for case ("US", "Us") in a fixed order, not the set's, which
    # changes from process to process.
    aliases = tuple(
        sorted({f for f in entity.forms if f != entity.name}, key=lambda f: (f.casefold(), f))
    )
    return aliases, tuple(name_key(form) for form in entity.forms)


def _family_names(pools: Iterable[Pool]) -> frozenset[str]:
    """The name keys of the surnames, and of the first names, that two people's page names
    in one article share."""
    people: dict[tuple[int, str], list[Pool]] = {}
    for pool in pools:
        words = pool.name.split()
        if pool.kind == "person" and len(words) > 1:
            people.setdefault((0, name_key(words[0])), []).append(pool)
            people.setdefault((-1, name_key(words[-1])), []).append(pool)
    return frozenset(
        word
        for (_, word), named in people.items()
        if len(named) > 1
        and any(
            a.mentions.keys() & b.mentions.keys()
            for i, a in enumerate(named)
            for b in named[i + 1 :]
        )
    )


def _own_aliases(item: tuple[str, tuple[str, ...]], family: frozenset[str]) -> tuple[str, ...]:
    """A page's aliases without a surname or a first name alone that two of the corpus's
    people share.

    "Obama" where articles name Barack Obama and Michelle Obama together, "Bush" beside
    "Laura Bush" and "Barbara Bush": the family's name names neither page, though an
    article that names one of them writes it alone for that one ("Mrs. Obama"), so its
    mentions stay where the article put them and only the page stops calling itself by it.
    So with a first name ("Mohamed" beside Mohamed Abrini and Mohamed Amri). Namesakes
    never named together ("Lewis Hamilton" and a councillor Hamilton) keep it: in each
    one's articles the name is that one's.
    """
    kind, aliases = item
    if kind != "person" or not family:
        return aliases
    return tuple(a for a in aliases if " " in a.strip() or name_key(a) not in family)


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


def _keys_of_tags(tags: tuple[str, ...], rules: EditorRules) -> tuple[str, ...]:
    return tuple(rules.target(name_key(tag)) for tag in tags)


def _ranking(found: Mapping[str, int], order: Mapping[str, tuple[str, int]]) -> tuple[str, ...]:
    """An article's entity keys, most mentioned first, ties by name, then in `keys` order;
    `found` maps each entity's key to its mentions in the article, `order` to (its name,
    its place in `keys`)."""
    ranked = sorted((-count, order[key], key) for key, count in found.items())
    return tuple([key for _, _, key in ranked])


class Rankings:
    """Each article's entities ranked (`_ranking`), made again only for the articles whose
    entities or mention counts changed, or that name an entity whose name or kind changed.

    A ranking depends on the order of its own entities only, which no other entity
    coming or going changes, so a name new to the corpus does not rank every article again.
    """

    def __init__(self) -> None:
        self._refs: ById[EntityRef] = ById()
        self._articles_of: Inverted = Inverted()
        self._rankings = PerId(_ranking)
        self.found: list[Mapping[str, int]] = []  # last call's counts per article

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
        self.found = found
        return self._rankings(ids, found, order, None, redo)


class Namer:
    """`Naming` of the resolved entities and front-matter tags: pools, page names and
    slugs, rankings. Keeps last call's pools' spellings and tags and each article's
    ranking for what did not change."""

    def __init__(self) -> None:
        self._spellings = PerId(_spelling_keys)
        self._aliases = PerId(_own_aliases, parts=2)
        # Front-matter tags are many (a dozen an article is common) and rarely change.
        self._tag_keys = PerId(_keys_of_tags)
        self._tagged_pools = PerId(_pool_tags, parts=2)
        self._tags_of: Inverted = Inverted()
        self._with_tags = PerId(_add_tags, parts=2)
        self._stable_refs: Stable = Stable()
        self._ranked = Rankings()

    def __call__(
        self,
        resolution: Resolution,
        tags: Sequence[tuple[str, ...]],
        rules: EditorRules,
        config: Config,
        ids: Sequence[float],
    ) -> Naming:
        """Which pools get a page, under which name and slug, and every article's entities
        ranked."""
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
        family = _family_names(kept[key] for key in keys)
        # Remembered per page: a page whose aliases are last call's objects is not made
        # again (`entity_pages`), and a filtered tuple would be a new object every call.
        aliases = self._aliases(
            keys, ([kept[k].kind for k in keys], [kept[k].aliases for k in keys]), family, family
        )
        counts = self._ranked.found
        return Naming(kept, keys, refs, rankings, refs_in_order, mentions, aliases, counts)

    def _pools(
        self,
        resolution: Resolution,
        tags: Sequence[tuple[str, ...]],
        rules: EditorRules,
        ids: Sequence[float],
    ) -> dict[str, Pool]:
        """A pool for every resolved entity and every front-matter tag that names none."""
        pools: dict[str, Pool] = {}
        by_form: dict[str, str] = {}  # name key of any spelling → pool key
        entities = resolution.entities
        spellings = self._spellings(list(map(_KEY, entities)), entities, None, None)
        for entity, (aliases, form_keys) in zip(entities, spellings, strict=True):
            pools[entity.key] = Pool(entity.name, entity.kind, aliases, entity.articles)
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
                pools[key] = Pool(rules.canonical.get(key, first), "topic", (), mentions)
            else:
                pool.mentions = mentions
        return pools


_NONE: Mapping = {}
_KEY = attrgetter("key")
